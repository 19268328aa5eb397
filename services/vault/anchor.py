"""The practice's latest audit position, kept outside the database too: `practice.anchor`.

The database's audit head (the sequence number and hash of its newest event) moves with every
audited change. The same position is written beside the keys after each commit that moves it,
and kept in the keychain as well when the key is remembered there. A database whose head is
behind that position, or off its chain, is older than the one last opened on this computer:
it was put back from an older copy, or its last commits were lost (a deleted write-ahead log).
A database ahead of the anchor is the harmless trace of a crash between a commit and the
anchor's write: the anchor is moved up to it.

The anchor holds no secret. It is sealed with HMAC-SHA256 under a key derived from the data key
by HKDF (RFC 5869) with the anchor's own label, so it cannot be forged without the key, and the
data key itself never signs anything.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.audit import GENESIS, AuditEvent, AuditHead
from services.errors import VaultError
from services.vault import keychain
from services.vault.audit import verify
from services.vault.key_file import read_key_file
from services.vault.private_files import write_private

ANCHOR_FILE = "practice.anchor"
FORMAT = 1
LABEL = b"stillroom practice anchor v1"
OLDER = (
    "The practice file {database} is older than the one last opened on this computer: it was "
    "put back from an older copy, or its last changes were lost (as when its -wal file is "
    "deleted). Restore your latest backup with 'python main.py restore BACKUP.zip'. If this "
    "older copy is the one you want, make it the practice with 'python main.py restore "
    "{database}'."
)
MISSING = (
    "This computer had no record of the practice's latest state ({name} was missing), so an "
    "older copy of the practice could not be noticed this time."
)
ALTERED = (
    "The record of the practice's latest state ({name}) was altered or damaged, so an older "
    "copy of the practice could not be noticed this time."
)
RECORDED = "The practice was checked, and its latest state is recorded again."
UNCHECKED = (
    "This computer has no trustworthy record of the practice's latest state ({name} is missing "
    "or altered), and the practice did not pass its check: {problems} Restore your latest "
    "backup."
)
NOT_RECORDED = "It will be recorded again once the practice passes its check."


@dataclass(frozen=True)
class Position:
    """Where the audit trail ends: its newest event's sequence number and hash."""

    seq: int
    hash: str


START = Position(0, GENESIS)


def anchor_path(folder: Path) -> Path:
    return folder / ANCHOR_FILE


def derive_mac_key(data_key: bytes | bytearray) -> bytearray:
    """HKDF-SHA256 of the data key (no salt) with the anchor's label: 32 bytes for the seal."""
    pseudo_random = hmac.new(b"\0" * hashlib.sha256().digest_size, bytes(data_key),
                             hashlib.sha256).digest()
    return bytearray(hmac.new(pseudo_random, LABEL + b"\x01", hashlib.sha256).digest())


def _mac(mac_key: bytearray, vault_id: str, position: Position) -> str:
    message = json.dumps([FORMAT, vault_id, position.seq, position.hash]).encode("utf-8")
    return hmac.new(bytes(mac_key), message, hashlib.sha256).hexdigest()


def seal(mac_key: bytearray, vault_id: str, position: Position) -> str:
    """The anchor as it is written: the position, the practice it belongs to, and its seal."""
    return json.dumps({"format": FORMAT, "vault_id": vault_id, "seq": position.seq,
                       "hash": position.hash, "mac": _mac(mac_key, vault_id, position)})


def unseal(mac_key: bytearray, vault_id: str, sealed: str) -> Position:
    """The position in a sealed anchor; ValueError when it is damaged, forged or another's."""
    try:
        data = json.loads(sealed)
        position = Position(int(data["seq"]), str(data["hash"]))
        mac = str(data["mac"])
        ok = data["format"] == FORMAT and data["vault_id"] == vault_id
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError("unreadable anchor") from error
    if not ok or not hmac.compare_digest(mac, _mac(mac_key, vault_id, position)):
        raise ValueError("the anchor's seal does not match")
    return position


@dataclass(frozen=True)
class Anchors:
    """What this computer remembers of the practice's latest state."""

    file: Position | None
    file_state: str  # "ok", "missing" or "altered"
    keychain: Position | None

    @property
    def positions(self) -> list[Position]:
        return [p for p in (self.file, self.keychain) if p is not None]

    def notice(self) -> str | None:
        """What to tell the therapist about the anchor file itself, if anything."""
        if self.file_state == "missing":
            return MISSING.format(name=ANCHOR_FILE)
        if self.file_state == "altered":
            return ALTERED.format(name=ANCHOR_FILE)
        return None


def read_anchors(folder: Path, vault_id: str, mac_key: bytearray, remembered: bool) -> Anchors:
    """The anchor file's position and, when the key is remembered, the keychain's.

    Read them before the database, so a commit made meanwhile leaves the database ahead of
    them, never behind.
    """
    try:
        sealed = anchor_path(folder).read_text(encoding="utf-8")
    except FileNotFoundError:
        file, state = None, "missing"
    except (OSError, UnicodeDecodeError):
        file, state = None, "altered"
    else:
        try:
            file, state = unseal(mac_key, vault_id, sealed), "ok"
        except ValueError:
            file, state = None, "altered"
    kept = keychain.recall_anchor(vault_id) if remembered else None
    in_keychain = None
    if kept is not None:
        try:
            in_keychain = unseal(mac_key, vault_id, kept)
        except ValueError:
            in_keychain = None  # a stale or foreign entry: rewritten below with the file
    return Anchors(file, state, in_keychain)


def database_position(connection: Connection) -> Position:
    head = connection.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one_or_none()
    return Position(head.last_seq, head.last_hash) if head is not None else START


def follows(connection: Connection, anchor: Position, head: Position) -> bool:
    """Whether a database whose audit head is `head` is the anchored one or grew from it."""
    if anchor.seq == 0:
        return True
    if head.seq < anchor.seq:
        return False
    if head.seq == anchor.seq:
        return head.hash == anchor.hash
    recorded = connection.execute(
        select(AuditEvent.hash).where(AuditEvent.seq == anchor.seq)).scalar_one_or_none()
    return recorded == anchor.hash


def older_than_anchored(connection: Connection, anchors: Anchors, database: Path) -> str | None:
    """The OLDER message when the database is behind, or off, what this computer anchored."""
    head = database_position(connection)
    if all(follows(connection, anchor, head) for anchor in anchors.positions):
        return None
    return OLDER.format(database=str(database))


def write_anchor(folder: Path, vault_id: str, mac_key: bytearray, position: Position,
                 remembered: bool) -> None:
    """Write the anchor file (and the keychain's copy when the key is remembered)."""
    sealed = seal(mac_key, vault_id, position)
    write_private(anchor_path(folder), sealed.encode("utf-8"))
    if remembered:
        keychain.keep_anchor(vault_id, sealed)


class Anchor:
    """The open vault's anchor: moved after each commit that moves the audit head.

    Whether the keychain keeps a copy is read from the key file at each write, so forgetting
    the key on this computer while the practice is open stops the copies at once.
    """

    def __init__(self, folder: Path, keys: Path, vault_id: str, mac_key: bytearray,
                 written: Position | None) -> None:
        self.folder = folder
        self.keys = keys
        self.vault_id = vault_id
        self._mac_key = mac_key
        self._written = written
        self._lock = threading.Lock()

    def _remembered(self) -> bool:
        try:
            return read_key_file(self.keys).remembered
        except VaultError:
            return False

    @property
    def written(self) -> Position | None:
        return self._written

    def anchored(self, position: Position) -> None:
        """`position` was written by someone else (the vault's opening, a restore)."""
        with self._lock:
            self._written = position

    def moved(self, head: tuple[int, str] | None) -> None:
        """After a commit: anchor the new head, if it is newer than the one anchored.

        A failed write is left for the next commit or for closing: a database ahead of its
        anchor is the safe side, so the commit that is already made stands.
        """
        if head is None:
            return
        position = Position(*head)
        with self._lock:
            if self._written is not None and position.seq <= self._written.seq:
                return
            try:
                write_anchor(self.folder, self.vault_id, self._mac_key, position,
                             self._remembered())
            except (OSError, VaultError):
                return
            self._written = position

    def settle(self, connection: Connection) -> None:
        """Anchor whatever the database holds now (writes made without the ORM, by the demo)."""
        try:
            position = database_position(connection)
        except DBAPIError:
            return
        if position != self._written and position.seq > 0:
            self.moved((position.seq, position.hash))

    def kept_in_keychain(self) -> None:
        """The key was just put in the keychain: keep the anchor beside it from now on."""
        with self._lock:
            if self._written is not None:
                keychain.keep_anchor(self.vault_id,
                                     seal(self._mac_key, self.vault_id, self._written))

    def wipe(self) -> None:
        for i in range(len(self._mac_key)):
            self._mac_key[i] = 0


def open_anchor(folder: Path, database: Path, keys: Path, vault_id: str, key: bytearray,
                engine: Engine, remembered: bool, *,
                new: bool = False) -> tuple[Anchor, str | None]:
    """Compare the database being opened with what this computer anchored, and re-anchor.

    VaultError (OLDER) when the database is older than the anchor. With no trustworthy anchor
    file, the audit trail and every audited row are checked first (UNCHECKED when they fail),
    and the sentence to tell the therapist is returned with the vault's anchor. `new`: the
    database holds no practice yet (it is being created).
    """
    mac_key = derive_mac_key(key)
    anchors = read_anchors(folder, vault_id, mac_key, remembered)
    notice = None
    with engine.connect() as connection, connection.begin():
        head = START if new else database_position(connection)
        if not all(follows(connection, anchor, head) for anchor in anchors.positions):
            raise VaultError(OLDER, database=str(database))
        if head.seq > 0:
            notice = anchors.notice()
        if notice is not None:
            with Session(bind=connection) as session:
                problems = verify(session, records=True)
            if problems:
                raise VaultError(UNCHECKED, name=ANCHOR_FILE, problems=" ".join(problems))
    anchor = Anchor(folder, keys, vault_id, mac_key, anchors.file)
    stale = anchors.file != head or (remembered and anchors.keychain != head)
    if head.seq > 0 and stale:
        try:
            write_anchor(folder, vault_id, mac_key, head, remembered)
            anchor.anchored(head)
        except (OSError, VaultError):
            pass  # the next commit, or closing, tries again
        else:
            notice = f"{notice} {RECORDED}" if notice else None
    return anchor, notice
