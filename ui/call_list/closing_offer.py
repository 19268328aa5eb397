"""The call dialog's last page when the work may be ending: offer the closing letter.

A client who wants to stop, or who could not be reached after the set number of calls, is
not left without an ending: a letter closes the work properly. The therapist decides; the
client is marked ended only when the letter is made (by the letter dialog, not here).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from services.papers.letters import TerminationReason
from ui.forms import heading_label, note_label


class ClosingOffer(QWidget):
    """Why a closing letter now, and two choices: write it, or not now."""

    write_requested = Signal()
    not_now = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(heading_label(self.tr("A closing letter")))
        self.text = note_label()
        self.text.setObjectName("closing_offer")
        column.addWidget(self.text)
        column.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.write_button = QPushButton(self.tr("Write the closing letter…"))
        self.write_button.setObjectName("write_letter")
        self.write_button.setDefault(True)
        self.later_button = QPushButton(self.tr("Not now"))
        self.later_button.setObjectName("not_now")
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.write_button.clicked.connect(self.write_requested)
        self.later_button.clicked.connect(self.not_now)
        column.addWidget(self.buttons)

    def explain(self, reason: TerminationReason, attempts: int) -> None:
        if reason == TerminationReason.CHOSE_TO_STOP:
            why = self.tr("{name} has decided to stop. A short letter can close your work "
                          "together kindly: it thanks them, leaves the door open, and names "
                          "places they can turn to.").format(name=self.name)
        else:
            why = self.tr("Calls so far without an answer: {count}. A short letter can close "
                          "the work without leaving {name} wondering: it says you have tried "
                          "to reach them, that the door stays open, and where else they can "
                          "turn.").format(name=self.name, count=attempts)
        self.text.setText("\n\n".join((why, self.tr(
            "The call is saved. {name} is marked as ended only when the letter is made.")
            .format(name=self.name))))
