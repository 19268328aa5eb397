"""What earlier imports brought in, read by the UIDs of a file's events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import EventOrigin
from services.calendar_import.events import CalendarFile, EventKey

CHUNK = 500  # UIDs asked for at once (SQLite's limit on bound values is far above)


@dataclass(frozen=True)
class Origin:
    """An event as an earlier import saw it, and what it became."""

    id: int
    key: EventKey
    title: str
    starts_at: datetime
    ends_at: datetime
    status: str
    appointment_id: int | None
    series_id: int | None
    block_id: int | None


def origins_of(session: Session, uids: Iterable[str]) -> dict[EventKey, Origin]:
    """Every imported event with one of these UIDs, by its key."""
    wanted = sorted(set(uids))
    found: dict[EventKey, Origin] = {}
    for start in range(0, len(wanted), CHUNK):
        rows = session.execute(select(
            EventOrigin.id, EventOrigin.uid, EventOrigin.recurrence_id, EventOrigin.title,
            EventOrigin.starts_at, EventOrigin.ends_at, EventOrigin.status,
            EventOrigin.appointment_id, EventOrigin.series_id, EventOrigin.block_id,
        ).where(EventOrigin.uid.in_(wanted[start:start + CHUNK])))
        for id, uid, rid, title, starts, ends, status, appointment, series, block in rows:
            found[(uid, rid)] = Origin(id, (uid, rid), title, starts, ends, status,
                                       appointment, series, block)
    return found


def imported_keys(session: Session, file: CalendarFile) -> set[EventKey]:
    """The keys of the file's events an earlier import already brought in (or skipped)."""
    known = origins_of(session, (group.uid for group in file.groups))
    return {event.key for event in file.events() if event.key in known}
