"""The day's work from the window: charges that follow a status, the call list in its dock with
its count, closing the day from the menu and from the notice of a day left open."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, LedgerKind, PaymentMethod
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import close_day, mark
from services.money.ledger import lines, record
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.idle_lock import IdleLock
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)  # Monday 09:00 in London
FEE = 7000


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    return create_client(vault, ClientDraft(full_name="Marta Kowalska", preferred_name="Marta"))


def open_window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> MainWindow:
    window = MainWindow(vault, worker, now=lambda: NOW,
                        idle_lock=IdleLock(10, check_every_ms=3_600_000))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._settings is not None)
    return window


def toolbar_text(window: MainWindow) -> str:
    button = window.menus.toolbar.widgetForAction(window.menus.calls)
    assert isinstance(button, QToolButton)
    return button.text()


def test_marking_a_session_attended_from_the_calendar_charges_its_fee(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    [appointment] = book(vault, client_id, at(MONDAY, 8))
    window = open_window(qtbot, vault, worker)
    qtbot.waitUntil(lambda: bool(window.calendar.time_grid.entries()))

    with qtbot.waitSignal(window.session_actions.changed):
        window.session_actions.act(appointment, "attended")

    assert [(line.kind, line.amount) for line in lines(vault, client_id)] == [
        (LedgerKind.SESSION_CHARGE, FEE)]


def test_the_toolbar_counts_the_clients_to_call_and_opens_their_list(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    [missed] = book(vault, client_id, at(date(2026, 6, 12), 10))
    mark(vault, missed, AppointmentStatus.NO_SHOW)
    window = open_window(qtbot, vault, worker)

    qtbot.waitUntil(lambda: toolbar_text(window) == "Calls (1)")
    window.clients_dock.raise_()
    qtbot.mouseClick(window.menus.toolbar.widgetForAction(window.menus.calls),
                     Qt.MouseButton.LeftButton)

    assert window.calls_dock.isVisible() and window.call_list.isVisible()
    assert [entry.client_id for entry in window.call_list.entries()] == [client_id]


def test_ctrl_d_opens_todays_close_day_dialog(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    window = open_window(qtbot, vault, worker)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    dialog = window.findChild(CloseDayDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.day == MONDAY


def test_a_day_left_open_is_said_above_the_calendar_and_closed_from_there(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    for day in (date(2026, 6, 10), date(2026, 6, 11)):
        [appointment] = book(vault, client_id, at(day, 10))
        mark(vault, appointment, AppointmentStatus.ATTENDED)
        record(vault, client_id, LedgerKind.PAYMENT, FEE, method=PaymentMethod.CASH, day=day)
    close_day(vault, date(2026, 6, 10), now=NOW)
    window = open_window(qtbot, vault, worker)

    qtbot.waitUntil(lambda: window.day_notice.isVisible())
    assert window.day_notice.day == date(2026, 6, 11)
    assert "is still open" in window.day_notice.text.text()
    qtbot.mouseClick(window.day_notice.close_button, Qt.MouseButton.LeftButton)

    dialog = window.findChild(CloseDayDialog)
    assert dialog is not None and dialog.day == date(2026, 6, 11)
    qtbot.waitUntil(lambda: dialog.review is not None)
    with qtbot.waitSignal(dialog.day_closed):
        qtbot.mouseClick(dialog.close_day_button, Qt.MouseButton.LeftButton)
    assert not window.day_notice.isVisible()


def test_locking_hides_the_call_list_with_the_other_client_details(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    window = open_window(qtbot, vault, worker)
    window.show_calls()
    assert window.calls_dock.isVisible()

    window.lock()

    assert not window.calls_dock.isVisible()


def test_locking_hides_the_month_at_a_glance_too(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> None:
    window = open_window(qtbot, vault, worker)
    report = window.open_month_report()
    assert report is not None
    qtbot.waitUntil(lambda: bool(report.charts))
    assert report.isVisible()

    window.lock()

    assert not report.isVisible()
