"""A superbill from the client panel: the period and the language, made on the workers,
previewed, then printed or saved as PDF. Kept beside the client's letters once it has left
Stillroom (saved or printed), so the panel can open it again as it was given.

Read with `services.money_papers.superbills.read_superbill` on the database worker, rendered
by `superbill_layout` on the paper worker, kept with `keep_superbill` on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QWidget

from models.enums import Language
from services.money_papers.superbill_layout import render_superbill
from services.money_papers.superbills import Superbill, keep_superbill, read_superbill
from services.vault.practice_vault import Vault
from ui.client_fields import date_format
from ui.forms import Form
from ui.letters.paper_dialog import ClientPaperDialog, language_choice
from ui.note_reading.record_dialog import NOT_IN_A_NAME
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate


def superbill_file_name(name: str, bill: Superbill) -> str:
    """"Superbill – Jack Carter – 2026-03-01 to 2026-03-31.pdf", safe in any folder."""
    safe = " ".join(name.translate(NOT_IN_A_NAME).split()) or "client"
    return translate("SuperbillDialog", "Superbill – {name} – {first} to {last}.pdf").format(
        name=safe, first=bill.period_from.isoformat(), last=bill.period_to.isoformat())


def last_month(today: date) -> tuple[date, date]:
    """The calendar month before `today`'s: what a superbill is most often for."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def _day_field(name: str, accessible: str, day: date) -> QDateEdit:
    field = QDateEdit(QDate(day.year, day.month, day.day))
    field.setObjectName(name)
    field.setAccessibleName(accessible)
    field.setCalendarPopup(True)
    field.setDisplayFormat(date_format())
    return field


def _picked(field: QDateEdit) -> date:
    day = field.date()
    return date(day.year(), day.month(), day.day())


class SuperbillDialog(ClientPaperDialog):
    """Choose the period and the language, make the superbill, then print or save it.
    Emits `kept(client id)` once a superbill is kept with the client's letters."""

    kept = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, client_id, name, now, (
            translate("SuperbillDialog", "Superbill"),
            translate("SuperbillDialog", "A superbill for {name}").format(name=name),
            translate("SuperbillDialog",
                      "For the client to claim from their insurer: the sessions of the period "
                      "with their service codes, fees and payments. It is kept with the "
                      "client's letters once printed or saved. The PDF is not encrypted.")),
            translate("SuperbillDialog", "Make the superbill"), paper=paper, parent=parent)
        self._made: tuple[Superbill, bytes] | None = None
        self._kept = False
        first, last = last_month(now().date())
        self.first = _day_field("superbill_from", self.tr("The first day"), first)
        self.last = _day_field("superbill_to", self.tr("The last day"), last)
        self.language = language_choice("superbill_language",
                                        self.tr("The superbill's language"))
        self.make_button.setObjectName("make_superbill")
        self.make_button.clicked.connect(self.make)
        self.pane.delivered.connect(self._keep)
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(plain_label(self.tr("From")))
        row.addWidget(self.first)
        row.addWidget(plain_label(self.tr("to")))
        row.addWidget(self.last)
        row.addStretch()
        form = Form()
        form.addRow(self.tr("Sessions"), days)
        self.errors.add_row(form, "from", "superbill_from")
        self.errors.add_row(form, "to", "superbill_to")
        form.addRow(self.tr("Language"), self.language)
        self.add_choices(form, self.make_button, self.errors, self.tr(
            "The superbill is shown here once it is made: the sessions attended or charged in "
            "these days."))

    def make(self) -> None:
        """Read the figures on the database worker, then render them on the paper worker."""
        if self._busy:
            return
        self.errors.clear()
        first, last = _picked(self.first), _picked(self.last)
        language = Language(self.language.currentData())
        vault, client_id, now = self._vault, self._client_id, self._now()
        self._set_busy(True)
        self._worker.run(lambda: read_superbill(vault, client_id, first, last,
                                                language=language, now=now),
                         self._render, self._refused)

    def _render(self, bill: Superbill) -> None:
        self._paper.run(lambda: render_superbill(bill), lambda pdf: self._show(bill, pdf),
                        self._refused)

    def _show(self, bill: Superbill, pdf: bytes) -> None:
        self._set_busy(False)
        self._made, self._kept = (bill, pdf), False
        self.show_pdf(pdf, superbill_file_name(self._name, bill))

    def _keep(self) -> None:
        """The superbill left Stillroom: keep it beside the letters (once for each made)."""
        if self._made is None or self._kept:
            return
        self._kept = True
        bill, pdf = self._made
        vault = self._vault
        self._worker.run(lambda: keep_superbill(vault, bill, pdf),
                         lambda _id: self.kept.emit(bill.client_id), self._refused)
