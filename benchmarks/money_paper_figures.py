"""The money papers' figures on the ten-year practice (issue 15): the year's income, a client's
statement of a year, issuing an invoice, and one receipt's and one invoice's PDF against a bare
reportlab page.

Statements, invoices and receipts are written on branches of their own; until their module
is here, their figure is skipped with a note saying which module it waits for (`WAITS_FOR`),
and `tests/test_benchmarks_shape.py` allows the skip only while that module is absent.

`receipt_pdf` and `invoice_pdf` are ratios ("one receipt or invoice PDF within twice a bare
page"): a bare page with the same embedded font (DejaVu Sans, as `letter_one` measures it) is
timed in the same run, in turn with the papers, as their floor. A receipt's figure is its PDF
from the book (the payment read, the paper laid out); an invoice's is its numbered paper laid
out (numbering and reading it are `invoice_issue`'s). Keeping the paper in the vault, whose
commit waits for the disk, is timed beside them and given in their notes.
"""

from __future__ import annotations

import importlib
import importlib.util
import time
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from types import ModuleType
from typing import Any

from sqlalchemy import func, select

from benchmarks.figures import Bench, figure
from benchmarks.letter_figures import bare_page
from benchmarks.timing import Measurement, Skipped, median, seconds
from models import InvoiceLine, LedgerEntry, Letter
from models.enums import LedgerKind, LetterKind
from services.errors import StillroomError
from services.money_papers.income_year import income_year
from services.practice.practice_row import practice_of
from services.practice.practice_settings import settings_of

INCOME_BUDGET_MS = 500.0
STATEMENT_BUDGET_MS = 150.0
INVOICE_BUDGET_MS = 20.0
PAPER_RATIO = 2.0
WAITS_FOR = {
    "statement_year": "services.money_papers.statements",
    "invoice_issue": "services.money_papers.invoices",
    "receipt_pdf": "services.money_papers.receipts",
    "invoice_pdf": "services.money_papers.invoices",
}


def module_for(name: str) -> ModuleType:
    """The module figure `name` measures, or `Skipped` saying it is not on this branch yet."""
    module = WAITS_FOR[name]
    if importlib.util.find_spec(module) is None:
        raise Skipped(f"skipped: {module} is not here yet (written on another branch)")
    return importlib.import_module(module)


def last_full_year(bench: Bench) -> int:
    return datetime.now(bench.zone()).year - 1


def timed_while_accepted(call: Callable[[Any], object], candidates: Iterable[Any],
                         wanted: int, before: Callable[[], object] = lambda: None) -> list[float]:
    """Milliseconds of `call(candidate)` for the first `wanted` candidates it accepts; one it
    refuses (a `StillroomError`: nothing left to invoice, say) is passed over, untimed.
    `before` runs, untimed, before each call."""
    samples: list[float] = []
    for candidate in candidates:
        before()
        began = time.perf_counter()
        try:
            call(candidate)
        except StillroomError:
            continue
        samples.append((time.perf_counter() - began) * 1000)
        if len(samples) == wanted:
            break
    return samples


@figure("income_year")
def income_year_figure(bench: Bench) -> Measurement:
    year = last_full_year(bench)
    income_year(bench.vault, year)  # the pages it reads are warm, as for the second look
    samples = [seconds(partial(income_year, bench.vault, year)) * 1000
               for _ in range(max(5, bench.repeats))]
    report = income_year(bench.vault, year)
    bench.notes["income_year"] = (f"{year}: {report.payments / 100:,.0f} received, "
                                  f"{report.clients_owing} clients owing at its end")
    return Measurement(median(samples), "ms", INCOME_BUDGET_MS,
                       how="median: services.money_papers.income_year.income_year of the last "
                           "full year (months, methods, refunds, waivers, owed at its end)")


@figure("statement_year")
def statement_year(bench: Bench) -> Measurement:
    statements = module_for("statement_year")
    year = last_full_year(bench)
    first, last = date(year, 1, 1), date(year, 12, 31)
    with bench.vault.unit_of_work() as session:
        busiest = session.execute(
            select(LedgerEntry.client_id, func.count().label("n"))
            .where(LedgerEntry.client_id.is_not(None), LedgerEntry.day >= first,
                   LedgerEntry.day <= last)
            .group_by(LedgerEntry.client_id).order_by(func.count().desc()).limit(1)).one()
    made = partial(statements.statement, bench.vault, busiest.client_id, first, last)
    made()
    samples = [seconds(made) * 1000 for _ in range(max(5, bench.repeats * 2))]
    bench.notes["statement_year"] = (f"client {busiest.client_id}: {busiest.n} ledger lines "
                                     f"in {year}")
    return Measurement(median(samples), "ms", STATEMENT_BUDGET_MS,
                       how="median: services.money_papers.statements.statement of the busiest "
                           "client's last full year")


def uninvoiced_months(bench: Bench) -> list[tuple[int, date]]:
    """(client, first day of a month) with session charges on no invoice, newest first."""
    on_invoices = select(InvoiceLine.ledger_entry_id)
    month = func.strftime("%Y-%m-01", LedgerEntry.day)
    with bench.vault.unit_of_work() as session:
        rows = session.execute(
            select(LedgerEntry.client_id, month).distinct()
            .where(LedgerEntry.kind == LedgerKind.SESSION_CHARGE, LedgerEntry.amount > 0,
                   LedgerEntry.client_id.is_not(None), LedgerEntry.id.not_in(on_invoices))
            .order_by(month.desc(), LedgerEntry.client_id).limit(200)).all()
    return [(client_id, date.fromisoformat(first)) for client_id, first in rows]


@figure("invoice_issue")
def invoice_issue(bench: Bench) -> Measurement:
    invoices = module_for("invoice_issue")

    def issue(candidate: tuple[int, date]) -> object:
        client_id, first = candidate
        following = (first + timedelta(days=32)).replace(day=1)
        return invoices.issue_invoice(bench.vault, client_id, period_from=first,
                                      period_to=following - timedelta(days=1))

    candidates = uninvoiced_months(bench)
    samples = timed_while_accepted(issue, candidates, max(5, bench.repeats * 2))
    if not samples:
        raise Skipped(f"skipped: none of {len(candidates)} client-months could be invoiced")
    bench.notes["invoice_issue"] = f"{len(samples)} invoices, each a month of one client's"
    return Measurement(median(samples), "ms", INVOICE_BUDGET_MS,
                       how="median: services.money_papers.invoices.issue_invoice of a month's "
                           "sessions (numbered, rendered and kept)")


def payments_without_receipt(bench: Bench, count: int) -> list[int]:
    with bench.vault.unit_of_work() as session:
        receipted = select(Letter.ledger_entry_id).where(Letter.kind == LetterKind.RECEIPT,
                                                         Letter.ledger_entry_id.is_not(None))
        return list(session.scalars(
            select(LedgerEntry.id).where(LedgerEntry.kind == LedgerKind.PAYMENT,
                                         LedgerEntry.client_id.is_not(None),
                                         LedgerEntry.id.not_in(receipted))
            .order_by(LedgerEntry.day.desc(), LedgerEntry.id.desc()).limit(count)))


def receipt_rendered(bench: Bench, payment_id: int) -> bytes:
    """One receipt's PDF from the book: the payment read, then the paper laid out."""
    receipts = module_for("receipt_pdf")
    from services.money_papers.receipt_layout import receipt_pdf

    with bench.vault.unit_of_work() as session:
        receipt = receipts.read_receipt(session, payment_id)
        settings = settings_of(practice_of(session))
        return receipt_pdf(receipt, settings, settings.language)


@figure("receipt_pdf")
def receipt_pdf(bench: Bench) -> Measurement:
    receipts = module_for("receipt_pdf")
    repeats = max(5, bench.repeats * 2)
    payments = payments_without_receipt(bench, repeats * 2 + 1)
    if not payments:
        raise Skipped("skipped: no payment could have a receipt made")
    bare_page(), receipt_rendered(bench, payments[0])  # the fonts' first subsetting
    floors, samples, kept = [], [], []  # in turn: a busy moment slows all alike
    for payment in payments[1:repeats + 1]:
        floors.append(seconds(bare_page) * 1000)
        samples.append(seconds(partial(receipt_rendered, bench, payment)) * 1000)
        kept.append(seconds(partial(receipts.make_receipt, bench.vault, payment)) * 1000)
    floor = median(floors)
    bench.notes["receipt_pdf"] = (f"made and kept, committed with the vault's syncs: "
                                  f"{median(kept):.1f} ms")
    return Measurement(median(samples), "ms", PAPER_RATIO * floor, floor,
                       how="median: one receipt's PDF (the payment read, the paper laid out) "
                           "against a bare page with DejaVu Sans (floor); budget "
                           f"{PAPER_RATIO:g}x")


@figure("invoice_pdf")
def invoice_pdf(bench: Bench) -> Measurement:
    invoices = module_for("invoice_pdf")
    from services.money_papers.invoice_layout import invoice_pdf as invoice_pdf_of

    now = datetime.now(UTC)
    issued_on = now.astimezone(bench.zone()).date()

    kept: list[float] = []

    def rendered_and_kept(candidate: tuple[int, date]) -> float:
        """Milliseconds to lay out the numbered invoice's paper; its keeping, into `kept`."""
        client_id, first = candidate
        following = (first + timedelta(days=32)).replace(day=1)
        with bench.vault.unit_of_work() as session:
            invoice, paper = invoices.new_invoice_in(
                session, client_id, issued_on=issued_on, now=now, appointment_id=None,
                period_from=first, period_to=following - timedelta(days=1), language=None)
            rendered = seconds(partial(invoice_pdf_of, paper)) * 1000
            kept.append(seconds(partial(invoices.kept, session, invoice, paper, now)) * 1000)
        return rendered

    repeats = max(5, bench.repeats * 2)
    bare_page()
    samples: list[float] = []
    floors: list[float] = []  # a bare page before each invoice: a busy moment slows both
    for candidate in uninvoiced_months(bench):
        floors.append(seconds(bare_page) * 1000)
        try:
            samples.append(rendered_and_kept(candidate))
        except StillroomError:
            floors.pop()
            continue
        if len(samples) == repeats + 1:
            break
    if len(samples) < 2:
        raise Skipped("skipped: no client-month could be invoiced")
    samples, floors = samples[1:], floors[1:]  # the first renders the fonts' first subsetting
    floor = median(floors)
    bench.notes["invoice_pdf"] = (f"{len(samples)} invoices, each a month of one client's; "
                                  f"rendered again and kept: {median(kept[1:]):.1f} ms")
    return Measurement(median(samples), "ms", PAPER_RATIO * floor, floor,
                       how="median: one invoice's PDF (its numbered paper laid out) against "
                           f"a bare page with DejaVu Sans (floor); budget {PAPER_RATIO:g}x")
