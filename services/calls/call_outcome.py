"""How a call from the call list went, and what it changed: one decision, one unit of work.

What the therapist records in the call dialog is one `CallOutcome`: how the call went, what
was decided, a note, the day to call back, and the time booked on the call (a new session, or
the session booked by mistake moved to it). `record_call_outcome` writes the booking first, so
that the contact log's entry names the session it made, then the entry. When either is
refused nothing is written, and the error's `part` says which: "booking" (a clash, a closed
day, an ended client) or "contact" (the entry itself, or the day a call back needs). The
whole call is one undoable action: Edit → Undo Call takes back the entry with the booking or
the move it made.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from models import Appointment
from models.enums import BookAction, ContactChannel, ContactOutcome, ContactReason, Modality
from services.calendar.appointments import book_in, move_in
from services.calls.call_facts import UNANSWERED
from services.calls.call_list import CallRule, attempts_of, aware
from services.clients.contact_log import log_contact_in
from services.clients.contact_reasons import reason_code
from services.errors import InvalidValue, NotFound, part
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable


class Decision(enum.StrEnum):
    """What was decided on a call, beyond how it went."""

    BOOKED = "booked"
    CALL_BACK = "call_back"
    CLOSING_SESSION = "closing_session"
    WANTS_TO_STOP = "wants_to_stop"
    NO_DECISION = "no_decision"


@dataclass(frozen=True)
class CallBooking:
    """The time agreed on the call. With `moving` (a session booked by mistake), that session
    moves to it, keeping its length and way of meeting; else a new session is booked."""

    starts_at: datetime
    length_minutes: int
    modality: Modality
    moving: int | None = None


@dataclass(frozen=True)
class CallOutcome:
    """Everything recorded about one call.

    `appointment_id` is the session the call is about (the unanswered calls are counted from
    it); `reason` is the contact log's reason in words a person typed (empty: the call list's
    code with the rule and the decision, shown in the reader's language); `at` is when the
    call was made (aware; now when None).
    """

    client_id: int
    outcome: ContactOutcome
    rule: CallRule
    decision: Decision = Decision.NO_DECISION
    note: str = ""
    follow_up_on: date | None = None
    booking: CallBooking | None = None
    appointment_id: int | None = None
    reason: str = ""
    at: datetime | None = None
    channel: ContactChannel = ContactChannel.CALL


@dataclass(frozen=True)
class CallRecord:
    """What `record_call_outcome` wrote, and what the window should offer next."""

    contact_id: int
    # Unanswered calls for this rule since its reason arose, this one included.
    attempts: int
    # Declined, wants to stop, or the set number of unanswered calls reached: offer the
    # termination letter (the client is marked ended only when it is made).
    offer_closing_letter: bool
    # The session booked, or the one moved, on the call.
    booked_id: int | None = None


PARTS = ("booking", "contact")


def record_call_outcome(vault: Vault, call: CallOutcome) -> CallRecord:
    """Write the call whole, or nothing; undoable as one action ("Call").

    CALL_BACK needs `follow_up_on` (InvalidValue on field "follow_up_on", part "contact"); the
    date makes the client come back as FOLLOW_UP_DUE on that day.
    """
    outcome, decision = ContactOutcome(call.outcome), Decision(call.decision)
    rule = CallRule(call.rule)
    at = aware(call.at, "at") if call.at is not None else datetime.now(UTC)
    with vault.unit_of_work(Undoable(BookAction.CALL, client_id=call.client_id)) as session:
        booked_id = None
        with part("booking"):
            if call.booking is not None:
                booked_id = _book(session, call.client_id, call.booking)
        with part("contact"):
            if decision == Decision.CALL_BACK and call.follow_up_on is None:
                raise InvalidValue("Please choose the day to call back.", field="follow_up_on")
            reason = call.reason or reason_code(ContactReason.CALL_LIST, rule, decision)
            about = call.appointment_id
            contact_id = log_contact_in(
                session, call.client_id, call.channel, outcome, reason=reason, note=call.note,
                follow_up_on=call.follow_up_on,
                appointment_id=booked_id if booked_id is not None else about, at=at)
        about_session = session.get(Appointment, about) if about is not None else None
        since = about_session.starts_at if about_session is not None else None
        attempts = attempts_of(session, call.client_id, since, until=at)
        limit = practice_of(session).call_attempts
    offer = (outcome == ContactOutcome.DECLINED or decision == Decision.WANTS_TO_STOP
             or (outcome in UNANSWERED and attempts >= limit))
    return CallRecord(contact_id, attempts, offer, booked_id)


def _book(session: Session, client_id: int, booking: CallBooking) -> int:
    """The session booked, or moved, for the time agreed."""
    if booking.moving is None:
        (booked,) = book_in(session, client_id, booking.starts_at, booking.length_minutes,
                            booking.modality)
        return booked
    moving = session.get(Appointment, booking.moving)
    if moving is None or moving.client_id != client_id:
        raise NotFound("There is no session number {id}.", id=booking.moving)
    move_in(session, moving.id, booking.starts_at)
    return moving.id
