"""Voiding an invoice by a credit note; the invoice keeps its number, the new one takes the next."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models import Invoice, Letter
from models.enums import InvoiceKind, LetterKind
from services.errors import InvalidValue, NotFound, Refused
from services.money_papers.credit_notes import void_invoice
from services.money_papers.invoice_status import InvoiceStatus, invoices_in
from services.money_papers.invoices import issue_invoice
from services.vault.practice_vault import Vault
from tests.services.money_papers.invoice_book import FEE, NOW, charged_client
from tests.services.money_papers.test_invoices import pdf_text

NOVEMBER = {"period_from": date(2026, 11, 1), "period_to": date(2026, 11, 30)}


def test_a_voided_invoice_keeps_its_number_and_the_replacement_takes_the_next(
        vault: Vault) -> None:
    client, _sessions = charged_client(vault, sessions=2)
    first = issue_invoice(vault, client, now=NOW, **NOVEMBER)  # type: ignore[arg-type]
    credit = void_invoice(vault, first.number, "The fee was wrong", now=NOW)
    again = issue_invoice(vault, client, now=NOW, **NOVEMBER)  # type: ignore[arg-type]
    assert (first.number, credit.number, again.number) == ("2026-0001", "CN-2026-0001",
                                                           "2026-0002")
    assert (credit.kind, credit.total, again.total) == (InvoiceKind.CREDIT_NOTE, 2 * FEE, 2 * FEE)
    with vault.unit_of_work() as session:
        note = session.get(Invoice, credit.id)
        assert note is not None and note.voids_id == first.id
        assert note.reason == "The fee was wrong"
        letter = session.get(Letter, note.letter_id)
        assert letter is not None and (letter.kind, letter.reference) == (
            LetterKind.CREDIT_NOTE, "CN-2026-0001")
        listed = {s.number: s for s in invoices_in(session, client, date(2026, 12, 5))}
    assert listed["2026-0001"].status is InvoiceStatus.VOIDED
    assert listed["2026-0001"].voided_by == "CN-2026-0001"
    assert listed["CN-2026-0001"].voids == "2026-0001"
    assert listed["2026-0002"].status is InvoiceStatus.UNPAID
    text = pdf_text(credit.pdf)
    assert "Credit note CN-2026-0001" in text
    assert "Voids invoice 2026-0001: The fee was wrong" in text
    assert "£160.00" in text


def test_voiding_twice_a_credit_note_or_without_a_reason_is_refused(vault: Vault) -> None:
    client, _sessions = charged_client(vault, sessions=1)
    first = issue_invoice(vault, client, now=NOW, **NOVEMBER)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="say why") as blank:
        void_invoice(vault, first.number, "  ", now=NOW)
    assert blank.value.field == "reason"
    credit = void_invoice(vault, first.number, "Sent twice", now=NOW)
    with pytest.raises(Refused, match="already voided by credit note CN-2026-0001"):
        void_invoice(vault, first.number, "Again", now=NOW)
    with pytest.raises(Refused, match="only an invoice can be voided"):
        void_invoice(vault, credit.number, "Oops", now=NOW)
    with pytest.raises(NotFound):
        void_invoice(vault, "2026-0099", "No such", now=NOW)
    # the refusals gave their numbers back: the next credit note is the second
    second = issue_invoice(vault, client, now=NOW, **NOVEMBER)  # type: ignore[arg-type]
    assert void_invoice(vault, second.number, "Again wrong", now=NOW).number == "CN-2026-0002"
    with vault.unit_of_work() as session:
        assert len(session.scalars(select(Invoice)).all()) == 4
