"""Checking a practice's database without changing it, even while the app has it open.

The file is opened read-only and the vault lock is not taken. SQLCipher checks every page's
MAC (so a tampered page is found, never silently read), SQLite checks its own structure, and
the audit trail is recomputed. Every problem comes back in plain words; none as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.engine import NotSqlcipher4, open_engine
from models.migrate import current_revision
from services.vault import practice_id
from services.vault.audit import verify
from services.vault.practice_vault import VaultPaths

UNREADABLE = (
    "The database cannot be read: it is not a Stillroom practice, the key does not open it, "
    "or it is damaged."
)


def check_vault(folder: Path, key: bytearray) -> list[str]:
    """The practice's problems in plain words; an empty list means all is well."""
    paths = VaultPaths(folder)
    return check_database(paths.database, key) or practice_id.problems(paths, key)


def check_database(path: Path, key: bytearray) -> list[str]:
    """The problems of the encrypted database at `path` opened with `key`, or [] when sound."""
    if not path.is_file():
        return [f"There is no practice database at {path}."]
    engine = open_engine(path, key, read_only=True)
    try:
        with Session(engine) as session:
            return _problems(session)
    except NotSqlcipher4 as error:
        return [f"Stillroom needs SQLCipher 4: {error}"]
    except (DBAPIError, ValueError):
        return [UNREADABLE]
    finally:
        engine.dispose()


def _problems(session: Session) -> list[str]:
    # The first read fails with a wrong key, before any page could be called damaged.
    session.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    altered = session.execute(text("PRAGMA cipher_integrity_check")).scalars().all()
    if altered:
        return [f"The database file was damaged or altered: {altered[0]} "
                f"(problems found: {len(altered)})."]
    status = session.execute(text("PRAGMA quick_check")).scalars().all()
    if list(status) != ["ok"]:
        return [f"The database is damaged: {'; '.join(map(str, status[:5]))}."]
    if current_revision(session.connection()) is None:
        return ["The file holds no Stillroom practice."]
    return verify(session)
