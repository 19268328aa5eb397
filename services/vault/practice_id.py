"""The practice's id, kept in the key file and inside the database, so the two can be matched.

The key file's `vault_id` names the practice to the keychain and to backups. The database
keeps the same id in its `practice` row (schema 0004), written when the practice is created;
a practice made earlier takes its key file's id the first time it is opened. When the two
differ the key file was edited or put there from another practice, and opening and `check`
say so plainly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from models import Practice
from models.engine import open_engine
from services.vault.key_file import read_key_file

if TYPE_CHECKING:
    from services.vault.practice_vault import Vault, VaultPaths

MISMATCH = (
    "The key file says this is practice {keys}, but the database belongs to practice "
    "{database}: the key file was edited or comes from another practice. Put back this "
    "practice's own key file (every backup of it holds one)."
)


def stored(engine: Engine) -> str | None:
    """The id the database keeps: "" when it keeps none yet, None when it cannot say (no
    practice row, or a schema from before 0004, which `check` reads without upgrading)."""
    try:
        with engine.connect() as connection:
            value = connection.execute(text("SELECT vault_id FROM practice WHERE id = 1"))
            found = value.scalar()
    except OperationalError:  # no such column (or table): an older schema
        return None
    return None if found is None else str(found)


def adopt(vault: Vault, vault_id: str) -> None:
    """Keep the key file's id in a database that has none yet (an audited change)."""
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        if practice is not None and not practice.vault_id:
            practice.vault_id = vault_id


def problems(paths: VaultPaths, key: bytearray) -> list[str]:
    """For `check` (of a database found sound): whether the key file and the database name
    the same practice."""
    key_file_id = read_key_file(paths.keys).vault_id
    engine = open_engine(paths.database, key, read_only=True)
    try:
        database_id = stored(engine)
    finally:
        engine.dispose()
    if database_id and database_id != key_file_id:
        return [MISMATCH.format(keys=key_file_id, database=database_id)]
    return []
