"""A keychain that holds one remembered key, for the window's figures in a fresh process.

`benchmarks.gui_process` reads the vault id and the key from stdin into `REMEMBERED` and names
`Remembered` in PYTHON_KEYRING_BACKEND, so `keyring` loads and picks it as it would the
desktop's keychain: on the database worker, when the practice opens (not before the first
frame). The class is made on first use (`__getattr__`) so that keeping the key here loads
nothing of `keyring`.
"""

from __future__ import annotations

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
            return REMEMBERED.get(username)

        def set_password(self, service: str, username: str, password: str) -> None:
            REMEMBERED[username] = password

        def delete_password(self, service: str, username: str) -> None:
            REMEMBERED.pop(username, None)

    globals()["Remembered"] = Remembered
    return Remembered
