"""Notes to finish: every draft, oldest first, with how long it has waited; the count on the
toolbar; a double-click shows the session; signing a note takes it off the list."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from services.notes.note_reading import note_of_session
from services.notes.session_notes import sign
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.notes_practice import NOW as NOTES_NOW
from tests.ui.notes_practice import NotesPractice
from ui.main_window import MainWindow
from ui.note_reading.notes_to_finish import NotesToFinish, days_text, until_ms
from ui.worker import DatabaseWorker

HOUR_MS = 3_600_000


def test_old_unsigned_drafts_are_listed_with_the_days_they_have_waited(
        notes_window: MainWindow, notes: NotesPractice) -> None:
    assert notes_window.menus.notes.text() == "Notes to finish (2)"
    notes_window.menus.notes.trigger()
    assert notes_window.notes_dock.isVisible()
    listed = notes_window.notes_to_finish
    assert listed.table.lines() == [
        ("Ann Lee", "21 days · overdue", "Mon 9 Mar, 10:00"),
        ("Ольга Орлова", "21 days · overdue", "Mon 9 Mar, 13:00"),
    ]
    assert listed.summary.text() == "Drafts to finish and sign: 2. Double-click one to open it."


def test_a_double_click_shows_the_session_and_signing_takes_it_off_the_list(
        qtbot: QtBot, notes_window: MainWindow, vault: Vault, notes: NotesPractice) -> None:
    notes_window.show_notes_to_finish()
    table = notes_window.notes_to_finish.table
    rect = table.visualItemRect(table.item(0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(notes_window.notes_to_finish.note_requested) as asked:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [notes.ann_sessions[1]]
    assert notes_window.calendar.time_grid.selected_id() == notes.ann_sessions[1]

    draft = note_of_session(vault, notes.ann_sessions[1])
    assert draft is not None
    sign(vault, draft.id)
    notes_window.notes_changed()
    assert [name for name, _days, _when in table.lines()] == ["Ольга Орлова"]
    assert notes_window.menus.notes.text() == "Notes to finish (1)"


def test_how_long_a_note_has_waited_in_words() -> None:
    assert days_text(0, False) == "today"
    assert days_text(1, False) == "1 day"
    assert days_text(4, True) == "4 days · overdue"


def open_list(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
              clock: list[datetime]) -> NotesToFinish:
    listed = NotesToFinish(vault, worker, lambda: clock[0])
    qtbot.addWidget(listed)
    listed.refresh()
    return listed


def waited(listed: NotesToFinish) -> list[str]:
    return [days for _name, days, _when in listed.table.lines()]


def test_at_the_practice_s_midnight_the_days_waited_move_on(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    clock = [NOTES_NOW]  # Monday 30 March, 10:00 in London (summer time)
    listed = open_list(qtbot, vault, worker, clock)
    assert waited(listed) == ["21 days · overdue", "21 days · overdue"]
    assert listed.midnight.isActive() and listed.midnight.isSingleShot()
    assert listed.midnight.interval() == 14 * HOUR_MS  # one timer, to midnight in London

    clock[0] = datetime(2026, 3, 30, 23, 0, tzinfo=UTC)  # midnight in London
    listed.midnight.timeout.emit()
    assert waited(listed) == ["22 days · overdue", "22 days · overdue"]
    assert listed.midnight.interval() == 24 * HOUR_MS  # and then to the next one

    listed.clear()  # the practice closes: nothing more is read
    assert not listed.midnight.isActive()


def test_the_midnight_is_the_practice_s_own(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    update_settings(vault, timezone="Asia/Tokyo")
    listed = open_list(qtbot, vault, worker, [NOTES_NOW])  # 18:00 in Tokyo
    assert listed.midnight.interval() == 6 * HOUR_MS


def test_a_timer_is_never_set_to_fire_before_midnight() -> None:
    midnight = datetime(2026, 3, 30, 23, 0, tzinfo=UTC)
    assert until_ms(midnight - timedelta(microseconds=1), midnight) == 1
    assert until_ms(midnight + timedelta(seconds=1), midnight) == 0
