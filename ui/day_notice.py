"""The notice above the calendar when a day is waiting to be closed: today after working hours,
or an earlier working day left open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.plain_text import plain_label

NOTICE_STYLE = ("#day_notice { background: palette(base); border: 1px solid #3b6ea5;"
                " border-left: 5px solid #3b6ea5; border-radius: 4px; }")


class DayNotice(QFrame):
    """Says which day is open; `close_requested(day)` when the therapist wants to close it."""

    close_requested = Signal(date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("day_notice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setAccessibleName(self.tr("A day to close"))
        self.day: date | None = None
        self.text = plain_label()
        self.text.setObjectName("day_notice_text")
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close the day…"))
        self.close_button.setObjectName("close_day_now")
        self.close_button.clicked.connect(self._close_now)
        self.later = QPushButton(self.tr("Later"))
        self.later.setObjectName("close_day_later")
        self.later.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.later)
        self.hide()

    def show_day(self, day: date, text: str) -> None:
        self.day = day
        self.text.setText(text)
        self.show()

    def day_closed(self, day: date) -> None:
        if day == self.day:
            self.hide()

    def _close_now(self) -> None:
        if self.day is not None:
            self.close_requested.emit(self.day)
