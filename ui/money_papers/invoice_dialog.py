"""Issuing an invoice from the client panel: one session or a period, what it will list and
its total, then "Issue invoice"; the paper is shown at once to print or save.

What it will list is read with `preview_invoice` on the database worker whenever the choice
changes, so the therapist sees the lines and the total (or why there is nothing to invoice)
before anything is numbered. Issuing is one use case (`issue_invoice`) and cannot be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Language
from services.errors import StillroomError
from services.money_papers.invoices import (
    ChargedSession,
    InvoicePreview,
    Issued,
    issue_invoice,
    preview_invoice,
    uninvoiced_sessions,
)
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.client_labels import day_text, money_text
from ui.client_tables import Row, Table
from ui.dates import qdate
from ui.forms import FieldErrors, Form, refit
from ui.labels import language_name
from ui.letters.paper_dialog import PaperDialog
from ui.money_papers.invoice_words import file_name
from ui.money_papers.period_paper_dialog import last_month
from ui.plain_text import plain_label
from ui.typed_text import main_button
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate


@dataclass(frozen=True)
class _Read:
    settings: PracticeSettings
    sessions: list[ChargedSession]


def paper_height(dialog: QWidget) -> int:
    """A dialog showing a paper as tall as a page reads well, within the screen."""
    screen = dialog.screen()
    room = screen.availableGeometry().height() - 60 if screen is not None else 860
    return min(860, room)


class InvoiceDialog(PaperDialog):
    """Choose what to invoice, see it, issue it, then print or save the paper."""

    issued = Signal(object)  # the Issued invoice

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("InvoiceDialog", "Invoice"), translate("InvoiceDialog", "A new invoice"),
            translate("InvoiceDialog",
                      "It lists the charges of the session or the period that are not on an "
                      "invoice yet. Once issued, an invoice keeps its number and never "
                      "changes: a mistake is put right by voiding it with a credit note."),
            paper=paper, parent=parent)
        self.details.setWordWrap(True)
        self._vault, self._worker, self._now, self._client_id = vault, worker, now, client_id
        self._currency = "GBP"
        self._generation = 0
        self._busy = False
        self._ready = False
        self.chooser = QWidget()
        self.chooser.setObjectName("invoice_chooser")
        self.one_session = QRadioButton(self.tr("One session"))
        self.one_session.setObjectName("invoice_one_session")
        self.period = QRadioButton(self.tr("A period"))
        self.period.setObjectName("invoice_period")
        self.period.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.one_session)
        choice.addButton(self.period)
        self.sessions = QComboBox()
        self.sessions.setObjectName("invoice_session")
        self.sessions.setAccessibleName(self.tr("The session to invoice"))
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit, name, accessible in ((self.first, "invoice_from", self.tr("The first day")),
                                       (self.last, "invoice_to", self.tr("The last day"))):
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setCalendarPopup(True)
        self.language = QComboBox()
        self.language.setObjectName("invoice_language")
        self.language.setAccessibleName(self.tr("The invoice's language"))
        for language in Language:
            self.language.addItem(language_name(language), language)
        self.lines = Table("invoice_lines", self.tr("What the invoice will list"),
                           [self.tr("Date"), self.tr("Description"), self.tr("Amount")],
                           give_way=(1,))
        self.total = plain_label()
        self.total.setObjectName("invoice_total")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.issue_button = QPushButton(self.tr("Issue invoice"))
        self.issue_button.setObjectName("issue_invoice")
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.issue)
        main_button(self.issue_button, self.close_button)
        self.errors = FieldErrors(plain_label())
        self._lay_out()
        for signal in (self.one_session.toggled, self.sessions.currentIndexChanged,
                       self.first.dateChanged, self.last.dateChanged,
                       self.language.currentIndexChanged):
            signal.connect(self._choice_changed)
        self.pane.hide()
        self.resize(760, 620)
        worker.run(lambda: _Read(read_settings(vault), uninvoiced_sessions(vault, client_id)),
                   self._loaded, self.errors.show_error)

    def _lay_out(self) -> None:
        session_row, period_row = QHBoxLayout(), QHBoxLayout()
        session_row.addWidget(self.one_session)
        session_row.addWidget(self.sessions, 1)
        period_row.addWidget(self.period)
        period_row.addWidget(self.first)
        period_row.addWidget(plain_label("–"))
        period_row.addWidget(self.last)
        period_row.addStretch()
        form = Form()
        form.addRow(self.tr("Invoice"), self._row_widget(period_row))
        self.errors.add_row(form, "period_from", "invoice_from")
        self.errors.add_row(form, "period_to", "invoice_to")
        form.addRow("", self._row_widget(session_row))
        self.errors.add_row(form, "session", "invoice_session")
        form.addRow(self.tr("Language"), self.language)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.issue_button)
        column = QVBoxLayout(self.chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.errors.label(None))
        column.addWidget(self.lines)
        column.addLayout(bottom)
        column.addStretch()
        self.column.insertWidget(self.column.indexOf(self.error), self.chooser, 1)

    @staticmethod
    def _row_widget(row: QHBoxLayout) -> QWidget:
        widget = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(row)
        return widget

    def _loaded(self, read: _Read) -> None:
        settings = read.settings
        self._currency = settings.currency
        self.language.setCurrentIndex(self.language.findData(settings.language))
        first, last = last_month(self._now().astimezone(settings.zone).date())
        self.first.setDate(qdate(first))
        self.last.setDate(qdate(last))
        for session in read.sessions:
            self.sessions.addItem(self.tr("{description} — {amount}").format(
                description=session.description,
                amount=money_text(session.amount, settings.currency)), session.appointment_id)
        self.one_session.setEnabled(bool(read.sessions))
        if not read.sessions:
            self.sessions.addItem(self.tr("Every charged session is on an invoice already."))
        self._ready = True
        self._choice_changed()

    def _what(self) -> dict[str, object]:
        if self.one_session.isChecked():
            return {"appointment_id": self.sessions.currentData()}
        return {"period_from": self.first.date().toPython(),
                "period_to": self.last.date().toPython()}

    def _choice_changed(self) -> None:
        """Read again what the invoice would list."""
        if not self._ready or self._busy:
            return
        self.sessions.setEnabled(self.one_session.isChecked())
        for edit in (self.first, self.last):
            edit.setEnabled(self.period.isChecked())
        self._generation += 1
        generation = self._generation
        vault, client_id, what = self._vault, self._client_id, self._what()
        language = Language(self.language.currentData())
        self.issue_button.setEnabled(False)
        self._worker.run(
            lambda: preview_invoice(vault, client_id, language=language, **what),  # type: ignore[arg-type]
            lambda preview: self._previewed(generation, preview),
            lambda error: self._not_previewed(generation, error))

    def _previewed(self, generation: int, preview: InvoicePreview) -> None:
        if generation != self._generation:
            return
        self.errors.clear()
        self.lines.set_rows([Row((day_text(line.day), line.description,
                                  money_text(line.amount, preview.currency)),
                                 right_aligned=frozenset({2})) for line in preview.lines])
        self.lines.show()
        self.total.setText(self.tr("Total: {amount}").format(
            amount=money_text(preview.total, preview.currency)))
        self.issue_button.setEnabled(True)
        refit(self.lines)

    def _not_previewed(self, generation: int, error: StillroomError) -> None:
        if generation != self._generation:
            return
        self.errors.clear()
        self.errors.show_error(error)
        self.lines.clear()
        self.lines.hide()
        self.total.clear()

    def issue(self) -> None:
        """Number the invoice and keep it with its paper; then show the paper."""
        if self._busy or not self.issue_button.isEnabled():
            return
        self._busy = True
        self.issue_button.setEnabled(False)
        vault, client_id, what = self._vault, self._client_id, self._what()
        language, now = Language(self.language.currentData()), self._now()
        self._worker.run(
            lambda: issue_invoice(vault, client_id, language=language, now=now,
                                  **what),  # type: ignore[arg-type]
            self._issued, self._refused)

    def _issued(self, issued: Issued) -> None:
        self._busy = False
        self.chooser.hide()
        self.heading.setText(self.tr("Invoice {number} is issued").format(number=issued.number))
        self.details.setText(self.tr("Total {amount}, due {day}. It is kept with the letters; "
                                     "print it or save it as a PDF to send.").format(
            amount=money_text(issued.total, issued.currency), day=day_text(issued.due_on)))
        self.pane.show()
        self.show_pdf(issued.pdf, file_name(issued.number))
        self.resize(self.width(), paper_height(self))
        self.issued.emit(issued)

    def _refused(self, error: StillroomError) -> None:
        self._busy = False
        self.errors.show_error(error)
        self.issue_button.setEnabled(True)
