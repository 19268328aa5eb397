"""`record --client NAME_OR_ID --out FILE.pdf [--from DATE] [--to DATE] [--lang en|ru]`: the
client's record for a records request or a transfer, as the panel makes it.

Details, the sessions of the days asked for with their notes and addenda, and the letters
sent; never the therapist's private reflections. The PDF is not encrypted: a line on stderr
says so.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from cli.commands import opened
from models.enums import Language
from services.clients.client_records import find_client
from services.errors import InvalidValue
from services.papers.client_record import read_client_record

NOT_ENCRYPTED = ("The record is not encrypted: keep it somewhere safe, and delete it once it "
                 "has been sent.")


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    record = commands.add_parser("record", help="a client's record as a PDF (notes, letters)")
    record.add_argument("--client", required=True, help="the client's name or number")
    record.add_argument("--out", required=True, type=Path, help="the PDF file to write")
    record.add_argument("--from", dest="first", type=date.fromisoformat, default=None,
                        metavar="DATE", help="the first day (YYYY-MM-DD; default: the first "
                        "session)")
    record.add_argument("--to", dest="last", type=date.fromisoformat, default=None,
                        metavar="DATE", help="the last day (YYYY-MM-DD; default: today)")
    record.add_argument("--lang", choices=[language.value for language in Language],
                        help="the record's language (default: the practice's)")


def record(folder: Path, arguments: argparse.Namespace) -> None:
    if arguments.out.suffix.lower() != ".pdf":
        raise InvalidValue("The record is a PDF: give --out a file ending in .pdf.",
                           field="out")
    from services.papers.client_record_layout import render_client_record  # loads reportlab

    with opened(folder) as vault:
        client = find_client(vault, arguments.client)
        found = read_client_record(vault, client.id, first=arguments.first,
                                   last=arguments.last,
                                   language=Language(arguments.lang) if arguments.lang else None)
    pdf = render_client_record(found)
    arguments.out.write_bytes(pdf)
    print(NOT_ENCRYPTED, file=sys.stderr)
    since = f"from {found.first.isoformat()} " if found.first else ""
    print(f"Wrote {arguments.out} ({len(pdf) // 1024 + 1} KB): {len(found.sessions)} sessions "
          f"{since}to {found.last.isoformat()}, {len(found.letters)} letters.")
