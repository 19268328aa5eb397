"""An event that keeps time from clients, as the block Stillroom keeps for it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from models.enums import BlockKind, Language
from services.calendar.blocks import NOTE_LIMIT, BlockPlan
from services.labels import label

MOMENT = timedelta(minutes=15)



def says_only_its_kind(kind: BlockKind, title: str) -> bool:
    """A title such as "Lunch" says nothing the block's kind does not: the calendar would
    show "Lunch · Lunch", so it is not kept as the block's note."""
    said = title.strip().casefold()
    return any(said == label(kind, language).casefold() for language in Language)


def block_plan(kind: BlockKind, title: str, starts_at: datetime, ends_at: datetime, *,
               whole_day: bool, zone: ZoneInfo) -> BlockPlan:
    """Hours of one day, or whole days: an event over midnight keeps the whole days it
    touches, as a block of hours ends on the day it starts."""
    note = "" if says_only_its_kind(kind, title) else title[:NOTE_LIMIT]
    if ends_at <= starts_at:  # a moment (a reminder in the old calendar) keeps a few minutes
        ends_at = starts_at + MOMENT
    local_start, local_end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    if whole_day or local_end.date() != local_start.date():
        last = local_end.date()
        if whole_day or local_end.time() == local_end.time().min:
            last -= timedelta(days=1)
        return BlockPlan(kind, note, first_day=local_start.date(),
                         last_day=max(last, local_start.date()))
    return BlockPlan(kind, note, starts_at=starts_at, ends_at=ends_at)
