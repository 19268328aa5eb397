"""When the practice asks for it, closing the day makes a receipt for each of the day's
payments and refunds that has none, in the same unit of work as the close."""

from __future__ import annotations

import pytest

from models import DayClose, Letter, Practice
from models.enums import AppointmentStatus, LetterKind, PaymentMethod
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import (
    Payment,
    Refund,
    close_day,
    record_payment,
    record_refund,
)
from services.money_papers import receipt_layout
from services.money_papers.receipts import make_receipt
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.services.day_close.test_reconciliation import DAY, EVENING, FEE, at


def receipts_kept(vault: Vault) -> list[tuple[int | None, str]]:
    with vault.unit_of_work() as session:
        return [(letter.ledger_entry_id, letter.reference) for letter in
                session.query(Letter).filter_by(kind=LetterKind.RECEIPT).order_by(Letter.id)]


def day_of_money(vault: Vault, *, at_close: bool) -> tuple[int, int, int]:
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None
        practice.receipts_at_close = at_close
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    appointment = book(vault, ann, at(10))[0]
    set_status(vault, appointment, AppointmentStatus.ATTENDED, charge=True)
    [first] = record_payment(vault, Payment(ann, FEE, PaymentMethod.CARD, DAY, (appointment,)))
    [second] = record_payment(vault, Payment(ann, 2000, PaymentMethod.CASH, DAY))
    refund = record_refund(vault, Refund(ann, 500, PaymentMethod.CASH, DAY))
    return first, second, refund


def test_closing_makes_the_missing_receipts_once(vault: Vault) -> None:
    first, second, refund = day_of_money(vault, at_close=True)
    make_receipt(vault, first)
    close_day(vault, DAY, now=EVENING)
    assert receipts_kept(vault) == [(first, f"R-{first}"), (second, f"R-{second}"),
                                    (refund, f"R-{refund}")]


def test_without_the_setting_closing_makes_no_receipt(vault: Vault) -> None:
    day_of_money(vault, at_close=False)
    close_day(vault, DAY, now=EVENING)
    assert receipts_kept(vault) == []


def test_a_receipt_that_fails_leaves_the_day_open_and_nothing_kept(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    day_of_money(vault, at_close=True)

    def broken(*_: object) -> bytes:
        raise OSError("the disk is full")

    monkeypatch.setattr(receipt_layout, "receipt_pdf", broken)
    with pytest.raises(OSError):
        close_day(vault, DAY, now=EVENING)
    assert receipts_kept(vault) == []
    with vault.unit_of_work() as session:
        assert session.query(DayClose).count() == 0
