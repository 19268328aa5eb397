"""The day's agenda on screen: its lines as the paper prints them (`agenda_lines`, in the
practice's language), headings in bold, each line plain text (a client's name is never
markup)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from services.reminders.agenda_lines import AgendaLine, Line
from ui.forms import clear_layout, heading_label
from ui.plain_text import plain_label


class AgendaView(QWidget):
    """Lines of an agenda, one label each; `texts()` is what it shows, for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(3)
        self._texts: list[str] = []

    def show_lines(self, lines: Sequence[AgendaLine]) -> None:
        clear_layout(self.column)
        self._texts = [line.text for line in lines]
        for line in lines:
            if line.kind == Line.TITLE:
                self.column.addWidget(heading_label(line.text))
                continue
            label = plain_label(line.text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          | label.textInteractionFlags().TextSelectableByMouse)
            if line.kind == Line.HEADING:
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
                label.setContentsMargins(0, 10, 0, 2)
            else:
                label.setContentsMargins(12, 0, 0, 0)
            self.column.addWidget(label)
        self.column.addStretch()

    def texts(self) -> list[str]:
        return list(self._texts)
