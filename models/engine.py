"""The one place an engine over the encrypted database is made.

The database is opened with a raw 256-bit key (no second key derivation), and every connection
gets the same pragmas: foreign keys on, WAL journal (encrypted like the rest), full sync,
temporary tables kept in memory so nothing spills to a plaintext temp file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

# A page cache of 4 MiB (SQLCipher's default is 8): the window's reads are narrow index
# ranges (a week, a client), and the window's whole memory has a budget (make bench).
PRAGMAS = ("PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -4096")
# A read-only connection cannot change the journal, and writes nothing to sync.
WRITER_PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL")


class NotSqlcipher4(RuntimeError):
    """The SQLCipher library found is not version 4: the file format would not match."""


class CopyFailed(RuntimeError):
    """The database could not be read (wrong key, damaged) or the copy not written."""


def keyed_connection(path: Path, key: bytes | bytearray, read_only: bool = False) -> Any:
    """A DB-API connection to `path`, keyed and set up, before any table is read."""
    uri = f"file:{path}?mode=ro" if read_only else f"file:{path}"
    connection = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    version = connection.execute("PRAGMA cipher_version").fetchone()
    if not version or not str(version[0]).startswith("4"):
        connection.close()
        raise NotSqlcipher4(f"SQLCipher 4 is needed, found {version[0] if version else 'none'}")
    for pragma in PRAGMAS if read_only else PRAGMAS + WRITER_PRAGMAS:
        connection.execute(pragma)
    return connection


def open_engine(path: Path, key: bytes | bytearray, read_only: bool = False) -> Engine:
    """An engine whose connections all open `path` with `key`.

    The driver runs in autocommit mode and the engine emits BEGIN itself, so that reads run
    inside the same transaction as writes (SQLAlchemy's recipe for SQLite).
    """
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=lambda: keyed_connection(path, key, read_only),
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def copy_database(source: Path, key: bytes | bytearray, target: Path) -> None:
    """A consistent encrypted copy of `source` at `target`, under the same key.

    SQLite's online backup reads a snapshot, so the practice may stay open in the app while
    the copy is made. The target is created owner-only before SQLCipher writes to it.
    """
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        with closing(keyed_connection(source, key, read_only=True)) as source_connection, \
                closing(keyed_connection(target, key)) as target_connection:
            target_connection.execute("PRAGMA journal_mode = DELETE")
            source_connection.backup(target_connection)
    except sqlcipher3.Error as error:
        raise CopyFailed(str(error)) from error


def log_is_empty(path: Path) -> bool:
    """Whether the database at `path` has no write-ahead log, or an empty one."""
    log = Path(f"{path}-wal")
    return not log.exists() or log.stat().st_size == 0


class NotSteady(RuntimeError):
    """Writes kept landing in the write-ahead log: the file never stood still to be read."""


STEADY_TRIES = 5


@contextmanager
def steady_file(path: Path, key: bytes | bytearray) -> Iterator[Any]:
    """A connection holding a read transaction under which the file at `path` is, byte for
    byte, the database it reads, for as long as the block runs: a copy of the file's bytes is
    then a consistent copy of the database, made at the speed of a file copy.

    The write-ahead log is folded into the file and emptied first (a TRUNCATE checkpoint, which
    waits for other connections' reads and writes), then the read begins. If the log is still
    empty once the read has begun, the read takes its pages from the file alone, and SQLite
    lets no checkpoint write to the file until it ends: the app may go on writing, into the
    log. If a write landed in between, it is tried again; NotSteady if it never works.
    CopyFailed when the file cannot be read with `key`.
    """
    try:
        connection = keyed_connection(path, key)
    except sqlcipher3.Error as error:
        raise CopyFailed(str(error)) from error
    with closing(connection):
        for _ in range(STEADY_TRIES):
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                connection.execute("BEGIN")
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.Error as error:
                raise CopyFailed(str(error)) from error
            try:
                if log_is_empty(path):
                    yield connection
                    return
            finally:
                connection.execute("ROLLBACK")
        raise NotSteady(f"{path} was written to while a steady read was tried")


def altered_pages(connection: Any) -> list[str]:
    """SQLCipher's MAC check of every page of the file: what is altered, or [] when each page
    is exactly as SQLCipher wrote it under this key. CopyFailed when it cannot be run."""
    try:
        return [str(row[0]) for row in
                connection.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher3.Error as error:
        raise CopyFailed(str(error)) from error


def export_reencrypted(connection: Any, target: Path, new_key: bytes | bytearray) -> None:
    """Write the whole database open on `connection` (the WAL's pages included) to `target`,
    encrypted under `new_key`, with SQLCipher's `sqlcipher_export`.

    The target is created owner-only first. It is a scratch file until the caller renames it
    into place, so it is written without a journal and without syncs; the caller syncs it once.
    """
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    connection.execute("ATTACH DATABASE ? AS rotating KEY ?",
                       (str(target), f"x'{bytes(new_key).hex()}'"))
    try:
        connection.execute("PRAGMA rotating.journal_mode = OFF")
        connection.execute("PRAGMA rotating.synchronous = OFF")
        connection.execute("SELECT sqlcipher_export('rotating')")
    finally:
        connection.execute("DETACH DATABASE rotating")


def checkpoint_truncate(connection: Any) -> bool:
    """Copy every page of the write-ahead log into the database and empty the log; False when
    another connection held it up (the log is then not empty)."""
    busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return bool(busy == 0)
