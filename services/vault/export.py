"""Everything in the practice as plain files the therapist can open anywhere.

One CSV per table and one JSON file with them all, so the data never depends on Stillroom
to be read. These files are NOT encrypted: they are the one place client data leaves the
vault in plaintext, only when the therapist asks, and never inside the data folder.
The therapist's private reflections (a table whose class is `__private__`) are left out unless
asked for, with a warning of their own.
"""

from __future__ import annotations

import csv
import enum
import hashlib
import io
import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models import Base
from services.csv_cells import number_cell, safe_cell
from services.errors import VaultError
from services.vault.practice_vault import Vault
from services.vault.private_files import refuse_inside_data_folder, write_private

PLAINTEXT_WARNING = (
    "An export is not encrypted: anyone who can open these files can read your clients' "
    "details. Keep them on an encrypted disk or in a safe place, and delete them when you no "
    "longer need them."
)
PRIVATE_WARNING = (
    "This export includes your private reflections: your own process notes, which are not "
    "part of your clients' records. Do not pass these files on to anyone as a client's record."
)
JSON_FILE = "practice.json"


def private_tables() -> set[str]:
    """The tables kept apart from the clients' records: private reflections."""
    return {str(mapper.class_.__tablename__) for mapper in Base.registry.mappers
            if getattr(mapper.class_, "__private__", False)}


def _plain(value: Any) -> Any:
    """A value as a person reads it: enums by value, dates in ISO form, a PDF by its SHA-256."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    return value


def _cell(value: Any) -> str:
    """A value as a CSV cell: text made `safe_cell` (a name beginning with = is never a
    formula), a number as it is (`number_cell`: a spreadsheet adds it up)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return safe_cell(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_cell(json.dumps(value))
    return safe_cell(json.dumps(value, ensure_ascii=False))


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(columns)
    writer.writerows([_cell(row[column]) for column in columns] for row in rows)
    return text.getvalue().encode("utf-8-sig")  # the mark lets spreadsheets see UTF-8


def export_all(vault: Vault, target_dir: Path, *, include_private: bool = False) -> list[Path]:
    """Write every table to `target_dir` as CSV, and all of them as JSON; the private
    reflections only with `include_private`. Returns the files."""
    refuse_inside_data_folder(vault.paths.folder, target_dir)
    target = target_dir.resolve()
    left_out = set() if include_private else private_tables()
    exported = [table for table in Base.metadata.sorted_tables if table.name not in left_out]
    tables: dict[str, list[dict[str, Any]]] = {}
    with vault.unit_of_work() as session:
        for table in exported:
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings()
            tables[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    written = []
    try:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        for table in exported:
            path = target / f"{table.name}.csv"
            write_private(path, _csv([c.name for c in table.columns], tables[table.name]))
            written.append(path)
        path = target / JSON_FILE
        write_private(path, json.dumps(tables, ensure_ascii=False, indent=2).encode("utf-8"))
        written.append(path)
    except OSError as error:
        raise VaultError("Stillroom could not write the export to {folder}: {reason}",
                         folder=str(target), reason=error.strerror or str(error)) from None
    return written
