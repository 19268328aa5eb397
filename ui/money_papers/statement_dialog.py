"""A client's statement of account, from their panel: the period (this year so far unless
changed) and the language, the figures on screen, then the PDF with Print… and Save as PDF….

Made and kept as every paper for a period is (`period_paper_dialog`), with the figures shown
above the PDF as soon as they are read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from models.enums import Language
from services.money_papers.statement_layout import statement_pdf
from services.money_papers.statements import Statement, keep_made_statement, statement
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.client_labels import balance_text, money_text
from ui.forms import Form
from ui.money_papers.period_paper_dialog import PeriodPaper, PeriodPaperDialog
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


def _read(vault: Vault, client_id: int, first: date, last: date, _language: Language,
          _now: datetime) -> _Read:
    return _Read(statement(vault, client_id, first, last), read_settings(vault))


STATEMENT = PeriodPaper(
    "statement", _read,
    lambda read, language: statement_pdf(read.figures, read.settings, language),
    lambda read: statement_file_name(read.figures),
    lambda vault, read, pdf, language: keep_made_statement(vault, read.figures, pdf, language))


class StatementDialog(PeriodPaperDialog):
    """Choose the period and the language, see the figures and the PDF; `kept` once the
    statement is saved or printed and so kept with the client's papers."""

    kept = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        today = now().date()
        super().__init__(vault, worker, client_id, name, now, (
            translate("StatementDialog", "Statement of account"),
            translate("StatementDialog", "Statement of account for {name}").format(name=name),
            translate("StatementDialog",
                      "Everything charged, paid and waived in the period, with the balance "
                      "before and after. It is kept with the client's papers once it is "
                      "saved or printed.")),
            translate("StatementDialog", "Show the statement"), STATEMENT,
            (date(today.year, 1, 1), today), paper=paper, parent=parent)
        self.first.setAccessibleName(self.tr("The statement's first day"))
        self.last.setAccessibleName(self.tr("The statement's last day"))
        self.language.setAccessibleName(self.tr("The statement's language"))
        self.figures = plain_label()
        self.figures.setObjectName("statement_figures")
        self.figures.setWordWrap(True)
        self.figures.hide()
        self.paper_read.connect(self._show_figures)
        self.paper_kept.connect(lambda _read: self.kept.emit())
        form = Form()
        form.addRow(self.tr("Period"), self.days_row("", "–"))
        self.errors.add_row(form, "period_to", "statement_to")
        form.addRow(self.tr("Language"), self.language)
        self.add_choices(form, self.make_button, self.errors,
                         self.tr("The statement is shown here once it is made."))
        self.column.insertWidget(self.column.indexOf(self.error), self.figures)
        self.pane.setMinimumHeight(480)

    def _show_figures(self, read: _Read) -> None:
        self.figures.setText(figures_text(read.figures))
        self.figures.show()
