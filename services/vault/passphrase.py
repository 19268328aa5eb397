"""Changing the passphrase, and setting a new one with the recovery code.

A change of passphrase gives the practice a new data key and re-encrypts the database under
it (services/vault/key_rotation.py), so a copy of the old key file with the old passphrase
opens nothing written from then on. The recovery code is not needed for it: its slot is a key
pair the new key is sealed to (services/vault/recovery_slot.py). The recovery code, when the
passphrase is forgotten, keeps the data key and wraps it under the new passphrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from services.errors import KeyFileDamaged, VaultError, WrongPassphrase
from services.vault import keychain
from services.vault.anchor import anchor_path
from services.vault.key_file import DAMAGED as KEY_FILE_DAMAGED
from services.vault.key_file import (
    KeyFile,
    RecoveryParts,
    read_key_file,
    read_recovery_parts,
    write_key_file,
)
from services.vault.key_rotation import heal, heal_locked, reencrypt
from services.vault.key_slots import (
    key_check,
    new_data_key,
    new_recovery_code,
    normalize_recovery_code,
    unwrap,
    wrap,
)
from services.vault.lock_file import VaultLock
from services.vault.practice_vault import VaultPaths, check_passphrase, checked_key
from services.vault.progress import Progress, no_progress
from services.vault.recovery_slot import NOT_THE_CODE, RecoverySlot


@dataclass(frozen=True)
class PassphraseChanged:
    """What `change_passphrase` did. `new_recovery_code`: the first change of a practice made
    before format 2 of the key file needs a new recovery code, shown once (else None)."""

    new_recovery_code: str | None = field(default=None, repr=False)


def change_passphrase(folder: Path, old: str, new: str,
                      progress: Progress = no_progress) -> PassphraseChanged:
    """A new data key, the database re-encrypted under it, wrapped by the new passphrase.

    The recovery slot's key pair seals the new key, so the recovery code keeps working
    without being typed. A key file of format 1 (the code wrapped the data key itself) cannot
    follow a new key that way: the practice then gets a new recovery code, returned once.
    When the key is remembered, the keychain is given the new one. `progress` hears each
    stage as it begins (key_rotation.STAGES), for a therapist waiting on a large practice.
    """
    check_passphrase(new)
    paths = VaultPaths(folder)
    lock = VaultLock(paths.lock)
    lock.acquire()
    old_key = new_key = bytearray()
    try:
        heal_locked(paths)
        key_file = read_key_file(paths.keys)
        old_key = checked_key(key_file, unwrap(key_file.passphrase, old), paths.keys)
        new_key = new_data_key()
        code = None
        if isinstance(key_file.recovery, RecoverySlot):
            recovery = key_file.recovery.resealed(new_key)
        else:
            code = new_recovery_code()
            recovery = RecoverySlot.new(new_key, code, key_file.recovery.kdf)
        new_keys = key_file.with_key(new_key, wrap(new_key, new, key_file.passphrase.kdf),
                                     recovery)
        reencrypt(paths, old_key, new_key, new_keys, progress)
        if new_keys.remembered:
            _remember_new_key(paths, new_keys, new_key)
    finally:
        for key in (old_key, new_key):
            key[:] = bytes(len(key))
        lock.release()
    return PassphraseChanged(code)


def _remember_new_key(paths: VaultPaths, key_file: KeyFile, key: bytearray) -> None:
    try:
        keychain.remember(key_file.vault_id, key)
        keychain.keep_anchor(key_file.vault_id,
                             anchor_path(paths.folder).read_text(encoding="utf-8"))
    except Exception:  # the keychain is gone: the passphrase will be asked for
        write_key_file(paths.keys, key_file.with_remembered(False))


def recover(folder: Path, recovery_code: str, new_passphrase: str) -> bytearray:
    """Unlock with the recovery code and set a new passphrase. Returns the data key.

    The data key stays as it is. A key file of format 1 is written as format 2 on the way
    (the code is at hand to wrap the new key pair), with the same recovery code. A key file
    damaged only in the passphrase's slot is mended by it. The practice must not be open
    elsewhere: a passphrase change there could otherwise be undone under it.
    """
    check_passphrase(new_passphrase)
    paths = VaultPaths(folder)
    lock = VaultLock(paths.lock)
    lock.acquire()
    try:
        heal_locked(paths)
        parts = read_recovery_parts(paths.keys)
        code = normalize_recovery_code(recovery_code)
        key = _open_recovery(parts, code)
        if parts.key_check and key_check(key) != parts.key_check:
            raise KeyFileDamaged(KEY_FILE_DAMAGED, path=str(paths.keys),
                                 detail="key_check: not the check of the key it wraps")
        recovery = (parts.recovery if isinstance(parts.recovery, RecoverySlot)
                    else RecoverySlot.new(key, code, parts.recovery.kdf))
        write_key_file(paths.keys, KeyFile(parts.vault_id, wrap(key, new_passphrase, parts.kdf),
                                           recovery, parts.remembered, key_check(key)))
    finally:
        lock.release()
    return key


def _open_recovery(parts: RecoveryParts, code: str) -> bytearray:
    try:
        if isinstance(parts.recovery, RecoverySlot):
            return parts.recovery.open(code)
        return unwrap(parts.recovery, code)
    except WrongPassphrase:
        raise VaultError(NOT_THE_CODE, field="recovery_code") from None


def current_key_file(paths: VaultPaths, *, locked: bool = False) -> KeyFile | None:
    """The practice's key file for a restore, healed first (`locked`: the caller holds the
    vault's lock). None when there is none, or it is damaged: the backup's own key file then
    takes its place."""
    if locked:
        heal_locked(paths)
    else:
        heal(paths)
    if not paths.keys.exists():
        return None
    try:
        return read_key_file(paths.keys)
    except KeyFileDamaged:
        return None
