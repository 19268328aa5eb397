"""Below a signed note: its dated addenda, and "Add addendum…" with a box and Save."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from services.notes.note_reading import Addendum
from ui.client_labels import when_text
from ui.forms import ERROR_STYLE, HINT_STYLE, clear_layout, note_label
from ui.plain_text import plain_label
from ui.typed_text import may_close

BOX_LINES = 4


class AddendaView(QWidget):
    """The addenda, oldest first; `wanted(text)` when the therapist saves a new one."""

    wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label(self.tr("Addenda"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.listed = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add addendum…"))
        self.add_button.setObjectName("add_addendum")
        self.add_button.clicked.connect(self._begin)
        self.box = QPlainTextEdit()
        self.box.setObjectName("addendum_text")
        self.box.setAccessibleName(self.tr("New addendum"))
        self.box.setPlaceholderText(self.tr(
            "What you add to the note, dated today. The note above stays as it was signed."))
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(self.box.fontMetrics().lineSpacing() * BOX_LINES + 12)
        self.error = note_label()
        self.error.setObjectName("addendum_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("Save addendum"))
        self.save_button.setObjectName("save_addendum")
        self.save_button.clicked.connect(lambda: self.wanted.emit(self.box.toPlainText()))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_addendum")
        self.cancel_button.clicked.connect(self.give_up)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.heading)
        column.addLayout(self.listed)
        column.addWidget(self.box)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        self.done()

    def show_addenda(self, addenda: Sequence[Addendum], zone: ZoneInfo) -> None:
        clear_layout(self.listed)
        for addendum in addenda:
            when = plain_label(self.tr("Addendum, {when}").format(
                when=when_text(addendum.written_at, zone)))
            when.setObjectName("addendum_when")
            when.setStyleSheet(HINT_STYLE)
            text = note_label(addendum.text)
            text.setObjectName("addendum")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.listed.addWidget(when)
            self.listed.addWidget(text)
        self.heading.setVisible(bool(addenda))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done(self) -> None:
        """The new addendum saved or given up: only the button to begin another shows."""
        self.box.clear()
        self.error.hide()
        for widget in (self.box, self.save_button, self.cancel_button):
            widget.hide()
        self.add_button.show()

    def give_up(self) -> bool:
        """Cancel, or the editor closing: the addendum typed goes only when the therapist
        says so. True when nothing is left to lose."""
        if not may_close(self):
            return False
        self.done()
        return True

    def _begin(self) -> None:
        self.add_button.hide()
        for widget in (self.box, self.save_button, self.cancel_button):
            widget.show()
        self.box.setFocus()
