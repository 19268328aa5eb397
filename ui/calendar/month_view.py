"""The month view: whole weeks from Monday, a cell for each day with its first few sessions.

Each session is one line, "✓ 09:00 Anna", tinted by status; when a day holds more than its
cell can show, the last line says "+3 more". Click a day to select it; double-click it (or
press Enter, or click "+3 more") to open it in the day view; double-click a session to open
it; right-click it for its menu. A day kept from clients (a holiday) is hatched grey, with
what it is for beside its number. Arrows move the selected day (with none selected, Left and
Right are left to the calendar: previous/next month).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from services.calendar.appointments import CalendarEntry
from services.calendar.blocks import BlockTime
from ui.calendar.layout import PracticeHours
from ui.calendar.month_painter import Line, MonthPainter
from ui.calendar.session_style import (
    CalendarColours,
    session_tooltip,
    short_time,
)
from ui.calendar.time_grid import DEFAULT_PRACTICE
from ui.dates import qdate
from ui.labels import window_label
from ui.plain_text import literal

ELIDE = Qt.TextElideMode.ElideRight


class MonthView(QWidget):
    session_activated = Signal(int)
    menu_requested = Signal(int, QPoint)  # appointment id, global position
    day_opened = Signal(object)  # date: show it in the day view
    day_selected = Signal(object)  # date chosen with the keyboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sessions by day of the month"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.practice: PracticeHours = DEFAULT_PRACTICE
        self.first = date.today()
        self.count = 35
        self.month = self.first.replace(day=1)
        self.now: datetime | None = None
        self.selected_day: date | None = None
        self.by_day: dict[date, list[CalendarEntry]] = {}
        self.days_off: dict[date, BlockTime] = {}  # days a whole-day block keeps from clients
        self._stale = True
        self._update_metrics()
        self.painter = MonthPainter(self)

    def _update_metrics(self) -> None:
        font = self.font()
        self.metrics = QFontMetrics(font)
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.bold_metrics = QFontMetrics(self.bold_font)
        self.line = self.metrics.lineSpacing()
        self.pad = max(2, round(self.line / 5))
        self.colours = CalendarColours(self.palette())
        self.setMinimumSize(7 * 4 * self.line, 6 * 3 * self.line)
        if hasattr(self, "painter"):
            self.painter.fonts_changed()

    # -- what is shown ------------------------------------------------------------------

    def set_practice(self, practice: PracticeHours) -> None:
        self.practice = practice
        self.set_entries([e for entries in self.by_day.values() for e in entries])

    def set_range(self, first: date, count: int, month: date) -> None:
        self.first, self.count, self.month = first, count, month.replace(day=1)
        if self.selected_day is not None and not self._shown(self.selected_day):
            self.selected_day = None
        self._relayout()

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        by_day: dict[date, list[CalendarEntry]] = {}
        zone = self.practice.zone
        for entry in sorted(entries, key=lambda e: e.starts_at):
            by_day.setdefault(entry.starts_at.astimezone(zone).date(), []).append(entry)
        self.by_day = by_day
        self._relayout()

    def set_blocks(self, blocks: list[BlockTime]) -> None:
        """The blocks of the days shown; the month marks the whole days among them."""
        days_off: dict[date, BlockTime] = {}
        for block in blocks:
            if block.whole_days:
                for offset in range((block.last_day - block.first_day).days + 1):
                    days_off.setdefault(block.first_day + timedelta(days=offset), block)
        self.days_off = days_off
        self.update()

    def set_now(self, now: datetime) -> None:
        self.now = now
        self.update()

    def _shown(self, day: date) -> bool:
        return 0 <= (day - self.first).days < self.count

    def today(self) -> date | None:
        return None if self.now is None else self.now.astimezone(self.practice.zone).date()

    # -- geometry -----------------------------------------------------------------------

    def header_height(self) -> int:
        return round(self.line * 1.6)

    def cell_rect(self, day: date) -> QRect:
        return self.cell(day).toRect()

    def cell(self, day: date) -> QRectF:
        index = (day - self.first).days
        rows = max(1, self.count // 7)
        width = self.width() / 7
        height = (self.height() - self.header_height()) / rows
        return QRectF((index % 7) * width, self.header_height() + (index // 7) * height,
                      width, height)

    def day_at(self, point: QPointF) -> date | None:
        if point.y() < self.header_height():
            return None
        rows = max(1, self.count // 7)
        column = min(int(point.x() * 7 // max(1, self.width())), 6)
        row = min(int((point.y() - self.header_height()) * rows
                      // max(1, self.height() - self.header_height())), rows - 1)
        return self.first + timedelta(days=row * 7 + column)

    def sessions_shown(self, day: date) -> list[int]:
        return [line.entry.id for line in self._laid_out().lines.get(day, [])]

    def more_count(self, day: date) -> int:
        more = self._laid_out().more
        return more[day][1] if day in more else 0

    def more_rect(self, day: date) -> QRect:
        """Where "+3 more" is written in `day`'s cell (empty when all its sessions fit)."""
        more = self._laid_out().more.get(day)
        return more[0].toRect() if more else QRect()

    def line_rect(self, appointment_id: int) -> QRect:
        """Where the session's line is, if it is shown."""
        line = self._line(appointment_id)
        return line.rect.toRect() if line else QRect()

    def line_text(self, appointment_id: int) -> str:
        line = self._line(appointment_id)
        return line.text if line else ""

    def _line(self, appointment_id: int) -> Line | None:
        for lines in self._laid_out().lines.values():
            for line in lines:
                if line.entry.id == appointment_id:
                    return line
        return None

    def day_off_text(self, day: date) -> str:
        """What a day kept from clients is for: "Holiday", or the note the therapist wrote."""
        block = self.days_off[day]
        return block.note or window_label(block.kind)

    def more_text(self, count: int) -> str:
        return self.tr("+{count} more").format(count=count)

    def session_at(self, point: QPointF) -> CalendarEntry | None:
        day = self.day_at(point)
        for line in self._laid_out().lines.get(day, []) if day else []:
            if line.rect.contains(point):
                return line.entry
        return None

    def _relayout(self) -> None:
        """Lay the lines out again before they are next painted or looked at."""
        self._stale = True
        self.update()

    def _laid_out(self) -> MonthPainter:
        if self._stale:
            self._stale = False
            self.painter.relayout()
        return self.painter

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.LocaleChange):
            self._update_metrics()
            self._relayout()
        super().changeEvent(event)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._laid_out().paint(QPainter(self), QRectF(event.rect()))

    # -- mouse and keyboard -------------------------------------------------------------

    def _select_day(self, day: date | None) -> None:
        self.selected_day = day
        if day is not None:
            self.setAccessibleDescription(self.locale().toString(qdate(day), "dddd d MMMM yyyy"))
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or day is None:
            return
        self._select_day(day)
        more = self._laid_out().more.get(day)
        if more is not None and more[0].contains(event.position()):
            self.day_opened.emit(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        entry = self.session_at(event.position())
        if entry is not None:
            self.session_activated.emit(entry.id)
            return
        day = self.day_at(event.position())
        if day is not None:
            self.day_opened.emit(day)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        entry = self.session_at(QPointF(event.pos()))
        if entry is not None:
            self.menu_requested.emit(entry.id, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = QPointF(event.pos())  # type: ignore[attr-defined]
            entry = self.session_at(point)
            day = self.day_at(point)
            if entry is not None:
                self.setToolTip(literal(session_tooltip(entry, self.practice.zone)))
            elif day is not None and self.more_rect(day).contains(point.toPoint()):
                hidden = self.by_day[day][len(self.sessions_shown(day)):]
                self.setToolTip(literal("\n".join(
                    f"{short_time(e.starts_at.astimezone(self.practice.zone), self.locale())} "
                    f"{e.client_name}" for e in hidden)))
            else:
                self.setToolTip("")
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        if key in steps and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                  Qt.KeyboardModifier.KeypadModifier):
            if self.selected_day is None:
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                    event.ignore()
                    return
                today = self.today()
                self._select_day(today if today and self._shown(today) else self.month)
                return
            day = self.selected_day + timedelta(days=steps[key])
            self._select_day(day)
            self.day_selected.emit(day)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_day is not None:
            self.day_opened.emit(self.selected_day)
        elif key == Qt.Key.Key_Escape and self.selected_day is not None:
            self._select_day(None)
        else:
            event.ignore()
