"""Events that would fall on sessions already in the book: shown, never booked silently."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client
from services.calendar.appointments import FREE_THE_SLOT, LONGEST
from services.calendar_import.events import CalendarFile, EventKey


@dataclass(frozen=True)
class Clash:
    """An event of the file (its title and start) over a session already booked."""

    key: EventKey
    title: str
    starts_at: datetime
    appointment_id: int
    client_name: str


def clashes_in(session: Session, file: CalendarFile, skip: set[EventKey]) -> list[Clash]:
    """Each timed event not yet imported that overlaps a session booked in the book."""
    events = sorted((e for e in file.events()
                     if not e.whole_day and not e.cancelled and e.key not in skip),
                    key=lambda e: e.starts_at)
    if not events:
        return []
    rows = session.execute(
        select(Appointment.id, Appointment.starts_at, Appointment.length_minutes,
               Client.preferred_name, Client.full_name)
        .join(Client, Client.id == Appointment.client_id)
        .where(Appointment.starts_at >= events[0].starts_at - LONGEST,
               Appointment.starts_at < events[-1].ends_at,
               Appointment.status.not_in(FREE_THE_SLOT))
        .order_by(Appointment.starts_at)).all()
    found = []
    first = 0
    for event in events:
        while first < len(rows) and rows[first][1] + LONGEST <= event.starts_at:
            first += 1
        for id, starts_at, minutes, preferred, full in rows[first:]:
            if starts_at >= event.ends_at:
                break
            if starts_at + timedelta(minutes=minutes) > event.starts_at:
                found.append(Clash(event.key, event.title, event.starts_at, id,
                                   preferred or full))
    return found
