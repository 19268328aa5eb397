"""In the letter dialog: a missed session's fee nobody has decided yet, decided right there.

A missed-session letter says only what was decided (`draft_letter` refuses while the fee is
open). Rather than send the therapist elsewhere, this row offers both decisions: charge the
policy's fee, or waive it with a reason (the fee and its waiver are written side by side,
`waive_uncharged_fee`). `decided` is emitted once either is in the book, for the letter to
be drafted again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from models.enums import WaiverReason
from services.errors import StillroomError
from services.money.missed_session_fees import charge_fee, waive_uncharged_fee
from services.vault.practice_vault import Vault
from ui.client_labels import money_text, waiver_reason_label
from ui.forms import ERROR_STYLE
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable

# The reasons offered here: those that need no further words ("other" asks for them).
REASONS = (WaiverReason.ILLNESS, WaiverReason.FAMILY_EMERGENCY, WaiverReason.GOODWILL)


class FeeQuestion(QFrame):
    """Hidden until `ask(error)` with the letter's refusal for an undecided fee."""

    decided = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._appointment_id = 0
        self._amount = 0
        self.setObjectName("fee_question")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = plain_label()
        self.message.setObjectName("fee_message")
        self.message.setWordWrap(True)
        self.charge_button = QPushButton()
        self.charge_button.setObjectName("charge_fee")
        self.charge_button.clicked.connect(self._charge)
        self.reason = QComboBox()
        self.reason.setObjectName("waiver_reason")
        self.reason.setAccessibleName(self.tr("Why the fee is waived"))
        for reason in REASONS:
            self.reason.addItem(waiver_reason_label(reason), reason)
        self.waive_button = QPushButton(self.tr("Waive it"))
        self.waive_button.setObjectName("waive_fee")
        self.waive_button.clicked.connect(self._waive)
        self.error = plain_label()
        self.error.setObjectName("fee_question_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.charge_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.waive_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.hide()

    def ask(self, error: StillroomError, currency: str) -> None:
        """Offer to decide the fee the refusal `error` is about."""
        self._appointment_id = int(error.values["appointment_id"])
        self._amount = int(error.values["amount"])
        amount = money_text(self._amount, currency)
        self.message.setText(self.tr(
            "The fee for this missed session is not decided yet, so the letter cannot say "
            "whether there is one. Your policy's fee is {amount}. Decide it here:").format(
                amount=amount))
        self.charge_button.setText(self.tr("Charge {amount}").format(amount=amount))
        self.error.hide()
        self._enable(True)
        self.show()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.charge_button, self.reason, self.waive_button):
            widget.setEnabled(enabled)

    def _charge(self) -> None:
        vault, appointment_id, amount = self._vault, self._appointment_id, self._amount
        self._run(lambda: charge_fee(vault, appointment_id, amount))

    def _waive(self) -> None:
        vault, appointment_id, amount = self._vault, self._appointment_id, self._amount
        reason: WaiverReason = self.reason.currentData()
        self._run(lambda: waive_uncharged_fee(vault, appointment_id, amount, reason))

    def _run(self, job: Callable[[], int]) -> None:
        self._enable(False)
        self._worker.run(job, lambda _id: self._done(), self._failed)

    def _done(self) -> None:
        self.hide()
        self.decided.emit()

    def _failed(self, error: StillroomError) -> None:
        self._enable(True)
        self.error.setText(readable(error))
        self.error.show()
