"""Practice → Import…: a practice kept elsewhere, brought in after a review, all or nothing.

The first step says what is brought in (today a client list; the calendar joins it as its
own steps after this one) and reads the file; then what each column holds; then the review.
Finish writes every client in one transaction on the database worker, or nothing: a refusal
keeps the wizard open on the review with its message. Cancel writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from services.clients.import_clients import ClientFile, import_client_file
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.importing.client_list_pages import ChooseFilePage, MappingPage, ReviewPage
from ui.worker import DatabaseWorker


class ImportWizard(QWizard):
    """The import's steps; `imported(count)` once the clients are written."""

    imported = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.worker = vault, worker
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.mapped: ClientFile | None = None
        self.choose_page = ChooseFilePage()
        self.mapping_page = MappingPage()
        self.review_page = ReviewPage()
        for page in (self.choose_page, self.mapping_page, self.review_page):
            self.addPage(page)
        self._writing = False

    def sizeHint(self) -> QSize:  # Qt's name: room for the columns and the first rows
        return QSize(960, 640)

    def chosen_file(self) -> ClientFile:
        file = self.choose_page.file
        assert file is not None  # the later steps are reached only once a file is read
        return file

    def accept(self) -> None:
        """Finish: write every client on the worker, then close; a refusal stays here."""
        mapped = self.mapped
        if self._writing or mapped is None:
            return
        self._writing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        review = self.review_page.review
        count = review.count if review else 0
        self.review_page.working(self.tr("Adding {count} clients…").format(count=count))
        vault = self.vault
        self.worker.run(lambda: import_client_file(vault, mapped), self._written,
                        self._refused)

    def _written(self, count: int) -> None:
        self._writing = False
        self.review_page.stopped()
        self.imported.emit(count)
        super().accept()

    def _refused(self, error: StillroomError) -> None:
        self._writing = False
        self.review_page.failed(error)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
