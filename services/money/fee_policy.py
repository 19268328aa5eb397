"""The practice's written fee policy for missed sessions: what it proposes, and why.

A no-show or a late cancellation may bring a fee worked out from the session fee by the
practice's rule (the full fee, a fixed amount or a share). The policy only proposes: nothing
is charged until the therapist decides (`services.money.missed_session_fees`). No fee is ever
proposed for a session the therapist cancelled or missed, or one cancelled in good time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client
from models.enums import AppointmentStatus, CancelledBy, FeeRule, LedgerKind
from services.calendar.cancellation_window import is_late_cancellation
from services.errors import InvalidValue, NotFound
from services.money.amounts import percent_of
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault

FEE_KIND = {
    AppointmentStatus.NO_SHOW: LedgerKind.NO_SHOW_FEE,
    AppointmentStatus.LATE_CANCELLATION: LedgerKind.LATE_CANCEL_FEE,
}
MISSES = tuple(FEE_KIND)

# Why a fee is proposed: English templates, filled from FeeProposal.reason_values; the window
# translates the template and then fills it.
NO_SHOW_REASON = "The client did not come to the session and did not cancel it."
LATE_HOURS_REASON = ("Cancelled {hours} h {minutes} min before the session; the practice asks "
                     "for {window} hours' notice.")
LATE_MINUTES_REASON = ("Cancelled {minutes} min before the session; the practice asks for "
                       "{window} hours' notice.")
LATE_AFTER_START_REASON = "Cancelled only after the session had begun."
LATE_REASON = "Cancelled late; the practice asks for {window} hours' notice."
FORGIVEN_REASON = ("This is the client's first missed session, and the practice forgives a "
                   "client's first one.")
REASONS = (NO_SHOW_REASON, LATE_HOURS_REASON, LATE_MINUTES_REASON, LATE_AFTER_START_REASON,
           LATE_REASON, FORGIVEN_REASON)


@dataclass(frozen=True)
class FeeProposal:
    """The fee the policy proposes for one missed session; the therapist may change or waive it.

    `amount` is what to offer (0 when the first missed session is forgiven); `policy_amount` is
    what the rule gives before forgiveness, for "charge it anyway". `session_fee` is the fee the
    rule was applied to. `reason` is a template filled from `reason_values`.
    """

    appointment_id: int
    client_id: int
    kind: LedgerKind
    amount: int
    policy_amount: int
    rule: FeeRule
    rule_value: int
    session_fee: int
    forgiven: bool
    late: bool
    reason: str
    reason_values: Mapping[str, int] = field(default_factory=dict, hash=False)

    @property
    def explanation(self) -> str:
        """The reason in English, with the forgiveness sentence when it applies."""
        text = self.reason.format(**self.reason_values)
        return f"{text} {FORGIVEN_REASON}" if self.forgiven else text



def appointment_of(session: Session, appointment_id: int) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound("There is no session number {id}.", id=appointment_id)
    return appointment


def session_fee_of(session: Session, appointment: Appointment) -> int:
    """The session's own fee, else the client's, else the practice's (0 is a fee too)."""
    if appointment.fee_override is not None:
        return appointment.fee_override
    client = session.get(Client, appointment.client_id)
    if client is not None and client.fee_override is not None:
        return client.fee_override
    return practice_of(session).session_fee


def fee_by_rule(rule: FeeRule, value: int, session_fee: int) -> int | None:
    """The fee a rule gives for a session fee; None when the rule is to charge nothing."""
    if rule == FeeRule.FULL:
        return session_fee
    if rule == FeeRule.FIXED:
        return value
    if rule == FeeRule.PERCENT:
        return percent_of(session_fee, value)
    return None


def is_first_miss(session: Session, appointment: Appointment) -> bool:
    """No earlier session of this client was a no-show or a late cancellation."""
    earlier = session.scalar(
        select(Appointment.id).where(
            Appointment.client_id == appointment.client_id,
            Appointment.starts_at < appointment.starts_at,
            Appointment.status.in_(MISSES),
        ).limit(1)
    )
    return earlier is None


def _late_reason(appointment: Appointment, window: int) -> tuple[str, dict[str, int]]:
    arrived = appointment.cancellation_arrived_at
    if arrived is None:
        return LATE_REASON, {"window": window}
    if arrived >= appointment.starts_at:
        return LATE_AFTER_START_REASON, {"window": window}
    hours, minutes = divmod(int((appointment.starts_at - arrived).total_seconds()) // 60, 60)
    template = LATE_HOURS_REASON if hours else LATE_MINUTES_REASON
    return template, {"hours": hours, "minutes": minutes, "window": window}


def proposal_for(session: Session, appointment: Appointment) -> FeeProposal | None:
    """`propose_fee` inside the caller's unit of work."""
    kind = FEE_KIND.get(appointment.status)
    if kind is None or appointment.cancelled_by == CancelledBy.THERAPIST:
        return None
    practice = practice_of(session)
    late = appointment.status == AppointmentStatus.LATE_CANCELLATION
    if late:
        rule, value = practice.late_cancel_fee_rule, practice.late_cancel_fee_value
        reason, values = _late_reason(appointment, practice.cancel_window_hours)
    else:
        rule, value = practice.no_show_fee_rule, practice.no_show_fee_value
        reason, values = NO_SHOW_REASON, {}
    session_fee = session_fee_of(session, appointment)
    policy_amount = fee_by_rule(rule, value, session_fee)
    if policy_amount is None:
        return None
    forgiven = practice.first_missed_forgiven and is_first_miss(session, appointment)
    return FeeProposal(
        appointment_id=appointment.id, client_id=appointment.client_id, kind=kind,
        amount=0 if forgiven else policy_amount, policy_amount=policy_amount, rule=rule,
        rule_value=value, session_fee=session_fee, forgiven=forgiven, late=late,
        reason=reason, reason_values=MappingProxyType(values),
    )


def propose_fee(vault: Vault, appointment_id: int,
                as_status: AppointmentStatus | None = None) -> FeeProposal | None:
    """The fee the policy proposes for a session, or None when no fee is ever due.

    None for a session attended, still scheduled, cancelled in time, or cancelled or missed
    by the therapist, and when the policy's rule is to charge nothing. Nothing is written.
    `as_status` asks what the policy would propose once the session has that status: a
    guided dialog changes the status only at its end. That is worked out on a copy detached
    from the unit of work, so the change can never be flushed.
    """
    with vault.unit_of_work() as session:
        appointment = appointment_of(session, appointment_id)
        if as_status is not None and appointment.status != as_status:
            session.expunge(appointment)
            appointment.status = as_status
        return proposal_for(session, appointment)


def propose_cancellation_fee(vault: Vault, appointment_id: int,
                             arrived_at: datetime) -> FeeProposal | None:
    """The fee the policy would propose were the client to cancel with notice arriving at
    `arrived_at`; None when that notice is in time (or no fee is ever due). Nothing is written.

    For a guided dialog that lets the therapist set when the notice came: the session is
    cancelled only at its end. Worked out on a copy detached from the unit of work, like
    `propose_fee`, with the reason saying how much notice that was.
    """
    if arrived_at.tzinfo is None:
        raise InvalidValue("When the notice came needs a time zone.", field="arrived_at")
    with vault.unit_of_work() as session:
        appointment = appointment_of(session, appointment_id)
        window = practice_of(session).cancel_window_hours
        if not is_late_cancellation(appointment.starts_at, arrived_at, window):
            return None
        session.expunge(appointment)
        appointment.status = AppointmentStatus.LATE_CANCELLATION
        appointment.cancelled_by = CancelledBy.CLIENT
        appointment.cancellation_arrived_at = arrived_at.astimezone(UTC)
        return proposal_for(session, appointment)
