"""Practice → Import…: a practice kept elsewhere, brought in after a review, all or nothing.

The first step says what is brought in, a client list or a calendar, and reads the file. A
client list then shows what each column holds, then its review; a calendar shows its review
of titles and what each becomes. Finish writes all of it in one transaction on the database
worker, or nothing: a refusal keeps the wizard open on the review with its message. Cancel
writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from services.clients.import_clients import ClientFile
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.importing.calendar_review_page import CalendarReviewPage
from ui.importing.choose_page import ChooseFilePage
from ui.importing.client_list_pages import MappingPage, ReviewPage
from ui.importing.step_page import Step
from ui.worker import DatabaseWorker


class ImportWizard(QWizard):
    """The import's steps; `imported(count)` once clients are written, and
    `calendar_imported(day)` once a calendar is, with a day whose week shows it."""

    imported = Signal(int)
    calendar_imported = Signal(date)

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.vault, self.worker, self.now = vault, worker, now
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.mapped: ClientFile | None = None
        self.choose_page = ChooseFilePage(now().date())
        self.mapping_page = MappingPage()
        self.review_page = ReviewPage()
        self.calendar_page = CalendarReviewPage()
        for step, page in ((Step.CHOOSE, self.choose_page), (Step.MAPPING, self.mapping_page),
                           (Step.REVIEW, self.review_page),
                           (Step.CALENDAR_REVIEW, self.calendar_page)):
            self.setPage(step, page)
        self._writing = False

    def sizeHint(self) -> QSize:  # Qt's name: room for the columns and the first rows
        return QSize(960, 640)

    def chosen_file(self) -> ClientFile:
        file = self.choose_page.file
        assert file is not None  # the later steps are reached only once a file is read
        return file

    def accept(self) -> None:
        """Finish: the review's clients, or its calendar, written on the worker; the wizard
        closes once they are, and stays on the review with the message of a refusal."""
        page = self.currentPage()
        if (self._writing or not isinstance(page, ReviewPage | CalendarReviewPage)
                or not page.isComplete()):
            return
        self._writing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        page.write(partial(self._written, page), partial(self._refused, page))

    def _written(self, page: ReviewPage | CalendarReviewPage, outcome: int | date) -> None:
        self._writing = False
        page.stopped()
        if isinstance(outcome, date):
            self.calendar_imported.emit(outcome)
        else:
            self.imported.emit(outcome)
        super().accept()

    def _refused(self, page: ReviewPage | CalendarReviewPage, error: StillroomError) -> None:
        self._writing = False
        page.failed(error)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
