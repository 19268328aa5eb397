"""`call-list [--date YYYY-MM-DD] [--format text|csv] [--full]`: who to call that day.

Each reason reads as in the window, in the practice's language. No scripts, and initials only
unless `--full` (a list printed in a shared room or piped into a file should not name clients
by default); numbers are shown only with `--full` too. For today the list is the one at this
moment; for another day, the one at the end of its working hours.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cli.commands import opened
from models.enums import Language
from services.calls.call_list import CallListEntry, CallReason, call_list, initials_of
from services.clients.client_records import PhoneNumber
from services.csv_cells import safe_cell
from services.labels import label
from services.practice.practice_settings import read_settings
from services.practice.practice_time import to_utc

COLUMNS = ["rule", "client", "when", "days", "other_client", "note", "attempts",
           "do_not_contact", "numbers", "rule_code"]


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("call-list", help="who to call on a day, and why")
    parser.add_argument("--date", type=date.fromisoformat, default=None,
                        help="the day (YYYY-MM-DD; default today)")
    parser.add_argument("--format", choices=("text", "csv"), default="text")
    parser.add_argument("--full", action="store_true",
                        help="full names and numbers rather than initials only")


def _rows(entries: list[CallListEntry], full: bool, zone: Any,
          language: Language) -> list[list[str]]:
    """A row per reason: the rule in the practice's language as the window says it, and its
    code last, for scripts."""
    rows = []
    for entry in entries:
        name = entry.full_name if full else entry.initials
        numbers = "; ".join(_number(n) for n in entry.numbers) if full else ""
        for reason in entry.reasons:
            rows.append([label(reason.rule, language), name, _when(reason, zone),
                         "" if reason.days is None else str(reason.days),
                         _other(reason, full), reason.note if full else _note(reason),
                         str(entry.attempts), "yes" if entry.do_not_contact else "", numbers,
                         reason.rule.value])
    return rows


def _number(n: PhoneNumber) -> str:
    """"mobile +44 7700 900123 (call, text)": the number and what the client agreed to."""
    may = [word for word, ok in (("call", n.may_call), ("voicemail", n.may_voicemail),
                                 ("text", n.may_text)) if ok]
    return f"{n.label} {n.number} ({', '.join(may) or 'no consent'})".strip()


def _when(reason: CallReason, zone: Any) -> str:
    if reason.follow_up_on is not None:
        return reason.follow_up_on.isoformat()
    return reason.at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if reason.at else ""


def _other(reason: CallReason, full: bool) -> str:
    return reason.other_client_name if full else initials_of(reason.other_client_name)


def _note(reason: CallReason) -> str:
    """Without --full, only the service's own words (a follow-up's note is the therapist's)."""
    return reason.note if reason.other_client_id is not None else ""


def call_list_command(folder: Path, arguments: argparse.Namespace) -> None:
    with opened(folder) as vault:
        settings = read_settings(vault)
        zone = settings.zone
        today = datetime.now(zone).date()
        day = arguments.date or today
        now = datetime.now(UTC) if day == today else to_utc(day, settings.work_ends, zone)
        entries = call_list(vault, now)
    rows = _rows(entries, arguments.full, zone, settings.language)
    if arguments.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([safe_cell(cell) for cell in row] for row in rows)  # no formulas
        return
    print(f"Call list for {day.isoformat()}: {len(entries)} "
          f"{'client' if len(entries) == 1 else 'clients'}")
    for row in rows:
        rule, name, when, days, other, note, attempts, dnc, numbers, _code = row
        facts = [f"{days} days" if days else "", f"with {other}" if other else "", note,
                 f"{attempts} unanswered" if attempts != "0" else "",
                 "DO NOT CONTACT" if dnc else "", numbers]
        print(f"{rule:<32} {name:<20} {when:<16} " + "  ".join(f for f in facts if f))
