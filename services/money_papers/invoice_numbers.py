"""Invoice and credit-note numbers: the practice's pattern, and a run without gaps per year.

A pattern is the practice's own text with YYYY for the year and a run of # for the number,
padded to that many digits: "YYYY-####" gives 2026-0042, "INV/###/YYYY" gives INV/042/2026.
A number longer than its run is printed whole (10000 under ####), never cut.

The next number is taken by an UPDATE of `PaperNumber` inside the issuing transaction: SQLite
lets one writer at a time in, so a window and the command line issuing at once wait for each
other, and a transaction that fails gives its number back by rolling back. Take the number
before reading anything else in that transaction, so no earlier read pins an older snapshot
that another writer has moved past.
"""

from __future__ import annotations

import re

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from models import PaperNumber
from models.enums import InvoiceKind
from services.errors import InvalidValue

PATTERN_LIMIT = 40
NUMBER_RUN = re.compile(r"#+")


def check_pattern(pattern: str, field: str = "invoice_pattern") -> str:
    """The pattern trimmed, or InvalidValue: it needs YYYY and one run of #, no line breaks."""
    pattern = pattern.strip()
    if (len(pattern) > PATTERN_LIMIT or "YYYY" not in pattern
            or len(NUMBER_RUN.findall(pattern.replace("YYYY", ""))) != 1
            or any(not ch.isprintable() for ch in pattern)):
        raise InvalidValue("A number pattern needs YYYY for the year and a run of # for the "
                           "number, such as YYYY-####.", field=field)
    return pattern


def number_text(pattern: str, year: int, sequence: int) -> str:
    """The number as printed: YYYY replaced by the year, the run of # by the padded number."""
    head, _, tail = pattern.partition("YYYY")
    text = f"{head}\x00{tail}" if "YYYY" in pattern else pattern
    run = NUMBER_RUN.search(text)
    assert run is not None, pattern
    padded = str(sequence).rjust(len(run.group()), "0")
    return (text[:run.start()] + padded + text[run.end():]).replace("\x00", str(year))


def take_number(session: Session, kind: InvoiceKind, year: int) -> int:
    """The next number of this kind in this year, taken inside the caller's transaction."""
    session.execute(insert(PaperNumber).values(kind=kind, year=year, last=0)
                    .prefix_with("OR IGNORE"))
    taken = session.execute(
        update(PaperNumber).where(PaperNumber.kind == kind, PaperNumber.year == year)
        .values(last=PaperNumber.last + 1).returning(PaperNumber.last)
    ).scalar_one()
    return int(taken)
