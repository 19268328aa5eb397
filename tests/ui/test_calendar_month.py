"""The month view: what a crowded day shows, opening a day, its keyboard and menu."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, Modality
from services.calendar.appointments import CalendarEntry
from ui.calendar import CalendarView

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 6, 17, 14, 20, tzinfo=LONDON)
CROWDED, QUIET = date(2026, 6, 10), date(2026, 6, 11)
LEFT = Qt.MouseButton.LeftButton


def entry(id: int, day: date, hour: int, minute: int = 0, name: str = "Anna",
          status: AppointmentStatus = AppointmentStatus.SCHEDULED) -> CalendarEntry:
    starts = datetime.combine(day, time(hour, minute), tzinfo=LONDON).astimezone(UTC)
    return CalendarEntry(id, id, name, starts, 50, Modality.PHONE, status)


@pytest.fixture
def view(qtbot: QtBot, fonts: None) -> CalendarView:
    calendar = CalendarView(now=lambda: NOW)
    calendar.set_practice(LONDON, time(9), time(18), "12345", 50)
    qtbot.addWidget(calendar)
    calendar.resize(1100, 760)
    calendar.show()
    qtbot.waitExposed(calendar)
    calendar.set_mode("month")
    crowded = [entry(100 + i, CROWDED, 8 + i, name=f"Client {i}") for i in range(12)]
    calendar.set_entries([*crowded, entry(1, QUIET, 9, name="Евгения"),
                          entry(2, QUIET, 10, status=AppointmentStatus.NO_SHOW)])
    return calendar


def test_the_month_shows_whole_weeks_from_monday(view: CalendarView) -> None:
    assert view.visible_range() == (date(2026, 6, 1), 35)  # 1 June 2026 is a Monday
    month = view.month_view
    assert month.cell_rect(date(2026, 6, 1)).left() == 0
    assert month.cell_rect(date(2026, 7, 5)).right() >= month.width() - 2


def test_a_crowded_day_shows_what_fits_then_how_many_more(view: CalendarView) -> None:
    month = view.month_view
    shown = month.sessions_shown(CROWDED)
    assert 0 < len(shown) < 12
    assert month.more_count(CROWDED) == 12 - len(shown)
    assert shown == list(range(100, 100 + len(shown)))  # the earliest first
    assert month.sessions_shown(QUIET) == [1, 2]
    assert month.more_count(QUIET) == 0
    assert month.more_text(3) == "+3 more"
    assert month.more_rect(CROWDED).bottom() <= month.cell_rect(CROWDED).bottom()
    assert month.more_rect(QUIET).isEmpty()


def test_a_taller_month_shows_more_of_a_crowded_day(view: CalendarView) -> None:
    before = len(view.month_view.sessions_shown(CROWDED))
    view.resize(1100, 1400)
    assert len(view.month_view.sessions_shown(CROWDED)) > before


def test_double_click_on_a_day_opens_it_in_the_day_view(
        view: CalendarView, qtbot: QtBot) -> None:
    ranges: list[tuple[date, int]] = []
    view.range_changed.connect(lambda first, days: ranges.append((first, days)))
    cell = view.month_view.cell_rect(date(2026, 6, 24))
    qtbot.mouseDClick(view.month_view, LEFT, pos=cell.center())
    assert view.mode() == "day"
    assert ranges == [(date(2026, 6, 24), 1)]


def test_clicking_more_opens_the_crowded_day(view: CalendarView, qtbot: QtBot) -> None:
    month = view.month_view
    qtbot.mouseClick(month, LEFT, pos=month.more_rect(CROWDED).center())
    assert view.mode() == "day"
    assert view.visible_range() == (CROWDED, 1)
    assert [e.id for e in view.time_grid.entries()] == list(range(100, 112))


def test_double_click_on_a_session_line_opens_the_session(
        view: CalendarView, qtbot: QtBot) -> None:
    month = view.month_view
    assert month.line_text(1) == "09:00 Евгения"
    spot = month.line_rect(1).center()
    assert month.session_at(QPointF(spot)).id == 1
    with qtbot.waitSignal(view.session_activated) as blocker:
        qtbot.mouseDClick(month, LEFT, pos=spot)
    assert blocker.args == [1]
    assert view.mode() == "month"


def test_arrows_move_the_selected_day_across_the_month_edge(
        view: CalendarView, qtbot: QtBot) -> None:
    month = view.month_view
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Down)  # the first arrow selects today
    assert month.selected_day == date(2026, 6, 17)
    for _ in range(2):
        qtbot.keyClick(month, Qt.Key.Key_Down)
    assert month.selected_day == date(2026, 7, 1)
    assert view.range_label.text() == "July 2026"
    qtbot.keyClick(month, Qt.Key.Key_Return)
    assert view.mode() == "day"
    assert view.visible_range() == (date(2026, 7, 1), 1)


def test_left_and_right_change_the_month_when_no_day_is_selected(
        view: CalendarView, qtbot: QtBot) -> None:
    month = view.month_view
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert view.range_label.text() == "July 2026"
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    assert view.visible_range() == (date(2026, 4, 27), 35)


def test_the_month_passes_a_right_click_on_a_session_to_its_menu(
        view: CalendarView, qtbot: QtBot) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication
    month = view.month_view
    month.menu_requested.disconnect()  # do not open the real menu here
    spot = month.line_rect(2).center()
    with qtbot.waitSignal(month.menu_requested) as blocker:
        QApplication.sendEvent(month, QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, spot, month.mapToGlobal(spot)))
    assert blocker.args[0] == 2
    assert view.context_menu_for(2).actions()[0].text() == "Open client"
    assert isinstance(blocker.args[1], QPoint)


def test_sessions_outside_the_shown_days_are_not_drawn(view: CalendarView) -> None:
    far = entry(9, date(2026, 9, 1), 9)
    view.set_entries([far, entry(1, QUIET, 9)])
    month = view.month_view
    shown = [i for offset in range(35)
             for i in month.sessions_shown(date(2026, 6, 1) + timedelta(days=offset))]
    assert shown == [1]
