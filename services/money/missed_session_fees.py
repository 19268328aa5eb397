"""The therapist's decisions on a missed session's money: charge a fee, or waive it.

Each decision is one ledger entry written in one unit of work, so the audit trail records
it. A fee is charged once per session, on the practice-local day of the session. A waiver
gives its reason (and, for "other", a few words of explanation) and takes back what was
charged for the session: a no-show or late-cancellation fee, or the session's own charge when
the therapist missed it. The day a waiver is entered is the day it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Appointment, Client, LedgerEntry
from models.enums import AppointmentStatus, CancelledBy, LedgerKind, WaiverReason
from services import validation
from services.errors import InvalidValue, NotFound, Refused
from services.money.amounts import format_amount
from services.money.fee_policy import FEE_KIND, appointment_of, session_fee_of
from services.money.ledger import add_entry
from services.practice.practice_row import practice_of, practice_zone
from services.vault.practice_vault import Vault

FEE_KINDS = tuple(FEE_KIND.values())
CHARGES = (LedgerKind.SESSION_CHARGE, *FEE_KINDS)
MIN_OTHER_WORDS = 3
NOTE_LIMIT = 2000


def _money(session: Session, amount: int) -> str:
    return format_amount(amount, practice_of(session).currency)


def _total(session: Session, appointment_id: int, kinds: tuple[LedgerKind, ...]) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            LedgerEntry.appointment_id == appointment_id, LedgerEntry.kind.in_(kinds))
    )
    return int(total or 0)


def still_charged(session: Session, appointment_id: int) -> int:
    """What is charged against a session (its charge and fees) and not yet waived."""
    charged = _total(session, appointment_id, CHARGES)
    return max(0, charged - _total(session, appointment_id, (LedgerKind.WAIVER,)))


def waived(session: Session, appointment_id: int) -> int:
    """What has been waived for a session: a waiver is recorded only by the therapist."""
    return _total(session, appointment_id, (LedgerKind.WAIVER,))


@dataclass(frozen=True)
class FeeSoFar:
    """A missed session's fee as the book has it: what still stands charged, and what was
    let go with the newest waiver's reason. A fee waived before it was charged is written as
    the fee and its waiver side by side (`waive_uncharged_fee`): it reads as waived, not as
    charged, when a dialog is opened again for the session."""

    charged: int = 0
    waived: int = 0
    reason: WaiverReason | None = None
    note: str = ""

    @property
    def decided(self) -> bool:
        """The fee was charged or waived already: it is not proposed again."""
        return bool(self.charged or self.waived)


def fee_so_far(vault: Vault, appointment_id: int) -> FeeSoFar:
    """The no-show or late-cancellation fee decided for a session so far."""
    with vault.unit_of_work() as session:
        fees = _total(session, appointment_id, FEE_KINDS)
        let_go = min(fees, waived(session, appointment_id))
        if not let_go:
            return FeeSoFar(fees)
        waiver = session.scalars(
            select(LedgerEntry).where(LedgerEntry.appointment_id == appointment_id,
                                      LedgerEntry.kind == LedgerKind.WAIVER)
            .order_by(LedgerEntry.id.desc()).limit(1)).one()
        return FeeSoFar(fees - let_go, let_go, waiver.waiver_reason, waiver.note)


def checked_waiver(reason: WaiverReason | str | None, note: str) -> tuple[WaiverReason, str]:
    """A waiver's reason and note, or InvalidValue naming the field at fault."""
    if reason is None or reason == "":
        raise InvalidValue("Please choose why the fee is waived.", field="reason")
    try:
        reason = WaiverReason(reason)
    except ValueError:
        raise InvalidValue("Please choose why the fee is waived.", field="reason") from None
    note = validation.text(note, "note", limit=NOTE_LIMIT).strip()
    if reason == WaiverReason.OTHER and len(note.split()) < MIN_OTHER_WORDS:
        raise InvalidValue("Please say in a few words why the fee is waived.", field="note")
    return reason, note


def charge_fee(vault: Vault, appointment_id: int, amount: int, note: str = "") -> int:
    """Charge a no-show or late-cancellation fee of the amount the therapist chose.

    Written on the practice-local day of the session. Refused for a fee of nothing (leave it
    uncharged instead), for a session that was not missed by the client, and for a session
    that already has a fee. Returns the ledger entry's id.
    """
    with vault.unit_of_work() as session:
        return charge_fee_in(session, appointment_id, amount, note)


def charge_fee_in(session: Session, appointment_id: int, amount: int, note: str = "") -> int:
    """`charge_fee` inside the caller's unit of work."""
    validation.money(amount, "amount")
    if amount == 0:
        raise Refused("A fee of nothing is not a charge. To let the fee go, leave it "
                      "uncharged.", field="amount")
    appointment = appointment_of(session, appointment_id)
    kind = FEE_KIND.get(appointment.status)
    if kind is None or appointment.cancelled_by == CancelledBy.THERAPIST:
        raise Refused("Only a no-show or a late cancellation can bring a fee, and this "
                      "session is neither.", field="status")
    charged = _total(session, appointment_id, FEE_KINDS)
    if charged:
        raise Refused("This session already has a fee of {amount}; a session's fee is "
                      "charged only once.", amount=_money(session, charged))
    zone = practice_zone(session)
    entry = add_entry(session, appointment.client_id, kind, amount,
                      appointment_id=appointment_id, note=note,
                      day=appointment.starts_at.astimezone(zone).date())
    session.flush()
    return entry.id


def waive_fee(vault: Vault, appointment_id: int, amount: int | None,
              reason: WaiverReason | None, note: str = "") -> int:
    """Waive what was charged for a session: a fee, or the session charge the therapist missed.

    `amount` None waives all that is still charged for the session; a smaller amount waives
    part of it. Refused when nothing is charged for the session (the dialog skips the step),
    for a waiver of nothing, and for more than is still charged. Returns the ledger entry's id.
    """
    with vault.unit_of_work() as session:
        return waive_fee_in(session, appointment_id, amount, reason, note)


def waive_fee_in(session: Session, appointment_id: int, amount: int | None,
                 reason: WaiverReason | None, note: str = "") -> int:
    """`waive_fee` inside the caller's unit of work."""
    reason, note = checked_waiver(reason, note)
    if amount is not None:
        validation.money(amount, "amount")
        if amount == 0:
            raise Refused("A waiver of nothing would change nothing. To waive nothing, skip "
                          "this step.", field="amount")
    appointment = appointment_of(session, appointment_id)
    open_amount = still_charged(session, appointment_id)
    if open_amount == 0:
        raise Refused("Nothing is charged for this session, so there is nothing to waive.")
    if amount is None:
        amount = open_amount
    elif amount > open_amount:
        raise Refused("Only {amount} is charged for this session and not yet waived.",
                      field="amount", amount=_money(session, open_amount))
    entry = add_entry(session, appointment.client_id, LedgerKind.WAIVER, amount,
                      appointment_id=appointment_id, waiver_reason=reason, note=note)
    session.flush()
    return entry.id


def waive_uncharged_fee(vault: Vault, appointment_id: int, amount: int,
                        reason: WaiverReason | None, note: str = "") -> int:
    """Let a missed session's fee go before it was ever charged: the fee and its waiver side by
    side in one unit of work, so the book says what was decided (and a letter may say it).
    Returns the waiver's ledger entry id."""
    with vault.unit_of_work() as session:
        return waive_uncharged_fee_in(session, appointment_id, amount, reason, note)


def waive_uncharged_fee_in(session: Session, appointment_id: int, amount: int,
                           reason: WaiverReason | None, note: str = "") -> int:
    """`waive_uncharged_fee` inside the caller's unit of work (a guided dialog's decision)."""
    reason, note = checked_waiver(reason, note)
    charge_fee_in(session, appointment_id, amount)
    return waive_fee_in(session, appointment_id, amount, reason, note)


def next_session_of(session: Session, client_id: int, after: datetime) -> Appointment | None:
    """The client's first session still scheduled to start after `after`."""
    return session.scalars(
        select(Appointment).where(
            Appointment.client_id == client_id,
            Appointment.status == AppointmentStatus.SCHEDULED,
            Appointment.starts_at > after,
        ).order_by(Appointment.starts_at).limit(1)
    ).first()


def waive_next_session(vault: Vault, client_id: int, reason: WaiverReason | None,
                       note: str = "", *, after: datetime | None = None) -> int:
    """Waive the fee of the client's next scheduled session ("the next one is on me").

    The waiver is the session fee of that session, tied to it, so that when the session is
    charged the two cancel out; until then it stands as the client's credit. `after` is the
    moment to look from (now by default). Returns the ledger entry's id.
    """
    with vault.unit_of_work() as session:
        return waive_next_session_in(session, client_id, reason, note, after=after)


def waive_next_session_in(session: Session, client_id: int, reason: WaiverReason | None,
                          note: str = "", *, after: datetime | None = None) -> int:
    """`waive_next_session` inside the caller's unit of work."""
    reason, note = checked_waiver(reason, note)
    if after is not None and after.tzinfo is None:
        raise InvalidValue("A moment needs a time zone.", field="after")
    after = (after or datetime.now(UTC)).astimezone(UTC)
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    upcoming = next_session_of(session, client_id, after)
    if upcoming is None:
        raise Refused("{name} has no session booked yet, so there is no next session to "
                      "waive. Book it first, then waive its fee.", name=client.full_name)
    zone = practice_zone(session)
    values = {"day": upcoming.starts_at.astimezone(zone).date().isoformat()}
    if _total(session, upcoming.id, (LedgerKind.WAIVER,)):
        raise Refused("The next session, on {day}, already has its fee waived.", **values)
    fee = session_fee_of(session, upcoming)
    if fee == 0:
        raise Refused("The next session, on {day}, has no fee to waive.", **values)
    entry = add_entry(session, client_id, LedgerKind.WAIVER, fee,
                      appointment_id=upcoming.id, waiver_reason=reason, note=note)
    session.flush()
    return entry.id
