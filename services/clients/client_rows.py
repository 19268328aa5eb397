"""One client of a list, from the cells of their row (a CSV line or a vCard), checked.

Names are joined first, middle, last (so the surname ends the full name, as Stillroom sorts
by it), unless a column holds the whole name. Each phone column is a number, labelled with
the column's name ("Mobile Phone", «Домашний»); the address lines are joined into the
postal address, the town line as "City, Region Postcode". A refusal names the column at fault.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from models.enums import ClientStatus, Modality
from services.clients.birth_dates import DayOrder, birth_date
from services.clients.client_columns import PHONES, ClientField
from services.clients.client_records import ClientDraft, PhoneNumber, checked_draft
from services.csv_cells import cell_text
from services.errors import InvalidValue
from services.money.amounts import parse_amount

F = ClientField
YES = {"yes", "y", "true", "1", "да", "д"}
NO = {"no", "n", "false", "0", "нет", "н", ""}
Choice = TypeVar("Choice", Modality, ClientStatus)
# What other systems call a client's status ("Inactive" in SimplePractice, archived in Jane).
STATUS_WORDS = {"inactive": "ended", "archived": "ended", "discharged": "ended",
                "closed": "ended", "on_hold": "paused", "активный": "active",
                "активен": "active", "пауза": "paused", "завершен": "ended",
                "завершён": "ended", "архив": "ended"}
# The field of ClientDraft a refusal names, and the column that gave it.
DRAFT_FIELDS = {"full_name": (F.NAME, F.FIRST_NAME, F.LAST_NAME, F.MIDDLE_NAME),
                "preferred_name": (F.PREFERRED_NAME,), "email": (F.EMAIL,),
                "address": (F.ADDRESS, F.ADDRESS_2, F.CITY, F.REGION, F.POSTCODE, F.COUNTRY),
                "online_handle": (F.ONLINE_HANDLE,), "chart_notes": (F.NOTES,),
                "fee_override": (F.FEE,), "started_on": (F.STARTED_ON,),
                "date_of_birth": (F.DATE_OF_BIRTH,)}


@dataclass(frozen=True)
class Cell:
    """A value of the row, the field it gives and the column's name in the file."""

    field: ClientField
    column: str
    value: str


@dataclass(frozen=True)
class ClientRow:
    """A checked client, with the date of birth the client form does not hold."""

    draft: ClientDraft
    date_of_birth: date | None = None


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
        return kind(STATUS_WORDS.get(folded, folded) if kind is ClientStatus else folded)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise InvalidValue("{column} must be one of {allowed}, not {value!r}", column=column,
                           allowed=allowed, value=value) from None


def _started(value: str) -> date | None:
    if not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidValue("started_on must be a date such as 2024-09-01, not {value!r}",
                           value=value) from None


class _Row:
    """The cells of one row, read by field."""

    def __init__(self, cells: Sequence[Cell]) -> None:
        self.cells = [Cell(c.field, c.column, cell_text(c.value)) for c in cells]
        self._first: dict[str, Cell] = {}  # the first cell of each field, by its value
        for cell in self.cells:
            self._first.setdefault(cell.field, cell)

    def get(self, field: ClientField) -> str:
        cell = self._first.get(field)
        return cell.value if cell else ""

    def column(self, field: ClientField) -> str:
        cell = self._first.get(field)
        return cell.column if cell else field.value

    def joined(self, fields: Sequence[ClientField], between: str) -> str:
        return between.join(v for f in fields if (v := self.get(f).strip()))

    def phones(self) -> list[Cell]:
        return [c for c in self.cells if c.field in PHONES and c.value.strip()]

    def numbers(self) -> tuple[PhoneNumber, ...]:
        """Each phone; the flags and label columns are for the first (Stillroom's own list
        has one phone)."""
        numbers = []
        for index, cell in enumerate(self.phones()):
            first = index == 0
            label = (self.get(F.PHONE_LABEL) if first and cell.field == F.PHONE
                     else "" if cell.field == F.PHONE else cell.column)
            numbers.append(PhoneNumber(
                cell.value, label.strip(),
                _flag(self.get(F.MAY_CALL), self.column(F.MAY_CALL), True) if first else True,
                first and _flag(self.get(F.MAY_VOICEMAIL), self.column(F.MAY_VOICEMAIL), False),
                first and _flag(self.get(F.MAY_TEXT), self.column(F.MAY_TEXT), False)))
        return tuple(numbers)

    def address(self) -> str:
        town = ", ".join(part for part in (self.get(F.CITY).strip(),
                                           self.joined((F.REGION, F.POSTCODE), " ")) if part)
        lines = (self.get(F.ADDRESS), self.get(F.ADDRESS_2), town, self.get(F.COUNTRY))
        return "\n".join(line.strip() for line in lines if line.strip()).replace("\\n", "\n")


def client_row(cells: Sequence[Cell], currency: str, order: DayOrder) -> ClientRow:
    """The client the cells describe, checked; InvalidValue's `field` is the column at fault."""
    row = _Row(cells)
    try:
        fee = row.get(F.FEE).strip()
        draft = checked_draft(ClientDraft(
            full_name=row.get(F.NAME).strip()
            or row.joined((F.FIRST_NAME, F.MIDDLE_NAME, F.LAST_NAME), " "),
            preferred_name=row.get(F.PREFERRED_NAME), email=row.get(F.EMAIL),
            address=row.address(), numbers=row.numbers(),
            preferred_modality=_choice(Modality, row.get(F.MODALITY), row.column(F.MODALITY),
                                       Modality.IN_PERSON),
            online_handle=row.get(F.ONLINE_HANDLE),
            status=_choice(ClientStatus, row.get(F.STATUS), row.column(F.STATUS),
                           ClientStatus.ACTIVE),
            started_on=_started(row.get(F.STARTED_ON)),
            fee_override=parse_amount(fee, currency, "fee_override") if fee else None,
            chart_notes="\n\n".join(c.value.strip() for c in row.cells
                                    if c.field == F.NOTES and c.value.strip()),
        ))
        return ClientRow(draft, birth_date(row.get(F.DATE_OF_BIRTH), order))
    except InvalidValue as error:
        error.field = _column_at_fault(row, error.field)
        raise


def _column_at_fault(row: _Row, field: str | None) -> str | None:
    if field is None:
        return None
    if field.startswith("numbers."):
        if field.endswith(".label"):
            return row.column(F.PHONE_LABEL)
        return row.phones()[int(field.split(".")[1])].column
    for given in DRAFT_FIELDS.get(field, ()):
        if any(c.field == given for c in row.cells):
            return row.column(given)
    return field
