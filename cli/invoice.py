"""`invoice`, `void-invoice` and `invoices`: a client's invoices from the command line.

`invoice --client NAME_OR_ID (--session ID | --from DATE --to DATE)` issues an invoice as the
window does (numbered, kept with its PDF), prints its number, total and due date, and writes
the PDF where `--out` says. `void-invoice NUMBER --reason TEXT` issues the credit note that
voids it. `invoices --client NAME_OR_ID` lists the client's invoices with their status, or
writes them as CSV with `--csv FILE`. Neither issuing nor voiding can be undone: a number once
given stays given.
"""

from __future__ import annotations

import argparse
import csv
import io
from datetime import date
from pathlib import Path

from cli.commands import checked_out, opened, write_out
from models.enums import InvoiceKind, Language
from services.clients.client_records import find_client
from services.csv_cells import number_cell, safe_cell
from services.errors import InvalidValue
from services.labels import label
from services.money.amounts import format_amount
from services.money_papers.invoices import Issued
from services.practice.practice_settings import read_settings


def add_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    languages = [language.value for language in Language]
    invoice = commands.add_parser("invoice", help="issue an invoice for a session or a period")
    invoice.add_argument("--client", required=True, help="the client's name or number")
    invoice.add_argument("--session", type=int, metavar="ID", help="the one session to invoice")
    invoice.add_argument("--from", dest="first", type=date.fromisoformat, metavar="DATE",
                         help="the first day of the period to invoice (YYYY-MM-DD)")
    invoice.add_argument("--to", dest="last", type=date.fromisoformat, metavar="DATE",
                         help="the last day of the period to invoice (YYYY-MM-DD)")
    invoice.add_argument("--out", type=Path, help="the PDF file to write")
    invoice.add_argument("--lang", choices=languages,
                         help="the invoice's language (default: the practice's)")
    void = commands.add_parser("void-invoice", help="void an invoice by issuing a credit note")
    void.add_argument("number", help="the invoice's number, as printed")
    void.add_argument("--reason", required=True, help="why it is voided (printed on the note)")
    void.add_argument("--out", type=Path, help="the credit note's PDF file to write")
    void.add_argument("--lang", choices=languages,
                      help="the credit note's language (default: the practice's)")
    listing = commands.add_parser("invoices", help="a client's invoices and their status")
    listing.add_argument("--client", required=True, help="the client's name or number")
    listing.add_argument("--csv", type=Path, metavar="FILE", help="write them as CSV")


def _report(issued: Issued, out: Path | None) -> None:
    money = format_amount(issued.total, issued.currency)
    if issued.kind is InvoiceKind.INVOICE:
        print(f"Invoice {issued.number}: {money}, due {issued.due_on.isoformat()}.")
    else:
        print(f"Credit note {issued.number}: {money} credited.")
    if out is not None:
        write_out(out, issued.pdf)
        print(f"Wrote {out}.")


def invoice(folder: Path, arguments: argparse.Namespace) -> None:
    if arguments.session is None and (arguments.first is None or arguments.last is None):
        raise InvalidValue("An invoice needs --session ID, or --from DATE and --to DATE.",
                           field="session")
    if arguments.session is not None and (arguments.first or arguments.last):
        raise InvalidValue("Give either --session or --from and --to, not both.",
                           field="session")
    out = checked_out(folder, arguments.out) if arguments.out else None
    from services.money_papers.invoices import issue_invoice  # loads reportlab

    with opened(folder) as vault:
        client = find_client(vault, arguments.client)
        issued = issue_invoice(vault, client.id, appointment_id=arguments.session,
                               period_from=arguments.first, period_to=arguments.last,
                               language=Language(arguments.lang) if arguments.lang else None)
    _report(issued, out)


def void_invoice_command(folder: Path, arguments: argparse.Namespace) -> None:
    out = checked_out(folder, arguments.out) if arguments.out else None
    from services.money_papers.credit_notes import void_invoice  # loads reportlab

    with opened(folder) as vault:
        issued = void_invoice(vault, arguments.number, arguments.reason,
                              language=Language(arguments.lang) if arguments.lang else None)
    _report(issued, out)


def invoices_command(folder: Path, arguments: argparse.Namespace) -> None:
    from services.money_papers.invoice_status import client_invoices

    out = checked_out(folder, arguments.csv) if arguments.csv else None
    with opened(folder) as vault:
        client = find_client(vault, arguments.client)
        papers = client_invoices(vault, client.id)
        settings = read_settings(vault)
    language, currency = settings.language, settings.currency
    rows = [[paper.number, label(paper.kind, language), paper.issued_on.isoformat(),
             paper.due_on.isoformat() if paper.status else "",
             format_amount(paper.total, currency, symbol=False, group=""),
             format_amount(paper.paid, currency, symbol=False, group="") if paper.status else "",
             label(paper.status, language) if paper.status else "",
             paper.voided_by or paper.voids] for paper in papers]
    if out is None:
        for row in rows:
            print("  ".join(cell for cell in row if cell))
        if not rows:
            print(f"{client.full_name} has no invoices yet.")
        return
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(["number", "kind", "issued", "due", "total", "paid", "status",
                     "voided by / voids"])
    for row in rows:
        writer.writerow([safe_cell(row[0]), safe_cell(row[1]), row[2], row[3],
                         number_cell(row[4]) if row[4] else "",
                         number_cell(row[5]) if row[5] else "", safe_cell(row[6]),
                         safe_cell(row[7])])
    write_out(out, text.getvalue().encode("utf-8"))
    print(f"Wrote {len(rows)} invoices and credit notes to {out}.")
