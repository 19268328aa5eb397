"""Time kept from clients in the window: the block dialog, the band in the calendar where the
block is, its menus, booking over it asking first, and the calendar export dialog."""
# ruff: noqa: F811  (the `view` fixture is the time grid's, imported, and named by tests)

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models.enums import BlockKind, Repeat
from services.calendar.appointments import book, week
from services.calendar.blocks import BlockPlan, BlockTime, add_block, block_days, find_block
from services.calendar.ics_export import NamesShown
from services.clients.client_records import ClientDraft, create_client
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE
from tests.ui.conftest import type_text
from tests.ui.test_calendar_grid import NOW, entry, view  # noqa: F401  (the calendar at NOW)
from ui.blocks.block_dialog import BlockDialog
from ui.blocks.export_dialog import ExportCalendarDialog
from ui.calendar import CalendarView
from ui.day_close.file_export import FileExport
from ui.session_dialogs import NewSessionDialog
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 15)
LEFT = Qt.MouseButton.LeftButton


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def press(buttons: QDialogButtonBox, which: QDialogButtonBox.StandardButton,
          qtbot: QtBot) -> None:
    button = buttons.button(which)
    assert button is not None
    qtbot.mouseClick(button, LEFT)


def lunch_on(day: date, block_id: int = 3, note: str = "Walk") -> BlockTime:
    return BlockTime(block_id, BlockKind.LUNCH, note, at(day, 12, 30).astimezone(UTC),
                     at(day, 13, 30).astimezone(UTC), False, day, day, True)


def holiday(first: date, last: date, block_id: int = 4) -> BlockTime:
    return BlockTime(block_id, BlockKind.HOLIDAY, "", at(first, 0).astimezone(UTC),
                     at(last + timedelta(days=1), 0).astimezone(UTC), True, first, last, False)


def test_a_lunch_block_is_a_band_across_its_day_from_half_past_twelve(
        view: CalendarView) -> None:
    grid = view.time_grid
    view.set_blocks([lunch_on(MONDAY + timedelta(days=1))])
    [band] = grid.placed_blocks
    rect = grid.blocked_rect(band)
    assert (band.day, band.start, band.end) == (1, 12 * 60 + 30, 13 * 60 + 30)
    top, bottom = grid.point_for(at(MONDAY + timedelta(days=1), 12, 30)).y(), grid.point_for(
        at(MONDAY + timedelta(days=1), 13, 30)).y()
    assert abs(rect.top() - top) <= 1 and abs(rect.bottom() - bottom) <= 1
    assert abs(rect.left() - grid.column_left(1)) <= 1
    assert abs(rect.width() - grid.column_width()) <= 1
    inside = QPointF(rect.center())
    assert grid.blocked_at(inside) == band
    assert grid.blocked_at(QPointF(grid.point_for(at(MONDAY + timedelta(days=1), 14)))) is None
    grid.repaint()
    assert [b.text for b in grid.painter.bands] == ["Lunch · Walk"]


def test_a_holiday_covers_its_days_in_the_week_and_the_month(view: CalendarView) -> None:
    view.set_blocks([holiday(MONDAY + timedelta(days=3), MONDAY + timedelta(days=8))])
    grid = view.time_grid
    assert [(b.day, b.start, b.end) for b in grid.placed_blocks] == [
        (3, 0, 1440), (4, 0, 1440), (5, 0, 1440), (6, 0, 1440)]
    view.set_mode("month")
    month = view.month_view
    assert sorted(month.days_off) == [MONDAY + timedelta(days=n) for n in range(3, 9)]
    assert month.day_off_text(MONDAY + timedelta(days=3)) == "Holiday"
    month.repaint()  # painted without a fault


def test_hostile_notes_are_drawn_as_text(view: CalendarView) -> None:
    view.set_blocks([lunch_on(MONDAY + timedelta(days=n % 5), n, text)
                     for n, text in enumerate(STORABLE)])
    view.time_grid.repaint()
    assert {b.text.split(" · ", 1)[1] for b in view.time_grid.painter.bands
            if "…" not in b.text} <= set(STORABLE)


def choose_from_menu(text: str, shown: list[str]) -> QTimer:
    def choose() -> None:  # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            poll.stop()
            shown.extend(a.text() for a in menu.actions() if not a.isSeparator())
            next(a for a in menu.actions() if a.text() == text).trigger()
            menu.close()

    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(choose)
    poll.start()
    return poll


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_empty_slot_offers_to_block_it_and_a_block_offers_to_change(
        view: CalendarView, qtbot: QtBot) -> None:
    grid = view.time_grid
    view.set_blocks([lunch_on(MONDAY)])
    shown: list[str] = []
    spot = grid.point_for(at(MONDAY + timedelta(days=2), 10, 10))
    poll = choose_from_menu("Block this time…", shown)
    with qtbot.waitSignal(view.block_requested) as asked:
        QApplication.sendEvent(grid, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot,
                                                       grid.mapToGlobal(spot)))
    poll.stop()
    assert asked.args == [at(MONDAY + timedelta(days=2), 10).astimezone(UTC), 60]
    assert shown == ["New session at 10:00", "Block this time…"]

    shown.clear()
    spot = grid.point_for(at(MONDAY, 13))
    poll = choose_from_menu("Remove this block, every time it repeats", shown)
    with qtbot.waitSignal(view.block_action_requested) as asked:
        QApplication.sendEvent(grid, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot,
                                                       grid.mapToGlobal(spot)))
    poll.stop()
    assert asked.args == [3, "delete"]
    assert shown == ["Change this block…", "Remove this block, every time it repeats"]


def test_the_dialog_blocks_a_weekly_lunch(qtbot: QtBot, vault: Vault,
                                          worker: DatabaseWorker) -> None:
    dialog = BlockDialog(vault, worker, LONDON, at(MONDAY, 12, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() == BlockKind.LUNCH
    assert dialog.hours.isVisible() and not dialog.last_day.isVisible()
    dialog.note.setFocus()
    type_text(dialog.note, "Прогулка <b>")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.WEEKLY))
    assert dialog.stops.isVisible()
    with qtbot.waitSignal(dialog.saved):
        press(dialog.buttons, QDialogButtonBox.StandardButton.Ok, qtbot)
    times = block_days(vault, MONDAY, 14)
    assert [(t.starts_at, t.ends_at, t.note, t.kind) for t in times] == [
        (at(day, 12, 30), at(day, 13, 30), "Прогулка <b>", BlockKind.LUNCH)
        for day in (MONDAY, MONDAY + timedelta(days=7))]


def test_a_holiday_from_a_day_to_a_day_and_a_bad_one_said_beside_its_field(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = BlockDialog(vault, worker, LONDON, at(MONDAY, 9))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(BlockKind.HOLIDAY))
    qtbot.mouseClick(dialog.whole_days, LEFT, pos=QPoint(4, dialog.whole_days.height() // 2))
    assert dialog.last_day.isVisible() and not dialog.hours.isVisible()
    dialog.last_day.setDate(dialog.day.date().addDays(-1))
    press(dialog.buttons, QDialogButtonBox.StandardButton.Ok, qtbot)
    error = dialog.findChild(type(dialog.general_error), "block_last_day_error")
    assert error is not None and error.isVisible()
    assert "cannot come before" in error.text()
    assert block_days(vault, MONDAY, 30) == [] and dialog.isVisible()
    dialog.last_day.setDate(dialog.day.date().addDays(11))
    with qtbot.waitSignal(dialog.saved):
        press(dialog.buttons, QDialogButtonBox.StandardButton.Ok, qtbot)
    [away] = block_days(vault, MONDAY, 30)
    assert (away.kind, away.whole_days, away.first_day, away.last_day) == (
        BlockKind.HOLIDAY, True, MONDAY, MONDAY + timedelta(days=11))


def test_changing_a_block_starts_from_what_it_was(qtbot: QtBot, vault: Vault,
                                                  worker: DatabaseWorker) -> None:
    block_id = add_block(vault, BlockPlan(BlockKind.SUPERVISION, "Group",
                                          starts_at=at(MONDAY, 16), ends_at=at(MONDAY, 17),
                                          repeat=Repeat.FORTNIGHTLY, until=date(2026, 9, 1)))
    dialog = BlockDialog(vault, worker, LONDON, at(MONDAY, 9), find_block(vault, block_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan() == find_block(vault, block_id).plan
    dialog.ends.setTime(dialog.ends.time().addSecs(1800))
    with qtbot.waitSignal(dialog.saved):
        press(dialog.buttons, QDialogButtonBox.StandardButton.Ok, qtbot)
    plan = find_block(vault, block_id).plan
    assert plan.ends_at == at(MONDAY, 17, 30) and plan.until == date(2026, 9, 1)


def test_booking_over_lunch_asks_first(qtbot: QtBot, vault: Vault,
                                       worker: DatabaseWorker) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    add_block(vault, BlockPlan(BlockKind.LUNCH, starts_at=at(MONDAY, 12, 30),
                               ends_at=at(MONDAY, 13, 30)))
    dialog = NewSessionDialog(vault, worker, LONDON, at(MONDAY, 12), 50, client_id=client)
    qtbot.addWidget(dialog)
    press(dialog.buttons, QDialogButtonBox.StandardButton.Ok, qtbot)
    question = dialog.findChild(QMessageBox)
    assert question is not None and question.isVisible()
    assert "Lunch, time you keep from clients" in question.informativeText()
    assert week(vault, MONDAY) == []
    book_anyway = next(b for b in question.buttons() if b.text() == "Book anyway")
    qtbot.mouseClick(book_anyway, LEFT)
    question.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert [e.starts_at for e in week(vault, MONDAY)] == [at(MONDAY, 12)]


def test_the_export_dialog_warns_about_full_names_and_writes_owner_only(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, tmp_path: Path) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    book(vault, client, at(MONDAY, 10))
    export = FileExport(worker)
    dialog = ExportCalendarDialog(vault, worker, MONDAY, export=export)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.warning.isVisible()
    full, initials = dialog.name_buttons[NamesShown.FULL], dialog.name_buttons[
        NamesShown.INITIALS]
    qtbot.mouseClick(full, LEFT, pos=QPoint(6, full.height() // 2))
    assert dialog.warning.isVisible()
    qtbot.mouseClick(initials, LEFT, pos=QPoint(6, initials.height() // 2))
    assert not dialog.warning.isVisible()
    press(dialog.buttons, QDialogButtonBox.StandardButton.Save, qtbot)
    chooser = export.file_dialog
    assert chooser is not None
    target = tmp_path / "phone.ics"
    with qtbot.waitSignal(export.saved):
        chooser.fileSelected.emit(str(target))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["A.L."]
    assert str(target) in dialog.result_label.text() and dialog.result_label.isVisible()
    chooser.hide()


def test_the_window_shows_blocks_and_removing_one_is_undone_from_the_edit_menu(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    from ui.main_window import MainWindow

    update_settings(vault, timezone="Europe/London")
    block_id = add_block(vault, BlockPlan(BlockKind.LUNCH, starts_at=at(MONDAY, 12, 30),
                                          ends_at=at(MONDAY, 13, 30), repeat=Repeat.WEEKLY))
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    grid = window.calendar.time_grid
    assert [(b.block.block_id, b.start) for b in grid.placed_blocks] == [(block_id, 750)]
    assert window.menus.block_time.text() == "&Block time…"
    window.calendar.block_action_requested.emit(block_id, "delete")
    assert grid.placed_blocks == [] and block_days(vault, MONDAY, 7) == []
    assert window.undo_actions.undo.isEnabled()
    window.undo_actions.undo.trigger()
    assert [b.block.block_id for b in grid.placed_blocks] == [block_id]
    dialog = window.open_calendar_export()
    assert dialog is not None and dialog.isVisible()
    dialog.hide()
    window.menus.block_time.trigger()
    assert window.block_actions.dialog is not None and window.block_actions.dialog.isVisible()
    window.block_actions.dialog.hide()


def remove_question(grid: QWidget) -> QMessageBox:
    question = grid.findChild(QMessageBox, "remove_block_question")
    assert question is not None and question.isVisible()
    return question


def answer(question: QMessageBox, text: str, qtbot: QtBot) -> None:
    button = next(b for b in question.buttons() if b.text() == text)
    qtbot.mouseClick(button, LEFT)
    question.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.mark.parametrize("mode", ["week", "day"])
def test_the_keys_that_reach_a_session_reach_a_block_too(
        view: CalendarView, qtbot: QtBot, mode: str) -> None:
    view.set_mode(mode)
    view.go_to(MONDAY)
    view.set_entries([entry(1, at(MONDAY, 9)), entry(2, at(MONDAY, 15))])
    view.set_blocks([lunch_on(MONDAY), holiday(MONDAY + timedelta(days=2),
                                               MONDAY + timedelta(days=3))])
    grid = view.time_grid
    asked: list[list[object]] = []
    view.block_action_requested.connect(lambda *args: asked.append(list(args)))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # 9:00, then lunch at 12:30
    chosen = grid.selected_block()
    assert chosen is not None and chosen.block.block_id == 3 and grid.selected_id() is None
    assert grid.accessibleDescription() == "Lunch · Walk"
    band = grid.blocked_rect(chosen).toRect()
    shown = grid.grab().toImage()
    ratio = shown.devicePixelRatio()
    edge = shown.pixelColor(int((band.left() + 1) * ratio), int(band.center().y() * ratio))
    assert edge == grid.colours.highlight  # outlined as a selected session is

    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert asked == [[3, "change"]]
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    question = remove_question(grid)
    assert question.text() == "Lunch · Walk"
    assert {b.text() for b in question.buttons()} == {
        "Cancel", "Remove this block, every time it repeats"}  # the menu's words
    answer(question, "Cancel", qtbot)
    assert asked == [[3, "change"]] and grid.selected_block() == chosen
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    answer(remove_question(grid), "Remove this block, every time it repeats", qtbot)
    assert asked == [[3, "change"], [3, "delete"]]

    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_id() == 2 and grid.selected_block() is None
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.selected_block() == chosen
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.selected_block() is None and grid.selected_id() is None
    if mode == "week":  # the last stop: Thursday's part of the holiday; back by day
        qtbot.keyClick(grid, Qt.Key.Key_Up)
        assert (grid.selected_block().block.block_id, grid.selected_block().day) == (4, 3)
        qtbot.keyClick(grid, Qt.Key.Key_Left)
        assert grid.selected_block().day == 2
        qtbot.keyClick(grid, Qt.Key.Key_Left)
        assert grid.selected_id() == 1  # Monday's nearest to midnight
        qtbot.keyClick(grid, Qt.Key.Key_Escape)
    qtbot.keyClick(grid, Qt.Key.Key_Up)  # nothing selected: the last stop
    last = grid.selected_block() or grid.selected_id()
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # Tab leaves the grid, keeping what is chosen
    assert (grid.selected_block() or grid.selected_id()) == last and not grid.hasFocus()


def test_a_block_is_changed_and_removed_by_keyboard_in_the_window(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    from ui.main_window import MainWindow

    update_settings(vault, timezone="Europe/London")
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    book(vault, client, at(MONDAY, 10))
    block_id = add_block(vault, BlockPlan(BlockKind.SUPERVISION, "Group",
                                          starts_at=at(MONDAY, 16), ends_at=at(MONDAY, 17)))
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    grid = window.calendar.time_grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_block() is not None
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = window.block_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.plan() == find_block(vault, block_id).plan
    dialog.reject()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    question = remove_question(grid)
    assert question.text() == "Supervision · Group"
    answer(question, "Remove this block", qtbot)
    assert block_days(vault, MONDAY, 7) == [] and grid.placed_blocks == []
    assert grid.selected_block() is None
    assert [e.client_name for e in grid.entries()] == ["Ann Lee"]
