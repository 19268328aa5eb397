"""A superbill from the client panel: the period and the language, made on the workers,
previewed, then printed or saved as PDF. Kept beside the client's letters once it has left
Stillroom (saved or printed), so the panel can open it again as it was given.

Read with `services.money_papers.superbills.read_superbill` on the database worker, rendered
by `superbill_layout` on the paper worker, kept with `keep_superbill` on the database worker,
as every paper for a period is (`period_paper_dialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from models.enums import Language
from services.money_papers.superbill_layout import render_superbill
from services.money_papers.superbills import Superbill, keep_superbill, read_superbill
from services.vault.practice_vault import Vault
from ui.forms import Form
from ui.money_papers.period_paper_dialog import PeriodPaper, PeriodPaperDialog, last_month
from ui.note_reading.record_dialog import NOT_IN_A_NAME
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate


def superbill_file_name(name: str, bill: Superbill) -> str:
    """"Superbill – Jack Carter – 2026-03-01 to 2026-03-31.pdf", safe in any folder."""
    safe = " ".join(name.translate(NOT_IN_A_NAME).split()) or "client"
    return translate("SuperbillDialog", "Superbill – {name} – {first} to {last}.pdf").format(
        name=safe, first=bill.period_from.isoformat(), last=bill.period_to.isoformat())


def _read(vault: Vault, client_id: int, first: date, last: date, language: Language,
          now: datetime) -> Superbill:
    return read_superbill(vault, client_id, first, last, language=language, now=now)


class SuperbillDialog(PeriodPaperDialog):
    """Choose the period and the language, make the superbill, then print or save it.
    Emits `kept(client id)` once a superbill is kept with the client's letters."""

    kept = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        superbill = PeriodPaper(
            "superbill", _read, lambda bill, _language: render_superbill(bill),
            lambda bill: superbill_file_name(name, bill),
            lambda vault, bill, pdf, _language: keep_superbill(vault, bill, pdf))
        super().__init__(vault, worker, client_id, name, now, (
            translate("SuperbillDialog", "Superbill"),
            translate("SuperbillDialog", "A superbill for {name}").format(name=name),
            translate("SuperbillDialog",
                      "For the client to claim from their insurer: the sessions of the period "
                      "with their service codes, fees and payments. It is kept with the "
                      "client's letters once printed or saved. The PDF is not encrypted.")),
            translate("SuperbillDialog", "Make the superbill"), superbill,
            last_month(now().date()), paper=paper, parent=parent)
        self.first.setAccessibleName(self.tr("The first day"))
        self.last.setAccessibleName(self.tr("The last day"))
        self.language.setAccessibleName(self.tr("The superbill's language"))
        self.paper_kept.connect(lambda bill: self.kept.emit(bill.client_id))
        form = Form()
        form.addRow(self.tr("Sessions"), self.days_row(self.tr("From"), self.tr("to")))
        self.errors.add_row(form, "from", "superbill_from")
        self.errors.add_row(form, "to", "superbill_to")
        form.addRow(self.tr("Language"), self.language)
        self.add_choices(form, self.make_button, self.errors, self.tr(
            "The superbill is shown here once it is made: the sessions attended or charged in "
            "these days."))
