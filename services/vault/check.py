"""Checking a practice's database without changing it, even while the app has it open.

The file is opened read-only and the vault lock is not taken. SQLCipher checks every page's
MAC (so a tampered page is found, never silently read), SQLite checks its own structure, the
audit trail is recomputed and replayed against every row it describes, and the database is
compared with the audit position this computer last anchored (services/vault/anchor.py). Every
problem comes back in plain words; none as a traceback.

The one thing a check writes is that anchor: moved up to a database that is ahead of it, or
written again when it was missing or altered, and then only once everything else passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.engine import NotSqlcipher4, open_engine
from models.migrate import current_revision
from services.errors import VaultError
from services.vault import practice_id
from services.vault.anchor import (
    NOT_RECORDED,
    RECORDED,
    Anchors,
    Position,
    database_position,
    derive_mac_key,
    older_than_anchored,
    read_anchors,
    write_anchor,
)
from services.vault.audit import verify
from services.vault.key_file import read_key_file
from services.vault.practice_vault import VaultPaths
from services.vault.progress import Progress, no_progress

UNREADABLE = (
    "The database cannot be read: it is not a Stillroom practice, the key does not open it, "
    "or it is damaged."
)


@dataclass
class CheckReport:
    """What is wrong (`problems`; none means all is well) and what else to say (`notes`)."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check_vault(folder: Path, key: bytearray) -> list[str]:
    """The practice's problems in plain words; an empty list means all is well."""
    return check_practice(folder, key).problems


# What a waiting therapist is told as each stage begins (the command line prints them).
STAGES = ("pages", "audit trail")


def check_practice(folder: Path, key: bytearray, progress: Progress = no_progress) -> CheckReport:
    """The practice's problems, and notes about its anchor. `progress` hears each of STAGES
    as it begins, for a therapist waiting on a large practice."""
    paths = VaultPaths(folder)
    report = CheckReport()
    try:
        key_file = read_key_file(paths.keys)
    except VaultError:  # no keys beside it: the database alone is checked
        _check(paths.database, key, report, None, progress)
        return report
    mac_key = derive_mac_key(key)
    try:
        anchors = read_anchors(folder, key_file.vault_id, mac_key, key_file.remembered)
        head = _check(paths.database, key, report, anchors, progress)
        mismatch = practice_id.problems(paths, key) if head is not None else []
        if mismatch:  # a key file of another practice: its anchor says nothing of this one
            report.problems[:], report.notes[:] = mismatch, []
            return report
        if head is not None and head.seq > 0:
            _reanchor(paths, key_file.vault_id, mac_key, key_file.remembered, anchors, head,
                      report)
        return report
    finally:
        for i in range(len(mac_key)):
            mac_key[i] = 0


def check_database(path: Path, key: bytearray) -> list[str]:
    """The problems of the encrypted database at `path` opened with `key`, or [] when sound."""
    report = CheckReport()
    _check(path, key, report, None)
    return report.problems


def _check(path: Path, key: bytearray, report: CheckReport,
           anchors: Anchors | None, progress: Progress = no_progress) -> Position | None:
    """Fill `report` with the database's problems; its audit position when it could be read."""
    if not path.is_file():
        report.problems.append(f"There is no practice database at {path}.")
        return None
    engine = open_engine(path, key, read_only=True)
    try:
        with Session(engine) as session:
            return _problems(session, path, report, anchors, progress)
    except NotSqlcipher4 as error:
        report.problems.append(f"Stillroom needs SQLCipher 4: {error}")
    except (DBAPIError, ValueError):
        report.problems.append(UNREADABLE)
    finally:
        engine.dispose()
    return None


def _problems(session: Session, path: Path, report: CheckReport,
              anchors: Anchors | None, progress: Progress) -> Position | None:
    # The first read fails with a wrong key, before any page could be called damaged.
    session.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    progress("pages")
    damage = _damaged_pages(session)
    if damage is not None:
        report.problems.append(damage)
        return None
    if current_revision(session.connection()) is None:
        report.problems.append("The file holds no Stillroom practice.")
        return None
    if anchors is not None:
        older = older_than_anchored(session.connection(), anchors, path)
        if older is not None:
            report.problems.append(older)
    progress("audit trail")
    report.problems += verify(session, records=True)
    return database_position(session.connection())


def _damaged_pages(session: Session) -> str | None:
    """What is damaged, or None when every page in use is sound.

    One read of every page: SQLite's quick_check walks every page in use, and SQLCipher
    checks each one's MAC as it is read, so an altered page stops it. Only then is
    `cipher_integrity_check` run, to name the altered pages; running it first as well would
    read the whole file twice (a second or more on ten years of notes).
    """
    try:
        status = session.execute(text("PRAGMA quick_check")).scalars().all()
    except DBAPIError:
        session.rollback()
        status = []
    if list(status) == ["ok"]:
        return None
    altered = session.execute(text("PRAGMA cipher_integrity_check")).scalars().all()
    if altered:
        return (f"The database file was damaged or altered: {altered[0]} "
                f"(problems found: {len(altered)}).")
    if not status:
        raise ValueError("pages that cannot be read")  # reported as UNREADABLE
    return f"The database is damaged: {'; '.join(map(str, status[:5]))}."


def _reanchor(paths: VaultPaths, vault_id: str, mac_key: bytearray, remembered: bool,
              anchors: Anchors, head: Position, report: CheckReport) -> None:
    """Say what was wrong with the anchor, and move it up to the database once all is well."""
    notice = anchors.notice()
    if report.problems:
        if notice is not None:
            report.notes.append(f"{notice} {NOT_RECORDED}")
        return
    stale = anchors.file != head or (remembered and anchors.keychain != head)
    if not stale:
        return
    try:
        write_anchor(paths.folder, vault_id, mac_key, head, remembered)
    except (OSError, VaultError):
        if notice is not None:
            report.notes.append(notice)
        return
    if notice is not None:
        report.notes.append(f"{notice} {RECORDED}")
