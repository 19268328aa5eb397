"""A day's money as the close-day dialog enters it: charges set by hand, payments, refunds.

Charges follow a session's status by themselves
(`services.money.session_charges.follow_policy`, run by
`services.calendar.appointments.set_status` and `cancel`): a charge made by policy that no
longer fits the status is taken away, and with `charge=True` (`mark`, the close-day dialog's
way to set a status) an attended session gets its session fee. A session the therapist
cancelled or missed keeps its charge for the waiver that apologises for it
(`services.money.missed_session_fees`). No-show and late-cancellation fees are proposed by the
policy and charged when the therapist decides (the guided dialogs, or `set_charge` at the day's
end); a charge set to something else than the policy carries the reason in its note.

Each action here is what the close-day dialog does in one go: one call, one unit of work,
undoable as one action in the client's name (Edit → Undo Payment for Ann Lee), as long as
the day it changed is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client, LedgerEntry
from models.enums import AppointmentStatus, BookAction, LedgerKind, PaymentMethod
from services import validation
from services.calendar.appointments import set_status
from services.day_close.day_lock import local_day, refuse_if_closed
from services.errors import InvalidValue, NotFound, Refused
from services.money.fee_policy import appointment_of
from services.money.ledger import add_entry
from services.money.session_charges import charge_by_policy, charges_of
from services.money_papers.invoice_status import refuse_if_invoiced
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable

NOTE_LIMIT = 2000
# What marking a session is called in Edit → Undo.
ACTION_OF_STATUS = {
    AppointmentStatus.ATTENDED: BookAction.ATTENDED,
    AppointmentStatus.ATTENDED_LATE: BookAction.ATTENDED_LATE,
    AppointmentStatus.NO_SHOW: BookAction.NO_SHOW,
    AppointmentStatus.MISSED_BY_THERAPIST: BookAction.MISSED_BY_ME,
}


@dataclass(frozen=True)
class Payment:
    """Money received on `day`. `client_id` None: not known yet whose (tied to no session);
    `appointment_ids`: the sessions it pays for, oldest first, each up to what it owes."""

    client_id: int | None
    amount: int
    method: PaymentMethod
    day: date
    appointment_ids: tuple[int, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Refund:
    """Money given back to a client on `day`."""

    client_id: int
    amount: int
    method: PaymentMethod
    day: date
    note: str = ""


def set_charge(vault: Vault, appointment_id: int, amount: int, reason: str = "") -> None:
    """Set what a session is charged: its session charge, or its no-show or late fee.

    An amount different from the policy's needs a reason (field "reason"), kept as the
    charge's note; such a charge stays as set when the status changes later. Refused for a
    session whose status brings no charge.
    """
    validation.money(amount, "amount")
    reason = validation.text(reason, "reason", limit=NOTE_LIMIT).strip()
    with vault.unit_of_work(Undoable(BookAction.CHARGE, appointment_id=appointment_id)) as session:
        appointment = appointment_of(session, appointment_id)
        policy = charge_by_policy(session, appointment)
        if policy is None:
            raise Refused("This session's status brings no charge; mark what happened first.",
                          field="status")
        kind, policy_amount = policy
        if amount != policy_amount and not reason:
            raise InvalidValue("A charge different from the policy needs a reason.",
                               field="reason")
        day = local_day(session, appointment.starts_at)
        refuse_if_closed(session, day)
        same = [e for e in charges_of(session, appointment_id) if e.kind == kind]
        if same and (len(same) > 1 or same[0].amount != amount):
            refuse_if_invoiced(session, [e.id for e in same])
        for extra in same[1:]:
            session.delete(extra)
        if same:
            same[0].amount, same[0].note = amount, reason
        elif amount or reason:
            add_entry(session, appointment.client_id, kind, amount,
                      appointment_id=appointment_id, note=reason, day=day)


def _still_owed(session: Session, ids: list[int]) -> list[tuple[int, int]]:
    """(session id, what is charged for it less waivers and payments tied to it), oldest first."""
    sessions = list(session.scalars(
        select(Appointment).where(Appointment.id.in_(ids)).order_by(Appointment.starts_at)))
    if len(sessions) != len(set(ids)):
        raise NotFound("One of the sessions to pay for does not exist.", field="appointments")
    rows = session.execute(
        select(LedgerEntry.appointment_id, LedgerEntry.kind, LedgerEntry.amount)
        .where(LedgerEntry.appointment_id.in_(ids)))
    owed: dict[int | None, int] = dict.fromkeys(ids, 0)
    for appointment_id, kind, amount in rows:
        owed[appointment_id] += LedgerKind(kind).sign * amount
    return [(a.id, max(0, owed[a.id])) for a in sessions]


def record_payment(vault: Vault, payment: Payment) -> list[int]:
    """Enter money received on a day; returns the ledger entries' ids.

    Paying for sessions splits the payment over them, oldest first, each up to what it still
    owes; what is left stays on the client's account, tied to no session. Part payments are
    simply smaller amounts. A payment with no client (not yet known whose) is kept, and the
    day's review lists it as a problem until `assign_payment` says whose it is. All its
    entries are one action for undo.
    """
    amount, client_id = payment.amount, payment.client_id
    validation.money(amount, "amount")
    if amount == 0:
        raise InvalidValue("A payment of nothing is not a payment.", field="amount")
    method, day = PaymentMethod(payment.method), payment.day
    note = validation.text(payment.note, "note", limit=NOTE_LIMIT)
    ids = list(dict.fromkeys(payment.appointment_ids))
    if client_id is None and ids:
        raise InvalidValue("Choose whose payment it is to tie it to sessions.", field="client")
    with vault.unit_of_work(Undoable(BookAction.PAYMENT, client_id=client_id)) as session:
        if client_id is None:
            validation.day(day, "day")
            refuse_if_closed(session, day)
            entry = LedgerEntry(client_id=None, kind=LedgerKind.PAYMENT, amount=amount,
                                method=method, note=note, day=day,
                                recorded_at=datetime.now(UTC))
            session.add(entry)
            session.flush()
            return [entry.id]
        parts: list[tuple[int | None, int]] = []
        left = amount
        for appointment_id, owed in _still_owed(session, ids):
            if left and owed:
                parts.append((appointment_id, min(owed, left)))
                left -= min(owed, left)
        if left:
            parts.append((None, left))
        entries = [add_entry(session, client_id, LedgerKind.PAYMENT, part,
                             appointment_id=appointment_id, method=method, note=note, day=day)
                   for appointment_id, part in parts]
        session.flush()
        return [e.id for e in entries]


def assign_payment(vault: Vault, ledger_id: int, client_id: int) -> None:
    """Say whose a payment entered with no client is (undoable, as their payment)."""
    with vault.unit_of_work(Undoable(BookAction.PAYMENT, client_id=client_id)) as session:
        entry = session.get(LedgerEntry, ledger_id)
        if entry is None or entry.kind != LedgerKind.PAYMENT:
            raise NotFound("There is no payment number {id}.", id=ledger_id)
        if session.get(Client, client_id) is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        refuse_if_closed(session, entry.day)
        entry.client_id = client_id


def record_refund(vault: Vault, refund: Refund) -> int:
    """Money given back to a client; it adds to what they owe (a credit paid out)."""
    validation.money(refund.amount, "amount")
    if refund.amount == 0:
        raise InvalidValue("A refund of nothing is not a refund.", field="amount")
    undoable = Undoable(BookAction.REFUND, client_id=refund.client_id)
    with vault.unit_of_work(undoable) as session:
        entry = add_entry(session, refund.client_id, LedgerKind.REFUND, refund.amount,
                          method=PaymentMethod(refund.method), note=refund.note, day=refund.day)
        session.flush()
        return entry.id


def mark(vault: Vault, appointment_id: int, status: AppointmentStatus,
         arrived_at: datetime | None = None) -> None:
    """Set a session's status with its charges following the policy (the close-day dialog),
    undoable as "Attended", "No-show"... for the session's client."""
    action = ACTION_OF_STATUS.get(AppointmentStatus(status))
    undoable = Undoable(action, appointment_id=appointment_id) if action is not None else None
    set_status(vault, appointment_id, status, arrived_at, charge=True, undoable=undoable)
