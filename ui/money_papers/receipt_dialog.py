"""A payment's receipt on screen: made and kept the first time, the kept one after that,
with Print…, Save as PDF… and, when the therapist wants it, a new one in either language.

Made on the database worker (`services.money_papers.receipts.make_receipt` reads, renders
and keeps in one unit of work: a receipt is small), so the paper never differs from what
is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from models.enums import Language
from services.errors import StillroomError
from services.money_papers.receipts import KeptReceipt, make_receipt
from services.vault.practice_vault import Vault
from ui.client_labels import day_text
from ui.letters.paper_dialog import PaperDialog, language_choice
from ui.note_reading.record_dialog import NOT_IN_A_NAME
from ui.worker import DatabaseWorker, readable

translate = QCoreApplication.translate


def receipt_file_name(kept: KeptReceipt) -> str:
    """'Receipt R-12 – Ann Lee.pdf', with nothing in it a folder could mistake."""
    name = " ".join(kept.client_name.translate(NOT_IN_A_NAME).split()) or "client"
    return translate("ReceiptDialog", "Receipt {number} – {name}.pdf").format(
        number=kept.number, name=name)


class ReceiptDialog(PaperDialog):
    """The receipt for one payment or refund, shown once `make` is called (after `made`,
    emitted when a new one is kept, is connected)."""

    made = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, ledger_entry_id: int, *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("ReceiptDialog", "Receipt"),
                         translate("ReceiptDialog", "Receipt"), paper=paper, parent=parent)
        self._vault, self._worker, self._ledger_entry_id = vault, worker, ledger_entry_id
        self.kept: KeptReceipt | None = None
        self.language = language_choice("receipt_language", self.tr("The new receipt's language"))
        self.again_button = QPushButton(self.tr("Make a new receipt"))
        self.again_button.setObjectName("receipt_again")
        self.again_button.setToolTip(self.tr(
            "The receipt kept now stays kept; a new one is kept beside it."))
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(lambda: self.make(again=True))
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.language)
        row.addWidget(self.again_button)
        self.column.insertLayout(self.column.indexOf(self.pane), row)

    def make(self, *, again: bool) -> None:
        """The kept receipt (or, with `again`, a new one in the language chosen)."""
        vault, ledger_entry_id = self._vault, self._ledger_entry_id
        language = Language(self.language.currentData()) if again else None
        self._set_busy(True)
        self._worker.run(lambda: make_receipt(vault, ledger_entry_id, language=language,
                                              again=again),
                         self._shown, self._refused)

    def _shown(self, kept: KeptReceipt) -> None:
        self.kept = kept
        self._set_busy(False)
        self.heading.setText(self.tr("Receipt {number} for {name}").format(
            number=kept.number, name=kept.client_name))
        self.details.setText(
            self.tr("Made now and kept with the client's papers.") if kept.made else
            self.tr("Kept since {day}: this is the receipt as it was given.").format(
                day=day_text(kept.made_at.astimezone().date())))
        self.details.show()
        self.show_pdf(kept.pdf, receipt_file_name(kept))
        if kept.made:
            self.made.emit()

    def _refused(self, error: StillroomError) -> None:
        self._set_busy(False)
        self.again_button.setEnabled(self.kept is not None)
        self.show_error(readable(error))

    def _set_busy(self, busy: bool) -> None:
        self.again_button.setEnabled(not busy)
        self.language.setEnabled(not busy)
        self.pane.set_enabled_for(not busy and self.pane.pdf is not None)
