"""The client's account: charges, fees, payments, waivers and refunds; the balance they make.

A balance is what the client owes: charges, fees and refunds add to it, payments and waivers
take from it. Amounts are whole minor units, never negative; the kind gives the sign.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import Appointment, Client, LedgerEntry, Practice
from models.enums import LedgerKind, PaymentMethod, WaiverReason
from services import validation
from services.day_close.day_lock import refuse_if_closed
from services.errors import InvalidValue, NotFound
from services.vault.practice_vault import Vault

NEEDS_METHOD = {LedgerKind.PAYMENT, LedgerKind.REFUND}


@dataclass(frozen=True)
class LedgerLine:
    id: int
    day: date
    kind: LedgerKind
    amount: int
    appointment_id: int | None
    method: PaymentMethod | None
    waiver_reason: WaiverReason | None
    note: str

    @property
    def signed(self) -> int:
        return self.kind.sign * self.amount


# What a `LedgerLine` is read from, in its fields' order.
LINE_COLUMNS = (LedgerEntry.id, LedgerEntry.day, LedgerEntry.kind, LedgerEntry.amount,
                LedgerEntry.appointment_id, LedgerEntry.method, LedgerEntry.waiver_reason,
                LedgerEntry.note)

SIGNED_AMOUNT = case(
    (LedgerEntry.kind.in_([LedgerKind.PAYMENT, LedgerKind.WAIVER]), -LedgerEntry.amount),
    else_=LedgerEntry.amount,
)


def record(
    vault: Vault,
    client_id: int,
    kind: LedgerKind,
    amount: int,
    *,
    appointment_id: int | None = None,
    method: PaymentMethod | None = None,
    waiver_reason: WaiverReason | None = None,
    note: str = "",
    day: date | None = None,
) -> int:
    """Add one line to a client's account. A payment or refund says how; a waiver says why."""
    with vault.unit_of_work() as session:
        entry = add_entry(session, client_id, kind, amount, appointment_id=appointment_id,
                          method=method, waiver_reason=waiver_reason, note=note, day=day)
        session.flush()
        return entry.id


def add_entry(
    session: Session,
    client_id: int,
    kind: LedgerKind,
    amount: int,
    *,
    appointment_id: int | None = None,
    method: PaymentMethod | None = None,
    waiver_reason: WaiverReason | None = None,
    note: str = "",
    day: date | None = None,
) -> LedgerEntry:
    """`record` inside the caller's unit of work, for flows that change several things."""
    validation.money(amount, "amount")
    if kind in NEEDS_METHOD and method is None:
        raise InvalidValue("Please choose how the money was paid.", field="method")
    if kind == LedgerKind.WAIVER and waiver_reason is None:
        raise InvalidValue("Please choose why the fee is waived.", field="waiver_reason")
    if session.get(Client, client_id) is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    if appointment_id is not None:
        appointment = session.get(Appointment, appointment_id)
        if appointment is None or appointment.client_id != client_id:
            raise InvalidValue("That session is not this client's.", field="appointment")
    if day is None:
        practice = session.get(Practice, 1)
        assert practice is not None
        day = datetime.now(ZoneInfo(practice.timezone)).date()
    validation.day(day, "day")
    refuse_if_closed(session, day)
    entry = LedgerEntry(
        client_id=client_id, appointment_id=appointment_id, kind=kind, amount=amount,
        method=method if kind in NEEDS_METHOD else None,
        waiver_reason=waiver_reason if kind == LedgerKind.WAIVER else None,
        note=validation.text(note, "note", limit=2000), day=day, recorded_at=datetime.now(UTC),
    )
    session.add(entry)
    return entry


def balance_of(session: Session, client_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(SIGNED_AMOUNT), 0)).where(LedgerEntry.client_id == client_id)
    )
    return int(total or 0)


def balance(vault: Vault, client_id: int) -> int:
    """What the client owes now (negative when they are in credit)."""
    with vault.unit_of_work() as session:
        return balance_of(session, client_id)


def lines_of(session: Session, client_id: int, *, newest_first: bool = False,
             limit: int | None = None) -> list[LedgerLine]:
    """The client's account, by day and then in the order the lines were entered."""
    order = ((LedgerEntry.day.desc(), LedgerEntry.id.desc()) if newest_first
             else (LedgerEntry.day, LedgerEntry.id))
    rows = session.execute(select(*LINE_COLUMNS).where(LedgerEntry.client_id == client_id)
                           .order_by(*order).limit(limit))
    return [LedgerLine(*row) for row in rows]


def lines(vault: Vault, client_id: int) -> list[LedgerLine]:
    with vault.unit_of_work() as session:
        return lines_of(session, client_id)
