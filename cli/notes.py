"""`notes search TEXT [--client NAME_OR_ID] [--format text|csv] [--full] [--include-private]`:
everything written (notes, addenda, charts) that holds the words, newest first.

Each word matches as a beginning, in any case, accents and script, as in the window. Clients
are shown by their initials unless `--full` (a list printed in a shared room or piped into a
file should not name them). Private reflections are left out unless `--include-private`, and
marked as private when shown. In text, the found words are shown [in brackets].
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from cli.commands import opened
from services.calls.call_list import initials_of
from services.clients.client_records import find_client
from services.csv_cells import safe_cell
from services.labels import label
from services.notes.search import LIMIT, SearchHit, search
from services.practice.practice_settings import read_settings

COLUMNS = ["when", "client", "written", "heading", "text", "private", "session", "note",
           "client_id", "written_code"]
PRIVATE_SHOWN = "Private reflections are shown: they are not part of the clients' records."


def add_parser(commands: Any) -> None:
    notes = commands.add_parser("notes", help="session notes: search what is written")
    actions = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    find = actions.add_parser("search", help="find words in notes, addenda and charts")
    find.add_argument("text", help="the words to find (each as the beginning of a word)")
    find.add_argument("--client", help="only this client's (name or number)")
    find.add_argument("--format", choices=("text", "csv"), default="text")
    find.add_argument("--full", action="store_true", help="full names rather than initials")
    find.add_argument("--include-private", action="store_true",
                      help="also your private reflections (left out by default)")
    find.add_argument("--limit", type=int, default=LIMIT, help=f"at most (default {LIMIT})")


def bracketed(hit: SearchHit) -> str:
    """The snippet with each found word [in brackets], for a terminal."""
    text, shown = hit.snippet, []
    last = 0
    for start, end in hit.marks:
        shown += [text[last:start], "[", text[start:end], "]"]
        last = end
    return "".join([*shown, text[last:]])


def _when(hit: SearchHit, zone: ZoneInfo) -> str:
    moment = hit.when
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else ""


def notes_command(folder: Path, arguments: argparse.Namespace) -> None:
    with opened(folder) as vault:
        settings = read_settings(vault)
        client_id = find_client(vault, arguments.client).id if arguments.client else None
        hits = search(vault, arguments.text, client_id, max(1, arguments.limit),
                      include_private=arguments.include_private)
    zone, language = settings.zone, settings.language
    if arguments.include_private:
        print(PRIVATE_SHOWN, file=sys.stderr)

    def who(hit: SearchHit) -> str:
        return hit.client_name if arguments.full else initials_of(hit.client_name)

    if arguments.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([safe_cell(cell) for cell in (
            _when(hit, zone), who(hit), label(hit.writing, language), hit.heading, hit.snippet,
            "yes" if hit.private else "", str(hit.appointment_id or ""),
            str(hit.note_id or ""), str(hit.client_id), hit.writing.value)] for hit in hits)
        return
    print(f"{len(hits)} found for {arguments.text!r}"
          + (f" (the newest {len(hits)})" if len(hits) == arguments.limit else ""))
    for hit in hits:
        kind = label(hit.writing, language)
        heading = f"{hit.heading}: " if hit.heading else ""
        print(f"{_when(hit, zone):<16} {who(hit):<20} {kind:<22} {heading}{bracketed(hit)}")
