"""Issuing invoices: what they list, their numbers and dates, their paper; what is refused."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Invoice, Letter
from models.enums import InvoiceKind, Language, LetterKind
from services.errors import InvalidValue, NotFound, Refused
from services.money_papers.invoices import issue_invoice, preview_invoice, uninvoiced_sessions
from services.vault.practice_vault import Vault
from tests.services.money_papers.invoice_book import FEE, NOW, charged_client


def pdf_text(pdf: bytes) -> str:
    """The text of every page, its white space made single spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


def test_an_invoice_for_a_month_lists_its_charges_and_is_kept_with_its_paper(
        vault: Vault) -> None:
    client, _sessions = charged_client(vault, sessions=3)
    issued = issue_invoice(vault, client, period_from=date(2026, 11, 1),
                           period_to=date(2026, 11, 30), now=NOW)
    assert (issued.number, issued.total) == ("2026-0001", 3 * FEE)
    assert (issued.issued_on, issued.due_on) == (date(2026, 12, 5), date(2026, 12, 19))
    with vault.unit_of_work() as session:
        invoice = session.get(Invoice, issued.id)
        assert invoice is not None
        assert [line.amount for line in invoice.lines] == [FEE] * 3
        assert invoice.lines[0].description == "Session 2\u00a0November 2026, 10:00, in person"
        letter = session.get(Letter, invoice.letter_id)
        assert letter is not None
        assert (letter.kind, letter.reference, letter.pdf) == (
            LetterKind.INVOICE, "2026-0001", issued.pdf)
    text = pdf_text(issued.pdf)
    for words in ("Invoice 2026-0001", "£240.00", "Ada Brook", "1 Mill Lane", "Left to pay"):
        assert words in text


def test_an_invoice_for_one_session_lists_only_it(vault: Vault) -> None:
    client, sessions = charged_client(vault, sessions=3)
    issued = issue_invoice(vault, client, appointment_id=sessions[1], now=NOW)
    assert issued.total == FEE
    assert [s.appointment_id for s in uninvoiced_sessions(vault, client)] == [
        sessions[2], sessions[0]]
    with pytest.raises(Refused, match="already on an invoice"):
        issue_invoice(vault, client, appointment_id=sessions[1], now=NOW)
    month = issue_invoice(vault, client, period_from=date(2026, 11, 1),
                          period_to=date(2026, 11, 30), now=NOW)
    assert (month.number, month.total) == ("2026-0002", 2 * FEE)


def test_the_bill_goes_to_the_payer_when_the_client_has_one(vault: Vault) -> None:
    client, sessions = charged_client(vault, name="Tom Brook", sessions=1)
    with vault.unit_of_work() as session:
        from models import Client
        row = session.get(Client, client)
        assert row is not None
        row.payer_name, row.billing_address = "Mary Brook", "7 Oak Road\nYork"
    text = pdf_text(issue_invoice(vault, client, appointment_id=sessions[0], now=NOW).pdf)
    assert "Mary Brook" in text and "7 Oak Road" in text and "Mill Lane" not in text


@pytest.mark.parametrize(("how", "error", "words"), [
    ({"period_from": date(2026, 10, 1), "period_to": date(2026, 10, 31)}, Refused,
     "Nothing to invoice"),
    ({"period_from": date(2026, 11, 30), "period_to": date(2026, 11, 1)}, InvalidValue,
     "must end on or after"),
    ({}, InvalidValue, "a session or a period"),
    ({"appointment_id": 999}, NotFound, "no session number"),
])
def test_an_invoice_with_nothing_on_it_is_refused_and_takes_no_number(
        vault: Vault, how: dict[str, object], error: type[Exception], words: str) -> None:
    client, _sessions = charged_client(vault, sessions=1)
    with pytest.raises(error, match=words):
        issue_invoice(vault, client, now=NOW, **how)  # type: ignore[arg-type]
    with vault.unit_of_work() as session:
        assert session.scalars(select(Invoice)).all() == []
    assert issue_invoice(vault, client, period_from=date(2026, 11, 1),
                         period_to=date(2026, 11, 30), now=NOW).number == "2026-0001"


def test_a_session_without_a_charge_is_refused(vault: Vault) -> None:
    from services.calendar.appointments import book
    client, _sessions = charged_client(vault, sessions=1)
    free = book(vault, client, NOW.replace(day=1), allow_conflicts=True)[0]
    with pytest.raises(Refused, match="no charge to invoice"):
        issue_invoice(vault, client, appointment_id=free, now=NOW)


def test_the_preview_lists_what_issuing_would(vault: Vault) -> None:
    client, _sessions = charged_client(vault, sessions=2)
    preview = preview_invoice(vault, client, period_from=date(2026, 11, 1),
                              period_to=date(2026, 11, 30), language=Language.RUSSIAN)
    assert preview.total == 2 * FEE
    assert preview.lines[0].description == "Сессия 2\u00a0ноября 2026\u00a0г., 10:00, очно"
    with vault.unit_of_work() as session:
        assert session.scalars(select(Invoice)).all() == []


def test_a_practice_with_one_pattern_for_both_kinds_is_refused_not_broken(vault: Vault) -> None:
    from models import Practice
    from services.money_papers.credit_notes import void_invoice
    client, sessions = charged_client(vault, sessions=2)
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None
        practice.credit_note_pattern = practice.invoice_pattern
    issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    with pytest.raises(Refused, match="patterns in Settings must differ"):
        void_invoice(vault, "2026-0001", "Wrong fee", now=NOW)
    with vault.unit_of_work() as session:
        kinds = session.scalars(select(Invoice.kind)).all()
    assert kinds == [InvoiceKind.INVOICE]


def test_a_charge_on_an_issued_invoice_stays_as_issued_until_the_invoice_is_voided(
        vault: Vault) -> None:
    from models.enums import AppointmentStatus
    from services.calendar.appointments import set_status
    from services.day_close.day_money import set_charge
    from services.money_papers.credit_notes import void_invoice
    from services.undo import undo
    client, sessions = charged_client(vault, sessions=2)
    set_status(vault, sessions[0], AppointmentStatus.ATTENDED, now=NOW)
    set_charge(vault, sessions[0], 9000, "A longer session")  # undoable
    issued = issue_invoice(vault, client, period_from=date(2026, 11, 1),
                           period_to=date(2026, 11, 30), now=NOW)
    with pytest.raises(Refused, match="now on invoice 2026-0001"):
        undo(vault)
    with pytest.raises(Refused, match="on invoice 2026-0001. Void the invoice first"):
        set_charge(vault, sessions[0], 5000, "A lower fee")
    with pytest.raises(Refused, match="on invoice 2026-0001. Void the invoice first"):
        set_status(vault, sessions[1], AppointmentStatus.NO_SHOW, now=NOW)
    void_invoice(vault, issued.number, "The fee changes", now=NOW)
    set_charge(vault, sessions[0], 5000, "A lower fee")
    assert issue_invoice(vault, client, appointment_id=sessions[0], now=NOW).total == 5000
