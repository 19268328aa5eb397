"""`agenda [--date YYYY-MM-DD] [--format text|pdf --out FILE] [--full]`: the day's agenda,
today and tomorrow, printed or written as a PDF; clients by their initials unless --full."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cli.commands import checked_out, opened, write_out
from services.errors import InvalidValue
from services.practice.practice_settings import read_settings
from services.reminders.agenda import day_agenda
from services.reminders.agenda_lines import agenda_text


def add_parser(commands: Any) -> None:
    agenda = commands.add_parser("agenda", help="the day's agenda: today and tomorrow")
    agenda.add_argument("--date", help="the day, as YYYY-MM-DD (default: today)")
    agenda.add_argument("--format", choices=("text", "pdf"), default="text",
                        help="printed as text (the default) or written as a PDF (with --out)")
    agenda.add_argument("--out", type=Path, help="the file to write (FILE.pdf, or a text file)")
    agenda.add_argument("--full", action="store_true",
                        help="clients' names in full (initials by default)")


def agenda_command(folder: Path, arguments: argparse.Namespace) -> None:
    out = checked_out(folder, arguments.out) if arguments.out is not None else None
    if arguments.format == "pdf" and out is None:
        raise InvalidValue("A PDF agenda needs a file to go to: add --out FILE.pdf.",
                           field="out")
    now = datetime.now(UTC)
    with opened(folder) as vault:
        settings = read_settings(vault)
        day = _day(arguments.date) if arguments.date else now.astimezone(settings.zone).date()
        agenda = day_agenda(vault, day, now, full_names=True if arguments.full else False)
    if arguments.format == "pdf":
        from services.reminders.agenda_paper import agenda_pdf  # loads reportlab

        data = agenda_pdf(agenda, settings)
    else:
        data = agenda_text(agenda).encode("utf-8")
    if out is None:
        print(data.decode("utf-8"), end="")
        return
    write_out(out, data)
    print(out)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidValue("{text} is not a date; write it as YYYY-MM-DD.", field="date",
                           text=text) from None
