"""`receipt --payment ID` and `statement --client NAME_OR_ID --from DATE --to DATE`: the
client's money papers from a script, made and kept as the window makes them.

A receipt is kept once per payment: asking again writes the kept one, unless `--again` asks
for a new one. A statement as PDF is kept with the client's papers; as CSV it is only
written; with no `--out` its figures are printed.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cli.commands import checked_out, opened, write_out
from models.enums import Language
from services.clients.client_records import find_client
from services.errors import InvalidValue
from services.money.amounts import format_amount
from services.money_papers.statements import Statement, keep_statement, statement
from services.practice.practice_settings import read_settings


def add_parser(commands: Any) -> None:
    languages = [language.value for language in Language]
    receipt = commands.add_parser("receipt", help="a receipt for a payment or refund (PDF)")
    receipt.add_argument("--payment", required=True, type=int, metavar="ID",
                         help="the payment's or refund's number in the client's account")
    receipt.add_argument("--out", type=Path, help="the PDF file to write")
    receipt.add_argument("--lang", choices=languages,
                         help="the receipt's language (default: the practice's)")
    receipt.add_argument("--again", action="store_true",
                         help="make a new receipt even if one is kept for this payment")
    account = commands.add_parser("statement", help="a client's statement of account for a "
                                  "period (PDF or CSV)")
    account.add_argument("--client", required=True, help="the client's name or number")
    account.add_argument("--from", dest="period_from", required=True, metavar="DATE",
                         help="the first day, as YYYY-MM-DD")
    account.add_argument("--to", dest="period_to", required=True, metavar="DATE",
                         help="the last day, as YYYY-MM-DD")
    account.add_argument("--out", type=Path, help="FILE.pdf (kept with the client's papers) "
                         "or FILE.csv; without it the figures are printed")
    account.add_argument("--lang", choices=languages,
                         help="the statement's language (default: the practice's)")


def _language(arguments: argparse.Namespace) -> Language | None:
    return Language(arguments.lang) if arguments.lang else None


def receipt(folder: Path, arguments: argparse.Namespace) -> None:
    out = checked_out(folder, arguments.out) if arguments.out else None
    if out is not None and out.suffix.lower() != ".pdf":
        raise InvalidValue("A receipt is written as .pdf.", field="out")
    from services.money_papers.receipts import make_receipt  # loads reportlab

    with opened(folder) as vault:
        kept = make_receipt(vault, arguments.payment, language=_language(arguments),
                            again=arguments.again)
    if out is not None:
        write_out(out, kept.pdf)
    made = "made and kept" if kept.made else \
        f"already kept since {kept.made_at:%Y-%m-%d} (--again makes a new one)"
    print(f"Receipt {kept.number} {made}" + (f"; wrote {out}." if out else "."))


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidValue("{text} is not a date; write it as YYYY-MM-DD.", field=field,
                           text=text) from None


def figures_text(figures: Statement) -> str:
    """The statement's figures as lines for a terminal."""
    def money(minor: int) -> str:
        return format_amount(minor, figures.currency)

    ageing = ", ".join(f"{name} {money(owed)}" for name, owed in zip(
        ("current", "1-30", "31-60", "61-90", "over 90"), figures.ageing.buckets, strict=True))
    lines = [f"{figures.client.full_name}, {figures.reference}",
             f"opening balance {money(figures.opening)}",
             *(f"{e.paper.line.day} {e.paper.line.kind.value:<16} "
               f"{money(e.paper.line.signed):>12} {money(e.balance):>12}"
               for e in figures.lines),
             f"closing balance {money(figures.closing)}"]
    if figures.closing > 0:
        lines.append(f"owed by days overdue: {ageing}")
    return "\n".join(lines)


def statement_command(folder: Path, arguments: argparse.Namespace) -> None:
    period_from = _day(arguments.period_from, "period_from")
    period_to = _day(arguments.period_to, "period_to")
    out = checked_out(folder, arguments.out) if arguments.out else None
    kind = out.suffix.lower() if out is not None else ""
    if out is not None and kind not in (".pdf", ".csv"):
        raise InvalidValue("The statement is written as .pdf or .csv.", field="out")
    with opened(folder) as vault:
        client = find_client(vault, arguments.client)
        if kind == ".pdf":
            kept = keep_statement(vault, client.id, period_from, period_to,
                                  language=_language(arguments))
            figures, data = kept.statement, kept.pdf
        else:
            figures, data = statement(vault, client.id, period_from, period_to), b""
        if kind == ".csv":
            from services.money_papers.statement_layout import statement_csv  # reportlab

            language = _language(arguments) or read_settings(vault).language
            data = statement_csv(figures, language).encode("utf-8")
    if out is None:
        print(figures_text(figures))
        return
    write_out(out, data)
    print(f"Statement {figures.reference}: closing balance "
          f"{format_amount(figures.closing, figures.currency)}; wrote {out}.")
