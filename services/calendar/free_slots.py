"""Free slots to offer a client: open times in working hours, the best fits for their usual day
and time, in date order, never on a day they already come.

The reschedule step of the missed-session, no-show and cancellation dialogs asks for these as
it opens, so the range's sessions are read once and every candidate is checked in memory, by
the rules `find_conflicts` applies to a booking: no overlap with a session that holds its slot,
and no one the client knows within the waiting-room gap either side; and clear of every block
(time kept from clients: a whole-day block, a holiday, closes its days).

Slots start on the hour and half hour of the practice's local wall clock (and at the client's
usual start time, when that is off the half hour), so 09:00 stays 09:00 across a clock change.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client, Practice
from models.enums import AppointmentStatus, Modality
from services import validation
from services.calendar.appointments import FREE_THE_SLOT, LONGEST, between
from services.calendar.blocks import BlockTime, times_in
from services.clients.client_records import acquaintance_ids
from services.errors import InvalidValue, NotFound
from services.practice.practice_row import practice_of
from services.practice.practice_time import days_bounds, to_utc
from services.vault.practice_vault import Vault

GRID_MINUTES = 30
# The client's usual day and time is read from this many of their latest sessions.
HISTORY = 10
# Sessions that show when the client comes: kept, booked, or missed by the therapist.
USUAL_STATUSES = (
    AppointmentStatus.SCHEDULED,
    AppointmentStatus.ATTENDED,
    AppointmentStatus.ATTENDED_LATE,
    AppointmentStatus.MISSED_BY_THERAPIST,
)
# Sessions that mean the client already comes that day: booked, or kept.
COMING = (AppointmentStatus.SCHEDULED, AppointmentStatus.ATTENDED,
          AppointmentStatus.ATTENDED_LATE)
MAX_DAYS = 92
MAX_LIMIT = 1000


class SlotReason(enum.StrEnum):
    """Why a slot is offered where it is: how it fits the client's usual day and time.

    Best fit first: when there are more slots than asked for, the best fits are offered.
    """

    USUAL_DAY_AND_TIME = "usual_day_and_time"
    USUAL_DAY = "usual_day"
    USUAL_TIME = "usual_time"
    OTHER = "other"


RANK = {reason: rank for rank, reason in enumerate(SlotReason)}


@dataclass(frozen=True)
class FreeSlot:
    """An open time the client could be offered, as a plain value."""

    starts_at: datetime  # aware, in UTC
    length_minutes: int
    modality: Modality  # the client's preferred way to meet
    reason: SlotReason

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.length_minutes)

    @property
    def modalities(self) -> tuple[Modality, ...]:
        """The ways to meet to offer for this slot, the client's preferred first."""
        return (self.modality, *(m for m in Modality if m != self.modality))


@dataclass(frozen=True)
class UsualTime:
    """The client's most common local weekday (ISO, Monday 1) and start time; None if unknown."""

    weekday: int | None = None
    at: time | None = None


def usual_time(session: Session, client_id: int, zone: ZoneInfo, before: datetime) -> UsualTime:
    """The client's usual day and time from their latest sessions starting before `before`.

    Each is the most common among the last `HISTORY` sessions; a tie goes to the more recent.
    """
    starts = session.scalars(
        select(Appointment.starts_at)
        .where(Appointment.client_id == client_id,
               Appointment.starts_at < before,
               Appointment.status.in_(USUAL_STATUSES))
        .order_by(Appointment.starts_at.desc())
        .limit(HISTORY)
    )
    local = [start.astimezone(zone) for start in starts]  # newest first: ties go to them
    if not local:
        return UsualTime()
    weekday = Counter(at.isoweekday() for at in local).most_common(1)[0][0]
    at = Counter(time(at.hour, at.minute) for at in local).most_common(1)[0][0]
    return UsualTime(weekday, at)


class _HeldSessions:
    """The sessions holding their slots around a range, for checking candidates in memory."""

    def __init__(self, rows: list[tuple[datetime, datetime, int]], known: set[int],
                 gap: timedelta) -> None:
        self.rows = rows  # (start, end, client id), in order of start
        self.starts = [start for start, _end, _client in rows]
        self.known = known
        self.gap = gap
        longest = max((end - start for start, end, _client in rows), default=timedelta(0))
        self.reach = longest + gap  # no session starting earlier than this before a slot counts

    def clear(self, starts_at: datetime, ends_at: datetime) -> bool:
        """No overlap, and no acquaintance within the gap (as `find_conflicts` decides)."""
        gap = self.gap
        first = bisect_left(self.starts, starts_at - self.reach)
        last = bisect_left(self.starts, ends_at + gap)
        for other_start, other_end, other_client in self.rows[first:last]:
            if other_start < ends_at and other_end > starts_at:
                return False
            if (other_client in self.known and other_start < ends_at + gap
                    and other_end > starts_at - gap):
                return False
        return True


class _BlockedTimes:
    """The times blocks cover, joined where they touch, for checking candidates in memory."""

    def __init__(self, times: list[BlockTime]) -> None:
        joined: list[list[datetime]] = []
        for t in sorted(times, key=lambda t: t.starts_at):
            if joined and t.starts_at <= joined[-1][1]:
                joined[-1][1] = max(joined[-1][1], t.ends_at)
            else:
                joined.append([t.starts_at, t.ends_at])
        self.starts = [start for start, _end in joined]
        self.ends = [end for _start, end in joined]

    def clear(self, starts_at: datetime, ends_at: datetime) -> bool:
        """No block shares any time with [starts_at, ends_at)."""
        index = bisect_right(self.starts, starts_at) - 1
        if index >= 0 and self.ends[index] > starts_at:
            return False
        return index + 1 >= len(self.starts) or self.starts[index + 1] >= ends_at


def _start_minutes(practice: Practice, length: int, usual: time | None) -> list[int]:
    """Minutes after local midnight a slot may start: the half hours, and the usual time."""
    opens = practice.work_starts.hour * 60 + practice.work_starts.minute
    latest = practice.work_ends.hour * 60 + practice.work_ends.minute - length
    first = -(-opens // GRID_MINUTES) * GRID_MINUTES
    minutes = set(range(first, latest + 1, GRID_MINUTES))
    if usual is not None and opens <= usual.hour * 60 + usual.minute <= latest:
        minutes.add(usual.hour * 60 + usual.minute)
    return sorted(minutes)


def free_slots(
    vault: Vault,
    client_id: int | None,
    first_day: date,
    days: int = 14,
    length_minutes: int | None = None,
    now: datetime | None = None,
    limit: int = 20,
) -> list[FreeSlot]:
    """Up to `limit` open slots for the client in `days` local days from `first_day`
    (for someone not yet a client, `client_id` None: the soonest, to meet in person).

    Inside the practice's working hours on its working days, not before `now`, not on a day
    the client already has a session booked or kept, clear of every session that holds its
    slot, of the client's acquaintances by the waiting-room gap, and of every block. When more
    are free than `limit`, the best fits are chosen: the client's usual day and time, then their
    usual day, then their usual time, then the rest, each the soonest first. They come in date
    order.
    """
    validation.day(first_day, "first_day")
    validation.whole_number(days, "days", 1, MAX_DAYS)
    validation.whole_number(limit, "limit", 1, MAX_LIMIT)
    if now is not None and now.tzinfo is None:
        raise InvalidValue("The present moment needs a time zone.", field="now")
    now = now or datetime.now(UTC)
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        preferred = Modality.IN_PERSON if client_id is None else session.scalar(
            select(Client.preferred_modality).where(Client.id == client_id))
        if preferred is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        length = validation.session_length(length_minutes or practice.session_minutes)
        zone = ZoneInfo(practice.timezone)
        gap = timedelta(minutes=practice.waiting_room_gap_minutes)
        range_start, range_end = days_bounds(first_day, days, zone)
        usual = UsualTime() if client_id is None else usual_time(session, client_id, zone,
                                                                  range_end)
        known = set() if client_id is None else acquaintance_ids(session, client_id)
        around = between(session, range_start - LONGEST - gap, range_end + gap)
        held = _HeldSessions(
            [(e.starts_at, e.starts_at + timedelta(minutes=e.length_minutes), e.client_id)
             for e in around if e.status not in FREE_THE_SLOT],
            known, gap)
        blocked = _BlockedTimes(times_in(session, first_day - timedelta(days=1),
                                         first_day + timedelta(days=days), zone))
        coming = {e.starts_at.astimezone(zone).date() for e in around
                  if e.client_id == client_id and e.status in COMING}
        work_days = practice.work_days
        minutes = _start_minutes(practice, length, usual.at)

    usual_minute = usual.at.hour * 60 + usual.at.minute if usual.at is not None else None
    duration = timedelta(minutes=length)
    found: list[tuple[int, datetime, SlotReason]] = []
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        weekday = day.isoweekday()
        if str(weekday) not in work_days or day in coming:
            continue
        for minute in minutes:
            at = time(minute // 60, minute % 60)
            starts_at = to_utc(day, at, zone)
            if starts_at < now or starts_at.astimezone(zone).time() != at:
                continue  # gone by, or skipped by the clocks going forward
            if not (held.clear(starts_at, starts_at + duration)
                    and blocked.clear(starts_at, starts_at + duration)):
                continue
            reason = _reason(weekday == usual.weekday, minute == usual_minute)
            found.append((RANK[reason], starts_at, reason))
    found.sort(key=lambda slot: (slot[0], slot[1]))
    chosen = sorted(found[:limit], key=lambda slot: slot[1])
    return [FreeSlot(starts_at, length, preferred, reason)
            for _rank, starts_at, reason in chosen]


def _reason(on_usual_day: bool, at_usual_time: bool) -> SlotReason:
    if on_usual_day and at_usual_time:
        return SlotReason.USUAL_DAY_AND_TIME
    if on_usual_day:
        return SlotReason.USUAL_DAY
    if at_usual_time:
        return SlotReason.USUAL_TIME
    return SlotReason.OTHER
