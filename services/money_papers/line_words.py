"""A line of a client's account in words, as receipts and statements print it.

A receipt names its sessions in full ('Session, 3 March 2026, 10:00'); a statement's table,
whose first column is the line's day, says a session's day only when it is another
('Session, 10:00', 'Missed session fee, 3 Mar 2026, 10:00'), and writes days short
('3 Mar 2026', '03.03.2026'). Payments say how ('Payment (Card)'), waivers why ('Waived
(Illness)'): the kinds, methods and reasons read as they do on screen and on the day sheet
(`services.labels`).
"""

from __future__ import annotations

from datetime import date, datetime

from models.enums import Language, LedgerKind
from services.labels import label
from services.money_papers.account import PaperLine
from services.papers.letter_dates import MONTHS, written_date, written_time


def charge_words(kind: LedgerKind, day: date, session_start: datetime | None,
                 language: Language) -> str:
    """A charge by its kind and its session's day and time (or its own day)."""
    if session_start is None:
        return f"{label(kind, language)}, {written_date(day, language)}"
    return (f"{label(kind, language)}, {written_date(session_start.date(), language)}, "
            f"{written_time(session_start.time())}")


def short_date(day: date, language: Language) -> str:
    """'3 Mar 2026' or '03.03.2026': a day in a table's narrow column."""
    if language is Language.RUSSIAN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MONTHS[Language.ENGLISH][day.month - 1][:3]} {day.year}"


def line_words(paper: PaperLine, language: Language) -> str:
    """A statement's line: what it is; for a session, its time (and its day, when that is
    not the line's own); money in or out with how, a waiver with why."""
    line = paper.line
    how = line.method or line.waiver_reason
    words = f"{label(line.kind, language)} ({label(how, language)})" if how else \
        label(line.kind, language)
    start = paper.session_start
    if start is None:
        return words
    when = written_time(start.time())
    if start.date() != line.day:
        when = f"{short_date(start.date(), language)}, {when}"
    return f"{words}, {when}"
