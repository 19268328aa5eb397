"""`income --year YYYY --out FILE.csv|FILE.pdf [--lang en|ru]`: the year for the accountant.

The PDF is kept in the practice (a paper of the year's income, of no client) as the window
keeps one it saves or prints, so what was handed over can be opened again; a CSV is data
for a spreadsheet, not a paper, and is not kept.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cli.commands import checked_out, opened, write_out
from models.enums import Language
from services.errors import InvalidValue
from services.money_papers.income_year import checked_year, income_year, keep_income_paper
from services.practice.practice_settings import read_settings


def add_parser(commands: Any) -> None:
    income = commands.add_parser("income", help="the year's income for the accountant, as "
                                 "CSV or PDF")
    income.add_argument("--year", required=True, help="the year, such as 2026")
    income.add_argument("--out", required=True, type=Path, help="FILE.csv or FILE.pdf")
    income.add_argument("--lang", choices=[language.value for language in Language],
                        help="the paper's language (default: the practice's)")


def year_of(text: str) -> int:
    if not text.strip().isdigit():
        raise InvalidValue("{text} is not a year; write it as four digits, such as 2026.",
                           field="year", text=text)
    return checked_year(int(text))


def income(folder: Path, arguments: argparse.Namespace) -> None:
    year = year_of(arguments.year)
    out: Path = checked_out(folder, arguments.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".csv"):
        raise InvalidValue("The year's income is written as .csv or .pdf, not {suffix}.",
                           field="out", suffix=kind or "a file with no extension")
    from services.money_papers.income_layout import income_csv, income_pdf  # loads reportlab

    with opened(folder) as vault:
        report = income_year(vault, year)
        settings = read_settings(vault)
        language = Language(arguments.lang or settings.language)
        if kind == ".csv":
            write_out(out, income_csv(report, language).encode("utf-8"))
            print(out)
            return
        pdf = income_pdf(report, settings, language)
        write_out(out, pdf)
        kept = keep_income_paper(vault, year, language, pdf)
    print(f"Wrote {out}; kept as paper {kept}.")
