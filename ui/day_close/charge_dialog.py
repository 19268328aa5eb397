"""Change what a session is charged, saying why when it differs from the policy."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from services.day_close.reconciliation import set_charge
from services.errors import InvalidValue, StillroomError
from services.money.amounts import format_amount, parse_amount
from services.vault.practice_vault import Vault
from ui.client_labels import money_text
from ui.forms import HINT_STYLE, FieldErrors, Form, dialog_layout, heading_label, note_label
from ui.plain_text import plain_label
from ui.typed_text import main_button, may_close
from ui.worker import DatabaseWorker


def amount_text(amount: int, currency: str) -> str:
    """An amount as typed in a field: no symbol, no grouping, the window's decimal point."""
    return format_amount(amount, currency, symbol=False, decimal=QLocale().decimalPoint(),
                         group="")


class ChargeDialog(QDialog):
    """The charge for one session; `saved` once the vault holds it."""

    saved = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, appointment_id: int,
                 about: str, charged: int, policy: int | None, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._id, self._policy, self._currency = appointment_id, policy, currency
        self.setWindowTitle(self.tr("Change the charge"))
        layout = dialog_layout(self)
        layout.addWidget(heading_label(self.tr("Change the charge")))
        layout.addWidget(note_label(about))
        if policy is not None:
            policy_hint = note_label(self.tr(
                "The policy's fee is {amount}. Another amount needs a reason, kept with the "
                "charge.").format(amount=money_text(policy, currency)))
            policy_hint.setStyleSheet(HINT_STYLE)
            layout.addWidget(policy_hint)
        self.amount = QLineEdit(amount_text(charged or policy or 0, currency))
        self.amount.setObjectName("charge_amount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.reason = QLineEdit()
        self.reason.setObjectName("charge_reason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: a reduced fee agreed in March"))
        general = plain_label()
        self.errors = FieldErrors(general)
        form = Form()
        form.addRow(self.tr("Amount"), self.amount)
        self.errors.add_row(form, "amount", "charge_amount")
        form.addRow(self.tr("Reason"), self.reason)
        self.errors.add_row(form, "reason", "charge_reason")
        layout.addLayout(form)
        layout.addWidget(general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        main_button(self.buttons.button(QDialogButtonBox.StandardButton.Save),
                    self.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        layout.addWidget(self.buttons)
        self.reason.setFocus()

    def reject(self) -> None:
        if may_close(self):
            super().reject()

    def submit(self) -> None:
        self.errors.clear()
        try:
            amount = parse_amount(self.amount.text(), self._currency)
        except InvalidValue as error:
            self.errors.show_error(error)
            return
        reason = self.reason.text().strip()
        if self._policy is not None and amount != self._policy and not reason:
            self.errors.show("reason", self.tr(
                "Please say why this charge differs from the policy's {amount}.").format(
                amount=money_text(self._policy, self._currency)))
            return
        vault, appointment_id = self._vault, self._id
        self.buttons.setEnabled(False)
        self._worker.run(lambda: set_charge(vault, appointment_id, amount, reason),
                         self._done, self._failed)

    def _done(self, _nothing: None) -> None:
        self.saved.emit()
        self.accept()

    def _failed(self, error: StillroomError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_error(error)
