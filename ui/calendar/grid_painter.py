"""Painting the time grid: shaded hours, lines, hour labels, session blocks, "now", a drag.

A busy week is a couple of hundred blocks, and the calendar must turn a week in a few
milliseconds, so the work is split: where each text goes and how it is elided is worked out
once per layout (with the words and widths cached across weeks, since clients come back week
after week), and painting draws all the blocks in a few passes (fills, hatching, bars, icons,
marks, names, times), setting each pen and font once per status rather than once per block.
Only the blocks inside the repainted rectangle are drawn.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLocale, QPointF, QRect, QRectF, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from models.enums import AppointmentStatus, Modality
from services.calendar.blocks import BlockTime
from ui.calendar.layout import MINUTES_PER_DAY, Placed, minute_of_day
from ui.calendar.session_style import MARKS, is_cancelled, modality_path, readable_on
from ui.calendar.text_cache import TextCache, names_match
from ui.labels import window_label

if TYPE_CHECKING:
    from ui.calendar.time_grid import Drag, TimeGrid



class Block(NamedTuple):
    placed: Placed
    rect: QRectF
    bar: QRectF
    mark_at: QPointF
    title_at: QPointF
    title: str  # the client's name as it fits: full, first name, initials, else elided
    detail_at: QPointF
    detail: str  # the time range (two lines), the start time (one line), or nothing
    icon_at: QPointF | None  # the modality icon's top left corner, when it fits


class Band(NamedTuple):
    """A block's part on one day: a hatched band across its column, with what it is for."""

    rect: QRectF
    text_at: QPointF
    text: str  # the kind and the note, elided to fit; "" when no line fits


class GridPainter:
    def __init__(self, grid: TimeGrid) -> None:
        self.grid = grid
        self.blocks: list[Block] = []
        self.bands: list[Band] = []
        self._times: dict[int, str] = {}
        self.plain = TextCache(grid.font())
        self.bold = TextCache(grid.font())
        self.icons: dict[Modality, QPainterPath] = {}
        self._icon_pixmaps: dict[tuple[Modality, int, float], QPixmap] = {}

    def fonts_changed(self) -> None:
        g = self.grid
        self.plain, self.bold = TextCache(g.font()), TextCache(g.bold_font)
        self.strike = QFont(g.bold_font)
        self.strike.setStrikeOut(True)
        self._times.clear()
        size = self.icon_size()
        self.icons = {modality: modality_path(modality, size) for modality in Modality}
        self._icon_pixmaps.clear()

    # -- words --------------------------------------------------------------------------

    def hour_label(self, hour: int) -> str:
        return self.minute_text(hour * 60)

    def minute_text(self, minute: int) -> str:
        """Local wall-clock time in the locale's short format, 13:05 or 1:05 PM."""
        minute %= MINUTES_PER_DAY
        text = self._times.get(minute)
        if text is None:
            text = self._times[minute] = self.grid.locale().toString(
                QTime(minute // 60, minute % 60), QLocale.FormatType.ShortFormat)
        return text

    def block_text(self, block: BlockTime) -> str:
        """"Lunch · a walk": what the block is for, and the therapist's note."""
        kind = window_label(block.kind)
        return f"{kind} · {block.note}" if block.note else kind

    # -- layout -------------------------------------------------------------------------

    def bar_width(self) -> int:
        return max(3, round(self.grid.pad * 0.9))

    def icon_size(self) -> int:
        return round(self.grid.metrics.ascent() * 0.95)

    def relayout(self) -> None:
        g = self.grid
        plain, bold = self.plain, self.bold
        space = plain.width(" ")
        ascent, pad, line = g.metrics.ascent(), g.pad, g.line
        bar, icon = self.bar_width(), self.icon_size()
        two_lines = 2 * line + pad / 2
        short = bold.width("W…")
        # block_rect() inlined: this loop runs for every session of every week shown.
        width = g.column_width()
        free = width - max(2 * pad, width * 0.1)
        per_minute = g.hour_height / 60
        blocks = []
        for placed in g.placed:
            entry = placed.entry
            column, span, columns = placed.slot
            x = g.gutter + placed.day * width + 1 + free * column / columns
            top = placed.start * per_minute + 1
            bottom = max(placed.end, placed.start + g.min_minutes) * per_minute - 1
            height = max(bottom - top, line)
            rect = QRectF(x, top, free * span / columns - 1, height)
            left = x + bar + pad + 1
            room = rect.width() - bar - 2 * pad
            mark = MARKS[entry.status]
            mark_room = bold.width(mark) + space if mark else 0
            baseline = top + pad / 2 + ascent
            start = self.minute_text(placed.start)
            icon_at = None
            mark_at = QPointF(left, baseline)
            if height >= two_lines:
                title_at = QPointF(left + mark_room, baseline)
                title = bold.name(entry.client_name, room - mark_room)
                detail_room = room - icon - space
                if mark_room and not names_match(title, entry.client_name):
                    # The name comes first: the mark goes to the end of the second line.
                    title_at = QPointF(left, baseline)
                    title = bold.name(entry.client_name, room)
                    mark_at = QPointF(left + room - mark_room + space, baseline + line)
                    detail_room -= mark_room
                span_text = f"{start}–{self.minute_text(placed.start + entry.length_minutes)}"
                detail = (span_text if plain.width(span_text) <= detail_room
                          else start if plain.width(start) <= detail_room else "")
                detail_at = QPointF(left + icon + space, baseline + line)
                if room >= icon:
                    icon_at = QPointF(left, baseline + line - ascent + (ascent - icon) / 2 + 1)
            else:
                detail_room = plain.width(start) + space
                if room - mark_room - detail_room < short:
                    start, detail_room = "", 0
                detail, detail_at = start, QPointF(left + mark_room, baseline)
                title_at = QPointF(left + mark_room + detail_room, baseline)
                title = bold.name(entry.client_name, room - mark_room - detail_room)
            blocks.append(Block(placed, rect, QRectF(x + 1, top + 1, bar, height - 2),
                                mark_at, title_at, title, detail_at, detail,
                                icon_at))
        self.blocks = blocks
        self.relayout_bands()

    def relayout_bands(self) -> None:
        """The bands of time kept from clients; a whole day's words sit where work starts."""
        g = self.grid
        pad, ascent = g.pad, g.metrics.ascent()
        work_starts = minute_of_day(g.practice.work_starts)
        bands = []
        for placed in g.placed_blocks:
            rect = g.blocked_rect(placed)
            top = g.y_of(max(placed.start, work_starts)) if placed.block.whole_days else rect.y()
            room = rect.bottom() - top
            text = ""
            if room >= g.line:
                text = self.plain.elided(self.block_text(placed.block), rect.width() - 2 * pad)
            bands.append(Band(rect, QPointF(rect.x() + pad, top + pad / 2 + ascent), text))
        self.bands = bands

    def icon(self, modality: Modality, colour: QColor) -> QPixmap:
        """The modality's icon in `colour`, drawn once at the screen's pixel ratio."""
        ratio = self.grid.devicePixelRatioF()
        key = (modality, colour.rgba(), ratio)
        pixmap = self._icon_pixmaps.get(key)
        if pixmap is None:
            size = self.icon_size()
            pixmap = QPixmap(math.ceil(size * ratio), math.ceil(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillPath(self.icons[modality], colour)
            painter.end()
            self._icon_pixmaps[key] = pixmap
        return pixmap

    # -- painting -----------------------------------------------------------------------

    def paint(self, p: QPainter, clip: QRect, selected: int | None, drag: Drag | None) -> None:
        self.paint_background(p, clip)
        self.paint_bands(p, QRectF(clip))
        moving = drag.placed.entry.id if drag is not None and drag.active and drag.placed else None
        area = QRectF(clip)
        shown = [b for b in self.blocks if b.rect.intersects(area)]
        still = [b for b in shown if b.placed.entry.id != moving]
        self.paint_blocks(p, still, selected)
        if moving is not None:
            p.setOpacity(0.45)
            self.paint_blocks(p, [b for b in shown if b.placed.entry.id == moving], selected)
            p.setOpacity(1.0)
        self.paint_now(p)
        if drag is not None and drag.active and drag.target is not None:
            self.paint_ghost(p, *drag.target)

    def paint_background(self, p: QPainter, clip: QRect) -> None:
        g = self.grid
        c = g.colours
        p.fillRect(clip, c.base)
        height = g.height()
        top = round(g.y_of(minute_of_day(g.practice.work_starts)))
        bottom = round(g.y_of(minute_of_day(g.practice.work_ends)))
        for index, day in enumerate(g.days):
            left, right = round(g.column_left(index)), round(g.column_left(index + 1))
            if not g.practice.is_work_day(day):
                p.fillRect(QRect(left, 0, right - left, height), c.off_day)
            else:
                p.fillRect(QRect(left, 0, right - left, top), c.off_hours)
                p.fillRect(QRect(left, bottom, right - left, height - bottom), c.off_hours)
        first_hour = max(0, int(clip.top() // g.hour_height))
        last_hour = min(24, int(clip.bottom() // g.hour_height) + 1)
        width = g.width()
        p.setPen(QPen(c.half_line, 0, Qt.PenStyle.DotLine))
        for hour in range(first_hour, last_hour):
            y = round(g.y_of(hour * 60 + 30))
            p.drawLine(g.gutter, y, width, y)
        p.setPen(QPen(c.line, 0))
        for hour in range(first_hour, last_hour + 1):
            y = round(g.y_of(hour * 60))
            p.drawLine(g.gutter - g.pad, y, width, y)
        for index in range(len(g.days) + 1):
            x = round(g.column_left(index))
            p.drawLine(x, 0, x, height)
        p.setFont(g.font())
        p.setPen(c.dim)
        shift = (g.metrics.ascent() - g.metrics.descent()) / 2
        for hour in range(max(first_hour, 1), min(last_hour + 1, 24)):
            text = self.hour_label(hour)
            x = g.gutter - 2 * g.pad - self.plain.width(text)
            p.drawText(QPointF(x, g.y_of(hour * 60) + shift), text)

    def paint_bands(self, p: QPainter, area: QRectF) -> None:
        """Time kept from clients: grey, hatched, the lines showing through, then its words;
        the part selected outlined."""
        bands = [band for band in self.bands if band.rect.intersects(area)]
        if not bands:
            return
        c = self.grid.colours
        p.setPen(Qt.PenStyle.NoPen)
        fill = QColor(c.blocked)
        fill.setAlphaF(0.7)
        p.setBrush(fill)
        p.drawRects([band.rect for band in bands])
        p.setBrush(QBrush(c.blocked_hatch, Qt.BrushStyle.BDiagPattern))
        p.drawRects([band.rect for band in bands])
        p.setFont(self.grid.font())
        p.setPen(c.blocked_text)
        for band in bands:
            if band.text:
                p.drawText(band.text_at, band.text)
        chosen = self.grid.selected_block()
        if chosen is not None:  # selected by the keyboard: outlined as a session is
            p.setBrush(Qt.BrushStyle.NoBrush)
            width = max(2, self.grid.pad // 2)
            p.setPen(QPen(c.highlight, width))
            p.drawRect(self.grid.blocked_rect(chosen).adjusted(width / 2, width / 2,
                                                              -width / 2, -width / 2))

    def paint_blocks(self, p: QPainter, blocks: list[Block], selected: int | None) -> None:
        """All the blocks, pass by pass; each pass sets its pen and brush once per status."""
        g = self.grid
        groups: dict[tuple[AppointmentStatus, bool], list[Block]] = {}
        for block in blocks:
            entry = block.placed.entry
            groups.setdefault((entry.status, entry.id == selected), []).append(block)
        radius = max(2.0, g.pad * 0.8)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for (status, chosen), members in groups.items():
            colours = g.colours.session(status, chosen)
            p.setPen(QPen(colours.border, 1))
            p.setBrush(colours.fill)
            for block in members:
                p.drawRoundedRect(block.rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        for (status, chosen), members in groups.items():
            colours = g.colours.session(status, chosen)
            if colours.hatch is not None:
                p.setBrush(QBrush(colours.hatch, Qt.BrushStyle.BDiagPattern))
                p.drawRects([block.rect.adjusted(2, 2, -2, -2) for block in members])
            p.setBrush(colours.accent)
            p.drawRects([block.bar for block in members])
        for (status, chosen), members in groups.items():
            colour = g.colours.session(status, chosen).text
            for block in members:
                if block.icon_at is not None:
                    p.drawPixmap(block.icon_at, self.icon(block.placed.entry.modality, colour))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected is not None:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(g.colours.highlight, max(2, g.pad // 2)))
            for block in blocks:
                if block.placed.entry.id == selected:
                    p.drawRoundedRect(block.rect.adjusted(1, 1, -1, -1), radius, radius)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.paint_words(p, groups)

    def paint_words(self, p: QPainter, groups: dict[tuple[AppointmentStatus, bool], list[Block]]
                    ) -> None:
        g = self.grid
        p.setFont(g.bold_font)
        for (status, chosen), members in groups.items():
            mark = MARKS[status]
            if mark:
                colours = g.colours.session(status, chosen)
                p.setPen(readable_on(colours.fill, colours.accent, 3.0))
                for block in members:
                    p.drawText(block.mark_at, mark)
        for font, cancelled in ((g.bold_font, False), (self.strike, True)):
            p.setFont(font)
            for (status, chosen), members in groups.items():
                if is_cancelled(status) == cancelled:
                    p.setPen(g.colours.session(status, chosen).text)
                    for block in members:
                        p.drawText(block.title_at, block.title)
        p.setFont(g.font())
        for (status, chosen), members in groups.items():
            p.setPen(g.colours.session(status, chosen).text)
            for block in members:
                if block.detail:
                    p.drawText(block.detail_at, block.detail)

    def paint_now(self, p: QPainter) -> None:
        g = self.grid
        if g.now is None:
            return
        local = g.now.astimezone(g.practice.zone)
        day = (local.date() - g.days[0]).days
        if not 0 <= day < len(g.days):
            return
        y = g.y_of(local.hour * 60 + local.minute)
        colour = QColor(g.colours.now)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        faint = QColor(colour)
        faint.setAlphaF(0.45)
        p.setPen(QPen(faint, 1))
        p.drawLine(QPointF(g.gutter, y), QPointF(g.width(), y))
        p.setPen(QPen(colour, max(2, g.line // 8)))
        left, right = g.column_left(day), g.column_left(day + 1)
        p.drawLine(QPointF(left, y), QPointF(right, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        radius = max(3.0, g.pad * 0.9)
        p.drawEllipse(QPointF(left, y), radius, radius)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def paint_ghost(self, p: QPainter, day: int, start: int, length: int) -> None:
        """Where the session being dragged, or the one being drawn, would go."""
        g = self.grid
        rect = g.block_rect(day, start, start + length)
        highlight = QColor(g.colours.highlight)
        fill = QColor(highlight)
        fill.setAlphaF(0.25)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(fill)
        p.setPen(QPen(highlight, max(2, g.pad // 2), Qt.PenStyle.DashLine))
        p.drawRoundedRect(rect, g.pad, g.pad)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(g.colours.text)
        p.setFont(g.bold_font)
        text = f"{self.minute_text(start)}–{self.minute_text(start + length)}"
        p.drawText(QPointF(rect.x() + g.pad, rect.y() + g.pad / 2 + g.metrics.ascent()), text)
