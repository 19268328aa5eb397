"""Wall-clock time in the practice's time zone, and the instants it stands for.

Sessions are stored as UTC instants; the therapist thinks in local days and times. A week with
a daylight-saving change has 167 or 169 hours, so every bound is worked out from local
midnights, never by adding 24-hour days to an instant.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant a local day and time stand for.

    A time skipped by a spring-forward change (02:30 that night) becomes the instant an hour
    later on the clock; a time that happens twice in autumn is the first of the two.
    """
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def days_bounds(first: date, days: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    return to_utc(first, time(0), zone), to_utc(first + timedelta(days=days), time(0), zone)


def next_midnight(now: datetime, zone: ZoneInfo) -> datetime:
    """The instant the practice's next day begins: what a day counted on screen waits for.
    Where a clock change skips midnight, the day begins when the clocks go forward."""
    return to_utc(now.astimezone(zone).date() + timedelta(days=1), time(0), zone)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def shift_wall_clock(instant: datetime, delta: timedelta, zone: ZoneInfo) -> datetime:
    """Move an instant by a wall-clock difference: 10:00 + 7 days is 10:00, DST or not.

    The instant itself keeps which of an autumn night's two 01:30s it is (its fold): a session
    booked for the second one is not moved to the first.
    """
    local = instant.astimezone(zone)
    moved = local.replace(tzinfo=None) + delta
    return to_utc(moved.date(), moved.time().replace(fold=local.fold), zone)


TIMES_OF_DAY = ("morning", "afternoon", "evening")


def time_of_day(local: datetime) -> str:
    """Morning before noon, afternoon until five, evening after: how a therapist sees a day."""
    return TIMES_OF_DAY[0 if local.hour < 12 else 1 if local.hour < 17 else 2]
