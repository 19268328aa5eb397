"""The day and week views: a row of day headers over the scrolling time grid."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.calendar.time_grid import TimeGrid
from ui.dates import qdate

HEADER_FORMATS = ("ddd d MMM", "ddd d", "d")
DAY_VIEW_FORMAT = "dddd d MMMM"



class DayHeader(QWidget):
    """Weekday and date over each column of the grid; today stands out. Click: that day."""

    day_chosen = Signal(object)  # date

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.offset = 0  # the grid's horizontal scroll
        self.today: date | None = None
        self.setAccessibleName(self.tr("Days"))
        self.setFixedHeight(round(grid.line * 2.1))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        grid.geometry_changed.connect(self.update)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setFixedHeight(round(self.grid.line * 2.1))
        super().changeEvent(event)

    def labels(self) -> list[str]:
        """The header of each day, as long as the column has room for."""
        g = self.grid
        locale = g.locale()
        room = g.column_width() - 2 * g.pad
        formats = (DAY_VIEW_FORMAT, *HEADER_FORMATS) if len(g.days) == 1 else HEADER_FORMATS
        metrics = g.bold_metrics
        for form in formats:
            texts = [locale.toString(qdate(day), form) for day in g.days]
            if all(metrics.horizontalAdvance(text) + 2 * g.pad <= room for text in texts):
                return texts
        return [locale.toString(qdate(day), "d") for day in g.days]

    def paintEvent(self, event: QPaintEvent) -> None:
        g = self.grid
        c = g.colours
        p = QPainter(self)
        p.fillRect(self.rect(), c.header)
        p.setPen(QPen(c.line, 0))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.translate(-self.offset, 0)
        if g.days:
            first = g.days[0]
            noon = datetime(first.year, first.month, first.day, 12, tzinfo=g.practice.zone)
            zone = noon.tzname() or ""
            p.setFont(g.font())
            p.setPen(c.dim)
            p.drawText(QRectF(0, 0, g.gutter - g.pad, self.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, zone)
        p.setFont(g.bold_font)
        metrics = g.bold_metrics
        for index, (day, text) in enumerate(zip(g.days, self.labels(), strict=True)):
            left, right = g.column_left(index), g.column_left(index + 1)
            p.setPen(QPen(c.line, 0))
            p.drawLine(QPointF(left, self.height() * 0.6), QPointF(left, self.height()))
            column = QRectF(left, 0, right - left, self.height())
            if day == self.today:
                width = metrics.horizontalAdvance(text) + 2 * g.pad
                pill = QRectF(column.center().x() - width / 2,
                              column.center().y() - g.line * 0.65, width, g.line * 1.3)
                p.setRenderHint(QPainter.RenderHint.Antialiasing)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c.now)
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                p.setPen(c.highlighted_text if c.dark else Qt.GlobalColor.white)
            else:
                p.setPen(c.header_text if g.practice.is_work_day(day) else c.dim)
            p.drawText(column, Qt.AlignmentFlag.AlignCenter, text)

    def day_at(self, x: float) -> date | None:
        x += self.offset
        if x < self.grid.gutter:
            return None
        return self.grid.days[self.grid.day_at(x)]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and day is not None:
            self.day_chosen.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self.day_at(event.pos().x())  # type: ignore[attr-defined]
            self.setToolTip("" if day is None else self.grid.locale().toString(
                qdate(day), "dddd d MMMM yyyy"))
        return super().event(event)


class GridScrollArea(QScrollArea):
    """Scrolls the grid up and down; Left and Right go on to the calendar (previous/next)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            event.ignore()
        else:
            super().keyPressEvent(event)


class TimeGridView(QWidget):
    """Headers and grid together; the grid scrolls to the start of the working day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = TimeGrid()
        self.header = DayHeader(self.grid)
        self.scroll_area = GridScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setFocusProxy(self.grid)
        self.setFocusProxy(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        self._scroll_pending = True
        bar = self.scroll_area.verticalScrollBar()
        bar.rangeChanged.connect(self._apply_scroll)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self._follow_horizontal)

    def _follow_horizontal(self, value: int) -> None:
        self.header.offset = value
        self.header.update()

    def scroll_to_work_start(self) -> None:
        """Show the working day from its start (a little before it), now or once laid out."""
        self._scroll_pending = True
        self._apply_scroll()

    def _apply_scroll(self) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if not self._scroll_pending or bar.maximum() <= 0:
            return
        self._scroll_pending = False
        bar.setValue(self.grid.work_start_y() - self.grid.hour_height // 3)
