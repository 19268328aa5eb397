"""A session's note in the window: opened from the calendar and close-the-day, kept through
the lock, signed and added to (the issue's own walk through it)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.enums import NoteFormat
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.notes.note_reading import note_of_session
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from tests.ui.conftest import type_text
from tests.ui.test_main_window import Clock, at, open_window
from ui.main_window import MainWindow
from ui.notes.note_editor import NoteEditor
from ui.worker import DatabaseWorker

MONDAY = date(2026, 6, 15)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, clock: Clock) -> MainWindow:
    return open_window(qtbot, vault, worker, clock)


@pytest.fixture
def session_id(vault: Vault, window: MainWindow) -> int:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    appointment_id = book(vault, client, at(MONDAY, 10))[0]
    window.reload()
    return appointment_id


def subjective(vault: Vault, appointment_id: int) -> str:
    note = note_of_session(vault, appointment_id)
    assert note is not None
    return next(s.text for s in note.sections if s.key == "subjective")


def unlock(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window.lock_screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.lock_screen.unlocked):
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    assert not window.locked


def test_write_a_soap_note_lock_mid_sentence_unlock_finish_sign_and_add_an_addendum(
        qtbot: QtBot, window: MainWindow, vault: Vault, clock: Clock, session_id: int) -> None:
    editor = window.open_session_note(session_id)
    assert isinstance(editor, NoteEditor) and editor.isVisible()
    editor.format_picker.setCurrentIndex(editor.format_picker.findText("SOAP"))
    editor.format_picker.activated.emit(editor.format_picker.currentIndex())
    box = editor.sections.boxes["subjective"]
    assert editor.focusWidget() is box  # a new format: the cursor in its first box
    type_text(box, "Slept badly; worried about her")
    cursor = box.textCursor().position()
    assert note_of_session(vault, session_id) is None  # the pause has not come yet

    clock.seconds += 10 * 60
    window.idle_lock.check()  # locked mid-sentence
    assert window.locked and not editor.isVisible()
    assert subjective(vault, session_id) == "Slept badly; worried about her"  # saved on lock

    unlock(qtbot, window)
    assert editor.isVisible()
    assert box.toPlainText() == "Slept badly; worried about her"
    assert box.textCursor().position() == cursor
    assert editor.focusWidget() is box
    type_text(box, " mother's health.")
    type_text(editor.sections.boxes["plan"], "Sleep diary for a week.")
    assert subjective(vault, session_id) == "Slept badly; worried about her"

    box_question = editor.ask_to_sign()
    qtbot.mouseClick(next(b for b in box_question.buttons() if b.text() == "Sign"), LEFT)
    note = note_of_session(vault, session_id)
    assert note is not None and note.is_signed and note.format == NoteFormat.SOAP
    assert subjective(vault, session_id) == "Slept badly; worried about her mother's health."
    assert [s.text for s in note.sections if s.key == "plan"] == ["Sleep diary for a week."]
    assert box.isReadOnly() and editor.state.text().startswith("Signed on ")

    qtbot.mouseClick(editor.addenda.add_button, LEFT)
    type_text(editor.addenda.box, "She rang the next day: sleeping better.")
    qtbot.mouseClick(editor.addenda.save_button, LEFT)
    note = note_of_session(vault, session_id)
    assert note is not None
    assert [a.text for a in note.addenda] == ["She rang the next day: sleeping better."]
    assert subjective(vault, session_id) == "Slept badly; worried about her mother's health."
    assert editor.addenda.heading.isVisible()


def test_the_same_session_raises_its_open_editor(
        window: MainWindow, session_id: int) -> None:
    first = window.open_session_note(session_id)
    assert window.open_session_note(session_id) is first
    assert window.findChildren(NoteEditor) == [first]


def test_the_sessions_menu_writes_then_opens_a_note(
        qtbot: QtBot, window: MainWindow, vault: Vault, session_id: int) -> None:
    def label() -> str:
        menu = window.calendar.context_menu_for(session_id)
        return next(a.text() for a in menu.actions() if a.data() == "note")

    assert label() == "Write note…"
    window.calendar.action_requested.emit(session_id, "note")
    editor = window.findChild(NoteEditor)
    assert editor is not None and editor.isVisible() and editor.appointment_id == session_id
    type_text(editor.sections.boxes["note"], "Begun.")
    editor.reject()
    qtbot.waitUntil(lambda: label() == "Open note…")


def test_a_double_click_on_the_session_opens_its_note(
        qtbot: QtBot, window: MainWindow, session_id: int) -> None:
    window.calendar.session_activated.emit(session_id)
    editor = window.findChild(NoteEditor)
    assert editor is not None and editor.appointment_id == session_id


def test_close_the_day_opens_the_chosen_sessions_note(
        qtbot: QtBot, window: MainWindow, vault: Vault, session_id: int) -> None:
    dialog = window.open_close_day(MONDAY)
    assert dialog is not None
    assert not dialog.note_button.isEnabled()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    assert dialog.note_button.isEnabled()
    qtbot.mouseClick(dialog.note_button, LEFT)
    editor = dialog.findChild(NoteEditor)  # above the day, where it can be typed in
    assert editor is not None and editor.isVisible() and editor.appointment_id == session_id
    type_text(editor.sections.boxes["note"], "Written while closing the day.")
    dialog.accept()  # the day's dialog done: its note editor goes too, its words kept
    assert not editor.isVisible()
    assert next(s.text for s in note_of_session(vault, session_id).sections) == (  # type: ignore[union-attr]
        "Written while closing the day.")


def test_closing_the_window_saves_what_is_typed_before_the_practice_closes(
        qtbot: QtBot, window: MainWindow, vault: Vault, session_id: int) -> None:
    editor = window.open_session_note(session_id)
    assert editor is not None
    type_text(editor.sections.boxes["note"], "Last words.")
    assert note_of_session(vault, session_id) is None  # still in the debounce
    with qtbot.waitSignal(window.closed):
        window.close()
    reopened = open_vault(vault.paths.folder, unlock_with_passphrase(vault.paths.folder,
                                                                     PASSPHRASE))
    try:
        note = note_of_session(reopened, session_id)
        assert note is not None and note.sections[0].text == "Last words."
    finally:
        reopened.close()
