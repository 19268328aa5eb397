"""The calendar on the therapist's phone, carried there by their own hand: an .ics file.

RFC 5545 as Google, Apple and Outlook read it, written by the `icalendar` library (escaping,
CRLF line ends and folded long lines are its work). Every event has a UID that stays the same
from one export to the next, so importing again updates rather than doubles; times are UTC
instants, and whole-day blocks (a holiday) are DATE values. Cancelled sessions are left out.
A client is "Session" or their initials unless the therapist chooses full names.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Appointment, Block, Client
from models.enums import Language
from services import validation
from services.calendar.appointments import FREE_THE_SLOT
from services.calendar.blocks import DAYS_BETWEEN, BlockTime, times_in
from services.calls.call_list import initials_of
from services.errors import InvalidValue
from services.labels import label
from services.practice.practice_row import practice_of
from services.practice.practice_time import days_bounds
from services.vault.practice_vault import Vault

if TYPE_CHECKING:  # loaded when a file is written: the command line starts without it
    from icalendar import Event, vDDDTypes

# "Everything ahead" runs to the last session booked or block kept, and at least this far, so
# that blocks repeating for good are carried a year.
AHEAD = timedelta(days=365)
PRODUCT = "-//Stillroom//Practice calendar//EN"


class NamesShown(enum.StrEnum):
    """How a session names its client in the file: the file may be seen on a phone's screen."""

    NONE = "none"
    INITIALS = "initials"
    FULL = "full"


@dataclass(frozen=True)
class CalendarSession:
    id: int
    starts_at: datetime
    length_minutes: int
    full_name: str


@dataclass(frozen=True)
class CalendarContents:
    """What the file holds, read in one unit of work; rendered apart from the vault."""

    first: date
    last: date
    vault_id: str
    language: Language
    sessions: tuple[CalendarSession, ...]
    blocks: tuple[BlockTime, ...]


def read_calendar(vault: Vault, first: date, last: date | None = None) -> CalendarContents:
    """The sessions still booked or kept, and the blocks, on the local days `first` to `last`
    (both included); without `last`, everything ahead (see `AHEAD`)."""
    validation.day(first, "first")
    if last is not None:
        validation.day(last, "last")
        if last < first:
            raise InvalidValue("The last day cannot come before the first.", field="last")
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        zone = ZoneInfo(practice.timezone)
        last = last or _everything_ahead(session, first, zone)
        low, high = days_bounds(first, (last - first).days + 1, zone)
        rows = session.execute(
            select(Appointment.id, Appointment.starts_at, Appointment.length_minutes,
                   Client.full_name)
            .join(Client, Client.id == Appointment.client_id)
            .where(Appointment.starts_at >= low, Appointment.starts_at < high,
                   Appointment.status.not_in(FREE_THE_SLOT))
            .order_by(Appointment.starts_at, Appointment.id))
        sessions = tuple(CalendarSession(*row) for row in rows)
        return CalendarContents(first, last, vault.vault_id, practice.language, sessions,
                                tuple(times_in(session, first, last, zone)))


def _everything_ahead(session: Session, first: date, zone: ZoneInfo) -> date:
    latest = session.scalar(select(func.max(Appointment.starts_at)).where(
        Appointment.status.not_in(FREE_THE_SLOT)))
    last_day, repeat_until = session.execute(
        select(func.max(Block.last_day), func.max(Block.repeat_until))).one()
    ends = [first + AHEAD, last_day or first,
            # a repeating span that starts on its last day runs on, for under a fortnight
            (repeat_until or first) + timedelta(days=max(DAYS_BETWEEN.values()) - 1)]
    if latest is not None:
        ends.append(latest.astimezone(zone).date())
    return max(ends)


def session_title(full_name: str, names: NamesShown, language: Language) -> str:
    if names == NamesShown.FULL:
        return full_name
    if names == NamesShown.INITIALS:
        return initials_of(full_name)
    return label(NamesShown.NONE, language)


def block_title(block: BlockTime, language: Language) -> str:
    kind = label(block.kind, language)
    return f"{kind}: {block.note}" if block.note else kind


def _event(uid: str, stamp: vDDDTypes, starts: datetime | date, ends: datetime | date,
           summary: str) -> Event:
    """One VEVENT. Its properties are given their types directly rather than through
    `Event.add`, which guesses each one's type: a year of sessions is a thousand events."""
    from icalendar import Event, vDDDTypes, vText

    event = Event()
    event["UID"] = vText(uid)
    event["DTSTAMP"] = stamp
    event["DTSTART"] = vDDDTypes(starts)
    event["DTEND"] = vDDDTypes(ends)
    event["SUMMARY"] = vText(summary)
    return event


def calendar_bytes(contents: CalendarContents, names: NamesShown,
                   now: datetime | None = None) -> bytes:
    """The .ics file of `contents`, naming clients as `names` says. Runs on any thread."""
    from icalendar import Calendar, vDDDTypes, vText

    names = NamesShown(names)
    stamp = vDDDTypes((now or datetime.now(UTC)).astimezone(UTC))
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for item in contents.sessions:
        starts = item.starts_at.astimezone(UTC)
        calendar.add_component(_event(
            f"appointment-{item.id}@{contents.vault_id}", stamp, starts,
            starts + timedelta(minutes=item.length_minutes),
            session_title(item.full_name, names, contents.language)))
    for block in contents.blocks:
        uid = f"block-{block.block_id}-{block.first_day:%Y%m%d}@{contents.vault_id}"
        title = block_title(block, contents.language)
        if block.whole_days:
            event = _event(uid, stamp, block.first_day, block.last_day + timedelta(days=1),
                           title)
        else:
            event = _event(uid, stamp, block.starts_at.astimezone(UTC),
                           block.ends_at.astimezone(UTC), title)
        event["TRANSP"] = vText("OPAQUE")
        calendar.add_component(event)
    data: bytes = calendar.to_ical(sorted=False)
    return data
