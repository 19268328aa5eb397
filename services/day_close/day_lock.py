"""A closed day is read-only: the one check every change to a day's sessions or money makes.

`services.money.ledger.add_entry` and the status, cancel, move and delete functions of
`services.calendar.appointments` call `refuse_if_closed` before they change anything, so a
closed day cannot be changed by any path through the services. The demo's bulk writes do not
pass here.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import DayClose
from services.errors import Refused
from services.practice.practice_row import practice_zone

CLOSED = "This day is closed; reopen it to change it."


def is_closed_in(session: Session, day: date) -> bool:
    """Whether the day has been closed and not reopened since."""
    found = session.scalar(
        select(DayClose.id).where(DayClose.day == day, DayClose.reopened_at.is_(None)))
    return found is not None


def local_day(session: Session, instant: datetime) -> date:
    return instant.astimezone(practice_zone(session)).date()


def refuse_if_closed(session: Session, *days: date) -> None:
    """`Refused` when any of the days is closed."""
    for day in set(days):
        if is_closed_in(session, day):
            raise Refused(CLOSED, field="day", day=day.isoformat())


def refuse_if_session_day_closed(session: Session, *instants: datetime) -> None:
    """`Refused` when a session starting at any of these instants falls on a closed day."""
    refuse_if_closed(session, *(local_day(session, at) for at in instants))
