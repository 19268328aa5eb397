"""The vault and its keys: the encrypted practice file, its wrapped key, the lock, the
keychain, backups, the check and the export, and the audit trail's verification.

May import `models` and the shared modules (`services.errors`, `services.validation`);
no other service package, and never Qt.
"""
