"""Scheduling mistakes in the coming weeks: double bookings, and acquaintances back to back.

The same two clashes `appointments.find_conflicts` warns of at booking time (both ask
`appointments.clash_between`), found here for all the coming weeks at once: one query for the
sessions and one for who knows whom, then a sweep in time order. (`find_conflicts` costs two
queries per session; the ten-year benchmark practice has hundreds of sessions in four weeks.)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Acquaintance
from services.calendar.appointments import FREE_THE_SLOT, CalendarEntry, between, clash_between


def _ends(entry: CalendarEntry) -> datetime:
    return entry.starts_at + timedelta(minutes=entry.length_minutes)


def _clash(first: CalendarEntry, second: CalendarEntry, gap: timedelta,
           known: set[tuple[int, int]]) -> str | None:
    pair = (min(first.client_id, second.client_id), max(first.client_id, second.client_id))
    return clash_between(first.starts_at, _ends(first), second.starts_at, _ends(second),
                         acquainted=pair in known, gap=gap)


def scheduling_mistakes(session: Session, start: datetime, end: datetime,
                        gap_minutes: int) -> list[tuple[CalendarEntry, CalendarEntry, str]]:
    """(session, the session it clashes with, "overlap" or "acquaintances") for each booked
    session in [start, end) that clashes.

    A clash is given twice, once from each side, since either client may be the one to call.
    """
    gap = timedelta(minutes=gap_minutes)
    booked = [e for e in between(session, start, end) if e.status not in FREE_THE_SLOT]
    known = {(a, b) for a, b in session.execute(
        select(Acquaintance.client_id, Acquaintance.other_client_id))}
    found: list[tuple[CalendarEntry, CalendarEntry, str]] = []
    for i, first in enumerate(booked):
        reach = _ends(first) + gap
        for second in booked[i + 1:]:
            if second.starts_at >= reach:
                break
            kind = _clash(first, second, gap, known)
            if kind is not None:
                found += [(first, second, kind), (second, first, kind)]
    return found
