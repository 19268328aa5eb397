"""The end of the working day: review what happened, fix or accept what is wrong, close it.

A day's review lists its sessions with their money, the problems that block closing and the
totals. Closing writes a `DayClose` whose `totals` JSON holds the totals now (`"totals"`), the
totals when the day was first closed (`"first"`), the problems accepted with their notes
(`"accepted"`) and every reopening (`"reopenings"`); so a change made after reopening shows at
the next close as a correction, with no change to the schema. A closed day refuses edits
(`services.day_close.day_lock`). Money is whole minor units throughout.

Changes from the suggested shape: `DayReview.reopened` is a tuple of `Reopening`, and
`corrections` a tuple of `Correction` (what changed, the amount or count when first closed and
now). Payments, refunds, charges and marks live in `services.day_close.day_money` (each one
undoable action), re-exported here. Closing and reopening are one unit of work each, and not
undoable: a reopening is audited and kept in the day's history instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Appointment, DayClose
from models.enums import AppointmentStatus
from services import validation
from services.calendar.blocks import days_off_in
from services.day_close.day_lock import is_closed_in
from services.day_close.day_money import (
    Payment,
    Refund,
    assign_payment,
    mark,
    record_payment,
    record_refund,
    set_charge,
)
from services.day_close.day_reading import read_day
from services.day_close.day_review import (
    AcceptedProblem,
    AccountLine,
    Correction,
    DayProblem,
    DayReview,
    DayTotals,
    ProblemKind,
    Reopening,
    SessionLine,
)
from services.day_close.unsigned_notes import unsigned_note_problems
from services.errors import InvalidValue, NotFound, Refused
from services.money.session_charges import charge_by_policy
from services.practice.practice_row import practice_of, practice_zone
from services.practice.practice_time import days_bounds
from services.vault.practice_vault import Vault

__all__ = [
    "AcceptedProblem", "AccountLine", "Correction", "DayProblem", "DayReview", "DayTotals",
    "Payment", "ProblemKind", "Refund", "Reopening", "SessionLine", "assign_payment",
    "charge_by_policy", "close_day", "first_open_day", "is_closed", "mark", "needs_closing",
    "record_payment", "record_refund", "reopen_day", "review_day", "set_charge",
]
LOOK_BACK = timedelta(days=92)
NOTE_LIMIT = 2000
# On a day off (a whole-day block: a holiday) sessions cancelled without a fee leave nothing
# to close; a late cancellation's fee, or a session kept after all, still does.
NOTHING_TO_CLOSE = {AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED_BY_THERAPIST}


def _stored(close: DayClose | None) -> dict[str, Any]:
    return dict(close.totals) if close is not None else {}


def _corrections(stored: Mapping[str, Any], now: DayTotals) -> tuple[Correction, ...]:
    if "first" not in stored:
        return ()
    first = DayTotals.from_dict(stored["first"]).flat()
    current = now.flat()
    return tuple(Correction(what, first.get(what, 0), current.get(what, 0))
                 for what in sorted(first.keys() | current.keys())
                 if first.get(what, 0) != current.get(what, 0))


def review_in(session: Session, day: date, now: datetime | None = None) -> DayReview:
    """`review_day` inside the caller's unit of work."""
    practice = practice_of(session)
    zone = ZoneInfo(practice.timezone)
    now = (now or datetime.now(UTC)).astimezone(zone)
    close = session.scalar(select(DayClose).where(DayClose.day == day))
    closed = close is not None and close.reopened_at is None
    lines, accounts, totals, problems = read_day(session, day, zone, None if closed else now)
    if not closed:
        problems[:0] = [DayProblem(ProblemKind.EARLIER_DAY_OPEN,
                                   f"earlier_day_open:{earlier.isoformat()}",
                                   values={"day": earlier})
                        for earlier in open_days_in(session, day, zone)]
        problems += unsigned_note_problems(session, day)
    stored = _stored(close)
    return DayReview(
        day=day, lines=lines, problems=tuple(problems), totals=totals,
        closed_at=close.closed_at if close is not None and closed else None,
        account_lines=accounts,
        reopened=tuple(Reopening(datetime.fromisoformat(r["at"]), r["reason"])
                       for r in stored.get("reopenings", [])),
        corrections=_corrections(stored, totals),
        accepted=tuple(AcceptedProblem(a["key"], ProblemKind(a["kind"]), a["note"],
                                       a.get("client_name", ""))
                       for a in stored.get("accepted", [])),
        note=close.note if close is not None else "", currency=practice.currency)


def review_day(vault: Vault, day: date, *, now: datetime | None = None) -> DayReview:
    """The day's sessions, money, problems and totals. `now` (aware) decides which sessions
    have ended; it defaults to the clock. A closed day lists no problems (see `accepted`)."""
    if now is not None and now.tzinfo is None:
        raise InvalidValue("A moment needs a time zone.", field="now")
    with vault.unit_of_work() as session:
        return review_in(session, day, now)


def close_day(vault: Vault, day: date, accepted: Mapping[str, str] | None = None,
              note: str = "", *, now: datetime | None = None) -> DayReview:
    """Close the day. `accepted` maps a problem's key to the therapist's note about it.

    Refused (field "problems") while a problem is neither resolved nor accepted with a
    non-empty note, and when the day is already closed. Notes accepted at an earlier close
    still count after a reopening. When the practice makes receipts at close, each of the
    day's payments and refunds with none gets its receipt in the same unit of work: the day
    is closed with its receipts, or not at all. Returns the review as closed.
    """
    note = validation.text(note, "note", limit=NOTE_LIMIT).strip()
    given = {key: validation.text(text, "accepted", limit=NOTE_LIMIT).strip()
             for key, text in (accepted or {}).items()}
    with vault.unit_of_work() as session:
        if is_closed_in(session, day):
            raise Refused("This day is already closed.", field="day")
        review = review_in(session, day, now)
        close = session.scalar(select(DayClose).where(DayClose.day == day))
        stored = _stored(close)
        notes = {a["key"]: a for a in stored.get("accepted", [])}
        for problem in review.problems:
            if given.get(problem.key):
                notes[problem.key] = {"key": problem.key, "kind": str(problem.kind),
                                      "note": given[problem.key],
                                      "client_name": problem.client_name}
        left = [p for p in review.problems if p.kind.blocks_closing and p.key not in notes]
        if left:
            raise Refused("{count} problems are neither put right nor accepted with a note.",
                          field="problems", count=len(left))
        at = datetime.now(UTC)
        totals = review.totals.as_dict()
        stored |= {"totals": totals, "accepted": list(notes.values())}
        stored.setdefault("first", totals)
        stored.setdefault("first_closed_at", at.isoformat())
        if close is None:
            session.add(DayClose(day=day, closed_at=at, totals=stored, note=note))
        else:
            close.closed_at, close.totals, close.note = at, stored, note or close.note
            close.reopened_at, close.reopen_reason = None, ""
        session.flush()
        if practice_of(session).receipts_at_close:
            from services.money_papers.receipts import receipts_for_day_in  # loads reportlab

            receipts_for_day_in(session, day, now)
        return review_in(session, day, now)


def reopen_day(vault: Vault, day: date, reason: str) -> None:
    """Open a closed day again for a correction; the reason is required (field "reason").

    The reopening is audited (the day close is an audited row) and kept in its history.
    """
    reason = validation.text(reason, "reason", limit=NOTE_LIMIT).strip()
    if not reason:
        raise InvalidValue("Please say why the day is reopened.", field="reason")
    with vault.unit_of_work() as session:
        close = session.scalar(select(DayClose).where(DayClose.day == day))
        if close is None or close.reopened_at is not None:
            raise NotFound("This day is not closed.", field="day")
        at = datetime.now(UTC)
        stored = _stored(close)
        stored["reopenings"] = [*stored.get("reopenings", []),
                                {"at": at.isoformat(), "reason": reason}]
        close.totals, close.reopened_at, close.reopen_reason = stored, at, reason


def is_closed(session_or_vault: Session | Vault, day: date) -> bool:
    """Whether the day is closed (and not reopened since)."""
    if isinstance(session_or_vault, Session):
        return is_closed_in(session_or_vault, day)
    with session_or_vault.unit_of_work() as session:
        return is_closed_in(session, day)


def first_open_in(session: Session, before: date, zone: ZoneInfo) -> date | None:
    """`first_open_day` inside the caller's unit of work."""
    return next(iter(open_days_in(session, before, zone)), None)


def open_days_in(session: Session, before: date, zone: ZoneInfo) -> list[date]:
    """Every day before `before` with sessions that is not closed, earliest first (the days
    `first_open_day` looks at), so that they are listed together rather than one by one."""
    first_closed = session.scalar(select(func.min(DayClose.day)))
    if first_closed is None:
        return []
    start = max(first_closed, before - LOOK_BACK)
    if start >= before:
        return []
    closed = set(session.scalars(select(DayClose.day).where(
        DayClose.day >= start, DayClose.day < before, DayClose.reopened_at.is_(None))))
    return sorted(_days_with_work(session, start, before, zone) - closed)


def _days_with_work(session: Session, start: date, before: date, zone: ZoneInfo) -> set[date]:
    """The local days from `start` until `before` with something to close: sessions, except
    on a day off (a holiday) whose sessions were all cancelled without a fee.

    A day off needs no `DayClose` row of its own: nothing happened that a close would hold.
    """
    low, high = days_bounds(start, (before - start).days, zone)
    rows = session.execute(select(Appointment.starts_at, Appointment.status).where(
        Appointment.starts_at >= low, Appointment.starts_at < high))
    off = days_off_in(session, start, before - timedelta(days=1), zone)
    return {day for at, status in rows
            if (day := at.astimezone(zone).date()) not in off or status not in NOTHING_TO_CLOSE}


def needs_closing(vault: Vault, day: date) -> bool:
    """Whether `day` is open with something to close (see `_days_with_work`)."""
    with vault.unit_of_work() as session:
        zone = practice_zone(session)
        return (not is_closed_in(session, day)
                and bool(_days_with_work(session, day, day + timedelta(days=1), zone)))


def first_open_day(vault: Vault, before: date) -> date | None:
    """The earliest day before `before` with sessions that is not closed.

    Only days since the first day the practice ever closed count (a practice that starts
    closing its days is not asked about its years before), and at most 92 days back.
    """
    with vault.unit_of_work() as session:
        return first_open_in(session, before, practice_zone(session))


