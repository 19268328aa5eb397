"""A line of a client's account in words, as receipts and statements print it.

'Session, 3 March 2026, 10:00', 'Missed session fee, 4 March 2026, 10:00',
'Payment (Card)', 'Waived (Illness)': the kinds, methods and reasons read as they do on
screen and on the day sheet (`services.labels`).
"""

from __future__ import annotations

from datetime import date, datetime

from models.enums import Language, LedgerKind
from services.labels import label
from services.money_papers.account import PaperLine
from services.papers.letter_dates import written_date, written_time


def charge_words(kind: LedgerKind, day: date, session_start: datetime | None,
                 language: Language) -> str:
    """A charge by its kind and its session's day and time (or its own day)."""
    if session_start is None:
        return f"{label(kind, language)}, {written_date(day, language)}"
    return (f"{label(kind, language)}, {written_date(session_start.date(), language)}, "
            f"{written_time(session_start.time())}")


def line_words(paper: PaperLine, language: Language) -> str:
    """Any line: a charge as `charge_words` says it; money in or out with how, a waiver
    with why; a payment or waiver for a session with that session's day."""
    line = paper.line
    if line.kind.sign > 0 and line.kind is not LedgerKind.REFUND:
        return charge_words(line.kind, line.day, paper.session_start, language)
    how = line.method or line.waiver_reason
    words = f"{label(line.kind, language)} ({label(how, language)})" if how else \
        label(line.kind, language)
    if paper.session_start is not None:
        words += f", {written_date(paper.session_start.date(), language)}"
    return words
