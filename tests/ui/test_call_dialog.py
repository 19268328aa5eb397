"""Working call-list entries to their outcomes, as the therapist would, and what the vault holds.

Three outcomes end to end: Tom is reached and books a free time; Lena does not answer and is
to be called back on a date; Olga wants to stop, and the closing letter is offered and opened.
In the window, Edit → Undo takes a call back with the time it booked.
"""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, ContactOutcome, Language, LetterKind
from services.calendar.appointments import book, days, find_entry
from services.calendar.free_slots import FreeSlot
from services.calls.call_list import CallRule
from services.clients.contact_log import Contact, contacts_of
from services.papers.letters import TerminationReason
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.call_list_practice import (
    NOW,
    TODAY,
    Practice,
    open_dock,
)
from tests.ui.conftest import type_text
from ui.call_list.call_dialog import CallDialog
from ui.call_list.dock import CallListDock
from ui.dates import qdate
from ui.guided.clipboard import SECRET_HINT
from ui.letters.letter_dialog import LetterDialog
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")


def call(qtbot: QtBot, dock: CallListDock, client_id: int) -> CallDialog:
    """Press the entry's Call… button; the dialog opens with the client read."""
    card = dock.card_of(client_id)
    assert card is not None
    qtbot.mouseClick(card.work_button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in dock.findChildren(CallDialog) if d.isVisible()]
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=2000)
    return dialog


def click(qtbot: QtBot, dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QAbstractButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    # near the left edge: a radio button's middle may lie beyond its words
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def reached_and_booked(qtbot: QtBot, dialog: CallDialog) -> FreeSlot:
    """Reached, and booked the first free time offered; returns it."""
    click(qtbot, dialog, "outcome_reached")
    click(qtbot, dialog, "decision_booked")
    slot = dialog.outcome.slots.offered()[0]
    dialog.outcome.slots.choose(slot)
    return slot


def gone(qtbot: QtBot, dock: CallListDock) -> None:
    """The call dialog has closed (and is deleted)."""
    qtbot.waitUntil(lambda: not dock.findChildren(CallDialog), timeout=2000)


def contacts(vault: Vault, client_id: int) -> list[Contact]:
    with vault.unit_of_work() as session:
        return contacts_of(session, client_id)


def test_reached_and_booked_in_a_free_slot(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.tom)
    reason = dialog.findChild(QLabel, "reason")
    assert reason is not None
    assert reason.text() == "Did not come yesterday at 14:00; not reached since"
    click(qtbot, dialog, "outcome_reached")
    click(qtbot, dialog, "decision_booked")
    free_times = dialog.outcome.slots
    assert free_times.isVisible() and not dialog.outcome.follow_up_row.isVisible()
    slot = free_times.offered()[0]
    free_times.choose(slot)
    with qtbot.waitSignal(dock.count_changed) as counted:
        click(qtbot, dialog, "save")
    assert counted.args == [5]
    gone(qtbot, dock)
    booked = [e for e in days(vault, TODAY, 14) if e.client_id == practice.tom
              and e.status == AppointmentStatus.SCHEDULED]
    assert [(e.starts_at, e.length_minutes) for e in booked] == [
        (slot.starts_at, slot.length_minutes)]
    (logged,) = contacts(vault, practice.tom)
    assert logged.outcome == ContactOutcome.REACHED
    assert logged.appointment_id == booked[0].id
    assert logged.reason_in(Language.ENGLISH) == (
        "Call list: Did not come, not yet reached; booked a session")
    assert logged.reason_in(Language.RUSSIAN) == (
        "Список звонков: Неявка, ответа ещё не было; запись на сессию")
    assert dock.card_of(practice.tom) is None


def test_no_answer_and_a_call_back_date(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.lena)
    click(qtbot, dialog, "outcome_no_answer")
    booked = dialog.findChild(QRadioButton, "decision_booked")
    assert booked is not None and not booked.isEnabled()  # no one to book with
    click(qtbot, dialog, "decision_call_back")
    assert dialog.outcome.follow_up_row.isVisible() and not dialog.outcome.slots.isVisible()
    call_back_on = TODAY + timedelta(days=3)
    dialog.outcome.follow_up_on.setDate(qdate(call_back_on))
    type_text(dialog.outcome.note, "Rang twice, no voicemail set up.")
    with qtbot.waitSignal(dock.count_changed):
        click(qtbot, dialog, "save")
    (logged,) = contacts(vault, practice.lena)
    assert (logged.outcome, logged.follow_up_on, logged.note) == (
        ContactOutcome.NO_ANSWER, call_back_on, "Rang twice, no voicemail set up.")
    assert dock.card_of(practice.lena) is None  # until the day to call back

    with qtbot.waitSignal(dock.count_changed):
        dock.refresh(NOW + timedelta(days=3))
    card = dock.card_of(practice.lena)
    assert card is not None and card.entry.rule == CallRule.FOLLOW_UP_DUE
    assert card.sentences == ["A follow-up was due today: Rang twice, no voicemail set up.",
                              "No session since Tuesday 26 May; nothing booked"]


def test_no_answer_with_nothing_decided_keeps_the_entry_and_counts_the_call(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.nadia)
    click(qtbot, dialog, "outcome_no_answer")
    with qtbot.waitSignal(dock.count_changed) as counted:
        click(qtbot, dialog, "save")
    assert counted.args == [6]
    card = dock.card_of(practice.nadia)
    assert card is not None and not card.attempts.isHidden()
    assert card.attempts.text() == "Calls so far: 1"
    (logged,) = contacts(vault, practice.nadia)
    assert (logged.outcome, logged.reason_in(Language.ENGLISH)) == (
        ContactOutcome.NO_ANSWER, "Call list: Late now")


def test_a_no_show_not_answering_stays_listed_with_the_calls_so_far(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    for tried in (1, 2):
        dialog = call(qtbot, dock, practice.tom)
        click(qtbot, dialog, "outcome_no_answer")
        with qtbot.waitSignal(dock.count_changed):
            click(qtbot, dialog, "save")
        gone(qtbot, dock)
        card = dock.card_of(practice.tom)
        assert card is not None and card.entry.rule == CallRule.NO_SHOW_NOT_CONTACTED
        assert card.attempts.text() == f"Calls so far: {tried}"
        assert card.sentences[0] == "Did not come yesterday at 14:00; not reached since"
    assert [c.outcome for c in contacts(vault, practice.tom)] == [ContactOutcome.NO_ANSWER] * 2


def test_the_text_script_is_greyed_out_with_the_reason_when_no_number_takes_texts(
    qtbot: QtBot, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.tom)
    tabs = dialog.script.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["If they answer", "Someone else", "Voicemail", "Text message"]
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [True, True, True, False]
    assert tabs.tabToolTip(3) == (
        "Tom has not agreed to text messages on any number (a landline cannot take them).")
    assert dialog.script.unavailable.isVisible()


def test_wants_to_stop_offers_the_closing_letter_and_opens_it(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.olga)
    click(qtbot, dialog, "outcome_reached")
    click(qtbot, dialog, "decision_wants_to_stop")
    with qtbot.waitSignal(dialog.recorded) as recorded:
        click(qtbot, dialog, "save")
    assert recorded.args[0].offer_closing_letter
    assert dialog.pages.currentIndex() == 1 and dialog.isVisible()
    assert dialog.offer.text.text().startswith("Olga has decided to stop.")
    (logged,) = contacts(vault, practice.olga)
    assert logged.reason_in(Language.ENGLISH) == (
        "Call list: Cancelled, not rebooked; wants to stop")

    click(qtbot, dialog, "write_letter")
    gone(qtbot, dock)
    (letter,) = dock.findChildren(LetterDialog)
    assert letter.isVisible()
    assert letter.kind.currentData() == LetterKind.TERMINATION
    assert letter.reason.currentData() == TerminationReason.CHOSE_TO_STOP
    letter.reject()


def test_unanswered_calls_up_to_the_limit_offer_the_letter_for_no_contact(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, practice: Practice,
) -> None:
    update_settings(vault, call_attempts=1)
    dock = open_dock(qtbot, vault, worker)
    dialog = call(qtbot, dock, practice.lena)
    click(qtbot, dialog, "outcome_voicemail")
    with qtbot.waitSignal(dialog.recorded) as recorded:
        click(qtbot, dialog, "save")
    assert recorded.args[0].attempts == 1
    assert dialog.offer.text.text().startswith("Calls so far without an answer: 1.")
    with qtbot.assertNotEmitted(dialog.termination_letter_wanted):
        click(qtbot, dialog, "not_now")
    gone(qtbot, dock)
    assert not dock.findChildren(LetterDialog)


def test_a_scheduling_mistake_booked_again_moves_the_session(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    card = dock.card_of(practice.ivan)
    assert card is not None
    mistaken = card.scheduling_appointment()
    assert mistaken is not None
    dialog = call(qtbot, dock, practice.ivan)
    slot = reached_and_booked(qtbot, dialog)
    with qtbot.waitSignal(dock.changed):
        click(qtbot, dialog, "save")
    assert find_entry(vault, mistaken).starts_at == slot.starts_at
    (logged,) = contacts(vault, practice.ivan)
    assert logged.appointment_id == mistaken


def test_saving_asks_for_how_it_went_and_for_a_time_to_book(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.tom)
    click(qtbot, dialog, "save")
    error = dialog.findChild(QLabel, "outcome_error")
    assert error is not None and error.text() == "Please choose how it went."
    click(qtbot, dialog, "outcome_reached")
    click(qtbot, dialog, "decision_closing_session")
    click(qtbot, dialog, "save")
    slots_error = dialog.outcome.slots.findChild(QLabel, "slots_error")
    assert slots_error is not None and slots_error.text() == "Please choose one of the free times."
    assert dialog.isVisible() and contacts(vault, practice.tom) == []


def test_copying_the_number_and_the_script(
    qtbot: QtBot, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.nadia)
    clipboard = QGuiApplication.clipboard()
    click(qtbot, dialog, "copy_number")
    assert clipboard.text() == "+44 7700 900101"
    mime = clipboard.mimeData()
    assert mime is not None and bytes(mime.data(SECRET_HINT).data()) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    dialog.script.tabs.setCurrentIndex(2)
    click(qtbot, dialog, "copy_script")
    assert clipboard.text().startswith("Hello, this is a message for Nadia.")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert [dialog.script.tabs.tabText(i) for i in range(dialog.script.tabs.count())] == [
        "If they answer", "Someone else", "Voicemail", "Text message"]
    dialog.reject()


def test_a_call_with_its_booking_is_undone_by_ctrl_z_and_made_again_by_ctrl_shift_z(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, practice: Practice,
) -> None:
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    dialog = call(qtbot, window.call_list, practice.tom)
    slot = reached_and_booked(qtbot, dialog)
    click(qtbot, dialog, "save")
    gone(qtbot, window.call_list)
    (logged,) = contacts(vault, practice.tom)
    assert find_entry(vault, logged.appointment_id).starts_at == slot.starts_at
    assert window.menus.undo.text() == "&Undo Call for Tom Baker"
    window.activateWindow()  # the call dialog had the keyboard
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert contacts(vault, practice.tom) == []
    assert not [e for e in days(vault, TODAY, 14) if e.starts_at == slot.starts_at]
    assert window.menus.redo.text() == "&Redo Call for Tom Baker"
    assert window.call_list.card_of(practice.tom) is not None  # on the list again

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [c.appointment_id for c in contacts(vault, practice.tom)] == [logged.appointment_id]
    assert find_entry(vault, logged.appointment_id).starts_at == slot.starts_at


def test_a_call_that_no_longer_fits_its_time_writes_nothing_and_says_so_by_the_times(
    qtbot: QtBot, vault: Vault, dock: CallListDock, practice: Practice,
) -> None:
    dialog = call(qtbot, dock, practice.tom)
    slot = reached_and_booked(qtbot, dialog)
    book(vault, practice.lena, slot.starts_at)  # taken meanwhile
    click(qtbot, dialog, "save")
    error = dialog.outcome.slots.findChild(QLabel, "slots_error")
    assert error is not None
    assert error.text() == "This time is no longer free. Please choose another."
    assert dialog.isVisible() and contacts(vault, practice.tom) == []
    assert [e.client_id for e in days(vault, TODAY, 14)
            if e.starts_at == slot.starts_at] == [practice.lena]
    dialog.reject()
