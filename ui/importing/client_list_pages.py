"""The client list's steps of the import wizard after its file: what its columns hold, the review.

Checking every row runs on the database worker with a busy bar, so a long list never freezes
the window; nothing is written before Finish.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHeaderView

from services.clients.birth_dates import DayOrder
from services.clients.client_columns import ClientField
from services.clients.import_clients import (
    ClientListReview,
    FileKind,
    import_client_file,
    review_clients,
    with_mapping,
)
from services.errors import StillroomError
from ui.importing.import_words import (
    day_order_words,
    field_words,
    how_written,
    not_imported_words,
)
from ui.importing.step_page import StepPage, cell, table
from ui.plain_text import plain_label
from ui.worker import readable

FIRST_ROWS = 5


class MappingPage(StepPage):
    """Each column of the file, an example from the first row, and what it is imported as."""

    def __init__(self) -> None:
        super().__init__(self.tr("What each column holds"), self.tr(
            "Stillroom recognised the columns it could. Change any that are wrong; a column "
            "marked “Not imported” is left out."))
        self.how = plain_label()
        self.how.setObjectName("import_how")
        self.table = table([self.tr("Column in the file"), self.tr("First row"),
                             self.tr("Imported as")])
        self.table.setObjectName("import_mapping")
        self.body.addWidget(self.how)
        self.body.addWidget(self.table, 1)
        self.finish_layout()
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # Qt's name: the page is shown after Next
        file = self.owner().chosen_file()
        self.error.clear()
        self.how.setText(how_written(file))
        words = field_words()
        self.table.setRowCount(len(file.columns))
        self.combos = []
        for row, (column, given) in enumerate(zip(file.columns, file.fields, strict=True)):
            self.table.setItem(row, 0, cell(column))
            self.table.setItem(row, 1, cell(file.sample[row] if row < len(file.sample) else ""))
            combo = QComboBox()
            combo.addItem(not_imported_words(), None)
            for field in ClientField:
                combo.addItem(words[field], field)
            combo.setCurrentIndex(combo.findData(given) if given else 0)
            combo.setEnabled(file.kind is FileKind.SPREADSHEET)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)

    def choose(self, column: str, field: ClientField | None) -> None:
        """Set what `column` is imported as, as the therapist would with its combo."""
        row = self.owner().chosen_file().columns.index(column)
        combo = self.combos[row]
        combo.setCurrentIndex(combo.findData(field) if field else 0)

    def chosen(self) -> dict[str, ClientField | None]:
        columns = self.owner().chosen_file().columns
        # Qt gives a combo's data back as the plain string the enum member is.
        return {column: ClientField(combo.currentData()) if combo.currentData() else None
                for column, combo in zip(columns, self.combos, strict=True)}

    def validatePage(self) -> bool:  # Qt's name: called on Next
        wizard = self.owner()
        file = wizard.chosen_file()
        try:
            wizard.mapped = with_mapping(file, self.chosen()
                                         if file.kind is FileKind.SPREADSHEET else {})
        except StillroomError as error:
            self.error.setText(readable(error))
            return False
        return True


class ReviewPage(StepPage):
    """How many clients, the first few as they will be kept, and every bad row with its line."""

    def __init__(self) -> None:
        super().__init__(self.tr("Check before importing"), self.tr(
            "Every row has been checked. Press Finish to add all of these clients at once."))
        self.summary = plain_label()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.first = table([self.tr("Name"), self.tr("Date of birth"), self.tr("Phone"),
                             self.tr("Email"), self.tr("Address")])
        self.first.setObjectName("import_first_rows")
        self.first.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_heading = plain_label(self.tr("Rows to put right in the file first:"))
        self.problems = table([self.tr("Line"), self.tr("What is wrong")])
        self.problems.setObjectName("import_problems")
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.first, 1)
        self.body.addWidget(self.problems_heading)
        self.body.addWidget(self.problems, 1)
        self.finish_layout()
        self.review: ClientListReview | None = None

    def initializePage(self) -> None:
        wizard = self.owner()
        mapped = wizard.mapped
        assert mapped is not None
        self.review = None
        self.summary.clear()
        self.first.setRowCount(0)
        self.problems.setRowCount(0)
        self.problems_heading.hide()
        self.problems.hide()
        self.working(self.tr("Checking every row…"))
        vault = wizard.vault
        wizard.worker.run(lambda: review_clients(vault, mapped, FIRST_ROWS), self._reviewed,
                          self.failed)

    def _reviewed(self, review: ClientListReview) -> None:
        self.stopped()
        self.review = review
        lines = [how_written(review.file)]
        if review.problems:
            lines.insert(0, self.tr("{count} rows of {total} cannot be imported. Put them "
                                    "right in the file, then choose it again; nothing has "
                                    "been added.").format(count=len(review.problems),
                                                          total=review.count))
        elif review.count:
            lines.insert(0, self.tr("{count} clients will be added.").format(
                count=review.count))
        else:
            lines.insert(0, self.tr("The file holds no clients."))
        if review.day_order is not DayOrder.UNSETTLED:  # else a date refused says why
            lines.append(day_order_words(review.day_order))
        self.summary.setText("\n".join(lines))
        self.first.setRowCount(len(review.first))
        for row, client in enumerate(review.first):
            draft = client.draft
            cells = [draft.full_name,
                     client.date_of_birth.isoformat() if client.date_of_birth else "",
                     ", ".join(n.number for n in draft.numbers), draft.email,
                     ", ".join(line.strip() for line in draft.address.splitlines())]
            for column, text in enumerate(cells):
                self.first.setItem(row, column, cell(text))
        if review.problems:
            self.problems.setRowCount(len(review.problems))
            for row, problem in enumerate(review.problems):
                where = f"{problem.error.field}: " if problem.error.field else ""
                self.problems.setItem(row, 0, cell(str(problem.line)))
                self.problems.setItem(row, 1, cell(where + readable(problem.error)))
            self.problems_heading.show()
            self.problems.show()
        self.completeChanged.emit()

    def nextId(self) -> int:  # Qt's name: the last of the client list's steps
        return -1

    def isComplete(self) -> bool:  # Qt's name: Finish waits for a clean review
        return (self.review is not None and not self.review.problems and self.review.count > 0
                and not self.busy.isVisible())

    def write(self, done: Callable[[int], None],
              failed: Callable[[StillroomError], None]) -> None:
        """Finish: every client written on the worker, in one transaction."""
        mapped = self.owner().mapped
        assert mapped is not None  # the review is reached only once the columns are mapped
        count = self.review.count if self.review else 0
        self.working(self.tr("Adding {count} clients…").format(count=count))
        vault = self.owner().vault
        self.owner().worker.run(lambda: import_client_file(vault, mapped), done, failed)
