"""A dialog holding one made PDF: a heading, the preview, Save as PDF…, Print… and Close; and
the same for a paper made for one client from choices above the preview (`ClientPaperDialog`:
the client's record, a superbill)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from models.enums import Language
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, FieldErrors, Form, heading_label, note_label
from ui.i18n import window_language
from ui.labels import language_name
from ui.letters.paper_pane import PaperPane
from ui.paper_files import paper_worker
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker


class PaperDialog(QDialog):
    """Shows a PDF given now (`show_pdf`) or read later; `show_error` when it cannot be."""

    def __init__(self, title: str, heading: str, details: str = "", *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        self.heading = heading_label(heading)
        self.heading.setWordWrap(True)
        self.details = note_label(details)
        self.details.setVisible(bool(details))
        self.error = note_label()
        self.error.setObjectName("paper_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.pane = PaperPane(paper or paper_worker(), self.tr("Opening…"))
        self.pane.set_enabled_for(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.details)
        self.column.addWidget(self.error)
        self.column.addWidget(self.pane, 1)
        self.column.addLayout(bottom)
        self.resize(760, 860)

    def add_choices(self, form: Form, make_button: QPushButton, errors: FieldErrors,
                    hint: str) -> None:
        """What the paper is made from, above its preview: `form` with the button that makes
        it beside, their messages under them, and `hint` in the preview until it is made."""
        choose = QHBoxLayout()
        choose.addLayout(form, 1)
        choose.addWidget(make_button)
        where = self.column.indexOf(self.error)
        self.column.insertLayout(where, choose)
        self.column.insertWidget(where + 1, errors.label(None))
        self.pane.setMinimumHeight(560)
        self.pane.preview.show_hint(hint)

    def show_pdf(self, pdf: bytes, file_name: str) -> None:
        self.error.hide()
        self.pane.set_enabled_for(True)
        self.pane.set_pdf(pdf, file_name)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.pane.forget("")


def language_choice(name: str, accessible: str) -> QComboBox:
    """The languages a paper can be made in, the window's chosen."""
    choice = QComboBox()
    choice.setObjectName(name)
    choice.setAccessibleName(accessible)
    for language in Language:
        choice.addItem(language_name(language), language)
    choice.setCurrentIndex(choice.findData(window_language()))
    return choice


def open_paper(parent: QWidget | None, title: str, pdf: bytes, file_name: str) -> PaperDialog:
    """Show `pdf` in a window-modal dialog, not blocking; returns it."""
    dialog = PaperDialog(title, title, parent=parent)
    dialog.show_pdf(pdf, file_name)
    dialog.open()
    return dialog


class ClientPaperDialog(PaperDialog):
    """A paper for one client, made when `make_button` is pressed: the subclass reads it on
    the database worker and renders it on `self._paper`, calling `_set_busy(False)` and
    `show_pdf` when it is made, or `_refused` with the reason it cannot be."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 now: Callable[[], datetime], words: tuple[str, str, str], make: str, *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        title, heading, details = words
        super().__init__(title, heading, details, paper=paper, parent=parent)
        self._vault, self._worker, self._now = vault, worker, now
        self._client_id, self._name = client_id, name
        self._paper = paper or paper_worker()
        self._busy = False
        self.errors = FieldErrors(plain_label())
        self.make_button = QPushButton(make)
        self.make_button.setDefault(True)

    def _refused(self, error: StillroomError) -> None:
        self._set_busy(False)
        self.errors.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.make_button.setEnabled(not busy)
        self.pane.set_enabled_for(not busy and self.pane.pdf is not None)
