"""Undo and redo in the window: a guided dialog's whole decision, taken back and made again."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, LedgerKind
from services.calendar.appointments import book, find_entry, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import close_day, review_day
from services.errors import Refused
from services.hard_moments import session_decision
from services.money.ledger import lines
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.guided_steps import finish, next_step, skip
from ui.guided.no_show import NoShowDialog
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")
LONDON = ZoneInfo("Europe/London")
TUESDAY = date(2026, 6, 16)
NOW = datetime(2026, 6, 16, 12, 0, tzinfo=LONDON)
FEE = 6000


@pytest.fixture
def attended(vault: Vault) -> int:
    """Ann's session this morning, marked attended and so charged £60."""
    update_settings(vault, session_fee=FEE)
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    (appointment_id,) = book(vault, client, datetime.combine(TUESDAY, time(10), tzinfo=LONDON))
    set_status(vault, appointment_id, AppointmentStatus.ATTENDED, charge=True)
    return appointment_id


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, attended: int) -> MainWindow:
    opened = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(opened)
    opened.show()
    opened.reload()  # the calendar's menu acts on the sessions it shows
    return opened


def money(vault: Vault, appointment_id: int) -> list[tuple[LedgerKind, int]]:
    client_id = find_entry(vault, appointment_id).client_id
    return [(line.kind, line.amount) for line in lines(vault, client_id)]


def no_show_with_its_fee(qtbot: QtBot, window: MainWindow, appointment_id: int) -> None:
    """Right-click → No-show…: mark it, keep the policy's fee, skip the rest, Finish."""
    window.calendar.action_requested.emit(appointment_id, "no_show")
    dialog = window.findChild(NoShowDialog)
    assert dialog is not None
    next_step(qtbot, dialog, 2)  # past "mark it" and the fee, charged as proposed
    skip(qtbot, dialog, 5)  # the script, the contact, why, the new time, the reflection
    with qtbot.waitSignal(window.session_actions.changed):
        finish(qtbot, dialog)  # on the summary
    dialog.deleteLater()


def test_ctrl_z_undoes_a_no_show_and_its_fee_and_ctrl_shift_z_makes_it_again(
        qtbot: QtBot, window: MainWindow, vault: Vault, attended: int) -> None:
    before = money(vault, attended)
    assert not window.menus.undo.isEnabled()
    no_show_with_its_fee(qtbot, window, attended)
    assert find_entry(vault, attended).status == AppointmentStatus.NO_SHOW
    after = money(vault, attended)
    assert after == [(LedgerKind.NO_SHOW_FEE, FEE)]
    assert window.menus.undo.text() == "&Undo No-show for Ann Lee"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert find_entry(vault, attended).status == AppointmentStatus.ATTENDED
    assert money(vault, attended) == before == [(LedgerKind.SESSION_CHARGE, FEE)]
    assert window.menus.redo.text() == "&Redo No-show for Ann Lee"
    assert not window.menus.undo.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert find_entry(vault, attended).status == AppointmentStatus.NO_SHOW
    assert money(vault, attended) == after


def test_a_refused_fee_leaves_the_attended_session_and_its_charge(
        qtbot: QtBot, window: MainWindow, vault: Vault, attended: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> int:
        raise Refused("This session already has a fee.", field="amount")

    monkeypatch.setattr(session_decision, "charge_fee_in", refuse)
    window.calendar.action_requested.emit(attended, "no_show")
    dialog = window.findChild(NoShowDialog)
    assert dialog is not None
    next_step(qtbot, dialog, 2)
    skip(qtbot, dialog, 5)
    finish(qtbot, dialog)
    assert dialog.isVisible() and dialog.currentPage() is dialog.fee
    error = dialog.fee.findChild(QLabel, "fee_amount_error")  # next to the amount
    assert error is not None and error.text() == "This session already has a fee."
    assert find_entry(vault, attended).status == AppointmentStatus.ATTENDED
    assert money(vault, attended) == [(LedgerKind.SESSION_CHARGE, FEE)]
    assert not window.menus.undo.isEnabled()


def test_a_closed_day_refuses_undo_with_a_clear_line(
        qtbot: QtBot, window: MainWindow, vault: Vault, attended: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    no_show_with_its_fee(qtbot, window, attended)
    close_day(vault, TUESDAY, accepted={p.key: "Seen" for p in review_day(vault, TUESDAY,
                                                                         now=NOW).problems},
              now=NOW)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    window.menus.undo.trigger()
    assert said == ["This cannot be undone: it changed 2026-06-16, which is closed. Reopen the "
                    "day first if it needs correcting."]
    assert find_entry(vault, attended).status == AppointmentStatus.NO_SHOW
