"""What a session is charged, following its status: the policy's fee for an attended session,
the proposed fee for a no-show or late cancellation, nothing for a session the therapist
cancelled or missed.

A charge the policy made has no note; a charge the therapist set to something else carries
the reason in its note, and stays when the status changes. `follow_policy` runs whenever a
status is set (`services.calendar.appointments.set_status` and `cancel`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, LedgerEntry
from models.enums import AppointmentStatus, CancelledBy, LedgerKind
from services.day_close.day_lock import local_day
from services.money.fee_policy import FEE_KIND, proposal_for, session_fee_of
from services.money.ledger import add_entry
from services.money_papers.invoice_status import refuse_if_invoiced

ATTENDED = (AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE)
CHARGE_KINDS = (LedgerKind.SESSION_CHARGE, LedgerKind.NO_SHOW_FEE, LedgerKind.LATE_CANCEL_FEE)
KEEP_FOR_WAIVER = (AppointmentStatus.CANCELLED_BY_THERAPIST,
                   AppointmentStatus.MISSED_BY_THERAPIST)


def charge_kind_of(appointment: Appointment) -> LedgerKind | None:
    """The kind of charge a session's status brings, or None when it brings none."""
    return charge_kind_for(appointment.status, appointment.cancelled_by)


def charge_kind_for(status: AppointmentStatus,
                    cancelled_by: CancelledBy | None) -> LedgerKind | None:
    """The kind of charge a status brings, for a session not yet in the book (the demo's):
    never any for a session the therapist cancelled or missed."""
    if status in ATTENDED:
        return LedgerKind.SESSION_CHARGE
    if cancelled_by == CancelledBy.THERAPIST:
        return None
    return FEE_KIND.get(status)


def charge_by_policy(session: Session, appointment: Appointment) -> tuple[LedgerKind, int] | None:
    """What the policy charges for a session as it stands: the kind and the amount.

    Attended: the session fee (the session's, else the client's, else the practice's). No-show
    or late cancellation: the fee the policy proposes (nothing when the first miss is
    forgiven). Cancelled in time, by the therapist, missed by the therapist, still booked: None.
    """
    kind = charge_kind_of(appointment)
    if kind is None:
        return None
    if kind == LedgerKind.SESSION_CHARGE:
        return kind, session_fee_of(session, appointment)
    proposal = proposal_for(session, appointment)
    return (kind, proposal.amount) if proposal is not None else None


def charges_of(session: Session, appointment_id: int) -> list[LedgerEntry]:
    return list(session.scalars(
        select(LedgerEntry).where(LedgerEntry.appointment_id == appointment_id,
                                  LedgerEntry.kind.in_(CHARGE_KINDS)).order_by(LedgerEntry.id)))


def follow_policy(session: Session, appointment: Appointment, *, charge: bool = True) -> None:
    """Make the session's charges follow its new status, leaving what the therapist edited.

    `charge` False only takes away what no longer fits (the calendar's older callers, which
    enter charges themselves); True also charges an attended session its fee.
    """
    kind = charge_kind_of(appointment)
    charges = charges_of(session, appointment.id)
    if appointment.status not in KEEP_FOR_WAIVER:
        gone = [entry for entry in charges if entry.kind != kind and not entry.note]
        refuse_if_invoiced(session, [entry.id for entry in gone])
        for entry in gone:
            session.delete(entry)
    if charge and kind == LedgerKind.SESSION_CHARGE and not any(e.kind == kind for e in charges):
        fee = session_fee_of(session, appointment)
        if fee:
            add_entry(session, appointment.client_id, kind, fee, appointment_id=appointment.id,
                      day=local_day(session, appointment.starts_at))
