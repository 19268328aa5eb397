"""The lines of an `.ics` file checked before any library reads it, so a refusal names its line.

icalendar reads a file whole and says little of where it went wrong; this pass unfolds the
lines (RFC 5545 3.1), checks each one is `NAME;PARAMS:VALUE` and that every BEGIN has its END,
and remembers where each event and each of its properties begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from services.errors import CalendarFileRefused

MAX_BYTES = 64 * 1024 * 1024
MAX_LINE = 100_000
CONTENT_LINE = re.compile(
    r'([A-Za-z0-9-]+)(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:')
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class EventLines:
    """Where an event begins in the file, and the first line of each of its properties."""

    line: int
    properties: dict[str, int] = field(default_factory=dict)

    def of(self, name: str) -> int:
        return self.properties.get(name.upper(), self.line)


@dataclass(frozen=True)
class CheckedText:
    text: str
    events: tuple[EventLines, ...]  # every VEVENT, in the order of the file


def read_text(path: Path) -> str:
    """The file as text (UTF-8, with or without a BOM), or the line that is not."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CalendarFileRefused(
                "{path} is too large to be a calendar ({megabytes} MB; at most {limit} MB).",
                path=str(path), megabytes=size // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except OSError as error:
        raise CalendarFileRefused("{path} cannot be read: {reason}", path=str(path),
                                  reason=error.strerror or str(error)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise CalendarFileRefused("Line {line}: this line is not UTF-8 text, as a calendar "
                                  "file is.", line=line) from None


def checked_text(text: str) -> CheckedText:
    """The text with each content line checked, or a refusal naming the first bad line."""
    stack: list[str] = []
    events: list[EventLines] = []
    current: EventLines | None = None
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if len(raw) > MAX_LINE:
            raise CalendarFileRefused("Line {line}: the line is too long ({length} "
                                      "characters).", line=number, length=len(raw))
        if CONTROL.search(raw):
            raise CalendarFileRefused("Line {line}: the line holds control characters a "
                                      "calendar never has.", line=number)
        if raw[:1] in (" ", "\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    if not logical:
        raise CalendarFileRefused("The file is empty: there is no calendar in it.")
    for number, line in logical:
        shape = CONTENT_LINE.match(line)
        if shape is None:
            raise CalendarFileRefused("Line {line}: this is not a calendar line (NAME:value).",
                                      line=number)
        name = shape.group(1).upper()
        value = line[shape.end():].strip().upper()
        if not stack and name != "BEGIN":
            raise CalendarFileRefused("Line {line}: a calendar file begins with "
                                      "BEGIN:VCALENDAR.", line=number)
        if name == "BEGIN":
            if not stack and value != "VCALENDAR":
                raise CalendarFileRefused("Line {line}: a calendar file begins with "
                                          "BEGIN:VCALENDAR.", line=number)
            if value == "VEVENT" and stack != ["VCALENDAR"]:
                raise CalendarFileRefused("Line {line}: an event begins inside {opened}; "
                                          "events belong directly in the calendar.",
                                          line=number, opened=stack[-1])
            stack.append(value)
            if stack == ["VCALENDAR", "VEVENT"]:
                current = EventLines(number)
                events.append(current)
        elif name == "END":
            if not stack or stack[-1] != value:
                raise CalendarFileRefused("Line {line}: END:{found} does not close "
                                          "BEGIN:{opened}.", line=number, found=value,
                                          opened=stack[-1] if stack else "VCALENDAR")
            stack.pop()
            if len(stack) < 2:
                current = None
            if not stack and number != logical[-1][0]:
                raise CalendarFileRefused("Line {line}: there is more after the calendar "
                                          "ends.", line=number + 1)
        elif current is not None and len(stack) == 2:
            current.properties.setdefault(name, number)
    if stack:
        raise CalendarFileRefused("Line {line}: the file ends before END:{opened}.",
                                  line=logical[-1][0], opened=stack[-1])
    return CheckedText(text, tuple(events))
