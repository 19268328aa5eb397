"""The calendar's navigation: modes, previous/next, today, the date picker, the keyboard."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.calendar import CalendarView
from ui.calendar.session_style import CalendarColours, contrast

LONDON_NOW = datetime(2026, 11, 18, 14, 20, tzinfo=UTC)  # a Wednesday, GMT


@pytest.fixture
def view(qtbot: QtBot, fonts: None) -> CalendarView:
    calendar = CalendarView(now=lambda: LONDON_NOW)
    from zoneinfo import ZoneInfo
    calendar.set_practice(ZoneInfo("Europe/London"), time(9), time(18), "12345", 50)
    qtbot.addWidget(calendar)
    calendar.resize(1100, 760)
    calendar.show()
    qtbot.waitExposed(calendar)
    return calendar


@pytest.fixture
def ranges(view: CalendarView) -> list[tuple[date, int]]:
    seen: list[tuple[date, int]] = []
    view.range_changed.connect(lambda first, days: seen.append((first, days)))
    return seen


def test_it_opens_on_this_week_with_its_dates_in_words(view: CalendarView) -> None:
    assert view.mode() == "week"
    assert view.visible_range() == (date(2026, 11, 16), 7)
    assert view.range_label.text() == "16 – 22 November 2026"
    assert view.mode_buttons["week"].isChecked()
    assert view.date_edit.date() == QDate(2026, 11, 18)


def test_each_mode_announces_the_days_it_shows(
        view: CalendarView, ranges: list[tuple[date, int]], qtbot: QtBot) -> None:
    qtbot.mouseClick(view.mode_buttons["day"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.mode_buttons["work_week"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.mode_buttons["month"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.mode_buttons["week"], Qt.MouseButton.LeftButton)
    assert ranges == [(date(2026, 11, 18), 1), (date(2026, 11, 16), 5),
                      (date(2026, 10, 26), 42), (date(2026, 11, 16), 7)]
    assert view.mode() == "week"


def test_range_text_in_each_mode(view: CalendarView) -> None:
    view.set_mode("day")
    assert view.range_label.text() == "Wednesday 18 November 2026"
    view.set_mode("month")
    assert view.range_label.text() == "November 2026"
    view.set_mode("week")
    view.go_to(date(2026, 12, 30))
    assert view.range_label.text() == "28 December 2026 – 3 January 2027"
    view.go_to(date(2026, 12, 2))
    assert view.range_label.text() == "30 November – 6 December 2026"


def test_a_narrow_calendar_shortens_the_dates_but_keeps_them_whole_in_the_tooltip(
        view: CalendarView) -> None:
    view.set_mode("day")
    label = view.range_label
    assert label.text() == "Wednesday 18 November 2026"
    label.resize(label.fontMetrics().horizontalAdvance("Wed 18 Nov 2026") + 4, label.height())
    assert label.text() == "Wed 18 Nov 2026"
    assert label.toolTip() == label.full_text() == "Wednesday 18 November 2026"


def test_previous_next_today_and_the_date_picker(
        view: CalendarView, ranges: list[tuple[date, int]], qtbot: QtBot) -> None:
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.range_label.text() == "23 – 29 November 2026"
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    view.date_edit.setDate(QDate(2027, 1, 6))  # as the calendar popup does
    assert ranges == [(date(2026, 11, 23), 7), (date(2026, 11, 16), 7), (date(2026, 11, 9), 7),
                      (date(2026, 11, 16), 7), (date(2027, 1, 4), 7)]
    view.set_mode("month")
    view.next_period()
    assert ranges[-1] == (date(2027, 2, 1), 28)
    assert view.date_edit.date() == QDate(2027, 2, 6)


def test_choosing_a_day_in_the_same_week_does_not_reload(
        view: CalendarView, ranges: list[tuple[date, int]]) -> None:
    view.date_edit.setDate(QDate(2026, 11, 20))
    assert ranges == []
    view.set_mode("day")
    assert ranges == [(date(2026, 11, 20), 1)]


def test_keyboard_moves_between_periods_and_modes(
        view: CalendarView, ranges: list[tuple[date, int]], qtbot: QtBot) -> None:
    grid = view.time_grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert ranges == [(date(2026, 11, 23), 7), (date(2026, 11, 30), 7), (date(2026, 11, 23), 7)]
    qtbot.keyClick(grid, Qt.Key.Key_T)
    assert view.visible_range() == (date(2026, 11, 16), 7)
    qtbot.keyClick(grid, Qt.Key.Key_1)
    assert view.visible_range() == (date(2026, 11, 18), 1)
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_4)
    assert view.mode() == "month"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Right)
    assert view.range_label.text() == "December 2026"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.mode() == "work_week"
    assert view.visible_range() == (date(2026, 12, 14), 5)


def test_a_practice_working_tuesday_to_saturday_has_that_work_week(
        view: CalendarView, ranges: list[tuple[date, int]]) -> None:
    from zoneinfo import ZoneInfo
    view.set_mode("work_week")
    view.set_practice(ZoneInfo("Europe/London"), time(10), time(19), "23456", 60)
    assert ranges[-1] == (date(2026, 11, 17), 5)
    assert view.time_grid.days[-1] == date(2026, 11, 21)


def test_controls_have_accessible_names(view: CalendarView) -> None:
    assert view.today_button.accessibleName() == "Today"
    assert view.previous_button.accessibleName() == "Previous week"
    assert view.next_button.accessibleName() == "Next week"
    assert view.date_edit.accessibleName() == "Go to date"
    assert view.mode_buttons["work_week"].accessibleName() == "Work week view"
    view.set_mode("month")
    assert view.next_button.accessibleName() == "Next month"
    assert view.time_grid.accessibleName() and view.month_view.accessibleName()


def test_dates_follow_the_locale(view: CalendarView) -> None:
    view.setLocale(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    assert view.range_label.text() == "16 – 22 ноября 2026"
    assert view.time_view.header.labels()[0] == "пн 16 нояб."
    view.set_mode("month")
    assert view.range_label.text() == "Ноябрь 2026"


def test_colours_stay_readable_in_a_dark_palette(qapp: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    from models.enums import AppointmentStatus
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Window, "#2d2d30")):
        palette.setColor(role, QColor(colour))
    colours = CalendarColours(palette)
    assert colours.dark
    for status in AppointmentStatus:
        for selected in (False, True):
            session = colours.session(status, selected)
            assert contrast(session.fill, session.text) >= 4.5, status
            assert session.fill.lightness() < 128, status  # a dark tint, not a light patch


def test_clicking_a_day_header_opens_that_day(
        view: CalendarView, ranges: list[tuple[date, int]], qtbot: QtBot) -> None:
    header, grid = view.time_view.header, view.time_grid
    thursday = grid.column_left(3) + grid.column_width() / 2
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(thursday), header.height() // 2))
    assert view.mode() == "day"
    assert ranges == [(date(2026, 11, 19), 1)]


def test_the_clock_is_read_again_every_minute(qtbot: QtBot, fonts: None) -> None:
    from zoneinfo import ZoneInfo
    times = [LONDON_NOW]
    calendar = CalendarView(now=lambda: times[-1])
    qtbot.addWidget(calendar)
    calendar.set_practice(ZoneInfo("Europe/London"), time(9), time(18), "12345", 50)
    assert calendar._timer.interval() == 60_000 and calendar._timer.isActive()
    times.append(datetime(2026, 11, 19, 0, 1, tzinfo=UTC))  # past midnight: Thursday
    calendar._timer.timeout.emit()
    assert calendar.time_grid.now == times[-1]
    assert calendar.time_view.header.today == date(2026, 11, 19)
