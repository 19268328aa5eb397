"""The demo practice has money papers to look at: invoices month by month, one voided and
issued again, one overdue, and receipts for the latest payments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from demo.papers import VOID_REASON
from demo.practice import DemoSummary, fill_demo_practice
from models import Invoice, Letter
from models.enums import InvoiceKind, LetterKind
from services.money_papers.invoice_status import InvoiceStatus, invoices_in
from services.vault.audit import verify
from services.vault.practice_vault import Vault
from tests.demo.test_practice import new_vault

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    vault = new_vault(tmp_path_factory.mktemp("papers") / "practice")
    summary = fill_demo_practice(vault, years=1, clients=30, seed=3, today=TODAY)
    yield vault, summary
    vault.close()


def test_invoices_run_without_gaps_and_one_is_voided_and_issued_again(
        demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    with vault.unit_of_work() as session:
        issued = session.scalars(select(Invoice).order_by(Invoice.issued_at, Invoice.id)).all()
        invoices = [i for i in issued if i.kind == InvoiceKind.INVOICE]
        [credit] = [i for i in issued if i.kind == InvoiceKind.CREDIT_NOTE]
        voided = session.get(Invoice, credit.voids_id)
        assert voided is not None
        again = [i for i in invoices if i.client_id == voided.client_id
                 and (i.period_from, i.period_to) == (voided.period_from, voided.period_to)]
        papers = session.scalars(select(Letter.kind).where(Letter.kind.in_(
            [LetterKind.INVOICE, LetterKind.CREDIT_NOTE, LetterKind.RECEIPT]))).all()
        assert verify(session, records=True) == []
    assert [i.sequence for i in invoices] == list(range(1, len(invoices) + 1))
    assert [i.number for i in invoices][:2] == ["2026-0001", "2026-0002"]
    assert (credit.number, credit.reason, credit.total) == ("CN-2026-0001", VOID_REASON,
                                                           voided.total)
    assert len(again) == 2 and again[1].sequence > voided.sequence  # the next number then
    assert papers.count(LetterKind.INVOICE) == len(invoices)
    assert papers.count(LetterKind.RECEIPT) == summary.receipts > 0
    assert summary.invoices == len(issued)


def test_one_invoice_is_overdue(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = demo
    with vault.unit_of_work() as session:
        clients = session.scalars(select(Invoice.client_id).distinct()).all()
        statuses = [summary.status for client in clients
                    for summary in invoices_in(session, client, TODAY)]
    assert InvoiceStatus.OVERDUE in statuses
    assert InvoiceStatus.VOIDED in statuses
