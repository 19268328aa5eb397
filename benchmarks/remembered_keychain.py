"""A keychain that holds one remembered key, for the window's figures in a fresh process.

The figure names `Remembered` in PYTHON_KEYRING_BACKEND, so `keyring` loads and picks it as it
would the desktop's keychain: on the database worker, when the practice opens (not before the
first frame). The vault id and the key come on stdin, never in the arguments or the
environment: `benchmarks.gui_process` reads them into `REMEMBERED`; in the app itself
(`python main.py`) the keychain reads them the first time it is asked. The class is made on
first use (`__getattr__`) so that keeping the key here loads nothing of `keyring`.
"""

from __future__ import annotations

import sys
from typing import Any

REMEMBERED: dict[str, str] = {}  # vault id -> the data key in hex
BACKEND = f"{__name__}.Remembered"


def __getattr__(name: str) -> Any:
    if name != "Remembered":
        raise AttributeError(name)
    from keyring.backend import KeyringBackend

    class Remembered(KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            if not REMEMBERED:  # in the app itself: the key comes on stdin
                vault_id, key = sys.stdin.readline().split()
                REMEMBERED[vault_id] = key
            return REMEMBERED.get(username)

        def set_password(self, service: str, username: str, password: str) -> None:
            REMEMBERED[username] = password

        def delete_password(self, service: str, username: str) -> None:
            REMEMBERED.pop(username, None)

    globals()["Remembered"] = Remembered
    return Remembered
