"""Reminders in the window, with no system tray and no notification service: the notice at the
top of the window, details only while unlocked; the day's agenda when the working day starts,
kept for after the unlock while locked; the agenda window's content and its paper."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from models.enums import Modality
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.reminders.due_reminders import due_reminders
from services.reminders.reminder_settings import ReminderSettings, update_reminder_settings
from services.vault.practice_vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import ImmediateExecutor, first_look_taken, type_text
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

NOW = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)  # Monday 09:00 in London (summer time)


class Now:
    """The window's clock, moved on by the test."""

    def __init__(self) -> None:
        self.at = NOW

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture(autouse=True)
def no_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    """No desktop notification service (and offscreen, no tray): the notice it is."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)


@pytest.fixture
def now() -> Now:
    return Now()


def booked(vault: Vault, minutes_from_now: int, **settings: object) -> None:
    ann = create_client(vault, ClientDraft(full_name="Ann Lee", preferred_name="Annie",
                                           numbers=(PhoneNumber("+44 7700 900123"),)))
    book(vault, ann, NOW + timedelta(minutes=minutes_from_now), modality=Modality.VIDEO)
    update_reminder_settings(vault, ReminderSettings(**{"on": True, **settings}))  # type: ignore[arg-type]


def opened(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, now: Now) -> MainWindow:
    window = MainWindow(vault, worker, now=now)
    qtbot.addWidget(window)
    window.show()
    return first_look_taken(window)


def shown_texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def test_a_session_soon_is_said_at_the_top_of_the_window_once(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, now: Now) -> None:
    booked(vault, 10, agenda_at_start=False)
    window = opened(qtbot, vault, worker, now)
    notice = window.reminder_notice
    assert notice.isVisible()
    assert (notice.title.text(), notice.text.text()) == ("Session in 10 minutes",
                                                         "09:10 · A. L. · Video")
    assert due_reminders(vault, NOW).sessions == ()  # given, and kept as given
    qtbot.mouseClick(notice.ok_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    window.reminders.check()
    assert not notice.isVisible()  # not again


def test_nothing_when_reminders_are_off(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                                        now: Now) -> None:
    booked(vault, 10)
    update_reminder_settings(vault, ReminderSettings(on=False))
    window = opened(qtbot, vault, worker, now)
    assert not window.reminder_notice.isVisible()
    assert window.agenda_window is None


def test_while_locked_a_reminder_reveals_nothing(qtbot: QtBot, vault: Vault,
                                                 worker: DatabaseWorker, now: Now) -> None:
    booked(vault, 30, agenda_at_start=False)
    window = opened(qtbot, vault, worker, now)
    assert not window.reminder_notice.isVisible()
    assert window.reminders.timer.isActive()
    window.lock()
    now.at = NOW + timedelta(minutes=20)
    window.reminders.timer.timeout.emit()
    notice = window.reminder_notice
    assert notice.isVisible()
    assert (notice.title.text(), notice.text.text()) == ("Stillroom",
                                                         "A session starts in 10 minutes.")
    assert not any("A. L." in text or "Ann" in text or "09:30" in text
                   for text in shown_texts(window))


def test_the_notice_is_hidden_when_the_window_locks(qtbot: QtBot, vault: Vault,
                                                    worker: DatabaseWorker, now: Now) -> None:
    booked(vault, 5, agenda_at_start=False)
    window = opened(qtbot, vault, worker, now)
    assert window.reminder_notice.isVisible()
    window.lock()
    assert not window.reminder_notice.isVisible()


def test_the_agenda_opens_when_the_working_day_starts(qtbot: QtBot, vault: Vault,
                                                     worker: DatabaseWorker, now: Now) -> None:
    booked(vault, 60, full_names=True)
    window = opened(qtbot, vault, worker, now)
    agenda = window.agenda_window
    assert agenda is not None and agenda.isVisible()
    texts = agenda.view.texts()
    assert texts[0] == "Agenda"
    assert texts[1] == "Today — Monday 15 June 2026"
    assert "10:00–10:50 · Annie · Video · +44 7700 900123" in texts
    assert "Tomorrow — Tuesday 16 June 2026" in texts
    assert window.reminder_notice.title.text() == "Your day"


def test_the_agenda_due_while_locked_waits_for_the_unlock(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, now: Now) -> None:
    booked(vault, 60)
    now.at = NOW - timedelta(hours=1)  # before work
    window = opened(qtbot, vault, worker, now)
    assert window.agenda_window is None
    window.lock()
    now.at = NOW
    window.reminders.timer.timeout.emit()
    assert window.agenda_window is None
    assert window.reminder_notice.text.text() == "Your day's agenda is ready."
    type_text(window.lock_screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.lock_screen.unlocked):
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    assert window.agenda_window is not None and window.agenda_window.isVisible()
    assert "10:00–10:50 · A. L. · Video · +44 7700 900123" in window.agenda_window.view.texts()


def test_the_agenda_from_the_menu_is_printable(qtbot: QtBot, vault: Vault,
                                              worker: DatabaseWorker, now: Now) -> None:
    booked(vault, 60, agenda_at_start=False)
    window = opened(qtbot, vault, worker, now)
    window.menus.agenda.trigger()
    agenda = window.agenda_window
    assert agenda is not None and agenda.paper_button.isEnabled()
    agenda._paper = DatabaseWorker(ImmediateExecutor())
    paper = agenda.make_paper()
    assert paper is not None and paper.pane.pdf is not None
    assert paper.pane.pdf.startswith(b"%PDF")
    assert paper.pane.save_button.isEnabled() and paper.pane.print_button.isEnabled()
    paper.reject()
