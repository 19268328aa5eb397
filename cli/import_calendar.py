"""`import-calendar FILE.ics [--dry-run] [--from DATE] [--to DATE] [--create-clients]
[--past attended|booked] [--book-clashes] [--apply-changes]`: a calendar brought in.

Each title is matched to a client by name. The dry run prints what would be written and each
title's match, and writes nothing. Otherwise a title that does not surely name one client
refuses the import (exit 1, with the list) unless `--create-clients` makes a new client of
each; sessions clashing with the book are left out unless `--book-clashes`. A newer export
of a calendar imported before adds only what is new; what changed in it since is listed, and
applied with `--apply-changes`. The import's services load when the command runs, not with
every command's parser.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from cli.commands import opened
from cli.export_calendar import day_argument
from services.errors import Ambiguous
from services.practice.practice_settings import read_settings

if TYPE_CHECKING:
    from services.calendar_import.changes import EventChange
    from services.calendar_import.decisions import Decision, ImportSummary
    from services.calendar_import.matching import CalendarPlan, TitleMatch

CONFIDENCE_WORDS = {"sure": "sure", "unsure": "not sure", "none": "no client"}


def add_parser(commands: Any) -> None:
    imports = commands.add_parser(
        "import-calendar", help="bring sessions and blocked time in from an .ics calendar file")
    imports.add_argument("file", type=Path, help="FILE.ics (Google, Apple, Outlook, "
                         "Thunderbird, Nextcloud)")
    imports.add_argument("--dry-run", action="store_true",
                         help="say what would be imported, and write nothing")
    imports.add_argument("--from", dest="first", help="the first day, YYYY-MM-DD (default: "
                         "everything in the file)")
    imports.add_argument("--to", dest="last", help="the last day, YYYY-MM-DD (default: "
                         "everything in the file; a repeat with no end, a year ahead)")
    imports.add_argument("--create-clients", action="store_true",
                         help="make a new client of each title that does not surely name one")
    imports.add_argument("--past", choices=("attended", "booked"), default="attended",
                         help="past sessions as attended (default) or still booked, for you "
                              "to close")
    imports.add_argument("--book-clashes", action="store_true",
                         help="book sessions that clash with sessions already in the book "
                              "(left out by default)")
    imports.add_argument("--apply-changes", action="store_true",
                         help="apply what changed in the calendar since it was imported "
                              "(moved, renamed, cancelled)")


def _decision_words(decision: Decision, plan: CalendarPlan) -> str:
    if decision.client_id is not None:
        names = {c.id: c.name for m in plan.titles for c in m.candidates}
        return f"sessions of {names.get(decision.client_id, decision.client_id)}"
    if decision.new_client is not None:
        return f"sessions of a new client, {decision.new_client}"
    if decision.block is not None:
        return f"{decision.block.value} (blocked time)"
    return "skipped"


def _match_line(match: TitleMatch, decision: Decision, plan: CalendarPlan) -> str:
    also = ""
    if len(match.candidates) > 1:
        also = "; could be " + ", ".join(c.name for c in match.candidates)
    return (f"  {match.title} ({match.events} events, {CONFIDENCE_WORDS[match.confidence]}) → "
            f"{_decision_words(decision, plan)}{also}")


def _local(instant: datetime, zone: ZoneInfo) -> str:
    return f"{instant.astimezone(zone):%Y-%m-%d %H:%M}"


def summary_lines(summary: ImportSummary, zone: ZoneInfo) -> list[str]:
    lines = [f"Sessions: {summary.sessions} ({summary.past_sessions} past, "
             f"{summary.future_sessions} ahead), in {summary.series} series",
             f"New clients: {summary.new_clients}", f"Blocks: {summary.blocks}",
             f"Skipped: {summary.skipped}", f"Already imported: {summary.already_imported}"]
    if summary.cancelled_in_file:
        lines.append(f"Cancelled in the calendar, not imported: {summary.cancelled_in_file}")
    if summary.clashes:
        lines.append(f"Clashing with sessions already booked: {len(summary.clashes)}")
        lines += [f"  {_local(clash.starts_at, zone)} {clash.title} over {clash.client_name}"
                  for clash in summary.clashes]
    return lines


def change_line(change: EventChange, zone: ZoneInfo) -> str:
    if change.kind == "moved":
        return (f"  moved: {change.title}, {_local(change.was_starts_at, zone)} → "
                f"{_local(change.starts_at, zone)}")
    if change.kind == "retitled":
        return f"  renamed: {change.was_title} → {change.title}"
    return f"  cancelled: {change.title}, {_local(change.was_starts_at, zone)}"


def _decisions(plan: CalendarPlan, create_clients: bool) -> dict[str, Decision]:
    """The proposals, with each title not surely matched made a new client when asked."""
    from services.calendar_import.decisions import Decision

    decisions = plan.proposed()
    if create_clients:
        for match in plan.unsure():
            decisions[match.title] = Decision.new(match.name or match.title)
    return decisions


def import_calendar_command(folder: Path, arguments: argparse.Namespace) -> None:
    from services.calendar_import.changes import apply_changes
    from services.calendar_import.decisions import import_summary
    from services.calendar_import.matching import propose_matches
    from services.calendar_import.reading import read_calendar_file
    from services.calendar_import.writing import import_calendar

    first = day_argument(arguments.first, "from")
    last = day_argument(arguments.last, "to")
    with opened(folder) as vault:
        zone = read_settings(vault).timezone
        file = read_calendar_file(arguments.file, first, last, zone=zone)
        plan = propose_matches(vault, file)
        decisions = _decisions(plan, arguments.create_clients)
        summary = import_summary(plan, decisions, arguments.book_clashes)
        print(f"File: {arguments.file}")
        print(f"Events: {file.count}, under {len(plan.titles)} titles")
        print("Titles:")
        for match in plan.titles:
            print(_match_line(match, decisions[match.title], plan))
        print("\n".join(summary_lines(summary, ZoneInfo(zone))))
        if plan.changes:
            print(f"Changed in the calendar since it was imported: {len(plan.changes)}")
            print("\n".join(change_line(change, ZoneInfo(zone)) for change in plan.changes))
        if arguments.dry_run:
            print("Nothing was written (dry run).")
            return
        unsure = [m for m in plan.unsure() if not decisions[m.title].new_client
                  or not arguments.create_clients]
        if unsure:
            raise Ambiguous(
                "{count} titles do not surely name a client, so nothing was imported. Add "
                "--create-clients to make a new client of each, or give the clients these "
                "names first.", [m.title for m in unsure], count=len(unsure))
        written = import_calendar(vault, plan, decisions, past_as=arguments.past,
                                  allow_conflicts=arguments.book_clashes)
        if written.writes_nothing:
            print("Nothing new to import.")
        else:
            print(f"Imported {written.sessions} sessions, {written.blocks} blocks and "
                  f"{written.new_clients} new clients.")
        if plan.changes and arguments.apply_changes:
            applied = apply_changes(vault, plan.changes)
            print(f"Applied {applied} changes.")
        elif plan.changes:
            print("The changes were not applied; add --apply-changes to apply them.")
