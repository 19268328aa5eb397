"""The body of the day and week views: hours down the side, a column per day, the sessions.

Drawn with QPainter; every size comes from the font's metrics, so it holds at any scale.
Mouse: double-click an empty slot or drag over empty time to ask for a new session; drag a
session to move it, or its bottom edge to change its length (all snapped to 5 minutes). Time
kept from clients (blocks: lunch, a holiday) is a grey hatched band behind the sessions; an
empty slot's menu blocks time, a block's menu changes or removes it.
Keyboard: Up/Down step through the sessions and the blocks (Tab leaves the grid, as in any
list), Left/Right to the nearest one on the day before or after (with nothing selected
they are left to the calendar: previous/next period), Enter opens a session or a block's
dialog, the menu key or Shift+F10 shows its menu, Delete asks to delete a session or, in the
words of the block's menu, to remove a block.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

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
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from services.calendar.appointments import CalendarEntry
from services.calendar.blocks import BlockTime
from services.practice.practice_time import to_utc
from ui.calendar.grid_menus import ask_to_remove, block_menu, empty_slot_menu
from ui.calendar.grid_painter import GridPainter
from ui.calendar.layout import (
    MINUTES_PER_DAY,
    BlockPart,
    Placed,
    PlacedBlock,
    PracticeHours,
    Stop,
    minute_of_day,
    nearest_on_another_day,
    next_in_time,
    place_blocks,
    place_sessions,
    snap,
    stops_of,
)
from ui.calendar.session_style import CalendarColours, session_tooltip
from ui.plain_text import literal

DEFAULT_PRACTICE = PracticeHours(ZoneInfo("UTC"), time(9), time(18), "12345", 50)
SLOT_MINUTES = 30  # a double-click books from the start of the half hour it falls in


class Drag:
    """A press on the grid that may become a move, a resize or a new session."""

    __slots__ = ("kind", "press", "day", "minute", "placed", "active", "target")

    def __init__(self, kind: str, press: QPointF, day: int, minute: float,
                 placed: Placed | None) -> None:
        self.kind, self.press, self.day, self.minute, self.placed = (
            kind, press, day, minute, placed)
        self.active = False
        self.target: tuple[int, int, int] | None = None  # day index, start minute, length


class TimeGrid(QWidget):
    create_requested = Signal(object, int)
    move_requested = Signal(int, object, int)
    session_activated = Signal(int)
    menu_requested = Signal(int, QPoint)  # appointment id, global position
    action_requested = Signal(int, str)
    selection_changed = Signal(object)  # appointment id or None
    geometry_changed = Signal()
    block_requested = Signal(object, int)  # start (aware UTC), length in minutes
    block_action_requested = Signal(int, str)  # block id, "change" or "delete"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sessions by time"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.practice = DEFAULT_PRACTICE
        self.days: list[date] = [date.today()]
        self.now: datetime | None = None
        self._entries: list[CalendarEntry] = []
        self._placed: list[Placed] = []
        self._blocks: list[BlockTime] = []
        self._placed_blocks: list[PlacedBlock] = []
        self._placed_stale = self._blocks_stale = True
        self._selected: int | None = None
        self._selected_part: BlockPart | None = None
        self._drag: Drag | None = None
        self.painter = GridPainter(self)
        self._update_metrics()

    # -- what is shown ------------------------------------------------------------------

    def set_practice(self, practice: PracticeHours) -> None:
        self.practice = practice
        self._replace()

    def set_days(self, first: date, count: int) -> None:
        self.days = [first + timedelta(days=i) for i in range(count)]
        self._replace()

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        self._entries = entries
        self._replace()

    def set_blocks(self, blocks: list[BlockTime]) -> None:
        """The time kept from clients on the days shown."""
        self._blocks = blocks
        self._replace()

    def set_now(self, now: datetime) -> None:
        self.now = now
        self.update()

    def entries(self) -> list[CalendarEntry]:
        return [placed.entry for placed in self.placed]

    def selected_id(self) -> int | None:
        return self._selected

    def selected_block(self) -> PlacedBlock | None:
        """The block's part selected by the keyboard, if one is."""
        return next((placed for placed in self.placed_blocks
                     if BlockPart(placed.block.block_id, placed.day) == self._selected_part),
                    None)

    def select(self, appointment_id: int | None, reveal: bool = True) -> None:
        """Select a session (None: none), scrolling it into sight unless told not to (a
        click: the session is under the pointer already)."""
        if appointment_id == self._selected and self._selected_part is None:
            return
        self._selected, self._selected_part = appointment_id, None
        placed = self._placed_by_id(appointment_id)
        if placed is not None:
            self.setAccessibleDescription(
                session_tooltip(placed.entry, self.practice.zone).replace("\n", ", "))
            if reveal:
                self._reveal(self.session_rect(placed.entry.id))
        self.selection_changed.emit(appointment_id)
        self.update()

    def select_block(self, part: BlockPart) -> None:
        """Select a block's part on one day, scrolled into sight, as a session is selected."""
        self.select(None, reveal=False)
        self._selected_part = part
        placed = self.selected_block()
        if placed is not None:
            self.setAccessibleDescription(self.painter.block_text(placed.block))
            self._reveal(self.blocked_rect(placed).toRect())
        self.update()

    # -- geometry -----------------------------------------------------------------------

    def _update_metrics(self) -> None:
        font = self.font()
        self.metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        self.bold_metrics = QFontMetrics(bold)
        self.bold_font = bold
        self.painter.fonts_changed()
        self.line = self.metrics.lineSpacing()
        self.pad = max(2, round(self.line / 5))
        self.hour_height = round(self.line * 3.2)
        locale_hours = [self.painter.hour_label(hour) for hour in range(24)]
        self.gutter = max(self.metrics.horizontalAdvance(text) for text in locale_hours) + (
            3 * self.pad)
        # Drawn at least a line tall; columns are worked out on that drawn height.
        self.min_minutes = math.ceil(60 * (self.line + self.pad) / self.hour_height)
        self.colours = CalendarColours(self.palette())
        self.setFixedHeight(24 * self.hour_height + 1)
        self.setMinimumWidth(self.gutter + len(self.days) * 4 * self.line)

    def column_width(self) -> float:
        return max(1.0, (self.width() - self.gutter) / max(1, len(self.days)))

    def column_left(self, day: int) -> float:
        return self.gutter + day * self.column_width()

    def y_of(self, minute: float) -> float:
        return minute * self.hour_height / 60

    def minute_at(self, y: float) -> float:
        return min(max(y * 60 / self.hour_height, 0.0), float(MINUTES_PER_DAY))

    def day_at(self, x: float) -> int:
        return min(max(int((x - self.gutter) // self.column_width()), 0), len(self.days) - 1)

    def point_for(self, moment: datetime) -> QPoint:
        """A point in the middle of `moment`'s day column, just inside its minute."""
        local = moment.astimezone(self.practice.zone) if moment.tzinfo else moment
        day = (local.date() - self.days[0]).days
        x = self.column_left(day) + self.column_width() / 2
        return QPoint(int(x), math.ceil(self.y_of(local.hour * 60 + local.minute)))

    def block_rect(self, day: int, start: int, end: int, slot: tuple[int, int, int] = (0, 1, 1)
                   ) -> QRectF:
        """Where a session from `start` to `end` minutes sits in its day's column."""
        column, span, columns = slot
        width = self.column_width()
        room = width - max(2 * self.pad, width * 0.1)  # free space on the right to click
        left = self.column_left(day) + 1 + room * column / columns
        top = self.y_of(start) + 1
        bottom = self.y_of(max(end, start + self.min_minutes)) - 1
        return QRectF(left, top, room * span / columns - 1, max(bottom - top, self.line))

    def session_rect(self, appointment_id: int) -> QRect:
        placed = self._placed_by_id(appointment_id)
        if placed is None:
            return QRect()
        return self.block_rect(placed.day, placed.start, placed.end, placed.slot).toRect()

    def session_at(self, point: QPointF) -> Placed | None:
        for placed in reversed(self.placed):
            if self.block_rect(placed.day, placed.start, placed.end, placed.slot).contains(point):
                return placed
        return None

    def blocked_rect(self, placed: PlacedBlock) -> QRectF:
        """Where a block's part on one day sits: the whole width of its day's column."""
        top, bottom = self.y_of(placed.start), self.y_of(placed.end)
        return QRectF(self.column_left(placed.day) + 1, top, self.column_width() - 1,
                      max(bottom - top, 1.0))

    def blocked_at(self, point: QPointF) -> PlacedBlock | None:
        return next((placed for placed in self.placed_blocks
                     if self.blocked_rect(placed).contains(point)), None)

    @property
    def placed_blocks(self) -> list[PlacedBlock]:
        _ = self.placed
        return self._placed_blocks

    def _on_bottom_edge(self, placed: Placed, point: QPointF) -> bool:
        rect = self.block_rect(placed.day, placed.start, placed.end, placed.slot)
        return point.y() >= rect.bottom() - max(3, self.pad) and rect.height() > 2 * self.pad

    def _placed_by_id(self, appointment_id: int | None) -> Placed | None:
        for placed in self.placed:
            if placed.entry.id == appointment_id:
                return placed
        return None

    @property
    def placed(self) -> list[Placed]:
        """The sessions of the days shown, placed; worked out when first needed after a
        change, so new days and their sessions arriving together are laid out once."""
        if self._placed_stale:
            self._placed_stale = False
            self._placed = place_sessions(self._entries, self.days[0], len(self.days),
                                          self.practice.zone, self.min_minutes)
            self._placed_blocks = place_blocks(self._blocks, self.days[0], len(self.days),
                                               self.practice.zone)
            if self._selected is not None and self._placed_by_id(self._selected) is None:
                self._selected = None
            if self.selected_block() is None:
                self._selected_part = None
        return self._placed

    def _replace(self) -> None:
        self._placed_stale = self._blocks_stale = True
        self.setMinimumWidth(self.gutter + len(self.days) * 4 * self.line)
        self.geometry_changed.emit()
        self.update()

    def _reveal(self, rect: QRect) -> None:
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QScrollArea):
            area.ensureVisible(rect.center().x(), rect.center().y(), 0,
                               rect.height() // 2 + self.line)

    def slot_start(self, point: QPointF) -> int:
        """The first minute of the half hour under `point`: where a new session begins."""
        return int(self.minute_at(point.y()) // SLOT_MINUTES) * SLOT_MINUTES

    def to_instant(self, day: int, minute: int) -> datetime:
        minute = min(max(minute, 0), MINUTES_PER_DAY - 5)
        return to_utc(self.days[day], time(minute // 60, minute % 60), self.practice.zone)

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._blocks_stale or self._placed_stale:
            _ = self.placed
            self._blocks_stale = False
            self.painter.relayout()
        painter = QPainter(self)
        self.painter.paint(painter, event.rect(), self._selected, self._drag)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._blocks_stale = True
        self.geometry_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.LocaleChange):
            self._update_metrics()
            self._replace()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = QPointF(event.pos())  # type: ignore[attr-defined]
            placed = self.session_at(point)
            blocked = self.blocked_at(point) if placed is None else None
            self.setToolTip(literal(session_tooltip(placed.entry, self.practice.zone))
                            if placed is not None
                            else literal(self.painter.block_text(blocked.block))
                            if blocked is not None else "")
        return super().event(event)

    # -- mouse --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        point = event.position()
        placed = self.session_at(point)
        minute = self.minute_at(point.y())
        day = self.day_at(point.x())
        if placed is not None:
            self.select(placed.entry.id, reveal=False)
            kind = "resize" if self._on_bottom_edge(placed, point) else "move"
            self._drag = Drag(kind, point, day, minute, placed)
        else:
            self.select(None)
            self._drag = Drag("create", point, day, minute, None)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        drag = self._drag
        if drag is None:
            placed = self.session_at(point)
            shape = (Qt.CursorShape.SizeVerCursor
                     if placed is not None and self._on_bottom_edge(placed, point)
                     else Qt.CursorShape.ArrowCursor)
            if self.cursor().shape() != shape:
                self.setCursor(shape)
            return
        if not drag.active and (point - drag.press).manhattanLength() < (
                QApplication.startDragDistance()):
            return
        drag.active = True
        drag.target = self._target(drag, point)
        self._reveal(QRect(point.toPoint(), point.toPoint()))
        self.update()

    def _target(self, drag: Drag, point: QPointF) -> tuple[int, int, int] | None:
        minute = self.minute_at(point.y())
        if drag.kind == "move" and drag.placed is not None:
            length = drag.placed.end - drag.placed.start
            start = snap(drag.placed.start + minute - drag.minute)
            start = min(max(start, 0), MINUTES_PER_DAY - length)
            return self.day_at(point.x()), start, drag.placed.entry.length_minutes
        if drag.kind == "resize" and drag.placed is not None:
            start = drag.placed.start
            end = min(max(snap(minute), start + 5), MINUTES_PER_DAY)
            return drag.placed.day, start, end - start
        begin, end = sorted((snap(drag.minute), snap(minute)))
        return (drag.day, begin, end - begin) if end - begin >= 5 else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self.update()
        if not drag.active:
            return
        target = self._target(drag, event.position())
        if target is None:
            return
        day, start, length = target
        placed = drag.placed
        if drag.kind == "create":
            self.create_requested.emit(self.to_instant(day, start), length)
        elif placed is not None and (day, start, length) != (
                placed.day, placed.start, placed.entry.length_minutes):
            self.move_requested.emit(placed.entry.id, self.to_instant(day, start), length)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = None
        point = event.position()
        placed = self.session_at(point)
        if placed is not None:
            self.session_activated.emit(placed.entry.id)
            return
        self.create_requested.emit(self.to_instant(self.day_at(point.x()),
                                                   self.slot_start(point)),
                                   self.practice.session_minutes)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._menu_for_selected()
            return
        point = QPointF(event.pos())
        placed = self.session_at(point)
        if placed is not None:
            self.select(placed.entry.id, reveal=False)
            self.menu_requested.emit(placed.entry.id, event.globalPos())
            return
        blocked = self.blocked_at(point)
        menu = block_menu(self, blocked) if blocked is not None else empty_slot_menu(self, point)
        menu.exec(event.globalPos())

    # -- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        current = self._current()
        block = self.selected_block()
        if key == Qt.Key.Key_Escape and (self._drag is not None or current is not None):
            self._drag = None
            self.select(None)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and plain and self._stops():
            self._choose(next_in_time(self._stops(), current, -1 if key == Qt.Key.Key_Up else 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and plain and current is not None:
            if not self._step_day(-1 if key == Qt.Key.Key_Left else 1):
                event.ignore()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            if block is not None:
                self.block_action_requested.emit(block.block.block_id, "change")
            else:
                self.session_activated.emit(self._selected)
        elif key == Qt.Key.Key_Delete and current is not None:
            if block is not None:
                ask_to_remove(self, block)
            else:
                self.action_requested.emit(self._selected, "delete")
        elif key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier and (
                current is not None):
            self._menu_for_selected()
        else:
            event.ignore()

    def _current(self) -> int | BlockPart | None:
        return self._selected_part if self._selected_part is not None else self._selected

    def _stops(self) -> list[Stop]:
        return stops_of(self.placed, self.placed_blocks)

    def _choose(self, key: int | BlockPart | None) -> None:
        if isinstance(key, BlockPart):
            self.select_block(key)
        else:
            self.select(key)

    def _step_day(self, step: int) -> bool:
        found = nearest_on_another_day(self._stops(), self._current(), step)
        if found is not None:
            self._choose(found)
        return found is not None

    def _menu_for_selected(self) -> None:
        block = self.selected_block()
        if block is not None:
            block_menu(self, block).exec(self.mapToGlobal(
                self.blocked_rect(block).toRect().center()))
        elif self._selected is not None:
            rect = self.session_rect(self._selected)
            self.menu_requested.emit(self._selected, self.mapToGlobal(rect.center()))

    def work_start_y(self) -> int:
        return int(self.y_of(minute_of_day(self.practice.work_starts)))
