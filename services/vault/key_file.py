"""The small file beside the database that holds the wrapped data key.

It holds no secret: the data key encrypted under the passphrase, the recovery slot, the KDF
parameters, the vault's id, a fingerprint of the data key (`key_check`) and whether the key
is remembered in the keychain.

Format 2 (since the passphrase change rotates the data key): the recovery slot is a key pair
(services/vault/recovery_slot.py) that a new data key can be sealed to. Format 1 (older
practices): the recovery code wraps the data key itself, and there is no `key_check`. A
format-1 file is still read; the first passphrase change writes format 2, with a new recovery
code, since the old code cannot reach a key made after it. A data key only ever changes with
format 2, so every format-1 file of a practice holds the key it was created with.

Every field is checked before it is used (services/vault/key_fields.py): a damaged file is one
plain VaultError naming the field, never a traceback.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from services.errors import KeyFileDamaged, VaultError
from services.vault.key_fields import Damaged, field, flag, hex_bytes, only, section, text
from services.vault.key_slots import CHECK_BYTES, KdfParams, KeySlot, key_check
from services.vault.private_files import write_private
from services.vault.recovery_slot import RecoverySlot

FORMAT_1, FORMAT = 1, 2
FIELDS = {FORMAT_1: ("format", "vault_id", "passphrase", "recovery", "remembered"),
          FORMAT: ("format", "vault_id", "key_check", "passphrase", "recovery", "remembered")}
DAMAGED = (
    "The practice's key file is damaged: {path} ({detail}). Restore your latest backup: it "
    "opens with the passphrase and recovery code you had when it was made."
)
PASSPHRASE_DAMAGED = (
    "The passphrase's part of the practice's key file is damaged: {path} ({detail}). Your "
    "recovery code still opens the practice: in the Stillroom window choose \"I forgot my "
    "passphrase\". Or restore your latest backup."
)


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    passphrase: KeySlot
    recovery: RecoverySlot | KeySlot  # a KeySlot (the code wrapping the data key): format 1
    remembered: bool = False
    key_check: str = ""  # empty in format 1

    @classmethod
    def new(cls, passphrase: KeySlot, recovery: RecoverySlot | KeySlot,
            data_key_check: str = "") -> KeyFile:
        return cls(str(uuid.uuid4()), passphrase, recovery, key_check=data_key_check)

    @property
    def format(self) -> int:
        return FORMAT if isinstance(self.recovery, RecoverySlot) else FORMAT_1

    def with_passphrase(self, slot: KeySlot) -> KeyFile:
        return replace(self, passphrase=slot)

    def with_remembered(self, remembered: bool) -> KeyFile:
        return replace(self, remembered=remembered)

    def with_key(self, data_key: bytearray, passphrase: KeySlot,
                 recovery: RecoverySlot) -> KeyFile:
        """This practice's key file for a (new) data key: same id, always format 2."""
        return replace(self, passphrase=passphrase, recovery=recovery,
                       key_check=key_check(data_key))

    def holds(self, data_key: bytearray) -> bool | None:
        """Whether this file wraps `data_key`; None when it cannot say (format 1)."""
        return key_check(data_key) == self.key_check if self.key_check else None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": self.format, "vault_id": self.vault_id}
        if self.format == FORMAT:
            data["key_check"] = self.key_check
        data.update(passphrase=self.passphrase.to_json(), recovery=self.recovery.to_json(),
                    remembered=self.remembered)
        return data

    @classmethod
    def from_json(cls, data: Any) -> KeyFile:
        """The key file, every field checked; `key_fields.Damaged` names the one at fault."""
        head = _recovery_parts(data)
        passphrase = KeySlot.from_json(section(data, "passphrase", ""), "passphrase")
        return cls(head.vault_id, passphrase, head.recovery, head.remembered, head.key_check)


@dataclass(frozen=True)
class RecoveryParts:
    """What the recovery code needs of the key file: everything but the passphrase's slot."""

    vault_id: str
    recovery: RecoverySlot | KeySlot
    remembered: bool
    key_check: str
    kdf: KdfParams  # for the new passphrase's slot: the old one's, or the recovery slot's


def _recovery_parts(data: Any) -> RecoveryParts:
    fmt = field(data, "format", "")
    if isinstance(fmt, bool) or not isinstance(fmt, int) or fmt not in FIELDS:
        raise Damaged("format", f"{fmt!r} is not a format this Stillroom knows")
    only(data, FIELDS[fmt], "")
    vault_id = text(data, "vault_id", "", 64)
    try:
        uuid.UUID(vault_id)
    except ValueError:
        raise Damaged("vault_id", "not a practice id") from None
    remembered = flag(data, "remembered", "")
    if fmt == FORMAT:
        check = hex_bytes(data, "key_check", "", CHECK_BYTES).hex()
        slot = RecoverySlot.from_json(section(data, "recovery", ""), "recovery")
        return RecoveryParts(vault_id, slot, remembered, check, slot.private_key.kdf)
    legacy = KeySlot.from_json(section(data, "recovery", ""), "recovery")
    return RecoveryParts(vault_id, legacy, remembered, "", legacy.kdf)


def _damage(path: Path, damage: Damaged) -> KeyFileDamaged:
    if damage.where == "passphrase" or damage.where.startswith("passphrase."):
        return KeyFileDamaged(PASSPHRASE_DAMAGED, recoverable=True, path=str(path),
                              detail=str(damage))
    return KeyFileDamaged(DAMAGED, path=str(path), detail=str(damage))


def _load(path: Path) -> tuple[Any, bytes]:
    """The key file's JSON, and its bytes as read."""
    try:
        content = path.read_bytes()
        return json.loads(content.decode("utf-8")), content
    except FileNotFoundError:
        raise VaultError("The practice's key file is missing: {path}", path=str(path)) from None
    except ValueError as error:  # not JSON, or not UTF-8 text at all
        raise KeyFileDamaged(DAMAGED, path=str(path),
                             detail=f"not readable as a key file: {error}") from None


def read_key_file(path: Path) -> KeyFile:
    return read_key_file_as_read(path)[0]


def read_key_file_as_read(path: Path) -> tuple[KeyFile, bytes]:
    """The key file and the very bytes it was read from (a backup stores those)."""
    data, content = _load(path)
    try:
        return KeyFile.from_json(data), content
    except Damaged as damage:
        raise _damage(path, damage) from None


def read_recovery_parts(path: Path) -> RecoveryParts:
    """All the recovery code needs. A file damaged only in the passphrase's slot will do: the
    recovery replaces that slot. Any other damage is raised."""
    data, _content = _load(path)
    try:
        parts = _recovery_parts(data)
    except Damaged as damage:
        raise _damage(path, damage) from None
    try:
        passphrase = KeySlot.from_json(section(data, "passphrase", ""), "passphrase")
    except Damaged:
        return parts
    return replace(parts, kdf=passphrase.kdf)


def same_data_key(current: KeyFile, other: KeyFile) -> bool:
    """Whether two key files of one practice wrap the same data key, as far as they show.

    Files of format 2 carry the key's check; every format-1 file of a practice wraps the key it
    was created with. A format-1 file and a format-2 one cannot be compared: they count as
    different, so the caller uses the file that certainly opens its own database.
    """
    if current.key_check and other.key_check:
        return current.key_check == other.key_check
    return not current.key_check and not other.key_check


def write_synced(path: Path, content: bytes) -> None:
    """Write a file readable by its owner only, on disk when this returns."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, content)
        os.fsync(fd)
    finally:
        os.close(fd)



def key_file_bytes(key_file: KeyFile) -> bytes:
    return json.dumps(key_file.to_json(), indent=2).encode("utf-8")


def write_key_file(path: Path, key_file: KeyFile) -> None:
    write_private(path, key_file_bytes(key_file))
