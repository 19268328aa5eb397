"""The client panel's "Invoices": each invoice with what is paid and its state, and the buttons
to issue one ("Invoice…") and to void the one chosen ("Void…").

Read with the rest of the panel (`services.clients.client_panel`) each time it shows the
client. A double click (or Enter) opens the paper as it was issued. `changed` says an invoice or a
credit note was issued, for the panel to read the client again (the letters list shows it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from models.enums import InvoiceKind
from services.money_papers.invoice_status import InvoiceSummary
from services.papers.letters import letter_pdf
from services.vault.practice_vault import Vault
from ui.client_labels import day_text, money_text
from ui.client_tables import Row, Table
from ui.money_papers.invoice_words import file_name, status_text
from ui.paper_list import PaperList
from ui.worker import DatabaseWorker, readable

if TYPE_CHECKING:  # loaded when first opened
    from ui.letters.paper_dialog import PaperDialog

translate = QCoreApplication.translate


def invoice_headers() -> list[str]:
    return [translate("ClientInvoices", "Number"), translate("ClientInvoices", "Issued"),
            translate("ClientInvoices", "Due"), translate("ClientInvoices", "Total"),
            translate("ClientInvoices", "Paid"), translate("ClientInvoices", "State")]


def invoice_rows(papers: Sequence[InvoiceSummary], currency: str) -> list[Row]:
    """One row a paper; what is paid is left out for a credit note and a voided invoice (its
    charges are paid towards the invoice that replaced it, if any)."""
    rows = []
    for paper in papers:
        invoice = paper.kind is InvoiceKind.INVOICE
        rows.append(Row((paper.number, day_text(paper.issued_on),
                         day_text(paper.due_on) if invoice else "",
                         money_text(paper.total, currency),
                         money_text(paper.paid, currency)
                         if invoice and not paper.voided_by else "",
                         status_text(paper)), paper.id, right_aligned=frozenset({3, 4})))
    return rows


class ClientInvoices(PaperList):
    """The invoices and credit notes of one client, newest first."""

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        void, issue = QPushButton(), QPushButton()
        super().__init__(vault, worker, now,
                         Table("invoices", "", invoice_headers(), give_way=(2, 1)), "",
                         [void, issue], lambda paper: self._activated_paper(paper), parent)
        self.void_button, self.invoice_button = void, issue
        self.dialog: QWidget | None = None
        self.table.setAccessibleName(self.tr("Invoices and credit notes"))
        self.table.itemSelectionChanged.connect(self._enable)
        self.none.setText(self.tr("No invoices yet."))
        self.invoice_button.setText(self.tr("Invoice…"))
        self.invoice_button.setObjectName("new_invoice")
        self.invoice_button.setAccessibleName(self.tr("Issue an invoice to this client"))
        self.invoice_button.clicked.connect(lambda: self.issue())
        self.void_button.setText(self.tr("Void…"))
        self.void_button.setObjectName("void_invoice")
        self.void_button.setAccessibleName(self.tr("Void the chosen invoice by a credit note"))
        self.void_button.clicked.connect(lambda: self.void())
        self.void_button.setEnabled(False)

    def show_invoices(self, client_id: int, currency: str,
                      papers: Sequence[InvoiceSummary]) -> None:
        """List the client's invoices, as the panel read them."""
        self._client_id = client_id
        self.show_papers(invoice_rows(papers, currency), {paper.id: paper for paper in papers})
        self._enable()

    def clear(self) -> None:
        super().clear()
        self._enable()

    def _enable(self) -> None:
        paper = self.chosen()
        self.void_button.setEnabled(paper is not None and paper.kind is InvoiceKind.INVOICE
                                    and not paper.voided_by)

    def issue(self) -> None:
        """Open the invoice dialog for the client shown (window-modal, not blocking)."""
        if self._client_id is None:
            return
        from ui.money_papers.invoice_dialog import InvoiceDialog  # QtPdf, reportlab

        client_id = self._client_id
        dialog = InvoiceDialog(self._vault, self._worker, client_id, now=self._now, parent=self)
        dialog.issued.connect(lambda: self.changed.emit(client_id))
        self.dialog = dialog
        dialog.open()

    def void(self) -> None:
        """Ask why, then void the chosen invoice by a credit note."""
        paper, client_id = self.chosen(), self._client_id
        if paper is None or client_id is None:
            return
        from ui.money_papers.void_dialog import VoidDialog  # QtPdf, reportlab

        dialog = VoidDialog(self._vault, self._worker, paper.number, now=self._now, parent=self)
        dialog.voided.connect(lambda: self.changed.emit(client_id))
        self.dialog = dialog
        dialog.open()

    def _activated_paper(self, paper: InvoiceSummary) -> None:
        if paper.letter_id is not None:
            self.open_paper(paper, paper.letter_id)

    def open_paper(self, paper: InvoiceSummary, letter_id: int) -> PaperDialog:
        """The paper as it was issued, to read, print or save again."""
        title = (self.tr("Invoice {number}") if paper.kind is InvoiceKind.INVOICE
                 else self.tr("Credit note {number}")).format(number=paper.number)
        from ui.letters.paper_dialog import PaperDialog

        dialog = PaperDialog(title, title, status_text(paper), parent=self)
        vault = self._vault
        self._worker.run(lambda: letter_pdf(vault, letter_id),
                         lambda pdf: dialog.show_pdf(pdf, file_name(paper.number)),
                         lambda error: dialog.show_error(readable(error)))
        dialog.open()
        self.dialog = dialog
        return dialog

