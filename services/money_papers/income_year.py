"""The year for the accountant: money received by month and by how it was paid, refunds, what
was waived (by reason), and what clients still owed when the year ended.

Every figure comes from the ledger and its practice-local days, so the months add up to the
year and the year's end owed is the clients' balances on 31 December, to the penny.

The ledger has no kind for a debt written off: a fee the practice gives up is a waiver with
a reason. So the year shows waivers by reason; "Goodwill" and "Other" are the nearest to a
write-off, and the paper says so rather than inventing one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, and_, cast, exists, func, select

from models import LedgerEntry
from models.enums import Language, LedgerKind, LetterKind, PaymentMethod, WaiverReason
from services.errors import InvalidValue
from services.money.ledger import SIGNED_AMOUNT
from services.papers.kept_papers import keep_paper
from services.validation import MAX_YEAR, MIN_YEAR
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class IncomeMonth:
    """One month's money, in minor units; `received` holds every method, zero where none."""

    month: int
    received: dict[PaymentMethod, int]
    refunded: int
    waived: dict[WaiverReason, int]

    @property
    def payments(self) -> int:
        return sum(self.received.values())

    @property
    def net(self) -> int:
        """What the practice kept: payments less refunds."""
        return self.payments - self.refunded

    @property
    def waived_total(self) -> int:
        return sum(self.waived.values())


@dataclass(frozen=True)
class IncomeYear:
    """The twelve months of one year and what was owed at its end."""

    year: int
    currency: str
    months: tuple[IncomeMonth, ...]
    owed_at_end: int  # the sum of the clients' balances above zero on 31 December
    clients_owing: int

    @property
    def received(self) -> dict[PaymentMethod, int]:
        return {method: sum(m.received[method] for m in self.months) for method in PaymentMethod}

    @property
    def payments(self) -> int:
        return sum(m.payments for m in self.months)

    @property
    def refunded(self) -> int:
        return sum(m.refunded for m in self.months)

    @property
    def net(self) -> int:
        return sum(m.net for m in self.months)

    @property
    def waived(self) -> dict[WaiverReason, int]:
        return {reason: sum(m.waived[reason] for m in self.months) for reason in WaiverReason}

    @property
    def waived_total(self) -> int:
        return sum(m.waived_total for m in self.months)


def checked_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidValue("Please give a year between {low} and {high}.", field="year",
                           low=MIN_YEAR, high=MAX_YEAR)
    return year


MONTH = cast(func.strftime("%m", LedgerEntry.day), Integer)


def income_year(vault: Vault, year: int) -> IncomeYear:
    """The year's income as the ledger holds it (practice-local days, 1 January to 31 December)."""
    first, last = date(checked_year(year), 1, 1), date(year, 12, 31)
    with vault.unit_of_work() as session:
        currency = session.connection().exec_driver_sql(
            "SELECT currency FROM practice WHERE id = 1").scalar_one()
        rows = session.execute(
            select(MONTH, LedgerEntry.kind, LedgerEntry.method, LedgerEntry.waiver_reason,
                   func.sum(LedgerEntry.amount))
            .where(LedgerEntry.day >= first, LedgerEntry.day <= last,
                   LedgerEntry.kind.in_([LedgerKind.PAYMENT, LedgerKind.REFUND,
                                         LedgerKind.WAIVER]))
            .group_by(MONTH, LedgerEntry.kind, LedgerEntry.method, LedgerEntry.waiver_reason)
        ).all()
        balances = (select(func.sum(SIGNED_AMOUNT).label("balance"))
                    .where(LedgerEntry.client_id.is_not(None), LedgerEntry.day <= last)
                    .group_by(LedgerEntry.client_id)
                    .having(func.sum(SIGNED_AMOUNT) > 0).subquery())
        owed, owing = session.execute(
            select(func.coalesce(func.sum(balances.c.balance), 0), func.count())).one()
    received: Counter[tuple[int, PaymentMethod | None]] = Counter()
    refunded: Counter[int] = Counter()
    waived: Counter[tuple[int, WaiverReason | None]] = Counter()
    for month, kind, method, reason, amount in rows:
        if kind == LedgerKind.PAYMENT:
            received[month, method] += amount
        elif kind == LedgerKind.REFUND:
            refunded[month] += amount
        else:
            waived[month, reason] += amount
    months = tuple(
        IncomeMonth(month, {m: received[month, m] for m in PaymentMethod}, refunded[month],
                    {r: waived[month, r] for r in WaiverReason})
        for month in range(1, 13))
    return IncomeYear(year, currency, months, int(owed), int(owing))


def years_with_ledger(vault: Vault) -> list[int]:
    """The years that have any line in the ledger, newest first (each found by the day's index,
    so ten years cost ten lookups)."""
    with vault.unit_of_work() as session:
        low, high = session.execute(select(func.min(LedgerEntry.day),
                                           func.max(LedgerEntry.day))).one()
        if low is None:
            return []
        return [year for year in range(high.year, low.year - 1, -1)
                if session.scalar(select(exists().where(and_(
                    LedgerEntry.day >= date(year, 1, 1), LedgerEntry.day <= date(year, 12, 31)))))]


def keep_income_paper(vault: Vault, year: int, language: Language, pdf: bytes) -> int:
    """Keep the year's PDF as given to the accountant (with its fingerprint, beside the
    letters, of no client); its reference is the year. Returns the kept paper's id."""
    with vault.unit_of_work() as session:
        return keep_paper(session, LetterKind.INCOME_YEAR, None, language, pdf,
                          reference=str(checked_year(year))).id
