"""Statements of account: a client's account over a period, to the penny of the ledger.

The opening balance is every line before the period; each line of the period follows with
its running balance; the closing balance is the opening plus the period's lines, which is
the ledger's balance at the period's end. What is owed at the end is aged by the charges it
is made of (`services.money_papers.settling`: payments and waivers settle the charges they
were for, then the oldest still open), by how long each has been due: a charge is due
the practice's payment terms after its day (`Practice.payment_terms_days`; 0 is due on the
day), and "current" is not yet due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from models.enums import Language, LetterKind
from services.errors import InvalidValue
from services.money_papers.account import PaperClient, PaperLine, account_of, paper_client
from services.money_papers.settling import settle
from services.papers.kept_papers import keep_paper
from services.practice.practice_row import practice_of
from services.practice.practice_settings import settings_of
from services.vault.practice_vault import Vault

# The upper bound (days overdue) of each ageing bucket after "current"; the last is open.
AGE_LIMITS = (30, 60, 90)


@dataclass(frozen=True)
class StatementLine:
    """One line of the period, with the balance after it."""

    paper: PaperLine
    balance: int


@dataclass(frozen=True)
class Ageing:
    """What is owed at the period's end, by how long it has been due."""

    current: int
    days_1_30: int
    days_31_60: int
    days_61_90: int
    over_90: int

    @property
    def buckets(self) -> tuple[int, int, int, int, int]:
        return (self.current, self.days_1_30, self.days_31_60, self.days_61_90, self.over_90)


@dataclass(frozen=True)
class Statement:
    client: PaperClient
    period_from: date
    period_to: date
    opening: int
    lines: tuple[StatementLine, ...]
    closing: int
    ageing: Ageing
    currency: str
    issued_on: date

    @property
    def reference(self) -> str:
        """What the kept paper is of: '2026-01-01 – 2026-12-31'."""
        return f"{self.period_from.isoformat()} – {self.period_to.isoformat()}"


@dataclass(frozen=True)
class KeptStatement:
    statement: Statement
    letter_id: int
    pdf: bytes


def age(account: list[PaperLine], on: date, terms_days: int) -> Ageing:
    """What is owed on `on`, from the lines up to it, by days since each charge fell due."""
    settled = settle(paper.line for paper in account)
    buckets = [0] * (len(AGE_LIMITS) + 2)
    for paper in account:
        owed = settled.unpaid.get(paper.line.id, 0)
        if owed:
            overdue = (on - (paper.line.day + timedelta(days=terms_days))).days
            bucket = 0 if overdue <= 0 else 1 + sum(overdue > limit for limit in AGE_LIMITS)
            buckets[bucket] += owed
    current, days_1_30, days_31_60, days_61_90, over_90 = buckets
    return Ageing(current, days_1_30, days_31_60, days_61_90, over_90)


def statement_in(session: Session, client_id: int, period_from: date, period_to: date,
                 now: datetime | None = None) -> Statement:
    """`statement` inside the caller's unit of work."""
    if period_to < period_from:
        raise InvalidValue("The period must end on or after the day it starts.",
                           field="period_to")
    client = paper_client(session, client_id)
    practice = practice_of(session)
    zone = ZoneInfo(practice.timezone)
    account = [paper for paper in account_of(session, client_id, zone)
               if paper.line.day <= period_to]
    opening = sum(paper.line.signed for paper in account if paper.line.day < period_from)
    balance, lines = opening, []
    for paper in account:
        if paper.line.day >= period_from:
            balance += paper.line.signed
            lines.append(StatementLine(paper, balance))
    return Statement(client, period_from, period_to, opening, tuple(lines), balance,
                     age(account, period_to, practice.payment_terms_days), practice.currency,
                     (now or datetime.now(UTC)).astimezone(zone).date())


def statement(vault: Vault, client_id: int, period_from: date, period_to: date, *,
              now: datetime | None = None) -> Statement:
    """The client's statement of account from `period_from` to `period_to`, both included."""
    with vault.unit_of_work() as session:
        return statement_in(session, client_id, period_from, period_to, now)


def keep_statement(vault: Vault, client_id: int, period_from: date, period_to: date, *,
                   language: Language | None = None,
                   now: datetime | None = None) -> KeptStatement:
    """The statement made as a PDF and kept with the client's papers (reference: its period).

    `language` defaults to the practice's.
    """
    from services.money_papers.statement_layout import statement_pdf  # loads reportlab

    with vault.unit_of_work() as session:
        figures = statement_in(session, client_id, period_from, period_to, now)
        settings = settings_of(practice_of(session))
        language = language or settings.language
        pdf = statement_pdf(figures, settings, language)
        kept = keep_paper(session, LetterKind.STATEMENT, client_id, language, pdf,
                          reference=figures.reference, now=now)
        return KeptStatement(figures, kept.id, pdf)


def keep_made_statement(vault: Vault, figures: Statement, pdf: bytes,
                        language: Language) -> int:
    """Keep a statement the window made and gave out (saved or printed); its paper's id."""
    with vault.unit_of_work() as session:
        return keep_paper(session, LetterKind.STATEMENT, figures.client.id, language, pdf,
                          reference=figures.reference).id
