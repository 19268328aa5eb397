"""Voiding an invoice: why, then the credit note that voids it, shown to print or save.

Voiding is one use case (`void_invoice`) and cannot be undone; the invoice keeps its number and
its charges can be invoiced again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from services.errors import StillroomError
from services.money_papers.credit_notes import void_invoice
from services.money_papers.invoices import Issued
from services.vault.practice_vault import Vault
from ui.client_labels import money_text
from ui.forms import FieldErrors, Form
from ui.letters.paper_dialog import PaperDialog
from ui.money_papers.invoice_dialog import paper_height
from ui.money_papers.invoice_words import file_name
from ui.plain_text import plain_label
from ui.typed_text import main_button, may_close
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate


class VoidDialog(PaperDialog):
    """Say why invoice `number` is voided; then see its credit note."""

    voided = Signal(object)  # the Issued credit note

    def __init__(self, vault: Vault, worker: DatabaseWorker, number: str,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("VoidDialog", "Void invoice"),
            translate("VoidDialog", "Void invoice {number}").format(number=number),
            translate("VoidDialog",
                      "A credit note is issued that voids the invoice and says why. The invoice "
                      "keeps its number; its charges can then go on a new invoice. This cannot "
                      "be undone."), paper=paper, parent=parent)
        self.details.setWordWrap(True)
        self._vault, self._worker, self._now, self._number = vault, worker, now, number
        self._busy = False
        self.reason = QLineEdit()
        self.reason.setObjectName("void_reason")
        self.reason.setAccessibleName(self.tr("Why the invoice is voided"))
        self.reason.setPlaceholderText(self.tr("Printed on the credit note, e.g. the wrong fee"))
        self.reason.setMaxLength(500)
        self.void_button = QPushButton(self.tr("Void invoice"))
        self.void_button.setObjectName("confirm_void")
        self.void_button.clicked.connect(self.void)
        main_button(self.void_button, self.close_button)
        self.errors = FieldErrors(plain_label())
        form = Form()
        form.addRow(self.tr("Reason"), self.reason)
        self.errors.add_row(form, "reason", "void_reason")
        row = QHBoxLayout()
        row.addLayout(form, 1)
        row.addWidget(self.void_button)
        where = self.column.indexOf(self.error)
        self.column.insertLayout(where, row)
        self.column.insertWidget(where + 1, self.errors.label(None))
        self.column.addStretch()
        self.pane.hide()
        self.resize(640, 240)

    def void(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.void_button.setEnabled(False)
        self.errors.clear()
        vault, number, reason, now = self._vault, self._number, self.reason.text(), self._now()
        self._worker.run(lambda: void_invoice(vault, number, reason, now=now),
                         self._voided, self._refused)

    def _voided(self, credit: Issued) -> None:
        self._busy = False
        self.reason.setReadOnly(True)
        self.void_button.hide()
        self.heading.setText(self.tr("Invoice {number} is voided by credit note {credit}").format(
            number=self._number, credit=credit.number))
        self.details.setText(self.tr("{amount} credited. The credit note is kept with the "
                                     "letters.").format(
            amount=money_text(credit.total, credit.currency)))
        self.pane.show()
        self.show_pdf(credit.pdf, file_name(credit.number))
        self.resize(self.width() + 120, paper_height(self))
        self.voided.emit(credit)

    def _refused(self, error: StillroomError) -> None:
        self._busy = False
        self.void_button.setEnabled(True)
        self.errors.show_error(error)

    def reject(self) -> None:
        if not self._busy and may_close(self):
            super().reject()
