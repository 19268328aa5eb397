"""`export-calendar FILE.ics [--from DATE] [--to DATE] [--names none|initials|full]`: the
calendar for the therapist's phone, as an .ics file they carry there themselves."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cli.commands import checked_out, opened, write_out
from services.calendar.ics_export import NamesShown, calendar_bytes, read_calendar
from services.errors import InvalidValue
from services.practice.practice_settings import read_settings


def add_parser(commands: Any) -> None:
    export = commands.add_parser(
        "export-calendar", help="sessions and blocked time as an .ics file for a calendar app")
    export.add_argument("file", type=Path, help="FILE.ics")
    export.add_argument("--from", dest="first", help="the first day, YYYY-MM-DD (default today)")
    export.add_argument("--to", dest="last",
                        help="the last day, YYYY-MM-DD (default: everything ahead)")
    export.add_argument("--names", choices=[n.value for n in NamesShown],
                        default=NamesShown.INITIALS.value,
                        help="how sessions name clients (default initials; full names can be "
                             "read by anyone who sees the phone's calendar)")


def day_argument(text: str | None, field: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidValue("{text} is not a date; write it as YYYY-MM-DD.", field=field,
                           text=text) from None


def export_calendar(folder: Path, arguments: argparse.Namespace) -> None:
    first, last = day_argument(arguments.first, "from"), day_argument(arguments.last, "to")
    out: Path = checked_out(folder, arguments.file)
    with opened(folder) as vault:
        if first is None:  # today, in the practice's time zone
            first = datetime.now(UTC).astimezone(read_settings(vault).zone).date()
        contents = read_calendar(vault, first, last)
    write_out(out, calendar_bytes(contents, NamesShown(arguments.names)))
    print(out)
