"""Closing the day in the window: each action (a mark, a charge, a payment, a refund, whose a
payment is) is named in Edit → Undo for its client, and Ctrl+Z in the dialog takes it back in
the vault; a payment on a day closed since cannot be undone, and says why."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, LedgerKind, PaymentMethod
from services.calendar.appointments import book, find_entry, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import Payment, record_payment, set_charge
from services.money.ledger import lines
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.test_close_day_dialog import EVENING, FEE, TUESDAY, at, button, click, shown
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")


@pytest.fixture
def anna(vault: Vault) -> int:
    update_settings(vault, session_fee=FEE)
    return create_client(vault, ClientDraft(full_name="Anna Petrova"))


@pytest.fixture
def session_id(vault: Vault, anna: int) -> int:
    """Anna's session on Tuesday at 10:00, still marked as booked."""
    return book(vault, anna, at(TUESDAY, 10))[0]


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> MainWindow:
    opened = MainWindow(vault, worker, now=lambda: EVENING)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitUntil(lambda: opened._settings is not None)
    return opened


def close_day_dialog(qtbot: QtBot, window: MainWindow) -> CloseDayDialog:
    dialog = window.open_close_day(TUESDAY)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.review is not None)
    return dialog


def money(vault: Vault, client_id: int) -> list[tuple[LedgerKind, int]]:
    return [(line.kind, line.amount) for line in lines(vault, client_id)]


def press(qtbot: QtBot, dialog: CloseDayDialog, *, redo: bool = False) -> None:
    """Ctrl+Z (Ctrl+Shift+Z to redo) with the dialog in front, the keyboard on its table."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.table.setFocus()
    shift = Qt.KeyboardModifier.ShiftModifier if redo else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | shift)


def test_a_session_marked_attended_from_its_problem_is_undone_with_its_charge(
        qtbot: QtBot, window: MainWindow, vault: Vault, anna: int, session_id: int) -> None:
    dialog = close_day_dialog(qtbot, window)
    mark = shown(dialog, QPushButton, f"mark:still_scheduled:{session_id}")
    (attended,) = [a for a in mark.menu().actions() if a.objectName() == "attended"]
    attended.trigger()
    assert find_entry(vault, session_id).status == AppointmentStatus.ATTENDED
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, FEE)]
    assert window.menus.undo.text() == "&Undo Attended for Anna Petrova"

    press(qtbot, dialog)
    assert find_entry(vault, session_id).status == AppointmentStatus.SCHEDULED
    assert money(vault, anna) == []
    assert dialog.problems.unresolved() == 1  # the dialog shows the session booked again
    assert window.menus.redo.text() == "&Redo Attended for Anna Petrova"
    press(qtbot, dialog, redo=True)
    assert find_entry(vault, session_id).status == AppointmentStatus.ATTENDED


def test_a_charge_changed_is_undone(
        qtbot: QtBot, window: MainWindow, vault: Vault, anna: int, session_id: int) -> None:
    set_status(vault, session_id, AppointmentStatus.ATTENDED, charge=True)
    dialog = close_day_dialog(qtbot, window)
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    click(qtbot, dialog, "change_charge")
    editor = dialog.charge_dialog
    assert editor is not None
    editor.amount.selectAll()
    qtbot.keyClicks(editor.amount, "45")
    qtbot.keyClicks(editor.reason, "Sliding scale")
    editor.submit()
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, 4500)]
    assert window.menus.undo.text() == "&Undo Charge for Anna Petrova"

    press(qtbot, dialog)
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, FEE)]
    assert dialog.table.topLevelItem(0).text(3) == "£60.00"


def test_a_payment_and_a_refund_are_each_undone(
        qtbot: QtBot, window: MainWindow, vault: Vault, anna: int, session_id: int) -> None:
    set_status(vault, session_id, AppointmentStatus.ATTENDED, charge=True)
    dialog = close_day_dialog(qtbot, window)
    form = dialog.payment_form
    qtbot.keyClicks(form.amount, "70")
    click(qtbot, form, "record_payment")
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, FEE), (LedgerKind.PAYMENT, FEE),
                                  (LedgerKind.PAYMENT, 1000)]  # £10 left on the account
    assert window.menus.undo.text() == "&Undo Payment for Anna Petrova"

    click(qtbot, dialog, f"refund:negative_balance:{anna}")
    click(qtbot, form, "record_payment")
    assert money(vault, anna)[-1] == (LedgerKind.REFUND, 1000)
    assert window.menus.undo.text() == "&Undo Refund for Anna Petrova"

    press(qtbot, dialog)
    assert window.menus.undo.text() == "&Undo Payment for Anna Petrova"
    press(qtbot, dialog)
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, FEE)]
    assert dialog.totals.values["received"].text() == "£0.00"


def test_saying_whose_a_payment_is_is_undone(
        qtbot: QtBot, window: MainWindow, vault: Vault, anna: int, session_id: int) -> None:
    set_status(vault, session_id, AppointmentStatus.ATTENDED, charge=True)
    (loose,) = record_payment(vault, Payment(None, FEE, PaymentMethod.CASH, TUESDAY))
    dialog = close_day_dialog(qtbot, window)
    click(qtbot, dialog, f"assign_payment:payment_without_client:{loose}")
    picker = dialog.picker
    assert picker is not None
    qtbot.keyClicks(picker.clients.search, "Anna")
    qtbot.keyClick(picker.clients.search, Qt.Key.Key_Return)
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, FEE), (LedgerKind.PAYMENT, FEE)]
    assert window.menus.undo.text() == "&Undo Payment for Anna Petrova"

    press(qtbot, dialog)
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, FEE)]
    assert button(dialog, f"assign_payment:payment_without_client:{loose}").isEnabled()


def test_a_payment_on_a_day_closed_since_is_not_undone_and_the_line_says_why(
        qtbot: QtBot, window: MainWindow, vault: Vault, anna: int, session_id: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    set_status(vault, session_id, AppointmentStatus.ATTENDED, charge=True)
    set_charge(vault, session_id, FEE)
    dialog = close_day_dialog(qtbot, window)
    qtbot.keyClicks(dialog.payment_form.amount, "60")
    click(qtbot, dialog.payment_form, "record_payment")
    with qtbot.waitSignal(dialog.day_closed):
        click(qtbot, dialog, "close_day")
    assert window.menus.undo.text() == "&Undo Payment for Anna Petrova"

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    press(qtbot, dialog)
    assert said == ["This cannot be undone: it changed 2026-06-16, which is closed. Reopen the "
                    "day first if it needs correcting."]
    assert money(vault, anna) == [(LedgerKind.SESSION_CHARGE, FEE), (LedgerKind.PAYMENT, FEE)]
    assert window.menus.undo.text() == "&Undo Payment for Anna Petrova"
