"""The recovery sheet printed again: only after the passphrase is typed once more.

The sheet holds the code that opens the practice without the passphrase, so being unlocked
is not enough to see it: the passphrase is checked on the database worker first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from services.errors import StillroomError, WrongPassphrase
from services.papers.recovery_sheet import stored_recovery_sheet
from services.vault.practice_vault import Vault
from ui.forms import FieldErrors, Form, password_field
from ui.letters.paper_dialog import PaperDialog
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate
FILE_NAME = "stillroom-recovery-sheet.pdf"


class RecoverySheetDialog(PaperDialog):
    """Ask for the passphrase, then show the stored recovery sheet to print or save."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("RecoverySheetDialog", "Recovery sheet"),
            translate("RecoverySheetDialog", "Print the recovery sheet again"),
            translate("RecoverySheetDialog",
                      "The sheet holds your recovery code, which opens your practice without "
                      "the passphrase. Enter your passphrase to see it, and keep the paper "
                      "somewhere safe, away from this computer."),
            paper=paper, parent=parent)
        self._vault, self._worker = vault, worker
        self._busy = False
        self.errors = FieldErrors(plain_label())
        self.passphrase = password_field()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.show_sheet)
        self.show_button = QPushButton(self.tr("Show the sheet"))
        self.show_button.setObjectName("show_sheet")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_sheet)
        form = Form()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.errors.add_row(form, "passphrase")
        ask = QHBoxLayout()
        ask.addLayout(form, 1)
        ask.addWidget(self.show_button)
        where = self.column.indexOf(self.error)
        self.column.insertLayout(where, ask)
        self.column.insertWidget(where + 1, self.errors.label(None))
        self.pane.preview.show_hint(self.tr(
            "The sheet is shown here once your passphrase is checked."))
        self.passphrase.setFocus()

    def show_sheet(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        passphrase = self.passphrase.text()
        if not passphrase:
            self.errors.show("passphrase", self.tr("Please enter your passphrase."))
            return
        self._set_busy(True)
        vault = self._vault
        self._worker.run(lambda: stored_recovery_sheet(vault, passphrase), self._shown,
                         self._refused)

    def _shown(self, pdf: bytes) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.show_pdf(pdf, FILE_NAME)

    def _refused(self, error: StillroomError) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.errors.show("passphrase", self.tr(
                "That passphrase does not open this practice. Please try again."))
        else:
            self.errors.show_error(error)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.show_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
