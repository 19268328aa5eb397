"""Search from the toolbar: typed in any script, the hits shown with the words found
highlighted as formats (never markup), one click from the session; only the newest search
is shown; Esc closes the results."""

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from services.clients.client_records import update_chart_notes
from services.notes.search import Writing
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE
from tests.services.notes.note_book import write
from tests.ui.conftest import HeldExecutor, type_text
from tests.ui.notes_practice import NOW, NotesPractice
from ui.main_window import MainWindow
from ui.note_reading.search_field import NoteSearch
from ui.note_reading.search_results import highlights, hit_title
from ui.worker import DatabaseWorker


def highlighted(search: NoteSearch, row: int) -> list[str]:
    """The words the results draw highlighted in a hit's line, as the layout's formats say."""
    hit = search.results.hits()[row]
    utf16 = hit.snippet.encode("utf-16-le")
    return [utf16[2 * r.start:2 * (r.start + r.length)].decode("utf-16-le")
            for r in highlights(hit)]


def type_and_wait(qtbot: QtBot, search: NoteSearch, text: str) -> None:
    type_text(search.field, text)
    qtbot.waitUntil(search.results.isVisible)


def test_a_russian_word_typed_in_the_toolbar_finds_the_note_and_one_click_opens_it(
        qtbot: QtBot, notes_window: MainWindow, notes: NotesPractice) -> None:
    search = notes_window.note_search
    notes_window.menus.find.trigger()  # Ctrl+F
    assert QApplication.focusWidget() is search.field
    type_and_wait(qtbot, search, "ТРЕВОГ")
    [hit] = search.results.hits()
    assert hit.client_name == "Ольга Орлова" and hit.writing == Writing.NOTE
    assert highlighted(search, 0) == ["тревоге", "Тревогу"]
    assert hit_title(hit, ZoneInfo("Europe/London"), NOW.date()) == (
        "Ольга Орлова · Mon 9 Mar · Note · Запись")  # the heading in the note's language
    hits = search.results.list
    rect = hits.visualItemRect(hits.item(0))
    with qtbot.waitSignal(search.note_requested) as asked:
        qtbot.mouseClick(hits.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [notes.olga_sessions[1]]
    assert not search.results.isVisible()
    # The window shows that session's week, with the session selected.
    qtbot.waitUntil(lambda: notes_window.calendar.time_grid.selected_id() == notes.olga_sessions[1])
    assert notes_window.calendar.visible_range()[0].isoformat() == "2026-03-09"


def test_keys_in_the_field_move_through_the_hits_open_one_and_esc_closes_them(
        qtbot: QtBot, notes_window: MainWindow, notes: NotesPractice) -> None:
    search = notes_window.note_search
    type_and_wait(qtbot, search, "sister")
    assert [h.writing for h in search.results.hits()] == [Writing.ADDENDUM, Writing.NOTE]
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)
    assert not search.results.isVisible()
    type_and_wait(qtbot, search, " ")  # typing again searches again
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    with qtbot.waitSignal(search.note_requested) as asked:
        qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert asked.args == [notes.ann_sessions[0]]


def test_a_private_reflection_is_marked_so_and_a_chart_hit_opens_the_client(
        qtbot: QtBot, notes_window: MainWindow, vault: Vault, notes: NotesPractice) -> None:
    update_chart_notes(vault, notes.ann, "Referred by her GP for impatience at work.")
    search = notes_window.note_search
    type_and_wait(qtbot, search, "impatien")
    by_writing = {hit.writing: hit for hit in search.results.hits()}
    assert set(by_writing) == {Writing.REFLECTION, Writing.CHART}
    assert by_writing[Writing.REFLECTION].private
    assert "Private reflection" in hit_title(by_writing[Writing.REFLECTION],
                                             ZoneInfo("UTC"), NOW.date())
    with qtbot.waitSignal(search.client_requested) as asked:
        search.open_hit(by_writing[Writing.CHART])
    assert asked.args == [notes.ann]
    assert notes_window.panel_dock.isVisible() and notes_window.client_panel.client_id == notes.ann


@pytest.mark.parametrize("hostile", STORABLE)
def test_hostile_text_in_a_note_is_shown_as_text(
        qtbot: QtBot, notes_window: MainWindow, vault: Vault, notes: NotesPractice,
        hostile: str) -> None:
    write(vault, notes.ann_sessions[2], f"zebrafinch {hostile}")
    search = notes_window.note_search
    type_and_wait(qtbot, search, "zebrafinch")
    [hit] = search.results.hits()
    item = search.results.list.item(0)
    assert item.text() == hit.snippet
    assert f"zebrafinch {hostile}".startswith(hit.snippet.removesuffix("…"))  # as written
    assert highlighted(search, 0) == ["zebrafinch"]


def test_only_the_newest_search_is_shown(
        qtbot: QtBot, vault: Vault, notes: NotesPractice) -> None:
    held = HeldExecutor()
    search = NoteSearch(vault, DatabaseWorker(held), lambda: NOW)
    qtbot.addWidget(search)
    search.show()
    type_text(search.field, "sister")
    search.search_now()
    search.field.clear()
    type_text(search.field, "panic")
    search.search_now()
    assert len(held.jobs) == 2
    held.release()
    qtbot.waitUntil(search.results.isVisible)
    assert [hit.appointment_id for hit in search.results.hits()] == [notes.ann_sessions[1]]


def test_nothing_found_says_so_and_clearing_the_field_closes_the_results(
        qtbot: QtBot, notes_window: MainWindow) -> None:
    search = notes_window.note_search
    type_and_wait(qtbot, search, "<b>nowhere</b>")
    assert search.results.summary.text() == "Nothing found for “<b>nowhere</b>”."
    assert search.results.hits() == []
    search.field.clear()
    assert not search.results.isVisible()


def test_locking_hides_the_results_and_forgets_the_words_typed(
        qtbot: QtBot, notes_window: MainWindow) -> None:
    notes_window.show_notes_to_finish()
    search = notes_window.note_search
    type_and_wait(qtbot, search, "sister")
    notes_window.lock()
    assert not search.results.isVisible() and search.field.text() == ""
    assert not notes_window.notes_dock.isVisible()
    assert not search.timer.isActive()


def test_going_elsewhere_closes_the_results(qtbot: QtBot, notes_window: MainWindow) -> None:
    search = notes_window.note_search
    notes_window.menus.find.trigger()
    type_and_wait(qtbot, search, "sister")
    notes_window.calendar.time_grid.setFocus()
    qtbot.waitUntil(lambda: not search.results.isVisible())


def test_a_note_asked_for_from_the_month_shows_its_week_with_the_session_selected(
        notes_window: MainWindow, notes: NotesPractice) -> None:
    notes_window.calendar.set_mode("month")
    notes_window.open_session_note(notes.ann_sessions[0])
    assert notes_window.calendar.mode() == "week"
    assert notes_window.calendar.visible_range()[0].isoformat() == "2026-03-02"
    assert notes_window.calendar.time_grid.selected_id() == notes.ann_sessions[0]
