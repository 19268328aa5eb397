"""A list whose rows are two lines: what the row is (bold) and a line of what it holds (quiet).

Narrow places (the client panel, a dock) have no room for a table's columns side by side; each
line is cut with "…" at the list's width instead. The words are drawn as plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.plain_text import literal

KeyRole = Qt.ItemDataRole.UserRole
DetailRole = Qt.ItemDataRole.UserRole + 1
MarkRole = Qt.ItemDataRole.UserRole + 2  # a colour for the title (private, overdue)
BadgeRole = Qt.ItemDataRole.UserRole + 3
PADDING = 4


@dataclass(frozen=True)
class Line:
    title: str
    detail: str
    key: int | None = None  # the session or row it stands for
    tooltip: str = ""
    mark: str = ""  # a colour name for the title, or "" for the usual one
    badge: str = ""  # a word at the right end of the title's line, never cut


class TwoLineDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, 2 * option.fontMetrics.lineSpacing() + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        widget = option.widget
        if widget is not None:
            widget.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option,
                                         painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        quiet = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(PADDING + 2, PADDING, -PADDING, -PADDING)
        metrics = option.fontMetrics
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setFont(option.font)
        badge = str(index.data(BadgeRole) or "")
        room = rect.width()
        if badge:
            badge_width = metrics.horizontalAdvance(badge)
            painter.setPen(text)
            painter.drawText(rect.right() - badge_width, rect.top() + metrics.ascent(), badge)
            room -= badge_width + metrics.horizontalAdvance("  ")
        painter.setFont(bold)
        mark = index.data(MarkRole)
        painter.setPen(QColor(mark) if mark and not selected else text)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(rect.left(), rect.top() + metrics.ascent(), painter.fontMetrics()
                         .elidedText(title, Qt.TextElideMode.ElideRight, room))
        painter.setFont(option.font)
        painter.setPen(quiet)
        detail = str(index.data(DetailRole) or "")
        painter.drawText(rect.left(), rect.top() + metrics.lineSpacing() + metrics.ascent(),
                         metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class TwoLineList(QListWidget):
    """Read-only rows of two lines, as tall as its rows up to `visible`, then it scrolls."""

    def __init__(self, name: str, accessible: str, visible: int = 6) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self._visible = visible
        self.setItemDelegate(TwoLineDelegate(self))
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_lines(self, lines: Sequence[Line]) -> None:
        self.clear()
        self.add_lines(lines)

    def add_lines(self, lines: Sequence[Line]) -> None:
        """More rows below those shown, where the reader has scrolled to."""
        for line in lines:
            item = QListWidgetItem(line.title)
            item.setData(KeyRole, line.key)
            item.setData(DetailRole, line.detail)
            item.setData(MarkRole, line.mark)
            item.setData(BadgeRole, line.badge)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         ". ".join(part for part in (line.title, line.badge, line.detail) if part))
            if line.tooltip:
                item.setToolTip(literal(line.tooltip))
            self.addItem(item)
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        shown = max(1, min(self.count(), self._visible))
        self.setFixedHeight(shown * row + 2 * self.frameWidth())

    def lines(self) -> list[tuple[str, str, str]]:
        """(title, badge, detail) of each row, as the screen shows them."""
        return [(item.text(), str(item.data(BadgeRole)), str(item.data(DetailRole)))
                for item in map(self.item, range(self.count())) if item is not None]

    def key(self, row: int) -> int | None:
        item = self.item(row)
        key: int | None = None if item is None else item.data(KeyRole)
        return key
