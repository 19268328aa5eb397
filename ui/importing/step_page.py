"""The import wizard's steps: each page's busy bar, progress and line for what went wrong.

Every step's work (reading a file, checking rows, matching titles, writing) runs on the
database worker, so a long file never freezes the window; the page shows it is working, then
the outcome or the refusal with its line.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from services.errors import StillroomError
from ui.importing.import_words import error_words
from ui.plain_text import literal, plain_label

if TYPE_CHECKING:
    from ui.importing.import_wizard import ImportWizard

PROGRESS_EVERY_S = 0.2


def table(headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(False)
    return table


def cell(text: str) -> QTableWidgetItem:
    """A cell of the file's text on one line, the whole of it in the tooltip."""
    item = QTableWidgetItem(" ".join(text.split()))
    item.setToolTip(literal(text))
    return item


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # how long is not known: it moves while the worker reads
    bar.setTextVisible(False)
    bar.hide()
    return bar


class Step(IntEnum):
    """The wizard's pages: the client list's three, and the calendar's review."""

    CHOOSE = 0
    MAPPING = 1
    REVIEW = 2
    CALENDAR_REVIEW = 3


class StepPage(QWizardPage):
    """A step with a busy bar (a progress bar once the work says how far it is) and a line
    for what went wrong. `progressed(done, total)` may be emitted from the worker's thread."""

    progressed = Signal(int, int)

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        # The wizard shows titles as rich text, a size up from the subtitle under them.
        self.setTitle(f'<span style="font-size: large">{html.escape(title)}</span>')
        self.setSubTitle(subtitle)
        self.body = QVBoxLayout(self)
        self.busy = _busy_bar()
        self.busy_note = plain_label()
        self.error = plain_label()
        self.error.setObjectName("import_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.progressed.connect(self._progressed)
        self._shown_at = 0.0  # when the progress bar last moved

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.busy_note)
        self.body.addWidget(self.busy)

    def owner(self) -> ImportWizard:
        from ui.importing.import_wizard import ImportWizard

        wizard = self.wizard()
        assert isinstance(wizard, ImportWizard)
        return wizard

    def working(self, note: str) -> None:
        self.error.clear()
        self.busy_note.setText(note)
        self.busy.setRange(0, 0)
        self._shown_at = time.monotonic()
        self.busy.show()
        self.completeChanged.emit()

    def _progressed(self, done: int, total: int) -> None:
        """A progress bar redraws at once when its value changes: a fifth of a second
        between two values is often enough for the eye, and leaves the time to the work."""
        now = time.monotonic()
        if self.busy.isHidden() or total <= 0 or (
                now - self._shown_at < PROGRESS_EVERY_S and done < total):
            return
        self._shown_at = now
        self.busy.setRange(0, total)
        self.busy.setValue(min(done, total))

    def report(self) -> Callable[[int, int], None]:
        """A progress callback for a job on the worker, quiet once the page is gone."""
        def progressed(done: int, total: int) -> None:
            if shiboken6.isValid(self):
                self.progressed.emit(done, total)
        return progressed

    def stopped(self) -> None:
        self.busy_note.clear()
        self.busy.hide()

    def failed(self, error: StillroomError) -> None:
        self.stopped()
        self.error.setText(error_words(error))
        self.completeChanged.emit()
