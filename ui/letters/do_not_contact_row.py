"""In the letter dialog: the client asked for no calls, messages or letters.

The letter can still be made (a receipt they asked for, a letter the law requires), but only
when the therapist confirms it and says why; the reason goes in the client's chart with the
letter's line (`services.papers.letters.despite_do_not_contact`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from ui.forms import ERROR_STYLE
from ui.plain_text import plain_label

REASON_LIMIT = 500


class DoNotContactRow(QWidget):
    """Shown for a client marked "do not contact" (`show_for(name)`); `changed` on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = plain_label()
        self.warning.setObjectName("do_not_contact_warning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("Write all the same"))
        self.confirm.setObjectName("despite_do_not_contact")
        self.reason = QLineEdit()
        self.reason.setObjectName("despite_reason")
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setAccessibleName(self.tr("Why you are writing"))
        self.reason.setPlaceholderText(self.tr("Why you are writing: kept in their chart"))
        self.reason.setEnabled(False)
        self.confirm.toggled.connect(self._toggled)
        self.reason.textChanged.connect(lambda _text: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        layout.addWidget(self.reason)
        self.hide()

    def show_for(self, name: str) -> None:
        self.warning.setText(self.tr("{name} asked for no calls, messages or letters.")
                             .format(name=name))
        self.show()

    def despite(self) -> str | None:
        """The reason typed, once the therapist chose to write all the same; else None."""
        return self.reason.text() if not self.isHidden() and self.confirm.isChecked() else None

    def _toggled(self, checked: bool) -> None:
        self.reason.setEnabled(checked)
        if checked:
            self.reason.setFocus()
        self.changed.emit()
