"""The day's agenda on screen: its lines as the paper prints them (`agenda_lines`, in the
practice's language), the title and headings in bold with a blank row above each heading,
items indented.

A list of rows of one height rather than a label per line: a busy day with its call list is
hundreds of lines, and such a list lays out at once and paints only the rows in view. Each
row is plain text (a client's name is never markup), and can be selected and copied."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

from services.reminders.agenda_lines import AgendaLine, Line

INDENT = "    "


class AgendaView(QListWidget):
    """Lines of an agenda; `texts()` is what it shows, for tests. `fit()` makes it as tall as
    its lines, for a page that scrolls as a whole (closing the day)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.viewport().setAutoFillBackground(False)
        self._texts: list[str] = []
        self._fit = False
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def show_lines(self, lines: Sequence[AgendaLine]) -> None:
        self._texts = [line.text for line in lines]
        self.clear()
        for number, line in enumerate(lines):
            if line.kind == Line.HEADING and number:
                self.addItem(self._gap())
            item = QListWidgetItem(line.text if line.kind != Line.ITEM
                                   else INDENT + line.text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if line.kind != Line.ITEM:
                item.setFont(self._bold)
            self.addItem(item)
        if self._fit:
            self._fit_height()

    def _gap(self) -> QListWidgetItem:
        """A blank row above a heading."""
        gap = QListWidgetItem()
        gap.setFlags(Qt.ItemFlag.NoItemFlags)
        return gap

    def fit(self) -> None:
        self._fit = True
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_height()

    def _fit_height(self) -> None:
        row = self.sizeHintForRow(0) if self.count() else 0
        self.setFixedHeight(row * self.count() + 2 * self.frameWidth() + 4)

    def texts(self) -> list[str]:
        return list(self._texts)
