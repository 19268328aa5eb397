"""A note's headings, each with its box: the prompt shows in the box while it is empty."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from services.notes.note_formats import SectionPrompt
from ui.forms import clear_layout
from ui.plain_text import plain_label

BOX_LINES = 4  # a box's least height, when the note has several headings (it grows with the window)


class SectionBox(QPlainTextEdit):
    """A heading's box: as tall as its least height by preference, so the editor's boxes
    share the window's height rather than asking for more than it has."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class NoteSections(QWidget):
    """One plain-text box per heading; `edited` on every change the therapist makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QPlainTextEdit] = {}

    def set_sections(self, sections: Sequence[SectionPrompt],
                     texts: dict[str, str]) -> None:
        """Show these headings with these texts (by key); the boxes before them go."""
        clear_layout(self._column)
        self.boxes = {}
        lines = BOX_LINES if len(sections) > 1 else BOX_LINES * 3
        for section in sections:
            heading = plain_label(section.heading)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setObjectName(f"heading_{section.key}")
            box = SectionBox()
            box.setObjectName(f"section_{section.key}")
            box.setAccessibleName(section.heading)
            box.setPlaceholderText(section.prompt)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
            box.setPlainText(texts.get(section.key, ""))
            box.textChanged.connect(self.edited)
            heading.setBuddy(box)
            self._column.addWidget(heading)
            self._column.addWidget(box, 1)
            if self.isVisible():  # at once, not when the layout next runs: focus can go there
                heading.show()
                box.show()
            self.boxes[section.key] = box

    def texts(self) -> tuple[tuple[str, str], ...]:
        """(key, text) of every heading, in order."""
        return tuple((key, box.toPlainText()) for key, box in self.boxes.items())

    def is_empty(self) -> bool:
        return not any(box.toPlainText().strip() for box in self.boxes.values())

    def focus_first(self) -> None:
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            first.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setReadOnly(read_only)
