"""Bringing a client list in from a spreadsheet (CSV), all of it or none of it.

Every row is checked before anything is written; one bad row stops the import and each
bad row is reported with its line number and what is wrong with it. A cell Stillroom wrote
with a quote before it (`services.csv_cells.safe_cell`: "'=Ann") is read without that quote.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import TypeVar

from models.enums import ClientStatus, Modality
from services.clients.client_records import ClientDraft, PhoneNumber, add_client, checked_draft
from services.csv_cells import cell_text
from services.errors import InvalidRows, InvalidValue, StillroomError
from services.money.amounts import parse_amount
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
COLUMNS = {
    "name", "preferred_name", "phone", "phone_label", "may_call", "may_voicemail", "may_text",
    "email", "address", "modality", "online_handle", "status", "started_on", "fee", "notes",
}
# The client field a message names, as the column is called in the file.
COLUMN_OF_FIELD = {"full_name": "name", "chart_notes": "notes", "fee_override": "fee",
                   "preferred_modality": "modality", "numbers.0": "phone",
                   "numbers.0.label": "phone_label"}
YES = {"yes", "y", "true", "1", "да", "д"}
NO = {"no", "n", "false", "0", "нет", "н", ""}
Choice = TypeVar("Choice", Modality, ClientStatus)


def _flag(value: str, column: str, default: bool) -> bool:
    folded = value.strip().casefold()
    if not folded:
        return default
    if folded in YES:
        return True
    if folded in NO:
        return False
    raise InvalidValue("{column} must be yes or no, not {value!r}", column=column, value=value)


def _choice(kind: type[Choice], value: str, column: str, default: Choice) -> Choice:
    folded = value.strip().casefold().replace(" ", "_").replace("-", "_")
    if not folded:
        return default
    try:
        return kind(folded)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise InvalidValue("{column} must be one of {allowed}, not {value!r}", column=column,
                           allowed=allowed, value=value) from None


def _day(value: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidValue("started_on must be a date such as 2024-09-01, not {value!r}",
                           value=value) from None


def draft_of(row: dict[str, str], currency: str) -> ClientDraft:
    """One CSV row as a checked client, or InvalidValue saying what is wrong with it."""

    def get(column: str) -> str:
        return cell_text(row.get(column) or "")

    numbers: tuple[PhoneNumber, ...] = ()
    if get("phone").strip():
        numbers = (PhoneNumber(get("phone"), get("phone_label"),
                               _flag(get("may_call"), "may_call", True),
                               _flag(get("may_voicemail"), "may_voicemail", False),
                               _flag(get("may_text"), "may_text", False)),)
    fee = get("fee").strip()
    return checked_draft(ClientDraft(
        full_name=get("name"), preferred_name=get("preferred_name"), email=get("email"),
        address=get("address").replace("\\n", "\n"), numbers=numbers,
        preferred_modality=_choice(Modality, get("modality"), "modality", Modality.IN_PERSON),
        online_handle=get("online_handle"),
        status=_choice(ClientStatus, get("status"), "status", ClientStatus.ACTIVE),
        started_on=_day(get("started_on")),
        fee_override=parse_amount(fee, currency, "fee") if fee else None,
        chart_notes=get("notes"),
    ))


def read_rows(path: Path, currency: str) -> list[ClientDraft]:
    """All rows of the file as checked clients, or InvalidRows listing every bad one."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise StillroomError("Cannot read {path}: {reason}", path=str(path),
                             reason=error.strerror or str(error)) from None
    if size > MAX_BYTES:
        raise StillroomError("{path} is too large to be a client list (over 20 MB).",
                             path=str(path))
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StillroomError("{path} is not saved as UTF-8. In your spreadsheet, choose "
                             "'CSV UTF-8' when saving, then try again.", path=str(path)) from None
    if "\x00" in content:
        raise StillroomError("{path} is not a text file.", path=str(path))
    reader = csv.DictReader(io.StringIO(content, newline=""))
    header = [(column or "").strip().casefold() for column in reader.fieldnames or []]
    if "name" not in header:
        raise StillroomError("The first row of {path} must name the columns, with a 'name' "
                             "column at least.", path=str(path))
    unknown = sorted(set(header) - COLUMNS - {""})
    if unknown:
        raise StillroomError("Unknown columns in {path}: {columns}. The columns Stillroom "
                             "knows are listed in the README.", path=str(path),
                             columns=", ".join(unknown))
    reader.fieldnames = header
    drafts, problems = [], []
    for row in reader:
        if reader.line_num - 1 > MAX_ROWS:
            raise StillroomError("{path} has more than {limit} rows.", path=str(path),
                                 limit=MAX_ROWS)
        if None in row:
            problems.append((reader.line_num, "this row has more cells than there are columns"))
            continue
        try:
            drafts.append(draft_of(row, currency))
        except InvalidValue as error:
            column = COLUMN_OF_FIELD.get(error.field or "", error.field)
            where = f"{column}: " if column else ""
            problems.append((reader.line_num, where + str(error)))
    if problems:
        raise InvalidRows(problems)
    return drafts


def import_clients(vault: Vault, path: Path) -> int:
    """Import every client in the file in one transaction. Returns how many were added."""
    drafts = read_rows(path, read_settings(vault).currency)
    with vault.unit_of_work() as session:
        for draft in drafts:
            add_client(session, draft)
    return len(drafts)
