"""Bringing a client list in from a spreadsheet (CSV), all of it or none of it.

Every row is checked before anything is written; one bad row stops the import and each
bad row is reported with its line number and what is wrong with it. A cell Stillroom wrote
with a quote before it (`services.csv_cells.safe_cell`: "'=Ann") is read without that quote.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
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


MAX_CELL = 100_000
BATCH = 1_000
CSV_ERRORS = (
    ("unexpected end of data", "a quote opened on this line is never closed"),
    ("expected after", "a quote closes in the middle of a cell"),
    ("field larger than field limit", f"a cell is longer than {MAX_CELL:,} characters"),
)


def _not_readable(path: Path, error: OSError) -> StillroomError:
    return StillroomError("Cannot read {path}: {reason}", path=str(path),
                          reason=error.strerror or str(error))


@contextmanager
def _cell_limit() -> Iterator[None]:
    """The csv module's cell limit is the process's: set ours for the read, then put it back."""
    before = csv.field_size_limit(MAX_CELL)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Each record of the file with the line it starts on, read exactly or refused there.

    Streams the file: a record is read, handed on and forgotten, so the memory used does not
    grow with the file.
    """
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise _not_readable(path, error) from None
    with handle, _cell_limit():
        reader = csv.reader(handle, strict=True)
        line = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError:
                raise StillroomError("{path} is not saved as UTF-8. In your spreadsheet, choose "
                                     "'CSV UTF-8' when saving, then try again.",
                                     path=str(path)) from None
            except csv.Error as error:
                why = next((said for found, said in CSV_ERRORS if found in str(error)),
                           "this line cannot be read as CSV")
                raise InvalidRows([(line, why)]) from None
            yield line, cells
            line = reader.line_num + 1


def _header(path: Path, records: Iterator[tuple[int, list[str]]]) -> list[str]:
    """The column names of the first row, each known, named and given once."""
    first = next(records, None)
    header = [cell.strip().casefold() for cell in first[1]] if first else []
    if "name" not in header:
        raise StillroomError("The first row of {path} must name the columns, with a 'name' "
                             "column at least.", path=str(path))
    unnamed = [str(number) for number, column in enumerate(header, start=1) if not column]
    if unnamed:
        raise StillroomError("Column {numbers} of {path} has no name in the first row. Name it, "
                             "or remove the column.", path=str(path), numbers=", ".join(unnamed))
    twice = sorted({column for column in header if header.count(column) > 1})
    if twice:
        raise StillroomError("These columns of {path} appear more than once: {columns}. Keep "
                             "one of each.", path=str(path), columns=", ".join(twice))
    unknown = sorted(set(header) - COLUMNS)
    if unknown:
        raise StillroomError("Unknown columns in {path}: {columns}. The columns Stillroom "
                             "knows are listed in the README.", path=str(path),
                             columns=", ".join(unknown))
    return header


def _drafts(path: Path, currency: str) -> Iterator[tuple[int, ClientDraft | str]]:
    """Each row as a checked client, or what is wrong with it, with its line."""
    records = _records(path)
    header = _header(path, records)
    for count, (line, cells) in enumerate(records, start=1):
        if count > MAX_ROWS:
            raise StillroomError("{path} has more than {limit} rows.", path=str(path),
                                 limit=MAX_ROWS)
        if len(cells) != len(header):
            yield line, f"this row has {len(cells)} cells, but there are {len(header)} columns"
            continue
        try:
            yield line, draft_of(dict(zip(header, cells, strict=True)), currency)
        except InvalidValue as error:
            column = COLUMN_OF_FIELD.get(error.field or "", error.field)
            where = f"{column}: " if column else ""
            yield line, where + str(error)


def check_rows(path: Path, currency: str) -> int:
    """How many clients the file holds, or InvalidRows listing every bad row. Writes nothing."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise _not_readable(path, error) from None
    if size > MAX_BYTES:
        raise StillroomError("{path} is too large to be a client list (over 20 MB).",
                             path=str(path))
    try:
        with path.open("rb") as handle:
            binary = b"\x00" in handle.read(64 * 1024)  # a text file holds no NUL byte
    except OSError as error:
        raise _not_readable(path, error) from None
    if binary:
        raise StillroomError("{path} is not a text file.", path=str(path))
    problems, count = [], 0
    for line, read in _drafts(path, currency):
        if isinstance(read, str):
            problems.append((line, read))
        count += 1
    if problems:
        raise InvalidRows(problems)
    return count


def import_clients(vault: Vault, path: Path) -> int:
    """Import every client in the file in one transaction, or none. Returns how many.

    The file is read twice, a row at a time: once to check every row, once to write them,
    flushed in batches so the memory used stays flat however long the list is.
    """
    currency = read_settings(vault).currency
    expected = check_rows(path, currency)
    count = 0
    with vault.unit_of_work() as session:
        for count, (_line, draft) in enumerate(_drafts(path, currency), start=1):
            assert isinstance(draft, ClientDraft)  # every row was checked a moment ago
            add_client(session, draft)
            if count % BATCH == 0:
                session.flush()
                session.expunge_all()
        if count != expected:
            raise StillroomError("{path} changed while it was being imported; nothing was "
                                 "imported. Try again.", path=str(path))
    return expected
