"""Run by tests/services/vault/test_real_keychain.py inside its own session bus (or with no
bus at all): "remember on this computer" against the real Secret Service, step by step.

Prints one JSON object of what each step saw. Never imported by the test suite itself: it
uses the real keyring, which every test process replaces with a memory one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from services.errors import VaultError
from services.vault import keychain
from services.vault.key_slots import KdfParams
from services.vault.practice_vault import (
    create_vault,
    forget_this_computer,
    is_remembered,
    key_without_asking,
    open_vault,
    remember_on_this_computer,
)

# As tests/conftest.py has them; not imported from there, since importing its memory keychain
# would put it among the keychains keyring finds.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "quiet garden 42"
KEYRING_PASSWORD = b"a keyring password for the test"


def start_keyring() -> None:
    """gnome-keyring-daemon on this session bus, its login keyring unlocked."""
    started = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                             input=KEYRING_PASSWORD, capture_output=True, timeout=30, check=True)
    for line in started.stdout.decode().splitlines():
        name, _, value = line.partition("=")
        if name:
            os.environ[name] = value


def lock_keyring() -> None:
    import secretstorage

    connection = secretstorage.dbus_init()
    secretstorage.get_default_collection(connection).lock()


def backends() -> list[str]:
    """The modules of the keychains Stillroom would use: none when it would use none."""
    backend = keychain.usable_keychain()
    chained = getattr(backend, "backends", [backend]) if backend is not None else []
    return sorted(type(one).__module__ for one in chained)


def with_keychain(folder: Path) -> dict[str, object]:
    start_keyring()
    seen: dict[str, object] = {}
    seen["backend"] = backends()
    vault, _code = create_vault(folder, PASSPHRASE, "Quiet Garden Practice", kdf=FAST_KDF,
                         session_fee=6000)
    remember_on_this_computer(vault)
    vault_id, key = vault.vault_id, bytes(vault.key)
    vault.close()
    seen["stored"] = keychain.recall(vault_id) == key
    again = key_without_asking(folder)
    seen["opened_without_passphrase"] = again is not None and bytes(again) == key
    if again is not None:
        open_vault(folder, again).close()
    forget_this_computer(folder)
    seen["forgotten"] = (keychain.recall(vault_id) is None and key_without_asking(folder) is None
                         and not is_remembered(folder))
    reopened = open_vault(folder, bytearray(key))
    remember_on_this_computer(reopened)
    reopened.close()
    lock_keyring()
    seen["locked_asks_passphrase"] = key_without_asking(folder) is None
    seen["still_remembered"] = is_remembered(folder)
    return seen


def without_keychain(folder: Path) -> dict[str, object]:
    vault, _code = create_vault(folder, PASSPHRASE, "Quiet Garden Practice", kdf=FAST_KDF,
                         session_fee=6000)
    try:
        remember_on_this_computer(vault)
        refused = ""
    except VaultError as error:
        refused = str(error)
    finally:
        vault.close()
    return {"backend": backends(), "refused": refused,
            "remembered": is_remembered(folder), "asks": key_without_asking(folder) is None}


if __name__ == "__main__":
    step, folder = sys.argv[1], Path(sys.argv[2])
    seen = with_keychain(folder) if step == "keychain" else without_keychain(folder)
    print(json.dumps(seen))
