"""`superbill --client NAME_OR_ID --from DATE --to DATE [--out FILE.pdf] [--lang en|ru]`: a
superbill for the sessions of a period, for a client who claims from their insurer, kept
beside the client's letters as the panel keeps it.

Refused while the practice has superbills turned off (Settings → Money papers). The PDF is
not encrypted: a line on stderr says so.
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
from services.money.amounts import format_amount
from services.money_papers.superbills import superbill

NOT_ENCRYPTED = ("The superbill is not encrypted: keep it somewhere safe, and delete it once "
                 "it has been sent.")


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    bill = commands.add_parser("superbill", help="a superbill for a period, for a client who "
                               "claims from an insurer (PDF)")
    bill.add_argument("--client", required=True, help="the client's name or number")
    bill.add_argument("--from", dest="first", type=date.fromisoformat, required=True,
                      metavar="DATE", help="the first day (YYYY-MM-DD)")
    bill.add_argument("--to", dest="last", type=date.fromisoformat, required=True,
                      metavar="DATE", help="the last day (YYYY-MM-DD)")
    bill.add_argument("--out", type=Path, default=None, help="the PDF file to write (default: "
                      "superbill-CLIENT-FROM-TO.pdf here)")
    bill.add_argument("--lang", choices=[language.value for language in Language],
                      help="the superbill's language (default: the practice's)")


def superbill_command(folder: Path, arguments: argparse.Namespace) -> None:
    out: Path | None = arguments.out
    if out is not None and out.suffix.lower() != ".pdf":
        raise InvalidValue("A superbill is a PDF: give --out a file ending in .pdf.",
                           field="out")
    with opened(folder) as vault:
        client = find_client(vault, arguments.client)
        made = superbill(vault, client.id, arguments.first, arguments.last,
                         language=Language(arguments.lang) if arguments.lang else None)
    bill = made.bill
    out = out or Path(f"superbill-{client.id}-{bill.period_from.isoformat()}-"
                      f"{bill.period_to.isoformat()}.pdf")
    out.write_bytes(made.pdf)
    print(NOT_ENCRYPTED, file=sys.stderr)
    print(f"Wrote {out}: {len(bill.lines)} sessions from {bill.period_from.isoformat()} to "
          f"{bill.period_to.isoformat()}, charged {format_amount(bill.charged, bill.currency)}, "
          f"paid {format_amount(bill.paid, bill.currency)}, balance "
          f"{format_amount(bill.balance, bill.currency)}.")
