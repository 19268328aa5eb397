"""A word of care when the session missed or cancelled late was the client's second.

After a first meeting many people are unsure whether to go on; a second session missed is
often that doubt rather than forgetting, and how the therapist answers it can decide whether
the work begins at all. The note says so, and what helps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.forms import note_label

translate = QCoreApplication.translate
NOTE_STYLE = ("#second_session { background: palette(base); border: 1px solid #5b7f95;"
              " border-left: 5px solid #5b7f95; border-radius: 4px; }")


class SecondSessionNote(QFrame):
    """Hidden until `show_for` says the session was the client's second."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("second_session")
        self.setStyleSheet(NOTE_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        self.heading = note_label()
        self.heading.setObjectName("second_session_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = note_label()
        self.text.setObjectName("second_session_text")
        column.addWidget(self.heading)
        column.addWidget(self.text)
        self.hide()

    def show_for(self, second: bool, *, cancelled: bool = False) -> None:
        """Show the note when `second`; `cancelled`: a late cancellation, else a no-show."""
        self.heading.setText(translate("SecondSessionNote", "This was to be the second session"))
        self.text.setText("\n\n".join((
            translate("SecondSessionNote", "After a first meeting many people are unsure "
                      "whether to go on: it may have stirred up more than they expected, or they "
                      "may not yet know whether this is the right place for them. A late "
                      "cancellation now is often that doubt, more than the reason given.")
            if cancelled else
            translate("SecondSessionNote", "After a first meeting many people are unsure "
                      "whether to go on: it may have stirred up more than they expected, or they "
                      "may not yet know whether this is the right place for them. A missed "
                      "second session is often that doubt, more than forgetting."),
            translate("SecondSessionNote", "Take extra care: get in touch soon and warmly, by "
                      "a call rather than only a message. Ask how the first meeting left them, "
                      "and make it easy to say it was hard. Offer a new time without pressure, "
                      "and think twice before charging a fee this early."),
        )))
        self.setVisible(second)
