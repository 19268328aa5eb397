"""One client on the call list: who, why, the number to use with its consent, calls so far.

A card takes the keyboard focus like a row of a list: Enter works the entry, Ctrl+C copies
the number to use, the arrow keys move to the card above or below.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from services.calls.call_list import CallListEntry, CallRule
from services.clients.client_records import PhoneNumber
from ui.call_list.reasons import attempts_text, reason_sentence
from ui.client_labels import consent_marks
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label
from ui.plain_text import plain_label

CORNER = 4.0


def number_to_use(entry: CallListEntry) -> PhoneNumber | None:
    """The first number the client agreed to be called on, else their first number."""
    callable_numbers = [number for number in entry.numbers if number.may_call]
    chosen = callable_numbers or list(entry.numbers)
    return chosen[0] if chosen else None


def fix_only(entry: CallListEntry) -> bool:
    """Listed only so that a scheduling mistake is fixed: the client is not to be called."""
    return entry.do_not_contact


class CallCard(QFrame):
    """An entry of the list. `work_requested` asks to work it, `copy_requested` to copy its
    number (the dock does both, so the card holds no vault and no clipboard)."""

    work_requested = Signal(object)  # the CallListEntry
    copy_requested = Signal(str)

    def __init__(self, entry: CallListEntry, zone: ZoneInfo, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.number = number_to_use(entry)
        self.setObjectName("call_card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(10, 8, 10, 8)
        column.setSpacing(3)

        top = QHBoxLayout()
        self.name = plain_label(entry.preferred_name or entry.full_name)
        self.name.setObjectName("client_name")
        self.name.setWordWrap(True)
        bold = QFont(self.name.font())
        bold.setBold(True)
        self.name.setFont(bold)
        self.work_button = QPushButton(self._work_text())
        self.work_button.setObjectName("work")
        self.work_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card itself takes Enter
        self.work_button.clicked.connect(lambda: self.work_requested.emit(self.entry))
        top.addWidget(self.name, 1)
        top.addWidget(self.work_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)

        self.no_contact = note_label(self.tr("Do not contact — scheduling fix only"))
        self.no_contact.setObjectName("do_not_contact")
        if fix_only(entry):  # a style sheet costs each label that has one: only where shown
            self.no_contact.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.no_contact.setVisible(fix_only(entry))
        column.addWidget(self.no_contact)

        self.sentences = [reason_sentence(reason, zone, today) for reason in entry.reasons]
        for sentence in self.sentences:
            label = note_label(sentence)
            label.setObjectName("reason")
            column.addWidget(label)

        self.number_label = note_label(self._number_text())
        self.number_label.setObjectName("number")
        self.consent = note_label(self._consent_text())
        self.consent.setObjectName("consent")
        self.consent.setVisible(self.number is not None)
        self.attempts = note_label(attempts_text(entry.attempts))
        self.attempts.setObjectName("attempts")
        if entry.attempts > 0:
            self.attempts.setStyleSheet(HINT_STYLE)
        self.attempts.setVisible(entry.attempts > 0)
        for label in (self.number_label, self.consent, self.attempts):
            column.addWidget(label)

        name = entry.preferred_name or entry.full_name
        self.setAccessibleName(name)
        self.setAccessibleDescription(" ".join(
            [f"{sentence}." for sentence in self.sentences]
            + [self.no_contact.text() if fix_only(entry) else "", self._number_spoken(),
               self.attempts.text()]).strip())
        self.setToolTip(self.tr("Enter: open the call. Ctrl+C: copy the number."))

    def _work_text(self) -> str:
        if fix_only(self.entry):
            return self.tr("Show the session")
        return self.tr("Call…")

    def _number_text(self) -> str:
        number = self.number
        if number is None:
            return self.tr("No number on file")
        return f"{number.number} · {number.label}" if number.label else number.number

    def _consent_text(self) -> str:
        """'✓ call  ✓ voicemail  ✗ text', each mark kept whole when the line wraps."""
        if self.number is None:
            return ""
        return "  ".join(text.replace(" ", "\u00a0") for text, _tip in consent_marks(self.number))

    def _number_spoken(self) -> str:
        number = self.number
        if number is None:
            return self.tr("No number on file")
        return " ".join([number.number, *(tooltip for _text, tooltip in consent_marks(number))])

    def scheduling_appointment(self) -> int | None:
        """The session booked by mistake, for a scheduling fix."""
        for reason in self.entry.reasons:
            if reason.rule == CallRule.SCHEDULING_MISTAKE:
                return reason.appointment_id
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.work_requested.emit(self.entry)
        elif event.matches(QKeySequence.StandardKey.Copy):
            if self.number is not None:
                self.copy_requested.emit(self.number.number)
        elif event.key() == Qt.Key.Key_Down:
            self.focusNextChild()
        elif event.key() == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.work_requested.emit(self.entry)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The card's rounded frame, thicker in the highlight colour while it has the focus.

        Drawn here rather than by a style sheet: a sheet on the list gives every label of
        every card a style of its own, tens of megabytes on a long list.
        """
        focused = self.hasFocus()
        palette = self.palette()
        width = 2.0 if focused else 1.0
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight if focused
                                          else QPalette.ColorRole.Mid), width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset),
                                CORNER, CORNER)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
