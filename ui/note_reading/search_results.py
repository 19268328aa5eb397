"""What a search found, in a panel over the window under the toolbar's search field: for each
hit the client, the session's day, which kind of writing it is (a private reflection marked
so), and a line of the text with the words found highlighted.

The line is drawn with QTextLayout and format ranges over the offsets the search gives: the
text itself is never read as markup, whatever a note holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from services.notes.search import LIMIT, SearchHit, Writing
from ui.client_labels import day_text
from ui.forms import HINT_STYLE, note_label

translate = QCoreApplication.translate
HitRole = Qt.ItemDataRole.UserRole
HIGHLIGHT = QColor("#ffe08a")
PRIVATE = QColor("#7a4b00")
PADDING = 6
SNIPPET_LINES = 2
WIDTH = 560
SHOWN = 8  # hits seen without scrolling


def writing_label(hit: SearchHit) -> str:
    """Which kind of writing the words were found in."""
    words = {
        Writing.NOTE: translate("SearchResults", "Note"),
        Writing.ADDENDUM: translate("SearchResults", "Addendum"),
        Writing.CHART: translate("SearchResults", "Chart notes"),
        Writing.REFLECTION: translate("SearchResults", "Private reflection"),
    }[hit.writing]
    same = hit.heading.casefold() == words.casefold()  # a free note's one heading, "Note"
    return f"{words} · {hit.heading}" if hit.heading and not same else words


def hit_title(hit: SearchHit, zone: ZoneInfo, today: date) -> str:
    """"Ann Lee · Thu 14 May · Note · Subjective"."""
    parts = [hit.client_name]
    if hit.starts_at is not None:
        day = hit.starts_at.astimezone(zone).date()
        parts.append(day_text(day, with_year=day.year != today.year))
    parts.append(writing_label(hit))
    return " · ".join(parts)


def _utf16(text: str, offset: int) -> int:
    """A Python offset into `text` as Qt counts it (UTF-16 units)."""
    return len(text[:offset].encode("utf-16-le")) // 2


def highlights(hit: SearchHit) -> list[QTextLayout.FormatRange]:
    """The found words of the snippet, bold on a highlight, as QTextLayout format ranges."""
    found = QTextCharFormat()
    found.setBackground(HIGHLIGHT)
    found.setForeground(QColor("black"))
    found.setFontWeight(QFont.Weight.Bold)
    ranges = []
    for start, end in hit.marks:
        mark = QTextLayout.FormatRange()
        mark.start = _utf16(hit.snippet, start)
        mark.length = _utf16(hit.snippet, end) - mark.start
        mark.format = found
        ranges.append(mark)
    return ranges


class HitDelegate(QStyledItemDelegate):
    """Paints a hit: its title on one line, then its snippet with the found words marked."""

    def __init__(self, zone: ZoneInfo, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone, self.today = zone, today

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(WIDTH, (1 + SNIPPET_LINES) * line + 3 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        hit: SearchHit = index.data(HitRole)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected
                                    else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        metrics = option.fontMetrics
        painter.save()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(PRIVATE if hit.private and not selected else text_colour)
        title = hit_title(hit, self.zone, self.today)
        painter.drawText(rect.left(), rect.top() + metrics.ascent(),
                         painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight,
                                                          rect.width()))
        painter.setPen(text_colour)
        layout = QTextLayout(hit.snippet, option.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(text_option)
        layout.setFormats(highlights(hit))
        layout.beginLayout()
        y = 0.0
        for _ in range(SNIPPET_LINES):
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        layout.draw(painter, QPointF(rect.left(), rect.top() + metrics.lineSpacing() + PADDING))
        painter.restore()


class SearchResults(QFrame):
    """The hits of the newest search; `hit_chosen(hit)` on a click or Enter."""

    hit_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_results")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Search results"))
        self.summary = note_label()
        self.summary.setObjectName("search_summary")
        self.summary.setStyleSheet(HINT_STYLE)
        self.list = QListWidget()
        self.list.setObjectName("search_hits")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.delegate = HitDelegate(ZoneInfo("UTC"), date.today(), self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.itemClicked.connect(lambda item: self.hit_chosen.emit(item.data(HitRole)))
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)

    def show_hits(self, hits: Sequence[SearchHit], typed: str, zone: ZoneInfo,
                  today: date) -> None:
        self.delegate.zone, self.delegate.today = zone, today
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem(hit.snippet)
            item.setData(HitRole, hit)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{hit_title(hit, zone, today)}. {hit.snippet}")
            self.list.addItem(item)
        if len(hits) >= LIMIT:
            self.summary.setText(self.tr(
                "The newest {count} shown: more words find fewer. Enter or a click opens one."
            ).format(count=len(hits)))
        elif hits:
            self.summary.setText(self.tr("Found: {count}. Enter or a click opens one.").format(
                count=len(hits)))
        else:
            self.summary.setText(self.tr("Nothing found for “{typed}”.").format(typed=typed))
        if hits:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(hits))
        row = self.list.sizeHintForRow(0) if hits else 0
        height = self.summary.sizeHint().height() + min(len(hits), SHOWN) * row + 16
        self.resize(WIDTH, height)

    def hits(self) -> list[SearchHit]:
        return [self.list.item(row).data(HitRole) for row in range(self.list.count())]

    def move_current(self, steps: int) -> None:
        if self.list.count():
            row = max(0, min(self.list.count() - 1, self.list.currentRow() + steps))
            self.list.setCurrentRow(row)

    def current(self) -> SearchHit | None:
        item = self.list.currentItem()
        hit: SearchHit | None = None if item is None else item.data(HitRole)
        return hit
