"""A receipt says what was paid, when, how, for which sessions and the balance after; it is
kept once per payment, opened again when asked again, and refused for anything but money
received or given back."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from models import LedgerEntry, Letter
from models.enums import AppointmentStatus, Language, LedgerKind, LetterKind, PaymentMethod
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import Payment, Refund, record_payment, record_refund
from services.errors import NotFound, Refused
from services.money.ledger import record
from services.money_papers.receipts import (
    RECEIPTED_LINE,
    make_receipt,
    read_receipt,
    receipt_line_of_session,
)
from services.practice.practice_settings import update_settings
from services.undo import undo
from services.vault.practice_vault import Vault
from tests.services.day_close.test_reconciliation import DAY, FEE, at

NOW = datetime(2026, 3, 10, 18, tzinfo=UTC)


def text_of(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def ann(vault: Vault) -> int:
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    return create_client(vault, ClientDraft(full_name="Ann Lee"))


def attended(vault: Vault, client: int, hour: int, day: date = DAY) -> int:
    appointment = book(vault, client, at(hour, day))[0]
    set_status(vault, appointment, AppointmentStatus.ATTENDED, charge=True)
    return appointment


def test_a_payment_for_no_session_settles_the_oldest_charges_first(vault: Vault,
                                                                    ann: int) -> None:
    attended(vault, ann, 10, date(2026, 3, 3))
    attended(vault, ann, 10)
    [paid] = record_payment(vault, Payment(ann, FEE + 2000, PaymentMethod.CARD, DAY))
    with vault.unit_of_work() as session:
        receipt = read_receipt(session, paid, NOW)
    assert [(item.day, item.amount) for item in receipt.items] == [
        (date(2026, 3, 3), FEE), (DAY, 2000)]
    assert (receipt.on_account, receipt.balance_after) == (0, FEE - 2000)
    assert (receipt.number, receipt.method, receipt.day) == (
        f"R-{paid}", PaymentMethod.CARD, DAY)


def test_a_payment_beyond_every_charge_is_held_on_account(vault: Vault, ann: int) -> None:
    attended(vault, ann, 10)
    [paid] = record_payment(vault, Payment(ann, FEE + 1500, PaymentMethod.CASH, DAY))
    with vault.unit_of_work() as session:
        receipt = read_receipt(session, paid, NOW)
    assert [item.amount for item in receipt.items] == [FEE]
    assert (receipt.on_account, receipt.balance_after) == (1500, -1500)


def test_a_payment_for_a_session_names_that_session(vault: Vault, ann: int) -> None:
    attended(vault, ann, 10, date(2026, 3, 3))
    today = attended(vault, ann, 10)
    [paid] = record_payment(vault, Payment(ann, FEE, PaymentMethod.TRANSFER, DAY, (today,)))
    with vault.unit_of_work() as session:
        receipt = read_receipt(session, paid, NOW)
    [item] = receipt.items
    assert (item.day, item.amount, item.kind) == (DAY, FEE, LedgerKind.SESSION_CHARGE)
    assert receipt.balance_after == FEE


def test_the_balance_after_counts_only_the_lines_up_to_the_payment(vault: Vault,
                                                                    ann: int) -> None:
    attended(vault, ann, 10)
    [paid] = record_payment(vault, Payment(ann, 3000, PaymentMethod.CASH, DAY))
    record(vault, ann, LedgerKind.SESSION_CHARGE, 9999, day=date(2026, 3, 20))
    with vault.unit_of_work() as session:
        assert read_receipt(session, paid, NOW).balance_after == FEE - 3000


def test_a_refund_has_its_own_receipt(vault: Vault, ann: int) -> None:
    record_payment(vault, Payment(ann, 5000, PaymentMethod.CASH, DAY))
    refunded = record_refund(vault, Refund(ann, 2000, PaymentMethod.CASH, DAY))
    kept = make_receipt(vault, refunded, now=NOW)
    text = text_of(kept.pdf)
    assert f"Refund receipt R-{refunded}" in text
    assert "£20.00" in text and "In credit: £30.00" in text


def test_asking_again_opens_the_kept_receipt_and_again_makes_a_second(vault: Vault,
                                                                       ann: int) -> None:
    attended(vault, ann, 10)
    [paid] = record_payment(vault, Payment(ann, FEE, PaymentMethod.CARD, DAY))
    first = make_receipt(vault, paid, now=NOW)
    opened = make_receipt(vault, paid)
    assert first.made and not opened.made
    assert (opened.letter_id, opened.pdf) == (first.letter_id, first.pdf)
    second = make_receipt(vault, paid, again=True)
    assert second.made and second.letter_id != first.letter_id
    with vault.unit_of_work() as session:
        kept = session.query(Letter).filter_by(kind=LetterKind.RECEIPT).all()
        assert [(k.ledger_entry_id, k.reference, k.client_id) for k in kept] == [
            (paid, f"R-{paid}", ann)] * 2


def test_the_receipt_prints_its_figures_in_english_and_in_russian(vault: Vault,
                                                                  ann: int) -> None:
    attended(vault, ann, 10)
    [paid] = record_payment(vault, Payment(ann, 3000, PaymentMethod.CARD, DAY))
    english = text_of(make_receipt(vault, paid, now=NOW).pdf)
    assert f"Receipt R-{paid}" in english
    for figure in ("Ann Lee", "£30.00", "10 March 2026", "Card", "Session, 10 March 2026, 10:00",
                   "Still owed: £50.00"):
        assert figure in english, figure
    russian = text_of(make_receipt(vault, paid, language=Language.RUSSIAN, again=True).pdf)
    for figure in (f"Квитанция R-{paid}", "30,00 £", "10 марта 2026", "Карта",
                   "К оплате: 50,00 £"):
        assert figure in russian.replace("\u00a0", " "), figure


def test_the_receipt_embeds_its_fonts(vault: Vault, ann: int) -> None:
    [paid] = record_payment(vault, Payment(ann, 3000, PaymentMethod.CARD, DAY))
    reader = PdfReader(io.BytesIO(make_receipt(vault, paid, now=NOW).pdf))
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


def test_no_receipt_for_a_charge_a_waiver_or_a_payment_of_no_one_yet(vault: Vault,
                                                                     ann: int) -> None:
    charge = record(vault, ann, LedgerKind.SESSION_CHARGE, FEE, day=DAY)
    [nobody] = record_payment(vault, Payment(None, 1000, PaymentMethod.CASH, DAY))
    for line in (charge, nobody):
        with pytest.raises(Refused) as refused:
            make_receipt(vault, line)
        assert refused.value.field == "payment"
    with pytest.raises(NotFound):
        make_receipt(vault, 9999)
    with vault.unit_of_work() as session:
        assert session.query(Letter).count() == 0


def test_the_receipt_of_a_session_is_for_its_newest_payment_that_day(vault: Vault,
                                                                      ann: int) -> None:
    today = attended(vault, ann, 10)
    assert receipt_line_of_session(vault, today, DAY) is None
    [first] = record_payment(vault, Payment(ann, 3000, PaymentMethod.CASH, DAY, (today,)))
    [second] = record_payment(vault, Payment(ann, 5000, PaymentMethod.CARD, DAY, (today,)))
    assert receipt_line_of_session(vault, today, DAY) == second != first
    assert receipt_line_of_session(vault, today, date(2026, 3, 11)) is None


def test_a_payment_with_a_receipt_is_not_undone(vault: Vault, ann: int) -> None:
    [paid] = record_payment(vault, Payment(ann, 3000, PaymentMethod.CARD, DAY))
    make_receipt(vault, paid, now=NOW)
    with pytest.raises(Refused) as refused:
        undo(vault)
    assert refused.value.template == RECEIPTED_LINE
    with vault.unit_of_work() as session:
        assert session.get(LedgerEntry, paid) is not None
    assert vault.history.next_undo() is not None
