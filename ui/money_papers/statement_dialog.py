"""A client's statement of account, from their panel: the period (this year so far unless
changed) and the language, the figures on screen, then the PDF with Print… and Save as PDF….

The figures are read on the database worker and the PDF rendered on the paper worker; the
statement is kept with the client's papers once it leaves Stillroom (saved or printed), so
trying a few periods keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from models.enums import Language
from services.money_papers.statement_layout import statement_pdf
from services.money_papers.statements import Statement, keep_made_statement, statement
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.client_fields import date_format
from ui.client_labels import balance_text, money_text
from ui.forms import Form
from ui.letters.paper_dialog import ClientPaperDialog, language_choice
from ui.note_reading.record_dialog import NOT_IN_A_NAME
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate


@dataclass(frozen=True)
class _Read:
    figures: Statement
    settings: PracticeSettings


def statement_file_name(figures: Statement) -> str:
    """'Statement – Ann Lee – 2026-01-01 to 2026-12-05.pdf'."""
    name = " ".join(figures.client.full_name.translate(NOT_IN_A_NAME).split()) or "client"
    return translate("StatementDialog", "Statement – {name} – {first} to {last}.pdf").format(
        name=name, first=figures.period_from.isoformat(), last=figures.period_to.isoformat())


def figures_text(figures: Statement) -> str:
    """The statement's figures in a few lines, in the window's language."""
    money = figures.currency
    charged = sum(e.paper.line.amount for e in figures.lines if e.paper.line.kind.sign > 0)
    paid = sum(e.paper.line.amount for e in figures.lines if e.paper.line.kind.sign < 0)
    lines = [
        translate("StatementDialog", "Opening balance: {words}").format(
            words=balance_text(figures.opening, money)),
        translate("StatementDialog", "Charged and refunded in the period: {amount}").format(
            amount=money_text(charged, money)),
        translate("StatementDialog", "Paid and waived in the period: {amount}").format(
            amount=money_text(paid, money)),
        translate("StatementDialog", "Closing balance: {words}").format(
            words=balance_text(figures.closing, money)),
    ]
    if figures.closing > 0:
        ages = (translate("StatementDialog", "not yet due {amount}"),
                translate("StatementDialog", "1–30 days overdue {amount}"),
                translate("StatementDialog", "31–60 days overdue {amount}"),
                translate("StatementDialog", "61–90 days overdue {amount}"),
                translate("StatementDialog", "over 90 days overdue {amount}"))
        parts = [age.format(amount=money_text(owed, money))
                 for age, owed in zip(ages, figures.ageing.buckets, strict=True) if owed]
        lines.append(translate("StatementDialog", "What is owed: {parts}.").format(
            parts="; ".join(parts)))
    return "\n".join(lines)


def _date_edit(name: str, accessible: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def _day(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


class StatementDialog(ClientPaperDialog):
    """Choose the period and the language, see the figures and the PDF; `kept` once the
    statement is saved or printed and so kept with the client's papers."""

    kept = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, client_id, name, now, (
            translate("StatementDialog", "Statement of account"),
            translate("StatementDialog", "Statement of account for {name}").format(name=name),
            translate("StatementDialog",
                      "Everything charged, paid and waived in the period, with the balance "
                      "before and after. It is kept with the client's papers once it is "
                      "saved or printed.")),
            translate("StatementDialog", "Show the statement"), paper=paper, parent=parent)
        self._made: tuple[Statement, bytes, Language] | None = None
        self._kept_pdf: bytes | None = None
        today = now().date()
        self.first = _date_edit("statement_from", self.tr("The statement's first day"),
                                date(today.year, 1, 1))
        self.last = _date_edit("statement_to", self.tr("The statement's last day"), today)
        self.language = language_choice("statement_language",
                                        self.tr("The statement's language"))
        self.make_button.setObjectName("make_statement")
        self.make_button.clicked.connect(self.make)
        self.figures = plain_label()
        self.figures.setObjectName("statement_figures")
        self.figures.setWordWrap(True)
        self.figures.hide()
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first)
        row.addWidget(plain_label("–"))
        row.addWidget(self.last)
        row.addStretch()
        form = Form()
        form.addRow(self.tr("Period"), days)
        self.errors.add_row(form, "period_to", "statement_to")
        form.addRow(self.tr("Language"), self.language)
        self.add_choices(form, self.make_button, self.errors,
                         self.tr("The statement is shown here once it is made."))
        self.column.insertWidget(self.column.indexOf(self.error), self.figures)
        self.pane.setMinimumHeight(480)
        self.pane.delivered.connect(self._keep)

    def make(self) -> None:
        """Read the figures on the database worker, then render the PDF on the paper one."""
        if self._busy:
            return
        self.errors.clear()
        vault, client_id = self._vault, self._client_id
        first, last = _day(self.first), _day(self.last)
        language = Language(self.language.currentData())
        self._set_busy(True)
        self._worker.run(lambda: _Read(statement(vault, client_id, first, last),
                                       read_settings(vault)),
                         lambda read: self._render(read, language), self._refused)

    def _render(self, read: _Read, language: Language) -> None:
        self.figures.setText(figures_text(read.figures))
        self.figures.show()
        self._paper.run(lambda: statement_pdf(read.figures, read.settings, language),
                        lambda pdf: self._rendered(read.figures, pdf, language),
                        self._refused)

    def _rendered(self, figures: Statement, pdf: bytes, language: Language) -> None:
        self._set_busy(False)
        self._made = (figures, pdf, language)
        self.show_pdf(pdf, statement_file_name(figures))

    def _keep(self) -> None:
        """The statement left Stillroom: keep it with the client's papers, once."""
        if self._made is None or self._kept_pdf is self._made[1]:
            return
        figures, pdf, language = self._made
        self._kept_pdf = pdf
        vault = self._vault
        self._worker.run(lambda: keep_made_statement(vault, figures, pdf, language),
                         lambda _id: self.kept.emit(), self._refused)
