"""A new data key for the practice: the database re-encrypted under it, safe against a kill.

A passphrase change gives the practice a new data key, so an old copy of `practice.keys`
(in an earlier backup, say) with the old passphrase opens nothing written afterwards. The
steps, each on disk before the next begins:

1. export the open database, write-ahead log included, to `practice.stillroom.rotating` under
   the new key (`sqlcipher_export`), sync it, and read every page back with the new key;
2. write the new key file to `practice.keys.rotating` and sync it;
3. fold the old write-ahead log into the old database (a TRUNCATE checkpoint) and only then
   remove the log and its index: a log written under the old key must never be replayed onto
   the new file, which would read it as damage;
4. rename the new database into place, then the new key file, syncing the folder after each.

A process killed anywhere leaves a state `heal` puts right, the same way every time: while
`practice.stillroom.rotating` exists the old database and key file are still in place, so the
change is undone (both `.rotating` files deleted, the key file's first); once only
`practice.keys.rotating` is left the new database is in place, so the change is finished
(the key file renamed). Every way into the practice heals first, under the vault's lock.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import closing, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.engine import checkpoint_truncate, export_reencrypted, keyed_connection
from services.errors import VaultError, VaultInUse
from services.vault.anchor import START, Position, anchor_path, derive_mac_key, seal
from services.vault.key_file import KeyFile, key_file_bytes, write_synced
from services.vault.lock_file import VaultLock
from services.vault.private_files import sync_folder
from services.vault.progress import Progress, no_progress

if TYPE_CHECKING:
    from services.vault.practice_vault import VaultPaths

# What a waiting therapist is told as each stage begins (the command line prints them).
STAGES = ("copying", "checking", "replacing")

STEPS = ("exported", "keys written", "journals removed", "database renamed", "keys renamed")
UNDONE = ("A passphrase change was interrupted before it was complete and has been undone: "
          "the practice is as it was, and the old passphrase opens it.")
FINISHED = ("A passphrase change was interrupted at its last step and has now been finished: "
            "the new passphrase opens the practice.")
BUSY = ("The practice is being read by another Stillroom command (a check or a backup). "
        "Try again when it has finished; nothing was changed.")
NOT_WHOLE = ("The re-encrypted copy of the practice did not check out ({detail}); nothing was "
             "changed.")


def _no_stop(step: str) -> None:
    """Called after each of STEPS; tests replace `step_reached` to stop a rotation there."""


step_reached: Callable[[str], None] = _no_stop


def reencrypt(paths: VaultPaths, old_key: bytearray, new_key: bytearray,
              new_keys: KeyFile, progress: Progress = no_progress) -> None:
    """Put the database under `new_key` and `new_keys` beside it. The caller holds the lock
    and has healed (`heal_locked`) before reading the key file."""
    try:
        with closing(keyed_connection(paths.database, old_key)) as source:
            progress("copying")
            export_reencrypted(source, paths.rotating_database, new_key)
            _sync(paths.rotating_database)
            progress("checking")
            _check_copy(source, paths.rotating_database, new_key)
            step_reached("exported")
            _seal_anchor(paths, source, new_keys.vault_id, new_key)
            write_synced(paths.rotating_keys, key_file_bytes(new_keys))
            sync_folder(paths.folder)
            step_reached("keys written")
            if not checkpoint_truncate(source):
                raise VaultError(BUSY)
        for journal in _journals(paths.database):
            journal.unlink(missing_ok=True)
        sync_folder(paths.folder)
        step_reached("journals removed")
    except BaseException:
        _undo(paths)
        raise
    progress("replacing")
    os.replace(paths.rotating_database, paths.database)
    sync_folder(paths.folder)
    step_reached("database renamed")
    _finish(paths)
    step_reached("keys renamed")


def _seal_anchor(paths: VaultPaths, source: Any, vault_id: str, new_key: bytearray) -> None:
    """The audit position kept outside the database, sealed with the new key, ready to go in
    with the new key file (services/vault/anchor.py)."""
    row = source.execute("SELECT last_seq, last_hash FROM audit_head").fetchone()
    position = Position(row[0], row[1]) if row is not None else START
    mac_key = derive_mac_key(new_key)
    try:
        write_synced(paths.rotating_anchor, seal(mac_key, vault_id, position).encode("utf-8"))
    finally:
        mac_key[:] = bytes(len(mac_key))


def _finish(paths: VaultPaths) -> None:
    """The new key file in place, and the anchor sealed with its key (anchor before keys: a
    `.rotating` key file left means "finish", and finishing moves the anchor too)."""
    if paths.rotating_anchor.exists():
        os.replace(paths.rotating_anchor, anchor_path(paths.folder))
    os.replace(paths.rotating_keys, paths.keys)
    sync_folder(paths.folder)


def heal(paths: VaultPaths) -> str | None:
    """Undo or finish a passphrase change a killed process left half done; says which.

    Nothing is touched while another process holds the practice: it may be changing the
    passphrase right now.
    """
    if not (paths.rotating_database.exists() or paths.rotating_keys.exists()):
        return None
    lock = VaultLock(paths.lock)
    try:
        lock.acquire()
    except VaultInUse:
        return None
    try:
        return heal_locked(paths)
    finally:
        lock.release()


def heal_locked(paths: VaultPaths) -> str | None:
    """`heal`, for a caller that holds the lock."""
    if paths.rotating_database.exists():
        _undo(paths)
        return UNDONE
    if paths.rotating_keys.exists():
        _finish(paths)
        return FINISHED
    return None


def _undo(paths: VaultPaths) -> None:
    # The key file first: a `.rotating` key file left alone means "finish", never "undo".
    paths.rotating_keys.unlink(missing_ok=True)
    paths.rotating_anchor.unlink(missing_ok=True)
    scratch = paths.rotating_database
    for leftover in (*_journals(scratch), Path(f"{scratch}-journal")):
        leftover.unlink(missing_ok=True)
    paths.rotating_database.unlink(missing_ok=True)
    with suppress(OSError):
        sync_folder(paths.folder)


def _check_copy(source: Any, copy: Path, new_key: bytearray) -> None:
    """The new file opens with the new key, every page of it, and holds every table the old
    one does.

    SQLCipher's MAC check of every page (`cipher_integrity_check`) is the read back: it finds a
    page written short, torn or under another key, which is what can go wrong between the
    export and the rename. SQLite's quick_check would add a check of the structure, which the
    export built afresh through SQL, at three times the cost (seconds on ten years of notes);
    `check` and the window's check after opening do that one.
    """
    try:
        with closing(keyed_connection(copy, new_key, read_only=True)) as connection:
            tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            altered = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    except Exception as error:  # the driver's DatabaseError, NotSqlcipher4: unreadable
        raise VaultError(NOT_WHOLE, detail=str(error)) from None
    expected = source.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if altered or tables != expected:
        detail = altered[0][0] if altered else f"{tables} of {expected} tables"
        raise VaultError(NOT_WHOLE, detail=detail)


def _journals(database: Path) -> tuple[Path, Path]:
    return Path(f"{database}-wal"), Path(f"{database}-shm")


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
