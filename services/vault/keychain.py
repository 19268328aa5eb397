"""'Remember on this computer': the data key kept in the operating system's keychain.

Only a real keychain will do. A backend that is `fail` or `null`, any `keyrings.alt` one
(they write files, some in plaintext) or one of priority below 1 counts as no keychain:
the therapist is told so and unlocks with the passphrase instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keyring is loaded on first use: most starts never need it
    from keyring.backend import KeyringBackend

SERVICE = "Stillroom"
REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
NO_KEYCHAIN = (
    "This computer has no secure keychain that Stillroom can use, "
    "so it will ask for your passphrase each time."
)


def _acceptable(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(REFUSED_MODULES):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend that cannot say how good it is is not trusted
        return False


def usable_keychain() -> KeyringBackend | None:
    """The keychain to keep the key in, or None when there is no safe one."""
    import keyring
    from keyring.backends.chainer import ChainerBackend

    backend = keyring.get_keyring()
    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        return backend if chained and all(_acceptable(b) for b in chained) else None
    return backend if _acceptable(backend) else None


def remember(vault_id: str, key: bytearray) -> None:
    from keyring.errors import KeyringError

    backend = usable_keychain()
    if backend is None:
        raise KeyringError(NO_KEYCHAIN)
    backend.set_password(SERVICE, vault_id, key.hex())


def recall(vault_id: str) -> bytearray | None:
    """The remembered key, or None when there is none (or no keychain, or it is locked)."""
    from keyring.errors import KeyringError

    backend = usable_keychain()
    if backend is None:
        return None
    try:
        stored = backend.get_password(SERVICE, vault_id)
    except KeyringError:
        return None
    if not stored:
        return None
    try:
        return bytearray.fromhex(stored)
    except ValueError:
        return None


def forget(vault_id: str) -> None:
    _delete(vault_id)


def _delete(name: str) -> None:
    from keyring.errors import KeyringError

    backend = usable_keychain()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, name)
    except KeyringError:
        pass  # nothing was kept under that name


def _anchor_name(vault_id: str) -> str:
    return f"{vault_id} anchor"


def keep_anchor(vault_id: str, sealed: str) -> None:
    """Keep the practice's sealed anchor (services/vault/anchor.py) beside its key, so a data
    folder put back whole from an older copy is noticed too. Best effort: a locked or missing
    keychain leaves the anchor file alone to do the job."""
    backend = usable_keychain()
    if backend is None:
        return
    try:
        backend.set_password(SERVICE, _anchor_name(vault_id), sealed)
    except Exception:  # after a commit, whatever the keychain says must not undo it
        pass


def recall_anchor(vault_id: str) -> str | None:
    backend = usable_keychain()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _anchor_name(vault_id)) or None
    except Exception:  # a locked or broken keychain: the anchor file still speaks
        return None


def forget_anchor(vault_id: str) -> None:
    _delete(_anchor_name(vault_id))
