""""Receipt…" in close-the-day: for the payment of the session chosen in the day's table,
and for the payment or refund chosen among the other money of the day.

A session's row stands for its payments: its receipt is for the newest one entered that day
(`receipt_line_of_session`). A payment whose client is not known yet has no receipt until
it is said whose it is.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from models.enums import LedgerKind
from services.day_close.reconciliation import DayReview
from services.errors import StillroomError
from services.money_papers.receipts import receipt_line_of_session
from services.vault.practice_vault import Vault
from ui.client_tables import Table
from ui.worker import DatabaseWorker, readable

RECEIPTED = (LedgerKind.PAYMENT, LedgerKind.REFUND)


class DayReceipts(QObject):
    """The two Receipt… buttons, each following its table's choice; `failed(text)` says why
    a receipt could not be shown."""

    failed = Signal(str)

    def __init__(self, vault: Vault, worker: DatabaseWorker, sessions: Table, money: Table,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._parent = vault, worker, parent
        self._sessions, self._money = sessions, money
        self._review: DayReview | None = None
        self.dialog: QDialog | None = None
        self.session_button = QPushButton(self.tr("Receipt…"))
        self.session_button.setObjectName("session_receipt")
        self.session_button.setAccessibleName(self.tr("Receipt for the session's payment"))
        self.session_button.clicked.connect(self.open_for_session)
        self.money_button = QPushButton(self.tr("Receipt…"))
        self.money_button.setObjectName("money_receipt")
        self.money_button.setAccessibleName(self.tr("Receipt for the payment chosen"))
        self.money_button.clicked.connect(self.open_for_money)
        sessions.itemSelectionChanged.connect(self._enable)
        money.itemSelectionChanged.connect(self._enable)
        self._enable()

    def show_review(self, review: DayReview) -> None:
        self._review = review
        self._enable()

    def _chosen(self, table: Table) -> int | None:
        items = table.selectedItems()
        return items[0].data(0, Table.KeyRole) if items else None

    def _paid_session(self) -> int | None:
        chosen = self._chosen(self._sessions)
        lines = self._review.lines if self._review is not None else ()
        return chosen if any(line.appointment_id == chosen and line.received
                             for line in lines) else None

    def _receipted_money(self) -> int | None:
        chosen = self._chosen(self._money)
        lines = self._review.account_lines if self._review is not None else ()
        return chosen if any(line.ledger_id == chosen and line.kind in RECEIPTED
                             and line.client_id is not None for line in lines) else None

    def _enable(self) -> None:
        self.session_button.setEnabled(self._paid_session() is not None)
        self.money_button.setEnabled(self._receipted_money() is not None)

    def open_for_session(self) -> None:
        appointment_id = self._paid_session()
        if appointment_id is None or self._review is None:
            return
        vault, day = self._vault, self._review.day
        self._worker.run(lambda: receipt_line_of_session(vault, appointment_id, day),
                         self._open, self._failed)

    def open_for_money(self) -> None:
        self._open(self._receipted_money())

    def _open(self, ledger_id: int | None) -> None:
        if ledger_id is None:
            return
        from ui.money_papers.receipt_dialog import ReceiptDialog  # QtPdf, reportlab

        dialog = ReceiptDialog(self._vault, self._worker, ledger_id, parent=self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        dialog.make(again=False)

    def _failed(self, error: StillroomError) -> None:
        self.failed.emit(readable(error))
