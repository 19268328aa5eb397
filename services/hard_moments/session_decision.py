"""One decision about one session, written in one unit of work, or not at all.

What a guided dialog decides (mark a no-show and charge its fee, log the call, book a new
time, waive a fee, turn reminders on, add to the chart) is one `SessionDecision`. `decide`
writes its parts in a fixed order: what happened to the session first (its status and, for
a no-show, why; a cancellation, or meeting another way), then the fee, the contact, the new
booking, the waivers (after the booking: the session just booked may be the next one whose fee is
waived), the reminders, the chart entry and last the therapist's private reflection (kept
apart from the client's record: `services.notes.reflections`). When any part is refused, nothing is
written and the error's `part` names the part, so the dialog can show it on its step.
The decision is undoable as one action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from models import Appointment
from models.enums import (
    AppointmentStatus,
    BookAction,
    CancelledBy,
    ContactChannel,
    ContactOutcome,
    Modality,
    NoShowReason,
    ReasonCategory,
    WaiverReason,
)
from services.calendar.appointments import (
    book_in,
    cancel_in,
    keep_another_way_in,
    set_status_in,
)
from services.clients.chart import add_to_chart_in
from services.clients.contact_log import log_contact_in
from services.errors import NotFound, Refused, part
from services.money.missed_session_fees import (
    charge_fee_in,
    waive_fee_in,
    waive_next_session_in,
)
from services.notes.reflections import ReflectionDraft, add_reflection_in
from services.practice.practice_settings import update_settings_in
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable


@dataclass(frozen=True)
class Cancellation:
    """Who cancelled, when the notice came, and why."""

    by: CancelledBy
    arrived_at: datetime
    category: ReasonCategory
    text: str = ""


@dataclass(frozen=True)
class ContactRecord:
    """A call, message or letter and how it went; `reason` is in the practice's language."""

    channel: ContactChannel
    outcome: ContactOutcome
    reason: str = ""
    note: str = ""
    follow_up_on: date | None = None


@dataclass(frozen=True)
class NewBooking:
    starts_at: datetime
    length_minutes: int
    modality: Modality


@dataclass(frozen=True)
class Waiver:
    """What is let go: `amount` of this session's charge (0: none of it), and the next
    session's fee when `next_session`, looked for from `after`."""

    reason: WaiverReason
    note: str = ""
    amount: int = 0
    next_session: bool = False
    after: datetime | None = None


@dataclass(frozen=True)
class ChartEntry:
    """A dated entry for the client's chart, its words in the practice's language."""

    day: date
    heading: str
    text: str


@dataclass(frozen=True)
class SessionDecision:
    """Everything decided about one session in a guided dialog; None or 0: not decided."""

    action: BookAction
    appointment_id: int
    status: AppointmentStatus | None = None
    no_show_reason: NoShowReason | None = None
    arrived_at: datetime | None = None
    cancellation: Cancellation | None = None
    meet_by: Modality | None = None
    fee: int = 0
    contact: ContactRecord | None = None
    booking: NewBooking | None = None
    waiver: Waiver | None = None
    reminders_on: bool = False
    chart: ChartEntry | None = None
    reflection: str = ""  # the therapist's own, about this session: never in the chart

    def changes_anything(self) -> bool:
        """Whether any part was decided (every step skipped: nothing to write)."""
        return any((self.status, self.no_show_reason, self.cancellation, self.meet_by,
                    self.fee, self.contact, self.booking, self.waiver, self.reminders_on,
                    self.chart, self.reflection.strip()))


PARTS = ("status", "no_show_reason", "cancellation", "meet_by", "fee", "contact", "booking",
         "waiver", "reminders", "chart", "reflection")


def decide(vault: Vault, decision: SessionDecision) -> list[int]:
    """Write the whole decision, or nothing; returns the ids of any sessions booked."""
    undoable = Undoable(decision.action, appointment_id=decision.appointment_id)
    with vault.unit_of_work(undoable) as session:
        return write_decision(session, decision)


def write_decision(session: Session, decision: SessionDecision) -> list[int]:
    """`decide` inside the caller's unit of work."""
    session_id = decision.appointment_id
    appointment = session.get(Appointment, session_id)
    if appointment is None:
        raise NotFound("There is no session number {id}.", id=session_id)
    client_id = appointment.client_id
    with part("status"):
        if decision.status is not None:
            set_status_in(session, session_id, decision.status, decision.arrived_at)
    with part("no_show_reason"):
        if decision.no_show_reason is not None:
            record_no_show_reason_in(session, appointment, decision.no_show_reason)
    with part("cancellation"):
        cancelled = decision.cancellation
        if cancelled is not None:
            cancel_in(session, session_id, cancelled.by, cancelled.arrived_at,
                      cancelled.category, cancelled.text)
    with part("meet_by"):
        if decision.meet_by is not None:
            keep_another_way_in(session, session_id, decision.meet_by)
    with part("fee"):
        if decision.fee:
            charge_fee_in(session, session_id, decision.fee)
    with part("contact"):
        contact = decision.contact
        if contact is not None:
            log_contact_in(session, client_id, contact.channel, contact.outcome,
                           reason=contact.reason, note=contact.note,
                           follow_up_on=contact.follow_up_on, appointment_id=session_id)
    booked: list[int] = []
    with part("booking"):
        booking = decision.booking
        if booking is not None:
            booked = book_in(session, client_id, booking.starts_at, booking.length_minutes,
                             booking.modality)
    with part("waiver"):
        waiver = decision.waiver
        if waiver is not None and waiver.amount:
            waive_fee_in(session, session_id, waiver.amount, waiver.reason, waiver.note)
        if waiver is not None and waiver.next_session:
            waive_next_session_in(session, client_id, waiver.reason, waiver.note,
                                  after=waiver.after)
    with part("reminders"):
        if decision.reminders_on:
            update_settings_in(session, reminders=True)
    with part("chart"):
        chart = decision.chart
        if chart is not None:
            add_to_chart_in(session, client_id, chart.day, chart.heading, chart.text)
    with part("reflection"):
        if decision.reflection.strip():
            add_reflection_in(session, ReflectionDraft(client_id, decision.reflection,
                                                       session_id))
    return booked


def record_no_show_reason_in(session: Session, appointment: Appointment,
                             reason: NoShowReason) -> None:
    """Keep why the client did not come; only a no-show has such a reason."""
    if appointment.status != AppointmentStatus.NO_SHOW:
        raise Refused("Only a session marked as a no-show can have a reason for missing it.",
                      field="no_show_reason")
    appointment.no_show_reason = NoShowReason(reason)
