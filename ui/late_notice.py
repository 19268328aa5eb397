"""The notice above the calendar when a client has not arrived: who, how late, which number
may be used for what, for a session by video their video handle, and what the therapist can do
about it now."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from models.enums import Modality
from services.calls.late_arrivals import LateArrival
from ui.client_labels import consent_marks
from ui.dates import local_text
from ui.forms import clear_layout
from ui.plain_text import literal, plain_label

NOTICE_STYLE = ("#late_notice { background: palette(base); border: 1px solid #c77700;"
                " border-left: 5px solid #c77700; border-radius: 4px; }")


class LateNotice(QFrame):
    """Shown while at least one booked session is past its late-call minutes.

    Asks, never acts: `action_requested(appointment id, action)` with "late_call",
    "attended_late" or "no_show", for the window's session actions to carry out.
    """

    action_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("late_notice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setAccessibleName(self.tr("Clients who have not arrived"))
        self.rows = QGridLayout(self)
        self.rows.setContentsMargins(12, 8, 12, 8)
        self.rows.setHorizontalSpacing(16)
        self.rows.setColumnStretch(1, 1)
        self.hide()

    def show_late(self, late: list[LateArrival], zone: ZoneInfo) -> None:
        clear_layout(self.rows)
        for row, arrival in enumerate(late):
            entry = arrival.entry
            said = plain_label(self.tr("{client} has not arrived for the {time} session "
                                  "({minutes} minutes).").format(
                client=entry.client_name, time=local_text(entry.starts_at, zone, "HH:mm"),
                minutes=arrival.minutes_late))
            said.setObjectName("late_client")
            said.setWordWrap(True)
            self.rows.addWidget(said, row, 0)
            self.rows.addWidget(self._numbers(arrival), row, 1)
            for column, (text, action) in enumerate(
                    ((self.tr("Call…"), "late_call"), (self.tr("Arrived late"), "attended_late"),
                     (self.tr("No-show…"), "no_show")),
                    start=2):
                button = QPushButton(text)
                button.setObjectName(f"{action}_{entry.id}")
                button.clicked.connect(
                    lambda _checked=False, id=entry.id, action=action:
                    self.action_requested.emit(id, action))
                self.rows.addWidget(button, row, column)
        self.setVisible(bool(late))

    def _numbers(self, arrival: LateArrival) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        if arrival.entry.modality == Modality.VIDEO:
            line.addWidget(self._video(arrival))
        if not arrival.numbers:
            line.addWidget(plain_label(self.tr("No number on file")))
        for number in arrival.numbers:
            shown = plain_label(number.number)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            line.addWidget(shown)
            for text, tooltip in consent_marks(number):
                mark = plain_label(text)
                mark.setToolTip(literal(tooltip))
                mark.setAccessibleName(tooltip)
                line.addWidget(mark)
        line.addStretch()
        return box

    def _video(self, arrival: LateArrival) -> QLabel:
        """Where to find them by video, first: that is where they are expected."""
        if arrival.video_handle:
            shown = plain_label(self.tr("Video: {handle}").format(handle=arrival.video_handle))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        else:
            shown = plain_label(self.tr("No video handle on file"))
        shown.setObjectName("video_handle")
        return shown
