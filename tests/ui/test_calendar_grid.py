"""The time grid driven with the mouse and keyboard: create, move, resize, menu, now line.

The practice is in London in June (BST, UTC+1), so a local time and its UTC instant differ
and a mix-up between them shows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, Modality
from services.calendar.appointments import CalendarEntry
from ui.calendar import CalendarView

LONDON = ZoneInfo("Europe/London")
MON, TUE, WED = date(2026, 6, 15), date(2026, 6, 16), date(2026, 6, 17)
NOW = datetime(2026, 6, 17, 14, 20, tzinfo=LONDON)
LEFT = Qt.MouseButton.LeftButton


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    return local(day, hour, minute).astimezone(UTC)


def entry(id: int, starts: datetime, length: int = 50, name: str = "Anna",
          status: AppointmentStatus = AppointmentStatus.SCHEDULED,
          modality: Modality = Modality.IN_PERSON) -> CalendarEntry:
    return CalendarEntry(id, id, name, starts.astimezone(UTC), length, modality, status)


@pytest.fixture
def view(qtbot: QtBot, fonts: None) -> CalendarView:
    calendar = CalendarView(now=lambda: NOW)
    calendar.set_practice(LONDON, time(9), time(18), "12345", 50)
    qtbot.addWidget(calendar)
    calendar.resize(1100, 760)
    calendar.show()
    qtbot.waitExposed(calendar)
    return calendar


def drag(qtbot: QtBot, widget: object, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, LEFT, pos=start)
    middle = (start + end) / 2
    qtbot.mouseMove(widget, middle)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, LEFT, pos=end)


def test_it_opens_scrolled_to_the_start_of_the_working_day(view: CalendarView) -> None:
    grid = view.time_grid
    viewport = view.time_view.scroll_area.viewport()
    top = grid.mapTo(viewport, grid.point_for(local(WED, 9))).y()
    assert 0 < top < grid.hour_height  # 09:00 just below the top edge
    assert grid.mapTo(viewport, grid.point_for(local(WED, 7))).y() < 0


def test_double_click_on_an_empty_slot_asks_for_a_session_of_the_usual_length(
        view: CalendarView, qtbot: QtBot) -> None:
    grid = view.time_grid
    spot = grid.point_for(local(TUE, 10, 10))  # anywhere in the 10:00 half hour
    with qtbot.waitSignal(view.create_requested) as blocker:
        qtbot.mouseDClick(grid, LEFT, pos=spot)
    assert blocker.args == [utc(TUE, 10), 50]
    assert blocker.args[0] == datetime(2026, 6, 16, 9, 0, tzinfo=UTC)


def test_dragging_over_empty_time_asks_for_a_session_that_long(
        view: CalendarView, qtbot: QtBot) -> None:
    grid = view.time_grid
    with qtbot.waitSignal(view.create_requested) as blocker:
        drag(qtbot, grid, grid.point_for(local(TUE, 11)), grid.point_for(local(TUE, 12, 29)))
    assert blocker.args == [utc(TUE, 11), 90]  # 12:29 snaps to 12:30


def test_dragging_a_session_to_another_day_and_time_asks_to_move_it(
        view: CalendarView, qtbot: QtBot) -> None:
    view.set_entries([entry(7, local(MON, 9)), entry(8, local(WED, 9))])
    grid = view.time_grid
    rect = grid.session_rect(7)
    press = QPoint(rect.center().x(), grid.point_for(local(MON, 9, 10)).y())
    assert rect.contains(press)
    with qtbot.waitSignal(view.move_requested) as blocker:
        drag(qtbot, grid, press, grid.point_for(local(WED, 14, 10)))
    assert blocker.args == [7, utc(WED, 14), 50]


def test_a_click_on_a_session_selects_it_and_moves_nothing(
        view: CalendarView, qtbot: QtBot) -> None:
    view.set_entries([entry(7, local(MON, 9))])
    grid = view.time_grid
    moves: list[object] = []
    view.move_requested.connect(lambda *args: moves.append(args))
    qtbot.mouseClick(grid, LEFT, pos=grid.session_rect(7).center())
    assert moves == []
    assert grid.selected_id() == 7
    assert "Anna" in grid.accessibleDescription()


def test_dragging_the_bottom_edge_changes_the_length(view: CalendarView, qtbot: QtBot) -> None:
    view.set_entries([entry(7, local(MON, 9))])
    grid = view.time_grid
    rect = grid.session_rect(7)
    edge = QPoint(rect.center().x(), rect.bottom() - 1)
    with qtbot.waitSignal(view.move_requested) as blocker:
        drag(qtbot, grid, edge, QPoint(edge.x(), grid.point_for(local(MON, 10, 30)).y()))
    assert blocker.args == [7, utc(MON, 9), 90]


def test_overlapping_sessions_are_drawn_side_by_side(view: CalendarView) -> None:
    view.set_entries([entry(1, local(MON, 10)), entry(2, local(MON, 10, 30)),
                      entry(3, local(MON, 11)), entry(4, local(TUE, 10))])
    grid = view.time_grid
    first, second, third = (grid.session_rect(i) for i in (1, 2, 3))
    assert not first.intersects(second) and not second.intersects(third)
    assert second.left() > first.left() and third.left() == first.left()
    assert grid.session_rect(4).width() > 1.8 * first.width()  # alone on Tuesday


def test_double_click_on_a_session_opens_it(view: CalendarView, qtbot: QtBot) -> None:
    view.set_entries([entry(7, local(MON, 9))])
    with qtbot.waitSignal(view.session_activated) as blocker:
        qtbot.mouseDClick(view.time_grid, LEFT, pos=view.time_grid.session_rect(7).center())
    assert blocker.args == [7]


def test_the_menu_of_a_session_emits_the_chosen_action(view: CalendarView, qtbot: QtBot) -> None:
    view.set_entries([entry(7, local(MON, 9), status=AppointmentStatus.ATTENDED)])
    menu = view.context_menu_for(7)
    actions = {action.text(): action for action in menu.actions() if not action.isSeparator()}
    assert list(actions) == ["Open client", "Write note…", "Mark attended", "Attended late",
                             "No-show…", "I missed this session…", "Cancel…", "Reschedule…",
                             "Repair after a hard session…", "Delete"]
    assert actions["Mark attended"].isChecked() and not actions["No-show…"].isChecked()
    with qtbot.waitSignal(view.action_requested) as blocker:
        actions["No-show…"].trigger()
    assert blocker.args == [7, "no_show"]


def test_a_session_with_a_note_begun_offers_to_open_it(view: CalendarView,
                                                         qtbot: QtBot) -> None:
    view.set_entries([entry(7, local(MON, 9)), entry(8, local(MON, 11))])
    view.set_noted(frozenset({7}))
    texts = [[a.text() for a in view.context_menu_for(i).actions()] for i in (7, 8)]
    assert "Open note…" in texts[0] and "Write note…" in texts[1]
    note = next(a for a in view.context_menu_for(7).actions() if a.text() == "Open note…")
    with qtbot.waitSignal(view.action_requested) as blocker:
        note.trigger()
    assert blocker.args == [7, "note"]


# The offscreen platform cannot raise a popup or grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_right_click_on_a_session_shows_its_menu(view: CalendarView, qtbot: QtBot) -> None:
    view.set_entries([entry(7, local(MON, 9))])
    grid = view.time_grid
    shown: list[str] = []

    def choose_reschedule() -> None:  # runs inside the menu's own event loop
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            poll.stop()
            shown.extend(a.text() for a in menu.actions() if not a.isSeparator())
            next(a for a in menu.actions() if a.text() == "Reschedule…").trigger()
            menu.close()

    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(choose_reschedule)
    poll.start()
    spot = grid.session_rect(7).center()
    # What a right-click delivers (QTest's mouse clicks do not synthesise it).
    right_click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, grid.mapToGlobal(spot))
    with qtbot.waitSignal(view.action_requested) as blocker:
        QApplication.sendEvent(grid, right_click)
    poll.stop()
    assert blocker.args == [7, "reschedule"]
    assert shown[0] == "Open client"
    assert grid.selected_id() == 7


def test_arrows_walk_through_sessions_and_enter_opens(view: CalendarView, qtbot: QtBot) -> None:
    view.set_entries([entry(1, local(MON, 9)), entry(2, local(MON, 15)),
                      entry(3, local(WED, 14)), entry(4, local(WED, 9))])
    grid = view.time_grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_id() == 1
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_id() == 2
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Tuesday is empty: Wednesday, nearest in time
    assert grid.selected_id() == 3
    with qtbot.waitSignal(view.session_activated) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert blocker.args == [3]
    with qtbot.waitSignal(view.action_requested) as deleted:
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert deleted.args == [3, "delete"]
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.selected_id() is None
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # nothing selected: the next week
    assert view.visible_range()[0] == date(2026, 6, 22)


def test_the_tooltip_says_time_client_modality_and_status(view: CalendarView) -> None:
    from ui.calendar.session_style import session_tooltip
    text = session_tooltip(entry(7, local(MON, 9), name="Евгения", modality=Modality.VIDEO,
                                 status=AppointmentStatus.LATE_CANCELLATION), LONDON)
    assert text.splitlines() == ["Monday 15 June 2026, 09:00–09:50", "Евгения",
                                 "Video · ⚠ Late cancellation"]


def pixel(view: CalendarView, at: QPoint) -> QColor:
    grid = view.time_grid
    return grid.grab().toImage().pixelColor(at * grid.devicePixelRatioF())


def test_the_now_line_is_drawn_on_today_and_follows_the_clock(view: CalendarView) -> None:
    grid = view.time_grid
    now_colour = grid.colours.now
    at_now = grid.point_for(local(WED, 14, 20)) - QPoint(0, 1)
    assert pixel(view, at_now) == now_colour
    view.set_now(local(WED, 16, 0))
    assert pixel(view, at_now) != now_colour
    assert pixel(view, grid.point_for(local(WED, 16)) - QPoint(0, 1)) == now_colour


def test_working_hours_and_days_are_shaded_apart(view: CalendarView) -> None:
    grid = view.time_grid
    working = pixel(view, grid.point_for(local(TUE, 10, 10)))
    evening = pixel(view, grid.point_for(local(TUE, 20, 10)))
    saturday = pixel(view, grid.point_for(local(date(2026, 6, 20), 10, 10)))
    assert working == grid.colours.base
    assert evening == grid.colours.off_hours != working
    assert saturday == grid.colours.off_day != working


def test_a_session_yet_to_begin_cannot_be_marked_and_the_menu_says_why(
        view: CalendarView) -> None:
    view.set_entries([entry(7, local(WED, 15)), entry(8, local(WED, 14))])  # now is 14:20
    reason = "This session has not started yet; it can be marked once it begins."

    later = {action.text(): action for action in view.context_menu_for(7).actions()}
    assert reason in later and not later[reason].isEnabled()
    for text in ("Mark attended", "Attended late", "No-show…"):
        assert not later[text].isEnabled() and later[text].toolTip() == reason
    assert later["Cancel…"].isEnabled() and later["Reschedule…"].isEnabled()

    begun = {action.text(): action for action in view.context_menu_for(8).actions()}
    assert reason not in begun
    assert all(begun[text].isEnabled() for text in ("Mark attended", "Attended late",
                                                     "No-show…"))
