"""A closed day, read-only: when it was closed, what was accepted, the corrections made after
a reopening, and "Reopen…", which asks for the reason first."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from services.day_close.reconciliation import DayReview
from ui.client_labels import when_text
from ui.day_close.day_table import correction_text
from ui.day_close.problem_texts import problem_kind_label
from ui.forms import ERROR_STYLE, HINT_STYLE, clear_layout, note_label
from ui.plain_text import plain_label

NOTICE_STYLE = ("#closed_day { border: 1px solid palette(mid); border-left: 5px solid #2e7d32;"
                " border-radius: 4px; }")


class ClosedPanel(QWidget):
    """Shown instead of the problems once the day is closed; `reopen_requested(reason)`."""

    reopen_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closed_day")
        self.setStyleSheet(NOTICE_STYLE)
        self.setAccessibleName(self.tr("The day is closed"))
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        self.said = note_label()
        self.said.setObjectName("closed_text")
        column.addWidget(self.said)
        self.details = QVBoxLayout()
        column.addLayout(self.details)

        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self._ask_reason)
        self.reason = QLineEdit()
        self.reason.setObjectName("reopen_reason")
        self.reason.setAccessibleName(self.tr("Why the day is reopened"))
        self.reason.setPlaceholderText(self.tr("Why you reopen it (kept in the audit trail)"))
        self.confirm = QPushButton(self.tr("Reopen the day"))
        self.confirm.setObjectName("confirm_reopen")
        self.confirm.clicked.connect(self._reopen)
        self.reason.returnPressed.connect(self._reopen)
        self.asking = QWidget()
        line = QHBoxLayout(self.asking)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.reason, 1)
        line.addWidget(self.confirm)
        self.asking.hide()
        self.reason_error = plain_label()
        self.reason_error.setObjectName("reopen_reason_error")
        self.reason_error.setStyleSheet(ERROR_STYLE)
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.asking, 1)
        buttons.addStretch()
        buttons.addWidget(self.reopen_button)
        column.addLayout(buttons)
        column.addWidget(self.reason_error)

    def show_review(self, review: DayReview, zone: ZoneInfo) -> None:
        assert review.closed_at is not None
        self.said.setText(self.tr("This day is closed ({when}). To change anything in it, "
                                  "reopen it.").format(when=when_text(review.closed_at, zone)))
        clear_layout(self.details)
        for accepted in review.accepted:
            what = problem_kind_label(accepted.kind)
            if accepted.client_name:
                what = f"{what} ({accepted.client_name})"
            self._detail(self.tr("Accepted: {problem}: {note}").format(problem=what,
                                                                      note=accepted.note))
        for reopening in review.reopened:
            self._detail(self.tr("Reopened {when}: {reason}").format(
                when=when_text(reopening.at, zone), reason=reopening.reason))
        if review.corrections:
            self._detail(self.tr("Corrections since the day was first closed:"), "corrections")
            for correction in review.corrections:
                self._detail("• " + correction_text(correction, review.currency), "correction")
        if review.note:
            self._detail(self.tr("Note: {note}").format(note=review.note))
        self.reason.clear()
        self.reason_error.hide()
        self.asking.hide()
        self.confirm.setEnabled(True)
        self.reopen_button.show()

    def _detail(self, text: str, name: str = "closed_detail") -> None:
        label = note_label(text)
        label.setObjectName(name)
        label.setStyleSheet(HINT_STYLE if name == "closed_detail" else "")
        self.details.addWidget(label)

    def _ask_reason(self) -> None:
        self.reopen_button.hide()
        self.asking.show()
        self.reason.setFocus()

    def _reopen(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            self.show_error(self.tr("Please say why you reopen the day."))
            return
        self.reason_error.hide()
        self.confirm.setEnabled(False)
        self.reopen_requested.emit(reason)

    def show_error(self, text: str) -> None:
        self.confirm.setEnabled(True)
        self.reason_error.setText(text)
        self.reason_error.show()
        self.reason.setFocus()
