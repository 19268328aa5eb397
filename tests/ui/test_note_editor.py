"""The session note editor: the session at the top, formats, drafts, signing, addenda."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, Language, NoteFormat
from services.calendar.appointments import set_status
from services.notes.note_formats import NoteSettings, update_note_settings
from services.notes.note_reading import note_of_session
from services.notes.session_notes import add_addendum, sign
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE
from tests.services.notes.note_book import client_with_sessions, soap, write
from tests.ui.conftest import type_text
from tests.ui.discard_answers import closes_asking
from ui.notes.note_editor import NoteEditor
from ui.worker import DatabaseWorker

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def session_id(vault: Vault) -> int:
    return client_with_sessions(vault, "Nadia Volkova", count=1)[1][0]


def opened(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, appointment_id: int) -> NoteEditor:
    editor = NoteEditor(vault, worker, appointment_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def saved_now(qtbot: QtBot, editor: NoteEditor) -> None:
    """The debounce's timer runs out (as it would a second after the last keystroke)."""
    with qtbot.waitSignal(editor.saver.saved):
        editor.saver.timer.setInterval(0)
        editor.saver.timer.start()


def pick(editor: NoteEditor, name: str) -> None:
    index = editor.format_picker.findText(name)
    editor.format_picker.setCurrentIndex(index)
    editor.format_picker.activated.emit(index)


def test_a_new_note_shows_the_session_and_starts_in_the_practice_format(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    update_note_settings(vault, NoteSettings(3, NoteFormat.DAP))
    editor = opened(qtbot, vault, worker, session_id)
    assert editor.client.text() == "Nadia Volkova"
    assert editor.session.text().startswith("Mon 2 Mar 2026, ")
    assert editor.session.text().endswith(", 10:00, 50 min · Booked")
    assert editor.format_picker.currentText() == "DAP"
    assert [editor.format_picker.itemText(i) for i in range(4)] == [
        "Free text", "SOAP", "DAP", "BIRP"]
    assert list(editor.sections.boxes) == ["data", "assessment", "plan"]
    assert editor.sections.boxes["data"].placeholderText()
    assert not editor.hint.isVisible()
    assert note_of_session(vault, session_id) is None  # nothing typed, nothing written


def test_a_missed_session_can_have_its_note_too(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    set_status(vault, session_id, AppointmentStatus.NO_SHOW)
    editor = opened(qtbot, vault, worker, session_id)
    assert editor.session.text().endswith(" · Did not come")
    assert editor.hint.isVisible()
    type_text(editor.sections.boxes["note"], "Texted; no reply yet.")
    saved_now(qtbot, editor)
    note = note_of_session(vault, session_id)
    assert note is not None and note.sections[0].text == "Texted; no reply yet."


def test_typing_is_saved_as_a_draft_and_the_draft_comes_back(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    editor = opened(qtbot, vault, worker, session_id)
    pick(editor, "SOAP")
    assert list(editor.sections.boxes) == ["subjective", "objective", "assessment", "plan"]
    type_text(editor.sections.boxes["subjective"], "Slept better this week.")
    assert editor.saver.timer.isActive()  # debounced: saved once the typing pauses
    assert note_of_session(vault, session_id) is None
    saved_now(qtbot, editor)
    assert editor.state.text().startswith("Draft saved at ")
    note = note_of_session(vault, session_id)
    assert note is not None and note.format == NoteFormat.SOAP and not note.is_signed
    assert note.sections[0].text == "Slept better this week."
    editor.close()

    again = opened(qtbot, vault, worker, session_id)
    assert again.format_picker.currentText() == "SOAP"
    assert again.sections.boxes["subjective"].toPlainText() == "Slept better this week."


def test_closing_saves_at_once(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                               session_id: int) -> None:
    editor = opened(qtbot, vault, worker, session_id)
    type_text(editor.sections.boxes["note"], "Closed before the pause.")
    editor.reject()
    note = note_of_session(vault, session_id)
    assert note is not None and note.sections[0].text == "Closed before the pause."


def test_another_format_keeps_what_is_written(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    editor = opened(qtbot, vault, worker, session_id)
    type_text(editor.sections.boxes["note"], "All of it, kept.")
    pick(editor, "BIRP")
    assert editor.sections.boxes["behaviour"].toPlainText() == "Note:\nAll of it, kept."
    editor.reject()
    note = note_of_session(vault, session_id)
    assert note is not None and note.format == NoteFormat.BIRP
    assert note.sections[0].text == "Note:\nAll of it, kept."


def answer_sign(qtbot: QtBot, editor: NoteEditor, sign_it: bool) -> None:
    box = editor.ask_to_sign()
    assert "can no longer be edited" in box.text()
    button = next(b for b in box.buttons() if b.text() == "Sign") if sign_it else box.button(
        QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(button, LEFT)


def test_signing_fixes_the_note_and_addenda_go_below(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    editor = opened(qtbot, vault, worker, session_id)
    type_text(editor.sections.boxes["note"], "Worked on sleep.")
    answer_sign(qtbot, editor, sign_it=False)
    assert not editor.signed and not editor.sections.boxes["note"].isReadOnly()

    answer_sign(qtbot, editor, sign_it=True)
    note = note_of_session(vault, session_id)
    assert note is not None and note.is_signed
    assert note.sections[0].text == "Worked on sleep."  # typed just before: saved first
    assert editor.sections.boxes["note"].isReadOnly()
    assert not editor.format_picker.isEnabled() and not editor.sign_button.isVisible()
    assert editor.state.text().startswith("Signed on ")
    assert editor.addenda.isVisible() and editor.addenda.add_button.isVisible()

    qtbot.mouseClick(editor.addenda.add_button, LEFT)
    qtbot.mouseClick(editor.addenda.save_button, LEFT)  # nothing written yet
    assert editor.addenda.error.text() == "An addendum needs some text."
    assert note_of_session(vault, session_id).addenda == ()  # type: ignore[union-attr]
    type_text(editor.addenda.box, "Client called: sleep worse again.")
    qtbot.mouseClick(editor.addenda.save_button, LEFT)
    addenda = note_of_session(vault, session_id).addenda  # type: ignore[union-attr]
    assert [a.text for a in addenda] == ["Client called: sleep worse again."]
    shown = [label.text() for label in editor.addenda.findChildren(type(editor.client))
             if label.objectName() == "addendum"]
    assert shown == ["Client called: sleep worse again."]
    assert not editor.addenda.box.isVisible()


def test_an_addendum_typed_is_not_lost_to_cancel_or_closing_without_asking(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    sign(vault, write(vault, session_id, "Written last week.", Language.ENGLISH).note_id)
    editor = opened(qtbot, vault, worker, session_id)
    escape = lambda: qtbot.keyClick(editor, Qt.Key.Key_Escape)  # noqa: E731
    assert closes_asking(escape, discard=False) == []  # nothing typed: it closes at once
    assert not editor.isVisible()

    editor.show()
    qtbot.mouseClick(editor.addenda.add_button, LEFT)
    type_text(editor.addenda.box, "Client called: sleep worse again.")
    cancel = lambda: qtbot.mouseClick(editor.addenda.cancel_button, LEFT)  # noqa: E731
    assert closes_asking(cancel, discard=False) == ["Discard what you typed?"]
    assert editor.addenda.box.isVisible()
    assert editor.addenda.box.toPlainText() == "Client called: sleep worse again."
    assert closes_asking(escape, discard=False) == ["Discard what you typed?"]
    assert editor.isVisible()
    assert closes_asking(escape, discard=True) == ["Discard what you typed?"]
    assert not editor.isVisible()
    assert note_of_session(vault, session_id).addenda == ()  # type: ignore[union-attr]


def test_an_empty_note_is_not_signed_and_says_why_beside_it(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    editor = opened(qtbot, vault, worker, session_id)
    answer_sign(qtbot, editor, sign_it=True)
    assert editor.error.isVisible()
    assert editor.error.text() == "There is nothing written in this note to sign."
    assert note_of_session(vault, session_id) is None  # no empty draft left behind
    assert editor.sign_button.isEnabled()


def test_a_signed_note_opens_read_only_with_its_addenda(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    sign(vault, write(vault, session_id, "Written last week.", Language.ENGLISH).note_id)
    editor = opened(qtbot, vault, worker, session_id)
    assert editor.signed and editor.sections.boxes["note"].isReadOnly()
    assert editor.sections.boxes["note"].toPlainText() == "Written last week."
    type_text(editor.sections.boxes["note"], "more")
    assert editor.sections.boxes["note"].toPlainText() == "Written last week."
    assert not editor.saver.unsaved


def test_a_draft_in_russian_keeps_its_headings(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int) -> None:
    from services.notes.session_notes import save_draft
    save_draft(vault, soap(session_id, "Спала лучше.", language=Language.RUSSIAN))
    editor = opened(qtbot, vault, worker, session_id)
    assert editor.sections.boxes["subjective"].toPlainText() == "Спала лучше."
    assert editor.sections.boxes["subjective"].accessibleName() != "Subjective"
    type_text(editor.sections.boxes["plan"], " Дальше.")
    editor.reject()
    note = note_of_session(vault, session_id)
    assert note is not None and note.language == Language.RUSSIAN


@pytest.mark.parametrize("hostile", STORABLE)
def test_hostile_text_shows_as_it_is(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                                     hostile: str) -> None:
    appointment_id = client_with_sessions(vault, hostile, count=1)[1][0]
    note_id = write(vault, appointment_id, hostile).note_id
    sign(vault, note_id)
    add_addendum(vault, note_id, hostile)
    editor = opened(qtbot, vault, worker, appointment_id)
    assert editor.client.text() == hostile and editor.client.textFormat() == Qt.TextFormat.PlainText
    assert editor.sections.boxes["note"].toPlainText() == hostile
    (shown,) = [label for label in editor.addenda.findChildren(type(editor.client))
                if label.objectName() == "addendum"]
    assert shown.text() == hostile and shown.textFormat() == Qt.TextFormat.PlainText
