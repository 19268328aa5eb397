"""A reminder shown at the top of the window, above the calendar and the lock screen alike,
when neither a system tray nor a desktop notification service can show it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.plain_text import plain_label

NOTICE_STYLE = ("#reminder_notice { background: palette(base); border: 1px solid #3b7a57;"
                " border-left: 5px solid #3b7a57; border-radius: 4px; }")


class ReminderNotice(QFrame):
    """The reminder's title and words, until the therapist presses OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_notice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setAccessibleName(self.tr("Reminder"))
        self.title = plain_label()
        self.title.setObjectName("reminder_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = plain_label()
        self.text.setObjectName("reminder_text")
        self.text.setWordWrap(True)
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setObjectName("reminder_ok")
        self.ok_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.title)
        row.addWidget(self.text, 1)
        row.addWidget(self.ok_button)
        self.hide()

    def show_reminder(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.show()
