"""`day-sheet --date YYYY-MM-DD --out FILE.pdf|FILE.csv`: a closed day's sheet, from a script."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cli.commands import checked_out, opened, write_out
from services.day_close.reconciliation import review_day
from services.errors import InvalidValue, NotFound, Refused
from services.practice.practice_settings import read_settings


def add_parser(commands: Any) -> None:
    sheet = commands.add_parser("day-sheet", help="a closed day's sheet as PDF or CSV")
    sheet.add_argument("--date", required=True, help="the day, as YYYY-MM-DD")
    sheet.add_argument("--out", required=True, type=Path, help="FILE.pdf or FILE.csv")


def day_sheet(folder: Path, arguments: argparse.Namespace) -> None:
    try:
        day = date.fromisoformat(arguments.date)
    except ValueError:
        raise InvalidValue("{text} is not a date; write it as YYYY-MM-DD.", field="date",
                           text=arguments.date) from None
    out: Path = checked_out(folder, arguments.out)
    kind = out.suffix.lower()
    if kind not in (".pdf", ".csv"):
        raise InvalidValue("The day sheet is written as .pdf or .csv.", field="out")
    from services.day_close.day_sheet import day_sheet_csv, day_sheet_pdf  # loads reportlab

    with opened(folder) as vault:
        review = review_day(vault, day)
        if not review.lines and not review.account_lines and not review.is_closed:
            raise NotFound("There is nothing on {day} in the practice's book.",
                           day=day.isoformat())
        if not review.is_closed:
            raise Refused("{day} is not closed yet; close the day first.", day=day.isoformat())
        settings = read_settings(vault)
        data = (day_sheet_pdf(review, settings) if kind == ".pdf"
                else day_sheet_csv(review, settings.language).encode("utf-8"))
    write_out(out, data)
    print(out)
