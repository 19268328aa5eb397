"""Sessions in the calendar: booking (once or as a series), moving, statuses, the week.

Clashes are found before anything is saved: two sessions at once, two clients who know
each other booked back to back, and a session in time kept from clients (a block: lunch, a
holiday). The therapist may book anyway once they have seen them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client, LedgerEntry, Reflection, Series, SessionNote
from models.base import stored_instant
from models.enums import (
    AppointmentStatus,
    BlockKind,
    CancelledBy,
    ClientStatus,
    Modality,
    ReasonCategory,
)
from models.enums import Repeat as RepeatRule
from services import validation
from services.calendar.blocks import times_between
from services.calendar.cancellation_window import is_late_cancellation
from services.clients.client_records import acquaintance_ids
from services.day_close.day_lock import refuse_if_session_day_closed
from services.errors import Conflicts, InvalidValue, NotFound, Refused
from services.money.session_charges import follow_policy
from services.practice.practice_row import practice_of, practice_zone
from services.practice.practice_time import days_bounds, monday_of, shift_wall_clock
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable

FREE_THE_SLOT = {
    AppointmentStatus.CANCELLED,
    AppointmentStatus.LATE_CANCELLATION,
    AppointmentStatus.CANCELLED_BY_THERAPIST,
}
CANCELLATIONS = FREE_THE_SLOT
LONGEST = timedelta(minutes=8 * 60)
# What can be said of a session only once it has begun.
ONCE_STARTED = {
    AppointmentStatus.ATTENDED,
    AppointmentStatus.ATTENDED_LATE,
    AppointmentStatus.NO_SHOW,
}
MAX_OCCURRENCES = 104
WEEKS_BETWEEN = {RepeatRule.WEEKLY: 1, RepeatRule.FORTNIGHTLY: 2}


class CalendarEntry(NamedTuple):
    """A session as the calendar shows it (a named tuple: a week holds hundreds of them)."""

    id: int
    client_id: int
    client_name: str
    starts_at: datetime
    length_minutes: int
    modality: Modality
    status: AppointmentStatus
    series_id: int | None = None


@dataclass(frozen=True)
class Conflict:
    """Why a booking clashes: 'overlap' with a session, 'acquaintances' back to back, or
    'block', time kept from clients (then `appointment_id` is the block's id, `client_name`
    its note and `block_kind` what it is for)."""

    kind: str
    appointment_id: int
    client_name: str
    starts_at: datetime
    block_kind: BlockKind | None = None



def _appointment(session: Session, appointment_id: int) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound("There is no session number {id}.", id=appointment_id)
    return appointment


def _checked_start(starts_at: datetime) -> datetime:
    if starts_at.tzinfo is None:
        raise InvalidValue("A session's start needs a time zone.", field="starts_at")
    validation.day(starts_at, "starts_at")
    return starts_at.astimezone(UTC)


def find_conflicts(
    session: Session,
    client_id: int,
    starts_at: datetime,
    length_minutes: int,
    ignore: frozenset[int] = frozenset(),
) -> list[Conflict]:
    """Sessions that overlap this one, acquaintances booked within the waiting-room gap, and
    blocks it falls in."""
    gap = timedelta(minutes=practice_of(session).waiting_room_gap_minutes)
    ends_at = starts_at + timedelta(minutes=length_minutes)
    known = acquaintance_ids(session, client_id)
    rows = session.execute(
        select(Appointment.id, Appointment.client_id, Appointment.starts_at,
               Appointment.length_minutes, Client.full_name, Client.preferred_name)
        .join(Client, Client.id == Appointment.client_id)
        .where(Appointment.starts_at < ends_at + gap,
               Appointment.starts_at > starts_at - LONGEST - gap,
               Appointment.status.not_in(FREE_THE_SLOT))
        .order_by(Appointment.starts_at)
    )
    found = []
    for other_id, other_client, other_start, other_length, full_name, preferred in rows:
        if other_id in ignore:
            continue
        kind = clash_between(starts_at, ends_at, other_start,
                             other_start + timedelta(minutes=other_length),
                             acquainted=other_client in known, gap=gap)
        if kind is not None:
            found.append(Conflict(kind, other_id, preferred or full_name, other_start))
    found += [Conflict("block", t.block_id, t.note, t.starts_at, t.kind)
              for t in times_between(session, starts_at, ends_at)]
    return found


def clash_between(starts_at: datetime, ends_at: datetime, other_start: datetime,
                  other_end: datetime, *, acquainted: bool, gap: timedelta) -> str | None:
    """"overlap" when two sessions share any time; "acquaintances" when their clients know
    each other and one starts within the waiting-room gap of the other; else None."""
    if other_start < ends_at and other_end > starts_at:
        return "overlap"
    if acquainted and other_start < ends_at + gap and other_end > starts_at - gap:
        return "acquaintances"
    return None


def book(
    vault: Vault,
    client_id: int,
    starts_at: datetime,
    length_minutes: int | None = None,
    modality: Modality | None = None,
    repeat: RepeatRule | None = None,
    occurrences: int = 1,
    allow_conflicts: bool = False,
    undoable: Undoable | None = None,
) -> list[int]:
    """Book one session, or a weekly or fortnightly series of them. Returns their ids."""
    with vault.unit_of_work(undoable) as session:
        return book_in(session, client_id, starts_at, length_minutes, modality, repeat,
                       occurrences, allow_conflicts)


def book_in(
    session: Session,
    client_id: int,
    starts_at: datetime,
    length_minutes: int | None = None,
    modality: Modality | None = None,
    repeat: RepeatRule | None = None,
    occurrences: int = 1,
    allow_conflicts: bool = False,
) -> list[int]:
    """`book` inside the caller's unit of work."""
    starts_at = _checked_start(starts_at)
    validation.whole_number(occurrences, "occurrences", 1, MAX_OCCURRENCES)
    if occurrences > 1 and repeat is None:
        raise InvalidValue("Choose weekly or fortnightly to book more than one session.",
                           field="repeat")
    practice = practice_of(session)
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    if client.status == ClientStatus.ENDED:
        raise Refused("{name} has ended therapy. Make them active again to book a session.",
                      field="client", name=client.full_name)
    length = validation.session_length(length_minutes or practice.session_minutes)
    modality = Modality(modality or client.preferred_modality)
    zone = ZoneInfo(practice.timezone)
    step = timedelta(weeks=WEEKS_BETWEEN[repeat]) if repeat else timedelta(0)
    starts = [shift_wall_clock(starts_at, step * i, zone) for i in range(occurrences)]
    clashes = [c for start in starts for c in find_conflicts(session, client_id, start, length)]
    if clashes and not allow_conflicts:
        raise Conflicts(clashes)
    series_id = None
    if repeat is not None:
        first_local = starts_at.astimezone(zone)
        series = Series(client_id=client_id, repeat=repeat, first_day=first_local.date(),
                        local_start=first_local.time(), length_minutes=length,
                        modality=modality, ends_on=starts[-1].astimezone(zone).date())
        session.add(series)
        session.flush()
        series_id = series.id
    now = datetime.now(UTC)
    booked = [
        Appointment(client_id=client_id, series_id=series_id, starts_at=start,
                    length_minutes=length, modality=modality, created_at=now)
        for start in starts
    ]
    session.add_all(booked)
    session.flush()
    return [a.id for a in booked]


def move(
    vault: Vault,
    appointment_id: int,
    starts_at: datetime,
    length_minutes: int | None = None,
    following: bool = False,
    allow_conflicts: bool = False,
    undoable: Undoable | None = None,
) -> list[int]:
    """Move a session (and, if asked, the rest of its series by the same wall-clock step)."""
    with vault.unit_of_work(undoable) as session:
        return move_in(session, appointment_id, starts_at, length_minutes, following,
                       allow_conflicts)


def move_in(
    session: Session,
    appointment_id: int,
    starts_at: datetime,
    length_minutes: int | None = None,
    following: bool = False,
    allow_conflicts: bool = False,
) -> list[int]:
    """`move` inside the caller's unit of work."""
    starts_at = _checked_start(starts_at)
    zone = practice_zone(session)
    appointment = _appointment(session, appointment_id)
    length = validation.session_length(length_minutes or appointment.length_minutes)
    delta = starts_at.astimezone(zone).replace(tzinfo=None) - appointment.starts_at.astimezone(
        zone).replace(tzinfo=None)
    moving = [appointment]
    if following and appointment.series_id is not None:
        moving = list(session.scalars(
            select(Appointment).where(
                Appointment.series_id == appointment.series_id,
                Appointment.starts_at >= appointment.starts_at,
                Appointment.status == AppointmentStatus.SCHEDULED,
            ).order_by(Appointment.starts_at)
        ))
    ids = frozenset(a.id for a in moving)
    targets = [(a, shift_wall_clock(a.starts_at, delta, zone)) for a in moving]
    refuse_if_session_day_closed(
        session, *(t for a, start in targets for t in (a.starts_at, start)))
    clashes = [c for a, start in targets
               for c in find_conflicts(session, a.client_id, start, length, ids)]
    if clashes and not allow_conflicts:
        raise Conflicts(clashes)
    if following and appointment.series_id is not None:
        _split_series(session, appointment, starts_at.astimezone(zone), length, moving)
    for a, start in targets:
        a.starts_at = start
        a.length_minutes = length
    session.flush()
    return sorted(ids)


def _split_series(session: Session, first: Appointment, new_local: datetime, length: int,
                  moving: list[Appointment]) -> None:
    """End the old rule before `first` and give the moved sessions a rule of their own."""
    old = session.get(Series, first.series_id)
    assert old is not None
    zone_day = new_local.date()
    new = Series(client_id=old.client_id, repeat=old.repeat, first_day=zone_day,
                 local_start=new_local.time(), length_minutes=length, modality=old.modality,
                 ends_on=old.ends_on and max(old.ends_on, zone_day))
    old.ends_on = zone_day - timedelta(days=1)
    session.add(new)
    session.flush()
    for a in moving:
        a.series_id = new.id


def set_status(
    vault: Vault, appointment_id: int, status: AppointmentStatus,
    arrived_at: datetime | None = None, *, charge: bool = False,
    undoable: Undoable | None = None, now: datetime | None = None,
) -> None:
    """Mark what happened: attended, attended late, no-show, missed by the therapist.

    A charge the policy made that no longer fits the status is taken away; `charge` also
    charges the session fee of an attended session
    (`services.money.session_charges.follow_policy`). Attended, late and no-show wait until
    the session has begun (`now`, the present moment by default).
    """
    with vault.unit_of_work(undoable) as session:
        set_status_in(session, appointment_id, status, arrived_at, charge=charge, now=now)


def set_status_in(
    session: Session, appointment_id: int, status: AppointmentStatus,
    arrived_at: datetime | None = None, *, charge: bool = False, now: datetime | None = None,
) -> None:
    """`set_status` inside the caller's unit of work."""
    if status in CANCELLATIONS:
        raise Refused("A cancellation needs to say who cancelled and when; use Cancel.",
                      field="status")
    appointment = _appointment(session, appointment_id)
    refuse_if_session_day_closed(session, appointment.starts_at)
    if status in ONCE_STARTED and not has_started(appointment.starts_at, now):
        raise Refused("This session has not started yet; it can be marked once it begins.",
                      field="status")
    appointment.status = status
    appointment.arrived_at = arrived_at.astimezone(UTC) if arrived_at else None
    if status != AppointmentStatus.NO_SHOW:
        appointment.no_show_reason = None  # a reason for not coming belongs to a no-show
    follow_policy(session, appointment, charge=charge)


def has_started(starts_at: datetime, now: datetime | None = None) -> bool:
    """Whether a session starting at `starts_at` has begun by `now` (the present moment)."""
    return starts_at <= (now or datetime.now(UTC))


def cancel(
    vault: Vault,
    appointment_id: int,
    by: CancelledBy,
    arrived_at: datetime,
    reason_category: ReasonCategory,
    reason_text: str = "",
) -> AppointmentStatus:
    """Cancel a session, recording who asked and when; returns the status it now has."""
    with vault.unit_of_work() as session:
        return cancel_in(session, appointment_id, by, arrived_at, reason_category, reason_text)


def cancel_in(
    session: Session,
    appointment_id: int,
    by: CancelledBy,
    arrived_at: datetime,
    reason_category: ReasonCategory,
    reason_text: str = "",
) -> AppointmentStatus:
    """`cancel` inside the caller's unit of work."""
    arrived_at = _checked_start(arrived_at)
    reason_text = validation.text(reason_text, "reason_text", limit=2000)
    appointment = _appointment(session, appointment_id)
    refuse_if_session_day_closed(session, appointment.starts_at)
    window = practice_of(session).cancel_window_hours
    if by == CancelledBy.THERAPIST:
        status = AppointmentStatus.CANCELLED_BY_THERAPIST
    elif is_late_cancellation(appointment.starts_at, arrived_at, window):
        status = AppointmentStatus.LATE_CANCELLATION
    else:
        status = AppointmentStatus.CANCELLED
    appointment.status = status
    appointment.cancelled_by = by
    appointment.cancellation_arrived_at = arrived_at
    appointment.reason_category = reason_category
    appointment.reason_text = reason_text
    follow_policy(session, appointment, charge=False)
    return status


def delete(vault: Vault, appointment_id: int, undoable: Undoable | None = None) -> None:
    """Remove a session booked by mistake; one with money against it, or a note or reflection
    about it, stays, for the record."""
    with vault.unit_of_work(undoable) as session:
        appointment = _appointment(session, appointment_id)
        refuse_if_session_day_closed(session, appointment.starts_at)
        has_money = session.scalar(
            select(LedgerEntry.id).where(LedgerEntry.appointment_id == appointment_id).limit(1)
        )
        if has_money is not None:
            raise Refused("This session has a fee or a payment recorded against it, so it "
                          "cannot be deleted. Cancel it instead.")
        written = session.scalar(select(SessionNote.id).where(
            SessionNote.appointment_id == appointment_id).limit(1)) or session.scalar(
            select(Reflection.id).where(Reflection.appointment_id == appointment_id).limit(1))
        if written is not None:
            raise Refused("This session has a note or a reflection written about it, so it "
                          "cannot be deleted. Cancel it instead.")
        session.delete(appointment)


# The calendar's hot path: hundreds of rows for every week shown, so plain SQL on the indexed
# start, with the text converted here, rather than the ORM's generic per-row processing.
SESSIONS_BETWEEN = """
    SELECT a.id, a.client_id, c.preferred_name, c.full_name, a.starts_at, a.length_minutes,
           a.modality, a.status, a.series_id
    FROM appointment AS a JOIN client AS c ON c.id = a.client_id
    WHERE a.starts_at >= ? AND a.starts_at < ?
    ORDER BY a.starts_at
"""


def between(session: Session, start: datetime, end: datetime) -> list[CalendarEntry]:
    """Sessions starting in [start, end) with their clients' names, in time order."""
    rows = session.connection().exec_driver_sql(
        SESSIONS_BETWEEN, (stored_instant(start), stored_instant(end))
    )
    modalities, statuses = Modality._value2member_map_, AppointmentStatus._value2member_map_
    return [
        CalendarEntry(id, client_id, preferred or full,
                      datetime.fromisoformat(starts).replace(tzinfo=UTC), length,
                      modalities[modality], statuses[status], series)  # type: ignore[arg-type]
        for id, client_id, preferred, full, starts, length, modality, status, series in rows
    ]


def find_entry(vault: Vault, appointment_id: int) -> CalendarEntry:
    """One session as the calendar shows it (another may start at the same time: a session
    cancelled and the slot booked again)."""
    with vault.unit_of_work() as session:
        appointment = _appointment(session, appointment_id)
        same_start = between(session, appointment.starts_at,
                             appointment.starts_at + timedelta(microseconds=1))
        return next(entry for entry in same_start if entry.id == appointment_id)


def days(vault: Vault, first: date, count: int) -> list[CalendarEntry]:
    """Sessions on `count` local days from `first`, with their clients' names."""
    with vault.unit_of_work() as session:
        zone = ZoneInfo(session.connection().exec_driver_sql(
            "SELECT timezone FROM practice WHERE id = 1").scalar_one())
        return between(session, *days_bounds(first, count, zone))


def week(vault: Vault, monday: date) -> list[CalendarEntry]:
    """The sessions of the local week that starts on `monday`'s Monday."""
    return days(vault, monday_of(monday), 7)


def change_modality(vault: Vault, appointment_id: int, modality: Modality) -> Modality:
    """Meet another way at the same time (by phone or video rather than cancel, say).

    Only a session still booked can change; returns the way it was.
    """
    with vault.unit_of_work() as session:
        return change_modality_in(session, appointment_id, modality)


def change_modality_in(session: Session, appointment_id: int, modality: Modality) -> Modality:
    """`change_modality` inside the caller's unit of work."""
    modality = Modality(modality)
    appointment = _appointment(session, appointment_id)
    if appointment.status != AppointmentStatus.SCHEDULED:
        raise Refused("Only a session still booked can change how you meet.",
                      field="modality")
    before = appointment.modality
    appointment.modality = modality
    return before


def keep_another_way_in(session: Session, appointment_id: int, modality: Modality) -> Modality:
    """Meet by phone or video instead of cancelling; the session remembers it was kept so
    (the month at a glance counts them). Returns the way it was to be."""
    before = change_modality_in(session, appointment_id, modality)
    _appointment(session, appointment_id).kept_another_way = True
    return before

