"""A calendar file as read: its events, grouped by the series they repeat in."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from models.enums import Repeat


class EventStatus(enum.StrEnum):
    """An event's STATUS in the file (RFC 5545); no STATUS reads as confirmed."""

    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


EventKey = tuple[str, str]  # (uid, recurrence id or ""): what an event is, import after import


@dataclass(frozen=True)
class ImportedEvent:
    """One event, or one occurrence of a repeating one, as the file says it.

    `recurrence_id` is the occurrence's original start, as UTC text ("20250310T100000Z", or
    "20250310" for a whole day), or None for an event that does not repeat. Times are aware;
    a whole-day event runs from the practice's midnight on its first day to the midnight after
    its last.
    """

    uid: str
    recurrence_id: str | None
    title: str
    starts_at: datetime
    ends_at: datetime
    whole_day: bool
    status: EventStatus
    line: int  # where the event begins in the file, for what is said about it

    @property
    def key(self) -> EventKey:
        return (self.uid, self.recurrence_id or "")

    @property
    def cancelled(self) -> bool:
        return self.status is EventStatus.CANCELLED

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


@dataclass(frozen=True)
class EventGroup:
    """An event, or a repeating event with every occurrence in the range.

    `repeat` is weekly or fortnightly when the rule is one Stillroom keeps as a series (one
    weekday, every week or every other week); otherwise None and the occurrences are separate
    sessions.
    """

    uid: str
    title: str
    occurrences: tuple[ImportedEvent, ...]
    repeat: Repeat | None = None
    repeats: bool = False  # the file gives a rule (RRULE or RDATE), recognised or not

    @property
    def whole_day(self) -> bool:
        return all(event.whole_day for event in self.occurrences)


@dataclass(frozen=True)
class CalendarFile:
    """The events of an `.ics` file over the chosen range, in the practice's time zone."""

    path: Path
    zone: str
    first: date | None
    last: date | None
    groups: tuple[EventGroup, ...]
    calendar_name: str = ""

    def events(self) -> Iterator[ImportedEvent]:
        for group in self.groups:
            yield from group.occurrences

    @property
    def count(self) -> int:
        return sum(len(group.occurrences) for group in self.groups)

    def titles(self) -> tuple[str, ...]:
        """Each distinct title once, in the order of the file."""
        return tuple(dict.fromkeys(group.title for group in self.groups))
