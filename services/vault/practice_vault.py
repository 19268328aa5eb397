"""The practice vault: creating it, unlocking it, and the units of work that use it.

A vault is a data folder holding the encrypted database (`practice.stillroom`), the wrapped
key (`practice.keys`) and the lock file. The folder is private to the therapist (0700) and
every file in it is 0600. A passphrase change re-encrypts the database under a new data key
(services/vault/key_rotation.py); every way in first heals a change a killed process left
half done.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models import Appointment, Client, Practice
from models.audit import HEAD_MOVED, install_audit
from models.engine import NotSqlcipher4, copy_database, open_engine
from models.migrate import current_revision, head_revision, upgrade
from services import validation
from services.errors import KeyFileDamaged, VaultError
from services.vault import keychain, practice_id
from services.vault.anchor import Anchor, open_anchor
from services.vault.key_file import DAMAGED as KEY_FILE_DAMAGED
from services.vault.key_file import KeyFile, read_key_file, write_key_file
from services.vault.key_rotation import heal, heal_locked
from services.vault.key_slots import (
    KdfParams,
    key_check,
    new_data_key,
    new_recovery_code,
    tuned_kdf,
    unwrap,
    wrap,
)
from services.vault.lock_file import VaultLock
from services.vault.passphrase_length import MIN_PASSPHRASE
from services.vault.private_files import disk_full, is_disk_full, tighten
from services.vault.recovery_slot import RecoverySlot
from services.vault.remembered import PASSPHRASE_VARIABLE as PASSPHRASE_VARIABLE
from services.vault.remembered import is_remembered as is_remembered
from services.vault.undo_history import (
    Done,
    Undoable,
    UndoHistory,
    install_capture,
    start_capture,
)
from services.vault.vault_paths import VaultPaths as VaultPaths

DAMAGED = "The practice's database is damaged ({detail}). Restore it from a backup."


class AuditedSession(Session):
    """Sessions of this class write an audit event for every audited change they flush."""


install_audit(AuditedSession)
install_capture(AuditedSession)


def _done(session: Session, undoable: Undoable) -> Done:
    """The action with its client's name, for the Edit menu."""
    client_id = undoable.client_id
    if client_id is None and undoable.appointment_id is not None:
        appointment = session.get(Appointment, undoable.appointment_id)
        client_id = appointment.client_id if appointment is not None else None
    client = session.get(Client, client_id) if client_id is not None else None
    return Done(undoable.action, client.full_name if client is not None else "")


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError("A passphrase needs at least {count} characters.", field="passphrase",
                         count=MIN_PASSPHRASE)
    return passphrase


def prepare_folder(folder: Path) -> None:
    """Make the data folder, private to this user, or say plainly why it cannot be."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder.chmod(0o700)
        probe = folder / ".write-test"
        probe.touch(mode=0o600)
        probe.unlink()
    except OSError as error:
        raise VaultError("Stillroom cannot write to the folder {folder}: {reason}",
                         folder=str(folder), reason=error.strerror or str(error)) from None


@dataclass
class Vault:
    """An open practice. Use `unit_of_work()` for every read or write; close it when done."""

    paths: VaultPaths
    vault_id: str
    engine: Engine
    actor: str
    _key: bytearray = field(repr=False)
    _lock: VaultLock = field(repr=False)
    # The audit position kept outside the database (services/vault/anchor.py), and what
    # opening had to say about it, if anything.
    anchor: Anchor | None = field(default=None, repr=False)
    notice: str | None = None

    def __post_init__(self) -> None:
        self._damaged = False
        self.history = UndoHistory()
        self._sessions = sessionmaker(self.engine, class_=AuditedSession, expire_on_commit=False,
                                      info={"actor": self.actor})

    @contextmanager
    def unit_of_work(self, undoable: Undoable | None = None) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all.

        With `undoable`, what it changed is kept in `history` once committed, so the
        therapist can undo it (services/undo.py).
        """
        if self._damaged:
            raise VaultError(DAMAGED, detail="failed its check")
        try:
            with self._sessions.begin() as session:
                changes = start_capture(session) if undoable is not None else None
                yield session
                done = _done(session, undoable) if undoable is not None else None
        except (DatabaseError, OperationalError) as error:
            if is_disk_full(error):
                raise disk_full(self.paths.database) from None
            raise
        if self.anchor is not None:
            self.anchor.moved(session.info.get(HEAD_MOVED))
        if done is not None and changes is not None:
            self.history.record(done, changes)
        self.history.commit_move(session)

    def check_integrity(self) -> None:
        """SQLite's quick_check of every page; VaultError when the database is damaged.

        The check reads on a read-only connection of its own (WAL lets it read beside the
        writer), from any thread, so on years of notes the units of work go on meanwhile. It
        keeps its own copy of the key: the practice may close before it ends. After a failed
        check no unit of work starts, so nothing is written to a damaged file.
        """
        key = bytearray(self._key)
        engine = open_engine(self.paths.database, key, read_only=True)
        try:
            _quick_check(engine, CHECK_CACHE_KIB)
        except (DatabaseError, OperationalError):
            self._damaged = True
            raise VaultError(DAMAGED, detail="unreadable pages") from None
        except VaultError:
            self._damaged = True
            raise
        finally:
            engine.dispose()
            for i in range(len(key)):
                key[i] = 0

    @property
    def key(self) -> bytearray:
        return self._key

    def close(self) -> None:
        if self.anchor is not None:
            with suppress(DatabaseError, OperationalError), self.engine.connect() as connection:
                self.anchor.settle(connection)
            self.anchor.wipe()
        self.engine.dispose()
        for i in range(len(self._key)):
            self._key[i] = 0
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_actor(via: str) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "therapist"
    return f"{user} ({via})"


def create_vault(
    folder: Path,
    passphrase: str,
    practice_name: str,
    *,
    therapist_name: str = "",
    language: str = "en",
    currency: str = "GBP",
    timezone: str = "UTC",
    session_fee: int = 0,
    session_minutes: int = 50,
    kdf: KdfParams | None = None,
    actor: str = "",
) -> tuple[Vault, str]:
    """A new, empty practice. Returns the open vault and the recovery code, shown once.

    The window asks for the usual fee and length at the start (a practice never charges
    nothing unless the therapist typed 0); the command line and tests may leave them.
    """
    paths = VaultPaths(folder)
    practice_name = validation.name(practice_name, "practice_name")
    therapist_name = validation.name(therapist_name, "therapist_name", required=False)
    timezone = validation.time_zone(timezone)
    session_fee = validation.money(session_fee, "session_fee")
    session_minutes = validation.session_length(session_minutes, "session_minutes")
    check_passphrase(passphrase)
    prepare_folder(folder)
    if paths.exists():
        raise VaultError("There is already a practice in {folder}.", folder=str(folder))
    kdf = kdf or tuned_kdf()
    key = new_data_key()
    recovery_code = new_recovery_code()
    key_file = KeyFile.new(wrap(key, passphrase, kdf), RecoverySlot.new(key, recovery_code, kdf),
                           key_check(key))
    lock = VaultLock(paths.lock)
    lock.acquire()
    try:
        os.close(os.open(paths.database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        write_key_file(paths.keys, key_file)
        vault = _open_locked(paths, key_file.vault_id, key, lock, actor or default_actor("app"))
        with vault.unit_of_work() as session:
            session.add(Practice(id=1, practice_name=practice_name, therapist_name=therapist_name,
                                 language=language, currency=currency, timezone=timezone,
                                 session_fee=session_fee, session_minutes=session_minutes,
                                 vault_id=key_file.vault_id))
    except BaseException:
        lock.release()
        for leftover in (paths.database, paths.keys):
            with suppress(FileNotFoundError):
                leftover.unlink()
        raise
    return vault, recovery_code


def open_vault(folder: Path, key: bytearray, actor: str = "") -> Vault:
    """Open the practice with its data key: lock it, bring the schema up to date, compare it
    with its anchor.

    Opening costs the same for a month of practice as for ten years of notes: it reads the
    first pages (the schema, the practice's id, the audit head), never every page. What each
    read proves is enough to go on: SQLCipher checks every page's MAC as it reads it, so a
    wrong key fails on the first page, and a torn, flipped or altered page is refused when it
    is read, never silently used; the anchor (services/vault/anchor.py) refuses a database
    older than the one last opened here. Reading every page (400 MiB on ten years of notes,
    seconds on every unlock) is left to those who can afford it: `check` (SQLite's
    quick_check, services/vault/check.py), the backup (every page's MAC, beside its copy) and
    the window, which runs `check_integrity` beside its worker once the week is shown and speaks
    only when it finds a problem. Only an upgrade checks every page first: a migration must
    never rewrite a database that is not whole.
    """
    paths = VaultPaths(folder)
    if not paths.database.exists():
        raise VaultError("There is no practice in {folder}.", folder=str(folder))
    tighten(folder)
    lock = VaultLock(paths.lock)
    lock.acquire()
    try:
        heal_locked(paths)
        key_file = read_key_file(paths.keys)
        return _open_locked(paths, key_file.vault_id, key, lock, actor or default_actor("app"),
                            key_file.remembered)
    except BaseException:
        lock.release()
        raise


# The page check reads each page once, on a connection of its own: a bigger cache would only
# hold memory while the window works beside it (tens of MiB on years of notes).
CHECK_CACHE_KIB = 256


def _quick_check(engine: Engine, cache_kib: int | None = None) -> None:
    with engine.connect() as connection:
        if cache_kib is not None:
            connection.execute(text(f"PRAGMA cache_size = -{cache_kib}"))
        status = connection.execute(text("PRAGMA quick_check")).scalar()
    if status != "ok":
        raise VaultError(DAMAGED, detail=str(status))


def _open_locked(paths: VaultPaths, vault_id: str, key: bytearray, lock: VaultLock,
                 actor: str, remembered: bool = False) -> Vault:
    engine = open_engine(paths.database, key)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
        # Before anything is changed: a database older than this computer knows is refused.
        anchor, notice = open_anchor(paths.folder, paths.database, paths.keys, vault_id, key,
                                     engine, remembered, new=revision is None)
        upgrading = revision != head_revision()
        if upgrading:  # never upgrade a database that is not whole
            _quick_check(engine)
            if revision is not None:
                stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
                backup = paths.folder / f"practice-before-upgrade-{revision}-{stamp}.stillroom"
                copy_database(paths.database, key, backup)
            upgrade(engine)
        stored_id = practice_id.stored(engine)
        if stored_id and stored_id != vault_id:
            raise VaultError(practice_id.MISMATCH, keys=vault_id, database=stored_id)
    except NotSqlcipher4 as error:
        engine.dispose()
        raise VaultError("Stillroom needs SQLCipher 4: {detail}", detail=str(error)) from None
    except (DatabaseError, OperationalError):
        engine.dispose()
        raise VaultError("The file {path} is not a Stillroom practice, or it is damaged.",
                         path=str(paths.database)) from None
    except BaseException:
        engine.dispose()
        raise
    vault = Vault(paths, vault_id, engine, actor, key, lock, anchor, notice)
    if stored_id == "":  # a practice made before the database kept its id (schema 0004)
        practice_id.adopt(vault, vault_id)
    return vault


def _key_file(folder: Path) -> KeyFile:
    """The practice's key file, after healing a passphrase change left half done."""
    paths = VaultPaths(folder)
    heal(paths)
    return read_key_file(paths.keys)


def checked_key(key_file: KeyFile, key: bytearray, path: Path) -> bytearray:
    """`key`, unwrapped from `key_file`; KeyFileDamaged when the file's key check disagrees."""
    if key_file.holds(key) is False:
        raise KeyFileDamaged(KEY_FILE_DAMAGED, path=str(path),
                             detail="key_check: not the check of the key it wraps")
    return key


def unlock_with_passphrase(folder: Path, passphrase: str) -> bytearray:
    """The data key, unwrapped by the passphrase. Nothing is written (but a heal)."""
    key_file = _key_file(folder)
    return checked_key(key_file, unwrap(key_file.passphrase, passphrase), VaultPaths(folder).keys)


def key_without_asking(folder: Path) -> bytearray | None:
    """The key from STILLROOM_PASSPHRASE, else from the keychain when remembered, else None.

    A remembered key the key file does not hold (the passphrase was changed, and the keychain
    could not be told) is not used: the passphrase is asked for instead. The variable is taken
    out of the environment once read: no child process inherits it.
    """
    passphrase = os.environ.pop(PASSPHRASE_VARIABLE, None)
    if passphrase:
        return unlock_with_passphrase(folder, passphrase)
    key_file = _key_file(folder)
    if key_file.remembered:
        key = keychain.recall(key_file.vault_id)
        if key is not None and key_file.holds(key) is not False:
            return key
    return None


def remember_on_this_computer(vault: Vault) -> None:
    """Keep the data key in the OS keychain, so the app opens without asking."""
    try:
        keychain.remember(vault.vault_id, vault.key)
    except Exception:
        raise VaultError(keychain.NO_KEYCHAIN) from None
    key_file = read_key_file(vault.paths.keys)
    write_key_file(vault.paths.keys, key_file.with_remembered(True))
    if vault.anchor is not None:
        vault.anchor.kept_in_keychain()


def forget_this_computer(folder: Path) -> None:
    paths = VaultPaths(folder)
    key_file = read_key_file(paths.keys)
    keychain.forget(key_file.vault_id)
    keychain.forget_anchor(key_file.vault_id)
    write_key_file(paths.keys, key_file.with_remembered(False))
