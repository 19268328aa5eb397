"""The day's agenda on screen: its lines as the paper prints them (`agenda_lines`, in the
practice's language), the title large, headings in bold, items indented.

A list rather than a label per line: a busy day is a hundred lines and more, and a list
paints only the rows in view. Each row is plain text (a client's name is never markup), and
can be selected and copied."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from services.reminders.agenda_lines import AgendaLine, Line

INDENT = "    "
GAP = 8  # pixels above a heading


class AgendaView(QListWidget):
    """Lines of an agenda; `texts()` is what it shows, for tests. `fit()` makes it as tall as
    its lines, for a page that scrolls as a whole (closing the day)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.viewport().setAutoFillBackground(False)
        self._texts: list[str] = []
        self._fit = False
        base = QFont(self.font())
        self._title, self._heading = QFont(base), QFont(base)
        self._title.setBold(True)
        self._title.setPointSizeF(base.pointSizeF() * 1.4)
        self._heading.setBold(True)

    def show_lines(self, lines: Sequence[AgendaLine]) -> None:
        self._texts = [line.text for line in lines]
        self.clear()
        for number, line in enumerate(lines):
            if line.kind == Line.HEADING and number:
                self.addItem(self._gap())
            item = QListWidgetItem(line.text if line.kind != Line.ITEM
                                   else INDENT + line.text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if line.kind == Line.TITLE:
                item.setFont(self._title)
            elif line.kind == Line.HEADING:
                item.setFont(self._heading)
            self.addItem(item)
        if self._fit:
            self._fit_height()

    def _gap(self) -> QListWidgetItem:
        """A little room above a heading."""
        gap = QListWidgetItem()
        gap.setFlags(Qt.ItemFlag.NoItemFlags)
        gap.setSizeHint(QSize(0, GAP))
        return gap

    def fit(self) -> None:
        self._fit = True
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 4)

    def texts(self) -> list[str]:
        return list(self._texts)
