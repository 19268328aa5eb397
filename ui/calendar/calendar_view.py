"""The calendar: a navigation bar over the day, work week, week and month views.

The view never reads the vault. It says which days it shows (`range_changed`, and
`visible_range()` for the first load); the window reads them and hands the sessions over
with `set_entries`, and the time kept from clients with `set_blocks`. What the therapist asks
for (a new session, a move, a status, a block) comes out as signals; after saving, the window
calls `set_entries` again.

Keyboard: Left/Right the previous/next period (Page Up/Down too in the month; in the time
grid they scroll), T today, 1–4 or Ctrl+1–4 the day, work week, week and month views; in the
views the arrows move the selected session (or day), Enter opens it and the menu key shows
its menu.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import AppointmentStatus
from services.calendar.appointments import CANCELLATIONS, CalendarEntry, has_started
from services.calendar.blocks import BlockTime
from ui.calendar import periods
from ui.calendar.layout import PracticeHours
from ui.calendar.month_view import MonthView
from ui.calendar.periods import DAY, MODES, MONTH, WEEK, WORK_WEEK
from ui.calendar.time_grid import DEFAULT_PRACTICE, TimeGrid
from ui.calendar.time_grid_view import TimeGridView
from ui.dates import qdate
from ui.labels import status_label
from ui.plain_text import literal, plain

NOW_REFRESH_MS = 60_000
ACTIONS = ("open_client", "note", "attended", "attended_late", "no_show", "missed_by_me", "cancel",
           "reschedule", "repair", "delete")
SEPARATE_BEFORE = {"attended", "cancel", "delete"}
MODE_KEYS: dict[int, str] = {Qt.Key.Key_1: DAY, Qt.Key.Key_2: WORK_WEEK, Qt.Key.Key_3: WEEK,
                             Qt.Key.Key_4: MONTH}
STATUS_OF_ACTION = {"attended": "attended", "attended_late": "attended_late",
                    "no_show": "no_show"}


class FittingLabel(QLabel):
    """Shows the first of its texts that fits its width (the last one elided if none does);
    its tooltip and accessible description always hold the first, in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self._texts: list[str] = [""]

    def set_texts(self, texts: list[str]) -> None:
        self._texts = texts
        self.setToolTip(literal(texts[0]))
        self.setAccessibleDescription(texts[0])
        self._fit()

    def full_text(self) -> str:
        return self._texts[0]

    def texts(self) -> list[str]:
        return list(self._texts)

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width()
        fitting = next((text for text in self._texts if metrics.horizontalAdvance(text) <= room),
                       None)
        self.setText(fitting if fitting is not None else metrics.elidedText(
            self._texts[-1], Qt.TextElideMode.ElideRight, room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


class CalendarView(QWidget):
    range_changed = Signal(object, int)  # first day shown (date), number of days
    create_requested = Signal(object, int)  # start (aware UTC), length in minutes
    move_requested = Signal(int, object, int)  # appointment id, new start (aware UTC), length
    session_activated = Signal(int)  # appointment id
    action_requested = Signal(int, str)  # appointment id, one of ACTIONS
    block_requested = Signal(object, int)  # start (aware UTC), length in minutes
    block_action_requested = Signal(int, str)  # block id, "change" or "delete"

    def __init__(self, now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Calendar"))
        self._now = now
        self._practice = DEFAULT_PRACTICE
        self._mode = WEEK
        self._entries: list[CalendarEntry] = []
        self._noted: frozenset[int] = frozenset()
        current = now()
        self._today = current.astimezone(self._practice.zone).date()
        self._anchor = self._today
        self._range = periods.visible_range(self._mode, self._anchor, self._practice.work_days)

        self.time_view = TimeGridView()
        self.time_grid = self.time_view.grid
        self.month_view = MonthView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.time_view)
        self.stack.addWidget(self.month_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._navigation_bar())
        self.title_row = QHBoxLayout()  # the range title, when the bar is too narrow for it
        margin = self.fontMetrics().lineSpacing() // 2
        self.title_row.setContentsMargins(margin, 0, margin, margin // 2)
        layout.addLayout(self.title_row)
        layout.addWidget(self.stack, 1)

        for view in (self.time_grid, self.month_view):
            view.session_activated.connect(self.session_activated)
            view.menu_requested.connect(self._show_menu)
        self.time_grid.create_requested.connect(self.create_requested)
        self.time_grid.move_requested.connect(self.move_requested)
        self.time_grid.action_requested.connect(self.action_requested)
        self.time_grid.block_requested.connect(self.block_requested)
        self.time_grid.block_action_requested.connect(self.block_action_requested)
        self.time_view.header.day_chosen.connect(self.open_day)
        self.month_view.day_opened.connect(self.open_day)
        self.month_view.day_selected.connect(self._set_anchor)
        for number, mode in enumerate(MODES, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda mode=mode: self.set_mode(mode))

        self._timer = QTimer(self)
        self._timer.setInterval(NOW_REFRESH_MS)
        self._timer.timeout.connect(lambda: self.set_now(self._now()))
        self._timer.start()
        self._show_range()
        self.set_now(current)

    def _navigation_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        metrics = self.fontMetrics()
        margin = metrics.lineSpacing() // 2
        bar.setContentsMargins(margin, margin // 2, margin, margin // 2)
        bar.setSpacing(margin // 2)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(self.today)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(self.previous_period)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(self.next_period)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Go to date"))
        self.date_edit.setToolTip(self.tr("Go to date"))
        self.date_edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.date_edit.dateChanged.connect(self._date_picked)
        self.range_label = FittingLabel()
        self.range_label.setAccessibleName(self.tr("Dates shown"))
        font = QFont(self.range_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.range_label.setFont(font)
        self.range_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for widget in (self.today_button, self.previous_button, self.next_button,
                       self.date_edit):
            bar.addWidget(widget)
        bar.addSpacing(margin)
        bar.addWidget(self.range_label, 1)
        self.bar, self._title_at = bar, bar.indexOf(self.range_label)
        bar.addStretch(0)  # takes the room when the title sits on its own line
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[str, QToolButton] = {}
        names = {DAY: self.tr("Day"), WORK_WEEK: self.tr("Work week"), WEEK: self.tr("Week"),
                 MONTH: self.tr("Month")}
        modes = QHBoxLayout()
        modes.setSpacing(0)
        for number, mode in enumerate(MODES, start=1):
            button = QToolButton()
            button.setText(names[mode])
            button.setCheckable(True)
            button.setAccessibleName(self.tr("{mode} view").format(mode=names[mode]))
            button.setToolTip(self.tr("{mode} ({key} or Ctrl+{key})").format(
                mode=names[mode], key=number))
            button.clicked.connect(lambda _checked=False, mode=mode: self.set_mode(mode))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
        bar.addLayout(modes)
        return bar

    # -- the lead's window talks to these -----------------------------------------------

    def set_practice(self, zone: ZoneInfo, work_starts: time, work_ends: time, work_days: str,
                     session_minutes: int) -> None:
        self._practice = PracticeHours(zone, work_starts, work_ends, work_days, session_minutes)
        self.time_grid.set_practice(self._practice)
        self.month_view.set_practice(self._practice)
        self.set_now(self._now())
        self._show_range()
        self.time_view.scroll_to_work_start()

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self._entries = entries
        self._current_view().set_entries(entries)

    def entries(self) -> list[CalendarEntry]:
        return self._entries

    def set_blocks(self, blocks: list[BlockTime]) -> None:
        """The time kept from clients on the days shown (the same days as the sessions)."""
        self.time_grid.set_blocks(blocks)
        self.month_view.set_blocks(blocks)

    def set_noted(self, appointment_ids: frozenset[int]) -> None:
        """The sessions shown that have a note begun: their menu opens it, the others write
        one."""
        self._noted = appointment_ids

    def set_now(self, now: datetime) -> None:
        self._today = now.astimezone(self._practice.zone).date()
        self.time_grid.set_now(now)
        self.month_view.set_now(now)
        self.time_view.header.today = self._today
        self.time_view.header.update()

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown calendar mode {mode!r}")
        self._mode = mode
        self.mode_buttons[mode].setChecked(True)
        view = self.month_view if mode == MONTH else self.time_view
        had_focus = self.time_grid.hasFocus() or self.month_view.hasFocus()
        self.stack.setCurrentWidget(view)
        self._current_view().set_entries(self._entries)
        self._show_range()
        if had_focus:
            view.setFocus()

    def go_to(self, day: date) -> None:
        self._set_anchor(day)

    def today(self) -> None:
        self.set_now(self._now())
        self._set_anchor(self._today)

    def next_period(self) -> None:
        self._set_anchor(periods.shifted(self._mode, self._anchor, 1))

    def previous_period(self) -> None:
        self._set_anchor(periods.shifted(self._mode, self._anchor, -1))

    def visible_range(self) -> tuple[date, int]:
        return self._range

    def open_day(self, day: date) -> None:
        self.go_to(day)
        self.set_mode(DAY)

    def context_menu_for(self, appointment_id: int) -> QMenu:
        """The session's menu; each action emits `action_requested(id, action)`."""
        labels = {
            "open_client": self.tr("Open client"),
            "note": self.tr("Open note…") if appointment_id in self._noted
            else self.tr("Write note…"),
            "attended": self.tr("Mark attended"),
            "attended_late": status_label(AppointmentStatus.ATTENDED_LATE),
            "no_show": self.tr("No-show…"),
            "missed_by_me": self.tr("I missed this session…"),
            "cancel": self.tr("Cancel…"),
            "reschedule": self.tr("Reschedule…"),
            "repair": self.tr("Repair after a hard session…"),
            "delete": self.tr("Delete"),
        }
        entry = next((entry for entry in self._entries if entry.id == appointment_id), None)
        status = entry.status if entry is not None else None
        waiting = entry is not None and not has_started(entry.starts_at, self._now())
        not_yet = self.tr("This session has not started yet; it can be marked once it begins.")
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Session"))
        menu.setToolTipsVisible(True)
        for key in ACTIONS:
            if key in SEPARATE_BEFORE:
                menu.addSeparator()
            if key == "attended" and waiting:
                menu.addAction(not_yet).setEnabled(False)  # the reason, where it is read
            action = menu.addAction(labels[key])
            action.setData(key)
            if key in STATUS_OF_ACTION:
                action.setCheckable(True)
                action.setChecked(status == STATUS_OF_ACTION[key])
            if key == "cancel" and status in CANCELLATIONS:
                action.setEnabled(False)
            if key in STATUS_OF_ACTION and waiting:
                action.setEnabled(False)
                action.setToolTip(literal(not_yet))
            action.triggered.connect(
                lambda _checked=False, key=key: self.action_requested.emit(appointment_id, key))
        return menu

    # -- inside -------------------------------------------------------------------------

    def _current_view(self) -> TimeGrid | MonthView:
        return self.month_view if self._mode == MONTH else self.time_grid

    def _show_menu(self, appointment_id: int, where: QPoint) -> None:
        menu = self.context_menu_for(appointment_id)
        menu.exec(where)
        menu.deleteLater()

    def _set_anchor(self, day: date) -> None:
        self._anchor = day
        self._show_range()

    def _date_picked(self, picked: QDate) -> None:
        day = date(picked.year(), picked.month(), picked.day())
        if day != self._anchor:
            self._set_anchor(day)

    def _show_range(self) -> None:
        """Point every part at the anchor's period, then tell the window if it changed."""
        first, count = periods.visible_range(self._mode, self._anchor, self._practice.work_days)
        if self._mode == MONTH:
            self.month_view.set_range(first, count, self._anchor)
        else:
            self.time_grid.set_days(first, count)
        self.mode_buttons[self._mode].setChecked(True)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(qdate(self._anchor))
        self.date_edit.blockSignals(False)
        self.range_label.set_texts([self.range_text(first, count),
                                    self.range_text(first, count, short=True)])
        self._place_title()
        word = {DAY: self.tr("day"), WORK_WEEK: self.tr("week"), WEEK: self.tr("week"),
                MONTH: self.tr("month")}[self._mode]
        for button, text in ((self.previous_button, self.tr("Previous {period}")),
                             (self.next_button, self.tr("Next {period}"))):
            button.setAccessibleName(text.format(period=word))
            button.setToolTip(text.format(period=word))
        if (first, count) != self._range:
            self._range = (first, count)
            self.range_changed.emit(first, count)

    def range_text(self, first: date, count: int, short: bool = False) -> str:
        """"16 – 22 November 2026", "Monday 16 November 2026", "November 2026"; `short`:
        "16 – 22 Nov 2026", "Mon 16 Nov 2026", "Nov 2026"."""
        locale = self.locale()
        month, weekday = ("MMM", "ddd") if short else ("MMMM", "dddd")
        if self._mode == MONTH:
            form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
            name = locale.standaloneMonthName(self._anchor.month, form)
            return f"{name[:1].upper()}{name[1:]} {self._anchor.year}"
        last = first + timedelta(days=count - 1)
        end = locale.toString(qdate(last), f"d {month} yyyy")
        if count == 1:
            text = locale.toString(qdate(first), f"{weekday} d {month} yyyy")
            return text[:1].upper() + text[1:]
        if (first.year, first.month) == (last.year, last.month):
            start = locale.toString(qdate(first), "d")
        elif first.year == last.year:
            start = locale.toString(qdate(first), f"d {month}")
        else:
            start = locale.toString(qdate(first), f"d {month} yyyy")
        return self.tr("{first} – {last}").format(first=start, last=end)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_title()

    def _place_title(self) -> None:
        """The range title beside the buttons when its short form fits there, else on a
        line of its own under them, never cut (a narrow window, or the client panel open)."""
        bar = self.bar
        items = [bar.itemAt(i) for i in range(bar.count())]
        others = sum(item.minimumSize().width() for item in items
                     if item is not None and item.widget() is not self.range_label)
        margins = bar.contentsMargins()
        spacing = bar.spacing() * bar.count() + margins.left() + margins.right()
        short = self.range_label.fontMetrics().horizontalAdvance(self.range_label.texts()[-1])
        in_bar = bar.indexOf(self.range_label) >= 0
        if self.width() - others - spacing >= short:
            if not in_bar:
                self.title_row.removeWidget(self.range_label)
                bar.insertWidget(self._title_at, self.range_label, 1)
        elif in_bar:
            bar.removeWidget(self.range_label)
            self.title_row.addWidget(self.range_label, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange:
            self._show_range()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                     Qt.KeyboardModifier.KeypadModifier):
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous_period()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next_period()
        elif key == Qt.Key.Key_T:
            self.today()
        elif key in MODE_KEYS:
            self.set_mode(MODE_KEYS[key])
        else:
            super().keyPressEvent(event)
