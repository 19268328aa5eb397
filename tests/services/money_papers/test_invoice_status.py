"""Paid, part paid, unpaid, overdue, voided: the client's payments cover charges oldest first."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.enums import LedgerKind, PaymentMethod, WaiverReason
from services.money.ledger import record
from services.money_papers.credit_notes import void_invoice
from services.money_papers.invoice_status import (
    Charge,
    InvoiceStatus,
    covered,
    invoices_in,
    session_invoice_numbers,
    status_of,
)
from services.money_papers.invoices import issue_invoice
from services.vault.practice_vault import Vault
from tests.services.money_papers.invoice_book import FEE, NOW, charged_client, pay

charges = st.lists(st.builds(Charge, id=st.integers(1, 10**6),
                             day=st.dates(date(2025, 1, 1), date(2027, 1, 1)),
                             amount=st.integers(0, 50_000)),
                   unique_by=lambda c: c.id, max_size=30)


@given(charges, st.integers(-100_000, 2_000_000))
def test_credit_covers_the_oldest_charges_first_and_never_more_than_there_is(
        owed: list[Charge], credit: int) -> None:
    coverage = covered(owed, credit)
    assert set(coverage) == {c.id for c in owed}
    assert sum(coverage.values()) == min(max(credit, 0), sum(c.amount for c in owed))
    in_order = sorted(owed, key=lambda c: (c.day, c.id))
    for older, newer in zip(in_order, in_order[1:], strict=False):
        assert 0 <= coverage[older.id] <= older.amount
        if coverage[newer.id] > 0:
            assert coverage[older.id] == older.amount  # nothing newer is paid before it


@given(st.integers(1, 10**6), st.integers(0, 2 * 10**6), st.integers(-30, 30), st.booleans())
def test_an_invoice_s_status_follows_what_is_paid_and_the_day(
        total: int, paid: int, days_past_due: int, voided: bool) -> None:
    due = date(2026, 12, 19)
    status = status_of(total, paid, due, due + timedelta(days=days_past_due), voided=voided)
    if voided:
        assert status is InvoiceStatus.VOIDED
    elif paid >= total:
        assert status is InvoiceStatus.PAID
    elif days_past_due > 0:
        assert status is InvoiceStatus.OVERDUE
    else:
        assert status is (InvoiceStatus.PART_PAID if paid else InvoiceStatus.UNPAID)


def test_payments_and_waivers_cover_the_oldest_invoice_first(vault: Vault) -> None:
    client, sessions = charged_client(vault, sessions=3)
    older = issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    newer = issue_invoice(vault, client, appointment_id=sessions[1], now=NOW)
    last = issue_invoice(vault, client, appointment_id=sessions[2], now=NOW)

    def statuses(today: date) -> dict[str, tuple[InvoiceStatus | None, int]]:
        with vault.unit_of_work() as session:
            return {s.number: (s.status, s.paid) for s in invoices_in(session, client, today)}

    pay(vault, client, FEE + 3000)
    assert statuses(date(2026, 12, 5)) == {
        older.number: (InvoiceStatus.PAID, FEE), newer.number: (InvoiceStatus.PART_PAID, 3000),
        last.number: (InvoiceStatus.UNPAID, 0)}
    after_due = statuses(date(2026, 12, 20))
    assert after_due[newer.number][0] is after_due[last.number][0] is InvoiceStatus.OVERDUE
    record(vault, client, LedgerKind.WAIVER, FEE - 3000, waiver_reason=WaiverReason.GOODWILL,
           day=date(2026, 12, 2))
    record(vault, client, LedgerKind.REFUND, 1000, method=PaymentMethod.CARD,
           day=date(2026, 12, 3))
    assert statuses(date(2026, 12, 20)) == {
        older.number: (InvoiceStatus.PAID, FEE), newer.number: (InvoiceStatus.OVERDUE, FEE - 1000),
        last.number: (InvoiceStatus.OVERDUE, 0)}


def test_the_paper_says_what_was_paid_when_it_was_issued(vault: Vault) -> None:
    from tests.services.money_papers.test_invoices import pdf_text
    client, sessions = charged_client(vault, sessions=2)
    pay(vault, client, FEE + 2500)
    issued = issue_invoice(vault, client, period_from=date(2026, 11, 1),
                           period_to=date(2026, 11, 30), now=NOW)
    text = pdf_text(issued.pdf)
    assert "Paid so far £105.00" in text and "Left to pay £55.00" in text


def test_a_session_shows_the_number_of_its_live_invoice(vault: Vault) -> None:
    client, sessions = charged_client(vault, sessions=2)
    first = issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    with vault.unit_of_work() as session:
        assert session_invoice_numbers(session, sessions) == {sessions[0]: first.number}
    void_invoice(vault, first.number, "Wrong day", now=NOW)
    with vault.unit_of_work() as session:
        assert session_invoice_numbers(session, sessions) == {}
    again = issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    with vault.unit_of_work() as session:
        assert session_invoice_numbers(session, sessions) == {sessions[0]: again.number}
