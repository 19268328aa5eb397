"""The demo practice's money papers: a few clients invoiced month by month, one invoice voided
and issued again, one left overdue, and receipts for their latest payments.

Made through the services a therapist's clicks use (numbering, PDFs, keeping), after the
history is written, for a handful of clients only: papers are PDFs, and the benchmark's
ten-year practice must still build quickly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from models import LedgerEntry, Practice
from models.enums import LedgerKind
from services.errors import StillroomError
from services.money.ledger import SIGNED_AMOUNT
from services.money_papers.credit_notes import void_invoice
from services.money_papers.invoice_status import InvoiceStatus, invoices_in
from services.money_papers.invoices import issue_invoice
from services.money_papers.receipts import make_receipt
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault

INVOICED_CLIENTS = 3
MONTHS = 3
RECEIPTS = 4
VOID_REASON = "Issued for the wrong month; issued again with the right sessions."


@dataclass(frozen=True)
class DemoPapers:
    invoices: int
    credit_notes: int
    receipts: int
    overdue: int


def _month_start(day: date, back: int) -> date:
    month = day.month - back
    year = day.year + (month - 1) // 12
    return date(year, (month - 1) % 12 + 1, 1)


def _clients_to_invoice(vault: Vault, since: date) -> list[int]:
    """A few clients charged since `since`, those owing most first."""
    charges = [LedgerKind.SESSION_CHARGE, LedgerKind.NO_SHOW_FEE, LedgerKind.LATE_CANCEL_FEE]
    with vault.unit_of_work() as session:
        charged = select(LedgerEntry.client_id).where(LedgerEntry.day >= since,
                                                      LedgerEntry.kind.in_(charges))
        owed = session.execute(
            select(LedgerEntry.client_id)
            .where(LedgerEntry.client_id.in_(charged)).group_by(LedgerEntry.client_id)
            .order_by(func.sum(SIGNED_AMOUNT).desc(), LedgerEntry.client_id)
            .limit(INVOICED_CLIENTS)).scalars()
        return [client_id for client_id in owed if client_id is not None]


def _periods(today: date, back: int, halves: bool) -> list[tuple[date, date, date]]:
    """A month's periods to invoice, each with the day it is invoiced: the month, or (for the
    client invoiced twice a month) its halves, the first already past its due date."""
    start, end = _month_start(today, back), _month_start(today, back - 1) - timedelta(days=1)
    if not halves:
        return [(start, end, end + timedelta(days=1))]
    middle = start + timedelta(days=14)
    return [(start, middle, middle + timedelta(days=1)),
            (middle + timedelta(days=1), end, end + timedelta(days=1))]


def issue_demo_papers(vault: Vault, today: date) -> DemoPapers:
    """Invoice the months before `today` for a few clients, void and reissue the first, make
    receipts for their latest payments; the client owing most has an overdue invoice when
    the first half of last month is still unpaid."""
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None
        zone = ZoneInfo(practice.timezone)
    chosen = _clients_to_invoice(vault, _month_start(today, MONTHS))
    invoices = credit_notes = 0
    first: tuple[str, int, date, date, datetime] | None = None
    for back in range(MONTHS, 0, -1):
        for client_id in chosen:
            # The client owing most is invoiced twice last month: the first half stays unpaid.
            halves = back == 1 and client_id == chosen[0]
            for start, end, day in _periods(today, back, halves):
                issued = to_utc(day, time(9), zone)
                try:
                    invoice = issue_invoice(vault, client_id, period_from=start,
                                            period_to=end, now=issued)
                except StillroomError:  # nothing charged in that period
                    continue
                invoices += 1
                first = first or (invoice.number, client_id, start, end, issued)
        if first is not None and not credit_notes:
            # Later that day the first invoice turns out wrong: voided, and issued again.
            number, client_id, start, end, issued = first
            later = issued + timedelta(hours=2)
            void_invoice(vault, number, VOID_REASON, now=later)
            issue_invoice(vault, client_id, period_from=start, period_to=end, now=later)
            credit_notes, invoices = 1, invoices + 1
    receipts = _receipts(vault, chosen, today, to_utc(today, time(9), zone))
    with vault.unit_of_work() as session:
        overdue = sum(1 for client_id in chosen for summary in invoices_in(session, client_id,
                                                                           today)
                      if summary.status == InvoiceStatus.OVERDUE)
    return DemoPapers(invoices, credit_notes, receipts, overdue)


def _receipts(vault: Vault, clients: list[int], today: date, now: datetime) -> int:
    with vault.unit_of_work() as session:
        payments = session.scalars(
            select(LedgerEntry.id).where(LedgerEntry.client_id.in_(clients),
                                         LedgerEntry.kind == LedgerKind.PAYMENT,
                                         LedgerEntry.day <= today)
            .order_by(LedgerEntry.day.desc(), LedgerEntry.id.desc()).limit(RECEIPTS)).all()
    for payment in payments:
        make_receipt(vault, payment, now=now)
    return len(payments)
