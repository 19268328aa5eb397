"""Laying out and painting the month view: day cells, one line per session, "+3 more".

As in the time grid, texts are elided once per layout (cached across months) and the lines
are painted in passes, each pen and brush set once per status.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QBrush, QFont, QPainter, QPen

from models.enums import AppointmentStatus
from services.calendar.appointments import CalendarEntry
from ui.calendar.session_style import MARKS, is_cancelled, readable_on
from ui.calendar.text_cache import TextCache
from ui.dates import qdate

if TYPE_CHECKING:
    from ui.calendar.month_view import MonthView


class Line(NamedTuple):
    entry: CalendarEntry
    rect: QRectF
    bar: QRectF
    mark_at: QPointF
    text_at: QPointF
    text: str  # start time and name, elided to fit



class MonthPainter:
    def __init__(self, view: MonthView) -> None:
        self.view = view
        self.lines: dict[date, list[Line]] = {}
        self.more: dict[date, tuple[QRectF, int]] = {}
        self._times: dict[tuple[int, int], str] = {}
        self.fonts_changed()

    def fonts_changed(self) -> None:
        v = self.view
        self.plain, self.bold = TextCache(v.font()), TextCache(v.bold_font)
        self.strike = QFont(v.font())
        self.strike.setStrikeOut(True)
        self._times.clear()

    def time_text(self, hour: int, minute: int) -> str:
        text = self._times.get((hour, minute))
        if text is None:
            text = self._times[(hour, minute)] = self.view.locale().toString(
                QTime(hour, minute), QLocale.FormatType.ShortFormat)
        return text

    def relayout(self) -> None:
        v = self.view
        lines: dict[date, list[Line]] = {}
        more: dict[date, tuple[QRectF, int]] = {}
        pad, line = v.pad, v.line
        step = line + max(1, pad // 2)
        bar = max(3, round(pad * 0.9))
        ascent = v.metrics.ascent() + (line - v.metrics.height()) / 2
        space = self.plain.width(" ")
        zone = v.practice.zone
        for index in range(v.count):
            day = v.first + timedelta(days=index)
            entries = v.by_day.get(day)
            if not entries:
                continue
            cell = v.cell(day)
            top = cell.y() + line + pad
            room = int((cell.bottom() - pad - top) // step)
            shown = entries if len(entries) <= room else entries[:max(0, room - 1)]
            width = cell.width() - 2 * pad
            left = cell.x() + pad
            day_lines = []
            for row, entry in enumerate(shown):
                y = top + row * step
                mark = MARKS[entry.status]
                mark_room = self.bold.width(mark) + space if mark else 0
                local = entry.starts_at.astimezone(zone)
                text = f"{self.time_text(local.hour, local.minute)} {entry.client_name}"
                text = self.plain.elided(text, width - bar - 2 * pad - mark_room)
                day_lines.append(Line(
                    entry, QRectF(left, y, width, line), QRectF(left, y, bar, line),
                    QPointF(left + bar + pad, y + ascent),
                    QPointF(left + bar + pad + mark_room, y + ascent), text))
            lines[day] = day_lines
            if len(shown) < len(entries):
                rect = QRectF(left, top + len(shown) * step, width, line)
                more[day] = (rect, len(entries) - len(shown))
        self.lines, self.more = lines, more

    # -- painting -----------------------------------------------------------------------

    def paint(self, p: QPainter, clip: QRectF) -> None:
        v = self.view
        c = v.colours
        p.fillRect(clip, c.base)
        self.paint_weekdays(p)
        today = v.today()
        days = [v.first + timedelta(days=i) for i in range(v.count)]
        shown = [day for day in days if v.cell(day).intersects(clip)]
        for day in shown:
            in_month = (day.year, day.month) == (v.month.year, v.month.month)
            if not in_month:
                p.fillRect(v.cell(day), c.off_day)
            elif not v.practice.is_work_day(day):
                p.fillRect(v.cell(day), c.off_hours)
        self.paint_days_off(p, [day for day in shown if day in v.days_off])
        self.paint_grid_lines(p)
        self.paint_day_numbers(p, shown, today)
        self.paint_lines(p, [line for day in shown for line in self.lines.get(day, [])])
        p.setFont(v.font())
        p.setPen(c.dim)
        for day in shown:
            if day in self.more:
                rect, count = self.more[day]
                p.drawText(rect.adjusted(v.pad, 0, 0, 0),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                           v.more_text(count))
        if v.selected_day is not None and v.selected_day in shown:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(c.highlight, max(2, v.pad // 2)))
            p.drawRect(v.cell(v.selected_day).adjusted(1, 1, -1, -1))

    def paint_days_off(self, p: QPainter, days: list[date]) -> None:
        """Days kept from clients: hatched grey, with what they are for beside the number."""
        if not days:
            return
        v = self.view
        c = v.colours
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c.blocked)
        p.drawRects([v.cell(day) for day in days])
        p.setBrush(QBrush(c.blocked_hatch, Qt.BrushStyle.BDiagPattern))
        p.drawRects([v.cell(day) for day in days])
        p.setFont(v.font())
        p.setPen(c.blocked_text)
        for day in days:
            cell = v.cell(day)
            label = v.locale().toString(qdate(day), "d MMM" if day.day == 1 else "d")
            left = cell.x() + 4 * v.pad + self.bold.width(label)
            text = self.plain.elided(v.day_off_text(day), cell.right() - v.pad - left)
            p.drawText(QRectF(left, cell.y() + v.pad / 2, cell.right() - left, v.line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def paint_weekdays(self, p: QPainter) -> None:
        v = self.view
        c = v.colours
        locale = v.locale()
        width = v.width() / 7
        p.fillRect(QRectF(0, 0, v.width(), v.header_height()), c.header)
        long_names = all(self.bold.width(locale.dayName(d)) + 2 * v.pad < width
                         for d in range(1, 8))
        form = QLocale.FormatType.LongFormat if long_names else QLocale.FormatType.ShortFormat
        p.setFont(v.bold_font)
        for column in range(7):
            rect = QRectF(column * width, 0, width, v.header_height())
            p.setPen(c.header_text if str(column + 1) in v.practice.work_days else c.dim)
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, locale.dayName(column + 1, form))

    def paint_grid_lines(self, p: QPainter) -> None:
        v = self.view
        p.setPen(QPen(v.colours.line, 0))
        rows = max(1, v.count // 7)
        body = v.height() - v.header_height()
        for row in range(rows + 1):
            y = min(round(v.header_height() + row * body / rows), v.height() - 1)
            p.drawLine(0, y, v.width(), y)
        for column in range(1, 7):
            x = round(column * v.width() / 7)
            p.drawLine(x, v.header_height(), x, v.height())

    def paint_day_numbers(self, p: QPainter, days: list[date], today: date | None) -> None:
        v = self.view
        c = v.colours
        locale = v.locale()
        p.setFont(v.bold_font)
        for day in days:
            label = locale.toString(qdate(day), "d MMM" if day.day == 1 else "d")
            cell = v.cell(day)
            number = QRectF(cell.x() + v.pad, cell.y() + v.pad / 2,
                            self.bold.width(label) + 2 * v.pad, v.line)
            if day == today:
                p.setRenderHint(QPainter.RenderHint.Antialiasing)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(c.now)
                p.drawRoundedRect(number, number.height() / 2, number.height() / 2)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                p.setPen(Qt.GlobalColor.white)
            else:
                in_month = (day.year, day.month) == (v.month.year, v.month.month)
                p.setPen(c.text if in_month else c.dim)
            p.drawText(number, Qt.AlignmentFlag.AlignCenter, label)

    def paint_lines(self, p: QPainter, lines: list[Line]) -> None:
        v = self.view
        groups: dict[AppointmentStatus, list[Line]] = {}
        for line in lines:
            groups.setdefault(line.entry.status, []).append(line)
        p.setPen(Qt.PenStyle.NoPen)
        for status, members in groups.items():
            colours = v.colours.session(status)
            p.setBrush(colours.fill)
            p.drawRects([line.rect for line in members])
            if colours.hatch is not None:
                p.setBrush(QBrush(colours.hatch, Qt.BrushStyle.BDiagPattern))
                p.drawRects([line.rect for line in members])
            p.setBrush(colours.accent)
            p.drawRects([line.bar for line in members])
        p.setFont(v.bold_font)
        for status, members in groups.items():
            mark = MARKS[status]
            if mark:
                colours = v.colours.session(status)
                p.setPen(readable_on(colours.fill, colours.accent, 3.0))
                for line in members:
                    p.drawText(line.mark_at, mark)
        for font, cancelled in ((v.font(), False), (self.strike, True)):
            p.setFont(font)
            for status, members in groups.items():
                if is_cancelled(status) == cancelled:
                    p.setPen(v.colours.session(status).text)
                    for line in members:
                        p.drawText(line.text_at, line.text)
