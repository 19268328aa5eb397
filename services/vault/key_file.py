"""The small file beside the database that holds the wrapped data key.

It holds no secret: only the key encrypted under the passphrase and under the recovery code,
the KDF parameters, the vault's id and whether the key is remembered in the keychain.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from services.errors import VaultError
from services.vault.key_slots import KeySlot

FORMAT = 1


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    passphrase: KeySlot
    recovery: KeySlot
    remembered: bool = False

    @classmethod
    def new(cls, passphrase: KeySlot, recovery: KeySlot) -> KeyFile:
        return cls(str(uuid.uuid4()), passphrase, recovery)

    def with_passphrase(self, slot: KeySlot) -> KeyFile:
        return replace(self, passphrase=slot)

    def with_remembered(self, remembered: bool) -> KeyFile:
        return replace(self, remembered=remembered)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "passphrase": self.passphrase.to_json(),
            "recovery": self.recovery.to_json(),
            "remembered": self.remembered,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        if data.get("format") != FORMAT:
            raise ValueError("unknown key file format")
        return cls(
            str(data["vault_id"]),
            KeySlot.from_json(data["passphrase"]),
            KeySlot.from_json(data["recovery"]),
            bool(data.get("remembered", False)),
        )


def read_key_file(path: Path) -> KeyFile:
    try:
        return KeyFile.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise VaultError("The practice's key file is missing: {path}", path=str(path)) from None
    except (ValueError, KeyError, TypeError):
        raise VaultError("The practice's key file is damaged: {path}", path=str(path)) from None


def write_private(path: Path, content: bytes) -> None:
    """Write a file readable by its owner only, replacing any old one in a single step."""
    temporary = path.with_name(path.name + ".new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, content)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)


def write_key_file(path: Path, key_file: KeyFile) -> None:
    write_private(path, json.dumps(key_file.to_json(), indent=2).encode("utf-8"))
