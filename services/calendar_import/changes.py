"""What changed in the calendar since it was imported, and applying the changes chosen.

A newer export of the same calendar may have moved an event, renamed it, or cancelled it
(STATUS:CANCELLED, or an occurrence taken out of its repeat). Nothing changes in the book
until the therapist applies a change: a moved session moves, a cancelled one is cancelled by
the therapist (never deleted: its history stays), a block follows its event.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from models import Appointment, Block, EventOrigin
from models.enums import AppointmentStatus, CancelledBy, ReasonCategory
from services.calendar.appointments import FREE_THE_SLOT, cancel_in, move_in
from services.calendar.blocks import change_block_in
from services.calendar_import.block_events import block_plan
from services.calendar_import.events import CalendarFile, EventKey, EventStatus
from services.calendar_import.origins import origins_of
from services.errors import NotFound
from services.practice.practice_row import practice_zone
from services.vault.practice_vault import Vault


class ChangeKind(enum.StrEnum):
    MOVED = "moved"
    RETITLED = "retitled"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class EventChange:
    """One event that is not as it was imported: what it was, what it is now, and the
    session or block it became."""

    kind: ChangeKind
    key: EventKey
    title: str
    was_title: str
    starts_at: datetime
    ends_at: datetime
    was_starts_at: datetime
    was_ends_at: datetime
    origin_id: int
    appointment_id: int | None
    block_id: int | None


def changes_in(session: Session, file: CalendarFile) -> list[EventChange]:
    """The file's events that differ from what was imported, and the imported occurrences
    of its repeats that the file (over its range) no longer has."""
    origins = origins_of(session, (group.uid for group in file.groups))
    if not origins:
        return []
    found = []
    seen: set[EventKey] = set()
    for event in file.events():
        origin = origins.get(event.key)
        if origin is None:
            continue
        seen.add(event.key)
        kind = None
        if event.cancelled and origin.status != EventStatus.CANCELLED:
            kind = ChangeKind.CANCELLED
        elif (event.starts_at, event.ends_at) != (origin.starts_at, origin.ends_at):
            kind = ChangeKind.MOVED
        elif event.title != origin.title:
            kind = ChangeKind.RETITLED
        if kind is not None and (origin.appointment_id or origin.block_id):
            found.append(EventChange(kind, event.key, event.title, origin.title,
                                     event.starts_at, event.ends_at, origin.starts_at,
                                     origin.ends_at, origin.id, origin.appointment_id,
                                     origin.block_id))
    starts = [e.starts_at for e in file.events()]
    if starts:
        earliest, latest = min(starts), max(starts)
        for key, origin in origins.items():
            if (key not in seen and key[1] and origin.status != EventStatus.CANCELLED
                    and earliest <= origin.starts_at <= latest
                    and (origin.appointment_id or origin.block_id)):
                found.append(EventChange(ChangeKind.CANCELLED, key, origin.title, origin.title,
                                         origin.starts_at, origin.ends_at, origin.starts_at,
                                         origin.ends_at, origin.id, origin.appointment_id,
                                         origin.block_id))
    return sorted(found, key=lambda c: (c.was_starts_at, c.key))


def _apply(session: Session, change: EventChange, now: datetime) -> None:
    origin = session.get(EventOrigin, change.origin_id)
    if origin is None:
        raise NotFound("That change was already applied, or its event is gone.")
    appointment = session.get(Appointment, change.appointment_id) if change.appointment_id \
        else None
    block = session.get(Block, change.block_id) if change.block_id else None
    if change.kind is ChangeKind.MOVED:
        if appointment is not None:
            minutes = int((change.ends_at - change.starts_at).total_seconds() // 60)
            move_in(session, appointment.id, change.starts_at, minutes or None,
                    allow_conflicts=True)
        elif block is not None:
            change_block_in(session, block.id, block_plan(
                block.kind, change.title, change.starts_at, change.ends_at,
                whole_day=block.whole_days, zone=practice_zone(session)))
    elif change.kind is ChangeKind.CANCELLED:
        if appointment is not None and appointment.status not in FREE_THE_SLOT:
            if appointment.status != AppointmentStatus.SCHEDULED:
                appointment.status = AppointmentStatus.SCHEDULED
            cancel_in(session, appointment.id, CancelledBy.THERAPIST, now, ReasonCategory.OTHER)
        elif block is not None:
            session.delete(block)
            origin.block_id = None
        origin.status = EventStatus.CANCELLED
    elif block is not None:
        block.note = change.title[:500]
    origin.title, origin.starts_at, origin.ends_at = change.title, change.starts_at, change.ends_at


def apply_changes(vault: Vault, changes: Sequence[EventChange],
                  now: datetime | None = None) -> int:
    """Apply the changes the therapist chose, all or none; returns how many."""
    with vault.unit_of_work() as session:
        return apply_changes_in(session, changes, now)


def apply_changes_in(session: Session, changes: Sequence[EventChange],
                     now: datetime | None = None) -> int:
    """`apply_changes` inside the caller's unit of work (an import applies them with what it
    adds)."""
    for change in changes:
        _apply(session, change, now or datetime.now(UTC))
    return len(changes)
