"""Reading an `.ics` file exactly, its repeats expanded, or refusing it with the line at fault.

icalendar reads the file (VTIMEZONE, UTC, floating times and the Windows zone names Outlook
writes, such as "W. Europe Standard Time"), x-wr-timezone turns Google's calendar-wide
X-WR-TIMEZONE into ordinary zones, and recurring-ical-events expands the repeats (RRULE,
EXDATE, RDATE, occurrences moved or cancelled by RECURRENCE-ID). The three are imported here,
when a file is read, never when the command line starts. Floating times are read in the
practice's zone, and so are whole days.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from models.enums import Repeat
from services.calendar_import.event_text import plain_title
from services.calendar_import.events import CalendarFile, EventGroup, EventStatus, ImportedEvent
from services.calendar_import.ics_lines import EventLines, checked_text, read_text
from services.errors import CalendarFileRefused
from services.practice.practice_time import to_utc
from services.validation import MAX_YEAR, MIN_YEAR

# icalendar types each property as the union of every value type, so its components are read
# here as Any, each value checked by the library when the file was parsed (`errors`).
Calendar = Any
Event = Any
Progress = Callable[[int, int], None]
MAX_EVENTS = 100_000
EARLIEST, LATEST = date(MIN_YEAR, 1, 1), date(MAX_YEAR, 12, 31)  # the days the book keeps
OPEN_ENDED_DAYS = 366  # a repeat with no end is read up to a year from today
DAYS_OF = {"YEARLY": 366, "MONTHLY": 31, "WEEKLY": 7, "DAILY": 1}
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SERIES_PARTS = {"FREQ", "INTERVAL", "BYDAY", "UNTIL", "COUNT", "WKST"}
STATUSES = {"TENTATIVE": EventStatus.TENTATIVE, "CANCELLED": EventStatus.CANCELLED}


def read_calendar_file(path: Path, first: date | None = None, last: date | None = None, *,
                       zone: str, progress: Progress | None = None,
                       today: date | None = None) -> CalendarFile:
    """The events of the file from the local day `first` to `last` (everything when not
    given; a repeat with no end up to a year from `today`), grouped by series."""
    import icalendar
    import x_wr_timezone

    if first is not None and last is not None and last < first:
        raise CalendarFileRefused("The last day of the range comes before the first.")
    checked = checked_text(read_text(path))
    try:
        calendar = icalendar.Calendar.from_ical(checked.text)
    except ValueError as error:
        raise CalendarFileRefused("The file cannot be read as a calendar: {reason}",
                                  reason=str(error)) from None
    masters = [c for c in calendar.subcomponents if c.name == "VEVENT"]
    lines = dict(_checked_events(masters, checked.events))
    calendar = x_wr_timezone.to_standard(calendar)
    practice_zone = ZoneInfo(zone)
    end_day = min(last or _natural_end(calendar, today or datetime.now(practice_zone).date()),
                  LATEST)
    occurrences = _expanded(calendar, max(first or EARLIEST, EARLIEST), end_day, practice_zone,
                            lines,
                            progress)
    groups = _grouped(calendar, occurrences, practice_zone, lines)
    name = str(calendar.get("X-WR-CALNAME", ""))
    return CalendarFile(path, zone, first, last, groups, plain_title(name))


def _checked_events(masters: list[Event],
                    where: tuple[EventLines, ...]) -> list[tuple[str, EventLines]]:
    """Each event's UID with its lines, once every event is known to be readable."""
    found = []
    for event, lines in zip(masters, where, strict=True):
        for name, reason in event.errors:
            raise CalendarFileRefused("Line {line}: {name} cannot be read ({reason}).",
                                      line=lines.of(name), name=name, reason=reason)
        if "DTSTART" not in event:
            raise CalendarFileRefused("Line {line}: the event has no start (DTSTART).",
                                      line=lines.line)
        if "DTEND" in event and _before(event["DTEND"].dt, event["DTSTART"].dt):
            raise CalendarFileRefused("Line {line}: the event ends before it starts.",
                                      line=lines.of("DTEND"))
        if "UID" not in event:
            # An event with no UID is known by what it is, so importing it again finds it.
            said = f"{event['DTSTART'].to_ical()!r}{event.get('SUMMARY', '')}"
            event.add("UID", "no-uid-" + hashlib.sha256(said.encode()).hexdigest()[:24])
        found.append((str(event["UID"]), lines))
    return found


def _before(end: date | datetime, start: date | datetime) -> bool:
    """Whether an end comes before its start (when the two can be compared: both days, both
    floating or both in a zone)."""
    if isinstance(end, datetime) != isinstance(start, datetime):
        return False
    if isinstance(end, datetime) and isinstance(start, datetime) \
            and (end.tzinfo is None) != (start.tzinfo is None):
        return False
    return end < start


def _natural_end(calendar: Calendar, today: date) -> date:
    """The last day anything in the file happens on (a year from today for a repeat with no
    end)."""
    end = today
    for event in calendar.walk("VEVENT"):
        start = _day(event["DTSTART"].dt)
        end = max(end, start)
        rules = event.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules] if rules else []:
            if "UNTIL" in rule:
                end = max(end, _day(rule["UNTIL"][0]))
            elif "COUNT" in rule:
                step = DAYS_OF.get(rule["FREQ"][0], 1) * int(rule.get("INTERVAL", [1])[0])
                end = max(end, start + timedelta(days=step * int(rule["COUNT"][0])))
            else:
                end = max(end, today + timedelta(days=OPEN_ENDED_DAYS))
        dates = event.get("RDATE")
        for each in dates if isinstance(dates, list) else [dates] if dates else []:
            for given in each.dts:
                value = given.dt[0] if isinstance(given.dt, tuple) else given.dt  # a period
                end = max(end, _day(value))
    return end


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


class _Occurrence(NamedTuple):
    """One occurrence as expanded: its start and end as the file gives them (aware, floating
    or a day), and the component that says its title and status (the repeat's, or the one
    that moved or cancelled it)."""

    uid: str
    start: date | datetime
    end: date | datetime
    original: date | datetime | None  # the start it had before it was moved, if it repeats
    component: Event


def _expanded(calendar: Calendar, first: date, last: date, zone: ZoneInfo,
              lines: dict[str, EventLines], progress: Progress | None) -> list[_Occurrence]:
    """Every occurrence from `first` to `last`, or the event whose repeats cannot be read.

    The library's occurrences are read as they come (start, end, identity), without the copy
    of its component it would make for each: on a calendar of years, that copy is most of the
    time taken. `progress` hears how many of the file's events (a repeat is one) are done."""
    import recurring_ical_events
    from recurring_ical_events.util import to_recurrence_ids

    start = datetime.combine(first, time(0), zone)
    end = datetime.combine(last + timedelta(days=1), time(0), zone)
    masters: dict[str, Event] = {}
    moved: dict[tuple[str, Any], Event] = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        if "RECURRENCE-ID" in event:
            moved[(uid, to_recurrence_ids(event["RECURRENCE-ID"].dt)[0])] = event
        else:
            masters.setdefault(uid, event)
    try:
        series = recurring_ical_events.of(calendar).series
    except Exception as error:  # the library's errors have no common base: name the event
        raise _refusal_for(calendar, start, end, lines, error) from None
    found: list[_Occurrence] = []
    for done, each in enumerate(series):
        if progress is not None:
            progress(done, len(series))
        uid = str(each.uid)
        master = masters.get(uid)
        repeats = master is None or "RRULE" in master or "RDATE" in master
        try:
            for occurrence in each.between(start, end):
                original = occurrence.id.recurrence_id
                component = moved.get((uid, original)) if original is not None else None
                found.append(_Occurrence(
                    uid, occurrence.start, occurrence.end,
                    (component["RECURRENCE-ID"].dt if component is not None
                     else occurrence.start if repeats else None),
                    component if component is not None else master))
        except Exception as error:
            where = lines.get(uid)
            raise CalendarFileRefused(
                "Line {line}: the event's repeats cannot be worked out ({reason}).",
                line=where.of("RRULE") if where else None,
                reason=str(error) or type(error).__name__) from None
        if len(found) > MAX_EVENTS:
            raise CalendarFileRefused("The file holds more than {limit} events in the range. "
                                      "Choose a shorter range.", limit=MAX_EVENTS)
    if progress is not None:
        progress(len(series), len(series))
    return found


def _refusal_for(calendar: Calendar, start: datetime, end: datetime,
                 lines: dict[str, EventLines], error: Exception) -> CalendarFileRefused:
    """The first event whose repeats the library cannot read, with its line."""
    import icalendar
    import recurring_ical_events

    for event in calendar.walk("VEVENT"):
        alone = icalendar.Calendar()
        for timezone in calendar.walk("VTIMEZONE"):
            alone.add_component(timezone)
        alone.add_component(event)
        try:
            recurring_ical_events.of(alone).between(start, end)
        except Exception as wrong:
            where = lines.get(str(event["UID"]))
            return CalendarFileRefused(
                "Line {line}: the event's repeats cannot be worked out ({reason}).",
                line=where.of("RRULE") if where else None,
                reason=str(wrong) or type(wrong).__name__)
    return CalendarFileRefused("The file's repeats cannot be worked out ({reason}).",
                               reason=str(error) or type(error).__name__)


def _instant(value: date | datetime, zone: ZoneInfo) -> datetime:
    """An aware instant: a floating time and a whole day are the practice's."""
    if not isinstance(value, datetime):
        return to_utc(value, time(0), zone)
    if value.tzinfo is None:
        return to_utc(value.date(), value.time(), zone)
    return value.astimezone(UTC)


def recurrence_text(value: date | datetime, zone: ZoneInfo) -> str:
    """An occurrence's original start as UTC text: the same whatever zone the file used."""
    if not isinstance(value, datetime):
        return value.strftime("%Y%m%d")
    return _instant(value, zone).strftime("%Y%m%dT%H%M%SZ")


def _event(occurrence: _Occurrence, zone: ZoneInfo, line: int) -> ImportedEvent:
    start, end = occurrence.start, occurrence.end
    whole_day = not isinstance(start, datetime)
    if whole_day and isinstance(end, datetime):
        end = end.date()
    starts_at, ends_at = _instant(start, zone), _instant(end, zone)
    if ends_at < starts_at:
        raise CalendarFileRefused("Line {line}: the event ends before it starts.", line=line)
    component = occurrence.component
    status = STATUSES.get(str(component.get("STATUS", "")).upper(), EventStatus.CONFIRMED)
    original = occurrence.original
    return ImportedEvent(
        occurrence.uid, recurrence_text(original, zone) if original is not None else None,
        plain_title(str(component.get("SUMMARY", ""))), starts_at,
        max(ends_at, starts_at + timedelta(days=1)) if whole_day else ends_at,
        whole_day, status, line)


def series_rule(master: Event | None) -> Repeat | None:
    """Weekly or fortnightly, when the event's rule is one Stillroom keeps as a series: one
    weekday (the start's), every week or every other week."""
    if master is None:
        return None
    rule = master.get("RRULE")
    if rule is None or isinstance(rule, list) or set(rule) - SERIES_PARTS:
        return None
    interval = int(rule.get("INTERVAL", [1])[0])
    if rule["FREQ"][0] != "WEEKLY" or interval not in (1, 2):
        return None
    days = [str(day).upper() for day in rule.get("BYDAY", [])]
    start = master["DTSTART"].dt
    if days and days != [WEEKDAYS[start.weekday()]]:
        return None
    return Repeat.WEEKLY if interval == 1 else Repeat.FORTNIGHTLY


def _grouped(calendar: Calendar, occurrences: list[_Occurrence], zone: ZoneInfo,
             lines: dict[str, EventLines]) -> tuple[EventGroup, ...]:
    """The occurrences by UID, in the order of the file, each series with its rule."""
    masters: dict[str, Event] = {}
    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" not in event:
            masters.setdefault(str(event["UID"]), event)
    by_uid: dict[str, list[ImportedEvent]] = {uid: [] for uid in lines}
    for occurrence in occurrences:
        where = lines.get(occurrence.uid)
        by_uid.setdefault(occurrence.uid, []).append(
            _event(occurrence, zone, where.line if where else 0))
    groups = []
    for uid, events in by_uid.items():
        if not events:
            continue
        events.sort(key=lambda e: (e.starts_at, e.key))
        master = masters.get(uid)
        title = plain_title(str(master.get("SUMMARY", ""))) if master else events[0].title
        repeats = master is not None and ("RRULE" in master or "RDATE" in master)
        groups.append(EventGroup(uid, title, tuple(events), series_rule(master) if repeats
                                 else None, repeats))
    return tuple(groups)
