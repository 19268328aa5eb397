"""The day's agenda on screen: its lines as the paper prints them (`agenda_lines`, in the
practice's language), the title and headings in bold with a blank row above each heading,
items indented.

A list view over a model of the lines rather than a label (or an item) per line: a busy day
with its call list is hundreds of lines, and showing them is one reset of the model; the
view asks only for the rows in sight, all of one height. Each row is plain text (a client's
name is never markup), and can be selected and copied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from services.reminders.agenda_lines import AgendaLine, Line

INDENT = "    "
Index = QModelIndex | QPersistentModelIndex
# The two roles a row answers, as plain numbers: a paint asks each row in sight for a dozen.
DISPLAY, FONT = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.FontRole.value)


class AgendaRows(QAbstractListModel):
    """The rows an agenda shows: (text, bold), a blank row (None) above each heading."""

    def __init__(self, bold: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bold = bold
        self._rows: list[tuple[str, bool] | None] = []

    def set_lines(self, lines: Sequence[AgendaLine]) -> None:
        rows: list[tuple[str, bool] | None] = []
        for number, line in enumerate(lines):
            if line.kind == Line.HEADING and number:
                rows.append(None)
            rows.append((INDENT + line.text, False) if line.kind == Line.ITEM
                        else (line.text, True))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role != DISPLAY and role != FONT:
            return None
        row = self._rows[index.row()]
        if row is None:
            return None
        if role == DISPLAY:
            return row[0]
        return self._bold if row[1] else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self._rows[index.row()] is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AgendaView(QListView):
    """Lines of an agenda; `texts()` is what it shows, for tests. `fit()` makes it as tall as
    its lines, for a page that scrolls as a whole (closing the day)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.viewport().setAutoFillBackground(False)
        self._texts: list[str] = []
        self._fit = False
        bold = QFont(self.font())
        bold.setBold(True)
        self.rows = AgendaRows(bold, self)
        self.setModel(self.rows)

    def show_lines(self, lines: Sequence[AgendaLine]) -> None:
        self._texts = [line.text for line in lines]
        self.rows.set_lines(lines)
        if self._fit:
            self._fit_height()

    def fit(self) -> None:
        self._fit = True
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_height()

    def _fit_height(self) -> None:
        count = self.rows.rowCount()
        row = self.sizeHintForRow(0) if count else 0
        self.setFixedHeight(row * count + 2 * self.frameWidth() + 4)

    def texts(self) -> list[str]:
        return list(self._texts)
