"""The client panel's sessions with their notes, newest first, a page at a time; the private
reflections apart from them, marked private, and a new one added from the panel."""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.notes.reflections import ReflectionDraft, add_reflection, reflections_of
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE
from tests.services.notes.note_book import write
from tests.ui.conftest import type_text
from tests.ui.notes_practice import NOW, NotesPractice
from ui.client_panel import ClientPanel
from ui.note_reading import timeline
from ui.note_reading.reflections import ReflectionDialog
from ui.worker import DatabaseWorker


def open_panel(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client: int) -> ClientPanel:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(420, 900)
    panel.show()
    panel.show_client(client)
    return panel


def test_sessions_are_shown_newest_first_with_their_notes_state_and_first_words(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    panel = open_panel(qtbot, vault, worker, notes.ann)
    shown = panel.timeline.table.lines()
    assert [panel.timeline.table.key(row) for row in range(3)] == notes.ann_sessions[::-1]
    assert shown == [
        ("Mon 16 Mar, 10:00 · Booked", "No note", ""),
        ("Mon 9 Mar, 10:00 · Booked", "Draft",
         "Panic on the train again; we practised slow breathing."),
        ("Mon 2 Mar, 10:00 · Booked", "Signed · addenda: 1",
         "Spoke about her sister."),  # the first line only
    ]
    # The private reflection about the second session is not part of the timeline.
    assert not any("impatient" in " ".join(row) for row in shown)


def test_enter_or_a_double_click_on_a_session_asks_for_its_note(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    panel = open_panel(qtbot, vault, worker, notes.ann)
    table = panel.timeline.table
    table.setFocus()
    table.setCurrentRow(1)
    with qtbot.waitSignal(panel.note_requested) as asked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked.args == [notes.ann_sessions[1]]
    rect = table.visualItemRect(table.item(2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.note_requested) as asked:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [notes.ann_sessions[0]]


def test_more_sessions_are_read_when_the_list_is_scrolled_to_its_end(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline, "PAGE", 8)  # more than the six rows seen at once
    client = create_client(vault, ClientDraft(full_name="Ben Hale"))
    first = datetime(2026, 1, 5, 10, tzinfo=UTC)
    ids = [book(vault, client, first + timedelta(days=n))[0] for n in range(20)]
    panel = open_panel(qtbot, vault, worker, client)
    table = panel.timeline.table
    bar = table.verticalScrollBar()
    for count in (8, 16, 20):
        assert table.count() == count
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())  # the rows are laid out
        bar.setValue(bar.maximum())
    assert [table.key(row) for row in range(20)] == ids[::-1]  # newest first, none twice


def test_reflections_are_listed_apart_and_marked_private(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    panel = open_panel(qtbot, vault, worker, notes.ann)
    reflections = panel.reflections
    assert reflections.mark.text() == "Private — never in the record or letters"
    assert reflections.mark.isVisible()
    [(title, _badge, words)] = reflections.table.lines()
    assert title.endswith("· about a session") and words == "I felt impatient with her today."


def test_add_reflection_keeps_it_private_and_shows_it(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    panel = open_panel(qtbot, vault, worker, notes.ann)
    qtbot.mouseClick(panel.reflections.add_button, Qt.MouseButton.LeftButton)
    dialog = panel.reflections.dialog
    assert isinstance(dialog, ReflectionDialog) and dialog.isVisible()
    dialog.buttons.accepted.emit()  # Save with nothing written
    assert dialog.error.text() == "Write the reflection first." and dialog.isVisible()
    assert len(reflections_of(vault, notes.ann)) == 1
    dialog.about.setCurrentIndex(1)  # the newest session shown in the timeline
    type_text(dialog.text, "Noticed my own <b>tiredness</b>; take to supervision.")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    newest = reflections_of(vault, notes.ann)[0]
    assert newest.text == "Noticed my own <b>tiredness</b>; take to supervision."
    assert newest.appointment_id == notes.ann_sessions[2]
    assert panel.reflections.table.lines()[0][2] == newest.text  # shown as typed, as text


@pytest.mark.parametrize("hostile", STORABLE)
def test_hostile_text_in_a_note_or_reflection_shows_as_text(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice,
        hostile: str) -> None:
    write(vault, notes.ann_sessions[2], hostile)
    add_reflection(vault, ReflectionDraft(notes.ann, hostile))
    panel = open_panel(qtbot, vault, worker, notes.ann)
    shown = panel.timeline.table.lines()[0][2]
    assert hostile.startswith(shown.removesuffix("…"))
    assert panel.reflections.table.lines()[0][2] == hostile
