"""A new therapist's first hour, end to end through the real widgets: create the practice,
add a client with their own fee, book a session that is missed, end the client with a
letter, and close two days; what the screen shows and what the vault holds at each step."""

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt, QTimeZone
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Appointment, DayClose
from models.enums import (
    AppointmentStatus,
    ClientStatus,
    ContactOutcome,
    Language,
    LedgerKind,
    LetterKind,
    NoShowReason,
    PaymentMethod,
)
from services.calendar.appointments import days
from services.clients.client_records import read_client, search_clients
from services.money.ledger import lines
from services.papers.letters import TerminationReason
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import type_text
from tests.ui.guided_steps import finish, next_step, usual_row
from ui.app import PracticeLauncher
from ui.client_dialog import ClientDialog
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.guided.no_show import NoShowDialog
from ui.i18n import install_language
from ui.letters.letter_dialog import LetterDialog
from ui.main_window import MainWindow
from ui.session_dialogs import NewSessionDialog
from ui.worker import DatabaseWorker

W = TypeVar("W", bound=QWidget)
LONDON = ZoneInfo("Europe/London")
MONDAY, TUESDAY = date(2026, 6, 15), date(2026, 6, 16)
PRACTICE_FEE, CLIENT_FEE = 6000, 7500


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


class Clock:
    """The window's clock: Tuesday midday, moved only by the test."""

    def __init__(self) -> None:
        self.now = at(TUESDAY, 12)

    def __call__(self) -> datetime:
        return self.now


# The words the screen shows, in the language the therapist chose at the start.
WORDS = {
    Language.ENGLISH: {
        "title": "Stillroom — Quiet Room Practice",
        "client_fee": "£75.00 (this client's fee)",
        "no_show": "No-show…",
        "ended": "Ended",
        "closed_day": "The day of Mon 15 Jun 2026",
    },
    Language.RUSSIAN: {
        "title": "Stillroom — Quiet Room Practice",
        "client_fee": "75,00\xa0£ (оплата для клиента)",
        "no_show": "Неявка…",
        "ended": "Работа завершена",
        "closed_day": "День: пн 15 июн. 2026",
    },
}


def press(qtbot: QtBot, button: QPushButton | None) -> None:
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot: QtBot, box: QWidget) -> None:
    """Click a check box or radio button on its box (the widget is wider than its words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def shown_button(parent: QWidget, name: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton, name) if b.isVisible()]
    assert len(found) == 1, f"no button {name}"
    return found[0]


def open_dialog(window: QWidget, kind: type[W]) -> W:
    found = [d for d in window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1, f"no {kind.__name__} open"
    return found[0]


def first_start(qtbot: QtBot, data_dir: Path, worker: DatabaseWorker, clock: Clock,
                language: Language) -> MainWindow:
    """Create your practice, keep the recovery code, and the window opens."""
    launcher = PracticeLauncher(data_dir, worker, kdf=FAST_KDF, now=clock)
    launcher.start()
    dialog = launcher.create_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.practice_name, "Quiet Room Practice")
    qtbot.keyClicks(dialog.therapist_name, "Dr Ada Finch")
    dialog.language.setCurrentIndex(dialog.language.findData(language.value))
    dialog.currency.setCurrentIndex(dialog.currency.findData("GBP"))
    qtbot.keyClicks(dialog.session_fee.edit, "60")
    dialog.session_minutes.setValue(50)
    dialog.timezone.setEditText("London")  # typed (keys would open the completer's popup)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase_again, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_again, Qt.Key.Key_Return)

    assert dialog.pages.currentIndex() == dialog.RECOVERY_PAGE
    assert dialog.recovery_code.text()
    tick(qtbot, dialog.written_down)
    press(qtbot, dialog.continue_button)

    window = launcher.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    return window


def new_client(qtbot: QtBot, window: MainWindow) -> ClientDialog:
    window.menus.new_client.trigger()
    dialog = open_dialog(window, ClientDialog)
    type_text(dialog.full_name, "Nadia Volkova")
    type_text(dialog.preferred_name, "Nadia")
    qtbot.keyClicks(dialog.fee, "75")
    with qtbot.waitSignal(dialog.saved):
        press(qtbot, dialog.save_button)
    return dialog


def book_yesterday(qtbot: QtBot, window: MainWindow) -> None:
    """New session, for the client whose panel is open, on Monday at 10:00."""
    window.menus.new_session.trigger()
    dialog = open_dialog(window, NewSessionDialog)
    assert dialog.client.currentText() == "Nadia (Nadia Volkova)"
    dialog.starts.setDateTime(QDateTime(MONDAY, time(10), QTimeZone.utc()))
    press(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def panel_texts(window: MainWindow) -> list[str]:
    """Every piece of text the client panel shows."""
    return [label.text() for label in window.client_panel.findChildren(QLabel)
            if label.isVisible()]


def sessions(vault: Vault) -> list[tuple[datetime, AppointmentStatus]]:
    return [(e.starts_at, e.status) for e in days(vault, MONDAY, 14)]


def no_show(qtbot: QtBot, window: MainWindow, session_id: int) -> datetime:
    """From the session's menu: the no-show dialog, every step; the new time it booked."""
    menu = window.calendar.context_menu_for(session_id)
    (action,) = [a for a in menu.actions() if a.data() == "no_show"]
    assert action.isEnabled() and action.text() == WORDS_NOW["no_show"]
    action.trigger()
    dialog = open_dialog(window, NoShowDialog)
    next_step(qtbot, dialog)  # it was a no-show
    assert dialog.currentPage() is dialog.fee
    assert dialog.fee.amount.text() in ("75.00", "75,00")
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.script
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.contact
    dialog.contact.outcome.setCurrentIndex(
        dialog.contact.outcome.findData(ContactOutcome.REACHED))
    qtbot.keyClicks(dialog.contact.note, "Forgot; sorry.")
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.why
    reason = dialog.why.findChild(QRadioButton, "reason_forgot")
    assert reason is not None
    tick(qtbot, reason)
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.reschedule
    row = usual_row(dialog.reschedule)
    new_time = dialog.reschedule.offered()[row].starts_at
    slots = dialog.reschedule.slots
    qtbot.mouseClick(slots.viewport(), Qt.MouseButton.LeftButton,
                     pos=slots.visualItemRect(slots.item(row)).center())
    next_step(qtbot, dialog)
    while dialog.currentPage() is not dialog.finish_page:
        next_step(qtbot, dialog)
    finish(qtbot, dialog)
    assert not dialog.isVisible()
    return new_time


WORDS_NOW: dict[str, str] = {}


@pytest.fixture(params=[Language.ENGLISH, Language.RUSSIAN], ids=["english", "russian"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    """The language chosen in "Create your practice"; English again afterwards."""
    chosen: Language = request.param
    WORDS_NOW.clear()
    WORDS_NOW.update(WORDS[chosen])
    yield chosen
    install_language(qapp, Language.ENGLISH.value)


def test_the_first_hour(qtbot: QtBot, data_dir: Path, worker: DatabaseWorker,
                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                        language: Language) -> None:
    clock = Clock()
    window = first_start(qtbot, data_dir, worker, clock, language)
    window.resize(1280, 800)
    vault = window._vault
    assert vault is not None
    qtbot.waitUntil(lambda: window.windowTitle() == WORDS_NOW["title"])
    settings = read_settings(vault)
    assert (settings.session_fee, settings.session_minutes, settings.currency,
            settings.timezone, settings.language) == (
        PRACTICE_FEE, 50, "GBP", "Europe/London", language)

    # A new client with their own fee.
    new_client(qtbot, window)
    (nadia,) = search_clients(vault, "")
    assert (nadia.full_name, read_client(vault, nadia.id).draft.fee_override) == (
        "Nadia Volkova", CLIENT_FEE)
    model = window.client_list.model
    assert [model.index(row).data() for row in range(model.rowCount())] == ["Nadia"]
    assert window.panel_dock.isVisible()
    qtbot.waitUntil(lambda: WORDS_NOW["client_fee"] in panel_texts(window))

    # A session yesterday, missed: the no-show dialog from the session's menu.
    book_yesterday(qtbot, window)
    assert sessions(vault) == [(at(MONDAY, 10), AppointmentStatus.SCHEDULED)]
    window.calendar.today()
    (missed,) = [e.id for e in days(vault, MONDAY, 1)]
    new_time = no_show(qtbot, window, missed)
    assert sessions(vault) == [(at(MONDAY, 10), AppointmentStatus.NO_SHOW),
                               (new_time, AppointmentStatus.SCHEDULED)]
    assert [(line.kind, line.amount) for line in lines(vault, nadia.id)] == [
        (LedgerKind.NO_SHOW_FEE, CLIENT_FEE)]
    with vault.unit_of_work() as session:
        assert session.get_one(Appointment, missed).no_show_reason == NoShowReason.FORGOT
    window.calendar.go_to(new_time.astimezone(LONDON).date())
    qtbot.waitUntil(lambda: [(e.starts_at, e.status) for e in window.calendar.entries()
                             if e.starts_at >= at(MONDAY, 0)] != [])
    shown = {(e.starts_at, e.status) for e in window.calendar.entries()}
    assert (new_time, AppointmentStatus.SCHEDULED) in shown
    window.calendar.go_to(MONDAY)
    qtbot.waitUntil(lambda: (at(MONDAY, 10), AppointmentStatus.NO_SHOW) in {
        (e.starts_at, e.status) for e in window.calendar.entries()})

    # Ending with a letter, from the panel: the letter kept as a PDF, the client ended.
    end_with_letter(qtbot, window, tmp_path / "letter.pdf", monkeypatch)
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")
    assert read_client(vault, nadia.id).draft.status == ClientStatus.ENDED
    assert sessions(vault) == [(at(MONDAY, 10), AppointmentStatus.NO_SHOW),
                               (new_time, AppointmentStatus.CANCELLED_BY_THERAPIST)]
    qtbot.waitUntil(lambda: window.client_panel.status_label.text().startswith(
        WORDS_NOW["ended"]))

    # Closing two days: today shows Monday still open; Monday first, its fee paid, then today.
    close_two_days(qtbot, window)
    with vault.unit_of_work() as session:
        closed = sorted(close.day for close in session.scalars(select(DayClose))
                        if close.reopened_at is None)
    assert closed == [MONDAY, TUESDAY]
    assert [(line.kind, line.amount) for line in lines(vault, nadia.id)] == [
        (LedgerKind.NO_SHOW_FEE, CLIENT_FEE), (LedgerKind.PAYMENT, CLIENT_FEE)]


def end_with_letter(qtbot: QtBot, window: MainWindow, target: Path,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Write a letter… on the panel: the ending letter, saved as a PDF, then Mark ended."""
    press(qtbot, window.client_panel.letters.write_button)
    dialog = open_dialog(window, LetterDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.TERMINATION))
    dialog.reason.setCurrentIndex(dialog.reason.findData(TerminationReason.COMPLETED))
    qtbot.waitUntil(lambda: bool(dialog.body_text()))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    press(qtbot, dialog.pane.save_button)  # the letter is made on its own thread
    qtbot.waitUntil(lambda: dialog.ending.box is not None and dialog.ending.box.isVisible(),
                    timeout=10_000)
    with qtbot.waitSignal(dialog.client_ended):
        press(qtbot, dialog.ending.end_button)
    dialog.close()


def close_two_days(qtbot: QtBot, window: MainWindow) -> None:
    """Close the day… for today; the day before first (no day was ever closed, so none is
    listed as open), its fee paid by card, then back to today."""
    window.menus.close_day.trigger()
    dialog = open_dialog(window, CloseDayDialog)
    assert dialog.day == TUESDAY
    press(qtbot, shown_button(dialog, "day_before"))  # no day was ever closed: none is listed
    assert dialog.day == MONDAY
    assert dialog.heading.text() == WORDS_NOW["closed_day"]
    form = dialog.payment_form
    qtbot.keyClicks(form.amount, "75")
    form.method.setCurrentIndex(form.method.findData(PaymentMethod.CARD))
    press(qtbot, shown_button(form, "record_payment"))
    with qtbot.waitSignal(dialog.day_closed):
        press(qtbot, shown_button(dialog, "close_day"))
    press(qtbot, shown_button(dialog, "back_to_first_day"))
    assert dialog.day == TUESDAY
    with qtbot.waitSignal(dialog.day_closed):
        press(qtbot, shown_button(dialog, "close_day"))
    press(qtbot, shown_button(dialog, "done"))
