"""Bringing a client list in from a spreadsheet (CSV) or a contacts file (vCard), all or none.

Reading is in three steps the window and the command line share: `read_client_file` finds the
encoding (`file_encoding`), the delimiter and what each column holds (`client_columns`);
`review_client_file` checks every row and says how many clients there are, the first few and
each bad row with its line; `import_client_file` writes them in one transaction, or nothing.
A cell Stillroom wrote with a quote before it (`services.csv_cells.safe_cell`: "'=Ann") is
read without that quote.
"""

from __future__ import annotations

import csv
import enum
import io
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from services.clients.birth_dates import DayOrder, settled_order
from services.clients.client_batches import Checked, add_clients
from services.clients.client_columns import ClientField, column_fields, recognised
from services.clients.client_rows import Cell, ClientRow, client_row
from services.clients.file_encoding import read_text
from services.clients.vcard import is_contacts_file, read_contacts
from services.csv_cells import cell_text
from services.errors import InvalidRows, InvalidValue, StillroomError
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault

MAX_ROWS = 100_000
MAX_CELL = 100_000
BATCH = 1_000
DELIMITERS = (",", ";", "\t")
CSV_ERRORS = (
    ("unexpected end of data", "a quote opened on this line is never closed"),
    ("expected after", "a quote closes in the middle of a cell"),
    ("field larger than field limit", f"a cell is longer than {MAX_CELL:,} characters"),
)
Read = list[Cell] | StillroomError  # a row's cells, or what is wrong with it


class FileKind(enum.StrEnum):
    SPREADSHEET = "spreadsheet"
    CONTACTS = "contacts"


@dataclass(frozen=True)
class ClientFile:
    """A client list as read: how it is written, its columns and what each one gives.

    For a contacts file the columns are the vCard properties found, and what they give is
    fixed by the vCard standard.
    """

    path: Path
    kind: FileKind
    encoding: str
    delimiter: str  # "" for a contacts file
    columns: tuple[str, ...]
    fields: tuple[ClientField | None, ...]
    text: str = field(repr=False, compare=False)
    sample: tuple[str, ...] = ()  # the first row's cells, to show beside the columns

    @property
    def not_imported(self) -> tuple[str, ...]:
        return tuple(c for c, f in zip(self.columns, self.fields, strict=True) if f is None)


@dataclass(frozen=True)
class ClientListReview:
    """What an import would write: how many clients, the first few, and every bad row."""

    file: ClientFile
    count: int
    first: tuple[ClientRow, ...]
    problems: tuple[RowProblem, ...]
    day_order: DayOrder

    def refusal(self) -> InvalidRows:
        """The problems as the command line and a refused import list them."""
        return InvalidRows([(problem.line, problem.text) for problem in self.problems])


def delimiter_of(header_line: str) -> str:
    """The delimiter the first line uses most outside quotes (a comma when it uses none)."""
    unquoted = re.sub(r'"[^"]*"', "", header_line)
    counts = [(unquoted.count(d), -index, d) for index, d in enumerate(DELIMITERS)]
    count, _, delimiter = max(counts)
    return delimiter if count else ","


@contextmanager
def _cell_limit() -> Iterator[None]:
    """The csv module's cell limit is the process's: set ours for the read, then put it back."""
    before = csv.field_size_limit(MAX_CELL)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """Each record of the text with the line it starts on, read exactly or refused there."""
    with _cell_limit():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        line = 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                why = next((said for found, said in CSV_ERRORS if found in str(error)),
                           "this line cannot be read as CSV")
                raise InvalidRows([(line, why)]) from None
            yield line, cells
            line = reader.line_num + 1


def _header(path: Path, cells: list[str]) -> tuple[str, ...]:
    """The column names of the first row, each named and given once."""
    header = tuple(cell.strip() for cell in cells)
    unnamed = [str(number) for number, column in enumerate(header, start=1) if not column]
    if not header or header == ("",):
        raise StillroomError("The first row of {path} must name the columns, with a 'name' "
                             "column at least.", path=str(path))
    if unnamed:
        raise StillroomError("Column {numbers} of {path} has no name in the first row. Name it, "
                             "or remove the column.", path=str(path), numbers=", ".join(unnamed))
    folded = [column.casefold() for column in header]
    twice = sorted({column for column in folded if folded.count(column) > 1})
    if twice:
        raise StillroomError("These columns of {path} appear more than once: {columns}. Keep "
                             "one of each.", path=str(path), columns=", ".join(twice))
    return header


def read_client_file(path: Path) -> ClientFile:
    """The file's encoding, delimiter and columns, with what each column usually holds."""
    decoded = read_text(path)
    text = decoded.text.removeprefix("\ufeff")
    if is_contacts_file(text):
        contacts = read_contacts(text)
        given = {cell.column: cell.field for _, cells in contacts.cards for cell in cells}
        columns = (*given, *contacts.not_imported)
        return ClientFile(path, FileKind.CONTACTS, decoded.encoding, "", columns,
                          (*given.values(), *(None for _ in contacts.not_imported)), text)
    delimiter = delimiter_of(text.partition("\n")[0])
    records = _records(text, delimiter)
    first = next(records, None)
    header = _header(path, first[1] if first else [])
    try:
        sample = tuple(cell_text(cell) for cell in next(records, (0, []))[1])
    except InvalidRows:
        sample = ()  # the review lists the line at fault
    return ClientFile(path, FileKind.SPREADSHEET, decoded.encoding, delimiter, header,
                      tuple(recognised(column) for column in header), text,
                      sample if len(sample) == len(header) else ())


def with_mapping(file: ClientFile, chosen: Mapping[str, ClientField | None]) -> ClientFile:
    """The file with the therapist's choice of what some columns give (None: left out)."""
    if file.kind is FileKind.CONTACTS:
        if chosen:
            raise StillroomError("A contacts file's details are read by their kind; choosing "
                                 "what columns hold is for spreadsheets.")
        return file
    return replace(file, fields=column_fields(file.columns, chosen))


def _rows(file: ClientFile) -> Iterator[tuple[int, Read]]:
    """Each client's cells with their line, or what is wrong with the row."""
    if file.kind is FileKind.CONTACTS:
        for line, card in read_contacts(file.text).cards:
            yield line, list(card)
        return
    records = _records(file.text, file.delimiter)
    next(records, None)
    width = len(file.columns)
    for count, (line, cells) in enumerate(records, start=1):
        if count > MAX_ROWS:
            raise StillroomError("{path} has more than {limit} rows.", path=str(file.path),
                                 limit=MAX_ROWS)
        if len(cells) != width:
            if cells == [] or cells == [""]:
                continue  # a blank line, as a spreadsheet leaves at the end
            yield line, InvalidValue("this row has {cells} cells, but there are {columns} "
                                     "columns", cells=len(cells), columns=width)
            continue
        yield line, [Cell(given, column, value) for column, given, value
                     in zip(file.columns, file.fields, cells, strict=True) if given is not None]


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with the row on `line`; the error's `field` is the column at fault."""

    line: int
    error: StillroomError

    @property
    def text(self) -> str:
        return (f"{self.error.field}: " if self.error.field else "") + str(self.error)


def _clients(file: ClientFile, currency: str,
             order: DayOrder) -> Iterator[ClientRow | RowProblem]:
    for line, read in _rows(file):
        if isinstance(read, StillroomError):
            yield RowProblem(line, read)
            continue
        try:
            yield client_row(read, currency, order)
        except InvalidValue as error:
            yield RowProblem(line, error)


def _day_order(file: ClientFile) -> DayOrder:
    return settled_order(cell.value for _, read in _rows(file)
                         if not isinstance(read, StillroomError)
                         for cell in read if cell.field is ClientField.DATE_OF_BIRTH)


def review_client_file(file: ClientFile, currency: str, first: int = 5) -> ClientListReview:
    """Every row checked: how many clients, the first few, each bad row. Writes nothing."""
    order = _day_order(file)
    shown: list[ClientRow] = []
    problems: list[RowProblem] = []
    count = 0
    for read in _clients(file, currency, order):
        count += 1
        if isinstance(read, RowProblem):
            problems.append(read)
        elif len(shown) < first:
            shown.append(read)
    return ClientListReview(file, count, tuple(shown), tuple(problems), order)


def review_clients(vault: Vault, file: ClientFile, first: int = 5) -> ClientListReview:
    """`review_client_file` in the practice's currency (for a fee column)."""
    return review_client_file(file, read_settings(vault).currency, first)


def import_client_file(vault: Vault, file: ClientFile) -> int:
    """Import every client in the file in one transaction, or none. Returns how many.

    Each row is checked as it is read; good rows are written in batches (`add_clients`) so
    the memory used stays flat however long the list is. After the first bad row nothing
    more is added, but every row is still checked; then the transaction is rolled back and
    each bad row is reported with its line.
    """
    currency = read_settings(vault).currency
    order = _day_order(file)
    problems: list[tuple[int, str]] = []
    batch: list[Checked] = []
    count = 0
    with vault.unit_of_work() as session:
        for row in _clients(file, currency, order):
            count += 1
            if isinstance(row, RowProblem):
                problems.append((row.line, row.text))
                batch = []
            elif not problems:
                batch.append((row.draft, row.date_of_birth))
                if len(batch) == BATCH:
                    add_clients(session, batch)
                    batch = []
        if problems:
            raise InvalidRows(problems)  # the unit of work rolls back what was added
        add_clients(session, batch)
    return count


def import_clients(vault: Vault, path: Path,
                   chosen: Mapping[str, ClientField | None] | None = None) -> int:
    """Read, check and import the file at `path`, with `chosen` for columns not recognised."""
    return import_client_file(vault, with_mapping(read_client_file(path), chosen or {}))
