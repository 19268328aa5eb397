"""Receipts and statements from the window, driven as a therapist would: Receipt… for the
payment chosen in the client's account or in close-the-day, Statement… for a period, closing
the day with receipts on; what the screen shows and what the vault keeps."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from models import Letter, Practice
from models.enums import LedgerKind, LetterKind, PaymentMethod
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import Payment, is_closed, record_payment, set_charge
from services.money.ledger import record
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.test_client_panel import NOW, british_english, make_panel  # noqa: F401
from tests.ui.test_close_day_dialog import EVENING, FEE, TUESDAY, attended
from ui.client_panel import ClientPanel
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.money_papers.receipt_dialog import ReceiptDialog
from ui.money_papers.statement_dialog import StatementDialog
from ui.worker import DatabaseWorker, ImmediateExecutor

pytestmark = pytest.mark.usefixtures("english_money", "british_english")


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def pdf_text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\u00a0", " ")


def kept(vault: Vault, kind: LetterKind) -> list[tuple[int | None, str]]:
    with vault.unit_of_work() as session:
        return [(letter.ledger_entry_id, letter.reference) for letter in
                session.query(Letter).filter_by(kind=kind).order_by(Letter.id)]


@pytest.fixture
def ann(vault: Vault) -> dict[str, int]:
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    charge = record(vault, ann, LedgerKind.SESSION_CHARGE, FEE, day=date(2030, 4, 2))
    paid = record(vault, ann, LedgerKind.PAYMENT, 4000, method=PaymentMethod.CARD,
                  day=date(2030, 4, 3))
    return {"client": ann, "charge": charge, "paid": paid}


def choose_line(panel: ClientPanel, ledger_id: int) -> None:
    for row in range(panel.ledger.topLevelItemCount()):
        item = panel.ledger.topLevelItem(row)
        assert item is not None
        if item.data(0, panel.ledger.KeyRole) == ledger_id:
            panel.ledger.setCurrentItem(item)
            return
    raise AssertionError(f"no line {ledger_id}")


def test_the_account_makes_a_payments_receipt_once_and_opens_it_after(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, ann: dict[str, int]) -> None:
    panel = make_panel(qtbot, vault, worker, ann["client"])
    button = panel.account_papers.receipt_button
    choose_line(panel, ann["charge"])
    assert not button.isEnabled()
    choose_line(panel, ann["paid"])
    assert button.isEnabled()
    click(qtbot, button)
    dialog = panel.account_papers.dialog
    assert isinstance(dialog, ReceiptDialog) and dialog.isVisible()
    assert dialog.heading.text() == f"Receipt R-{ann['paid']} for Ann Lee"
    assert dialog.details.text() == "Made now and kept with the client's papers."
    assert dialog.pane.pdf is not None and "Still owed: £20.00" in pdf_text(dialog.pane.pdf)
    assert dialog.pane.save_button.isEnabled()
    assert kept(vault, LetterKind.RECEIPT) == [(ann["paid"], f"R-{ann['paid']}")]
    qtbot.waitUntil(lambda: panel.letters.table.topLevelItemCount() == 1)
    dialog.close()

    choose_line(panel, ann["paid"])
    click(qtbot, button)
    again = panel.account_papers.dialog
    assert isinstance(again, ReceiptDialog) and again is not dialog
    assert again.details.text().startswith("Kept since")
    assert kept(vault, LetterKind.RECEIPT) == [(ann["paid"], f"R-{ann['paid']}")]
    click(qtbot, again.again_button)
    assert again.details.text() == "Made now and kept with the client's papers."
    assert len(kept(vault, LetterKind.RECEIPT)) == 2
    again.close()


def test_a_statement_shows_its_figures_and_is_kept_once_it_is_saved(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, ann: dict[str, int],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = make_panel(qtbot, vault, worker, ann["client"])
    click(qtbot, panel.account_papers.statement_button)
    dialog = panel.account_papers.dialog
    assert isinstance(dialog, StatementDialog) and dialog.isVisible()
    assert (dialog.first.date(), dialog.last.date()) == (QDate(2030, 1, 1), QDate(2030, 5, 6))
    click(qtbot, dialog.make_button)
    qtbot.waitUntil(lambda: dialog.pane.pdf is not None)
    figures = dialog.figures.text()
    assert "Opening balance: settled" in figures and "Closing balance: owes £20.00" in figures
    assert "What is owed: 1–30 days overdue £20.00." in figures
    assert "Closing balance" in pdf_text(dialog.pane.pdf or b"")
    assert kept(vault, LetterKind.STATEMENT) == []

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_: (str(tmp_path / "statement.pdf"), "PDF files (*.pdf)"))
    for _ in range(2):
        dialog.pane.message.clear()  # so the wait below is for this save, not the one before
        click(qtbot, dialog.pane.save_button)
        qtbot.waitUntil(lambda: dialog.pane.message.text().startswith("Saved as"))
    assert (tmp_path / "statement.pdf").read_bytes() == dialog.pane.pdf
    assert kept(vault, LetterKind.STATEMENT) == [(None, "2030-01-01 – 2030-05-06")]
    dialog.close()


def test_a_period_ending_before_it_starts_is_refused_next_to_its_field(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, ann: dict[str, int]) -> None:
    dialog = StatementDialog(vault, worker, ann["client"], "Ann Lee", lambda: NOW,
                             paper=worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.last.setDate(QDate(2029, 12, 1))
    click(qtbot, dialog.make_button)
    error = dialog.findChild(QLabel, "statement_to_error")
    assert error is not None and error.isVisible()
    assert error.text() == "The period must end on or after the day it starts."
    assert dialog.pane.pdf is None


@pytest.fixture
def paid_day(vault: Vault) -> dict[str, int]:
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    ben = create_client(vault, ClientDraft(full_name="Ben Ross"))
    session = attended(vault, ben, TUESDAY, 11)
    set_charge(vault, session, FEE)
    [for_session] = record_payment(vault, Payment(ben, FEE, PaymentMethod.CARD, TUESDAY,
                                                  (session,)))
    [on_account] = record_payment(vault, Payment(ben, 2500, PaymentMethod.CASH, TUESDAY))
    return {"client": ben, "session": session, "for_session": for_session,
            "on_account": on_account}


def close_day_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> CloseDayDialog:
    dialog = CloseDayDialog(vault, worker, TUESDAY, now=lambda: EVENING,
                            renderer=DatabaseWorker(ImmediateExecutor()))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_close_the_day_offers_the_receipt_of_a_sessions_payment_and_of_other_money(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, paid_day: dict[str, int]) -> None:
    dialog = close_day_dialog(qtbot, vault, worker)
    buttons = dialog.receipts
    assert not buttons.session_button.isEnabled() and not buttons.money_button.isEnabled()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    click(qtbot, buttons.session_button)
    receipt = buttons.dialog
    assert isinstance(receipt, ReceiptDialog) and receipt.isVisible()
    assert receipt.heading.text() == f"Receipt R-{paid_day['for_session']} for Ben Ross"
    receipt.close()
    dialog.money_table.setCurrentItem(dialog.money_table.topLevelItem(0))
    click(qtbot, buttons.money_button)
    assert kept(vault, LetterKind.RECEIPT) == [
        (paid_day["for_session"], f"R-{paid_day['for_session']}"),
        (paid_day["on_account"], f"R-{paid_day['on_account']}")]


def test_closing_the_day_makes_the_days_receipts_when_the_practice_asks(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, paid_day: dict[str, int]) -> None:
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None
        practice.receipts_at_close = True
    dialog = close_day_dialog(qtbot, vault, worker)
    assert dialog.close_day_button.isEnabled()
    click(qtbot, dialog.close_day_button)
    assert is_closed(vault, TUESDAY)
    assert [ledger for ledger, _ in kept(vault, LetterKind.RECEIPT)] == [
        paid_day["for_session"], paid_day["on_account"]]
