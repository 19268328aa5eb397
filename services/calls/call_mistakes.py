"""Scheduling mistakes in the coming weeks: double bookings, and acquaintances back to back.

The same two clashes `appointments.find_conflicts` warns of at booking time (both ask
`appointments.clash_between`), found here for all the coming weeks at once: one query for the
sessions and one for who knows whom, then a sweep in time order. (`find_conflicts` costs two
queries per session; the ten-year benchmark practice has hundreds of sessions in four weeks.)
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Acquaintance
from services.calendar.appointments import FREE_THE_SLOT, CalendarEntry, between, clash_between

Clash = tuple[CalendarEntry, CalendarEntry, str]


def scheduling_mistakes(session: Session, start: datetime, end: datetime,
                        gap_minutes: int) -> list[Clash]:
    """(session, the session it clashes with, "overlap" or "acquaintances") for each booked
    session in [start, end) that clashes.

    A clash is given twice, once from each side, since either client may be the one to call.
    """
    booked = [e for e in between(session, start, end) if e.status not in FREE_THE_SLOT]
    known = {(a, b) for a, b in session.execute(
        select(Acquaintance.client_id, Acquaintance.other_client_id))}
    return clashes(booked, known, timedelta(minutes=gap_minutes))


def clashes(booked: Sequence[CalendarEntry], known: Set[tuple[int, int]],
            gap: timedelta) -> list[Clash]:
    """The clashes among sessions in time order, `known` holding who knows whom (the lower
    client id first). A busy practice has several sessions within any waiting-room gap, so
    `clash_between` is asked only of the pairs that could clash: sharing time, or clients
    who know each other."""
    ends = [e.starts_at + timedelta(minutes=e.length_minutes) for e in booked]
    found: list[Clash] = []
    for i, first in enumerate(booked):
        reach = ends[i] + gap
        for j in range(i + 1, len(booked)):
            second = booked[j]
            if second.starts_at >= reach:
                break
            pair = (min(first.client_id, second.client_id),
                    max(first.client_id, second.client_id))
            acquainted = pair in known
            if second.starts_at >= ends[i] and not acquainted:
                continue  # one after the other, strangers: no clash
            kind = clash_between(first.starts_at, ends[i], second.starts_at, ends[j],
                                 acquainted=acquainted, gap=gap)
            if kind is not None:
                found += [(first, second, kind), (second, first, kind)]
    return found
