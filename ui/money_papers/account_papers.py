"""The buttons under the client panel's account: "Receipt…" for the payment or refund chosen
in the table, and "Statement…" for the account over a period.

The dialogs load reportlab and QtPdf, so they are imported when first opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from models.enums import LedgerKind
from services.money.ledger import LedgerLine
from services.vault.practice_vault import Vault
from ui.client_tables import Table
from ui.worker import DatabaseWorker

RECEIPTED = (LedgerKind.PAYMENT, LedgerKind.REFUND)


class AccountPapers(QWidget):
    """Receipt… and Statement… for the client shown; `changed` when a paper was kept."""

    changed = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, ledger: Table,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._ledger, self._now = vault, worker, ledger, now
        self._client_id: int | None = None
        self._name = ""
        self._receipted: set[int] = set()
        self.dialog: QDialog | None = None
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.receipt_button.setObjectName("account_receipt")
        self.receipt_button.setAccessibleName(self.tr("Receipt for the payment chosen"))
        self.receipt_button.clicked.connect(self.open_receipt)
        self.statement_button = QPushButton(self.tr("Statement…"))
        self.statement_button.setObjectName("account_statement")
        self.statement_button.setAccessibleName(self.tr("Statement of account"))
        self.statement_button.clicked.connect(self.open_statement)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch()
        row.addWidget(self.receipt_button)
        row.addWidget(self.statement_button)
        ledger.itemSelectionChanged.connect(self._enable)
        self._enable()

    def show_client(self, client_id: int, name: str, lines: Sequence[LedgerLine]) -> None:
        self._client_id, self._name = client_id, name
        self._receipted = {line.id for line in lines if line.kind in RECEIPTED}
        self._enable()

    def _chosen(self) -> int | None:
        items = self._ledger.selectedItems()
        key = items[0].data(0, Table.KeyRole) if items else None
        return key if key in self._receipted else None

    def _enable(self) -> None:
        chosen = self._chosen() is not None
        self.receipt_button.setEnabled(chosen)
        self.receipt_button.setToolTip("" if chosen else self.tr(
            "Choose a payment or a refund in the account to make its receipt."))

    def open_receipt(self) -> QDialog | None:
        ledger_id = self._chosen()
        if ledger_id is None:
            return None
        from ui.money_papers.receipt_dialog import ReceiptDialog  # QtPdf, reportlab

        dialog = ReceiptDialog(self._vault, self._worker, ledger_id, parent=self)
        dialog.made.connect(self.changed)
        self._open(dialog)
        dialog.make(again=False)
        return dialog

    def open_statement(self) -> QDialog | None:
        if self._client_id is None:
            return None
        from ui.money_papers.statement_dialog import StatementDialog  # QtPdf, reportlab

        dialog = StatementDialog(self._vault, self._worker, self._client_id, self._name,
                                 self._now, parent=self)
        dialog.kept.connect(self.changed)
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
