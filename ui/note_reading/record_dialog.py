"""The client's record as a PDF, from their panel: the days it covers and its language, made
on the workers, previewed, then saved (to the folder used last) or printed.

Read with `services.papers.client_record.read_client_record` on the database worker, rendered
by `client_record_layout` on the paper worker. Private reflections are never part of it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QWidget

from models.enums import Language
from services.papers.client_record import ClientRecord, read_client_record
from services.papers.client_record_layout import render_client_record
from services.vault.practice_vault import Vault
from ui.client_fields import OptionalDate
from ui.forms import Form
from ui.letters.paper_dialog import ClientPaperDialog, language_choice
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate
NOT_IN_A_NAME = str.maketrans({character: " " for character in '/\\:*?"<>|'})


def record_file_name(name: str, day: date) -> str:
    """"Record – Jack Carter – 2026-12-05.pdf", with nothing in it a folder could mistake."""
    safe = " ".join(name.translate(NOT_IN_A_NAME).split()) or "client"
    return translate("ClientRecordDialog", "Record – {name} – {day}.pdf").format(
        name=safe, day=day.isoformat())


class ClientRecordDialog(ClientPaperDialog):
    """Choose the days and the language, make the record, then save or print it."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, name: str,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, client_id, name, now, (
            translate("ClientRecordDialog", "Client's record"),
            translate("ClientRecordDialog", "The record of {name}").format(name=name),
            translate("ClientRecordDialog",
                      "Details, sessions with their notes and addenda, and letters sent. "
                      "Private reflections are left out. The PDF is not encrypted: keep it "
                      "somewhere safe, and delete it once it has been sent.")),
            translate("ClientRecordDialog", "Make the record"), paper=paper, parent=parent)
        self.first = OptionalDate(self.tr("From"))
        self.first.setObjectName("record_from")
        self.first.setAccessibleName(self.tr("The record's first day"))
        self.last = OptionalDate(self.tr("To"))
        self.last.setObjectName("record_to")
        self.last.setAccessibleName(self.tr("The record's last day"))
        self.language = language_choice("record_language", self.tr("The record's language"))
        self.make_button.setObjectName("make_record")
        self.make_button.clicked.connect(self.make)
        form = Form()
        form.addRow(self.tr("Days"), self._days())
        self.errors.add_row(form, "from", "record_from")
        self.errors.add_row(form, "to", "record_to")
        form.addRow(self.tr("Language"), self.language)
        self.add_choices(form, self.make_button, self.errors, self.tr(
            "The record is shown here once it is made. Without days chosen it holds every "
            "session up to today."))

    def _days(self) -> QWidget:
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.first)
        row.addWidget(self.last)
        row.addStretch()
        return days

    def make(self) -> None:
        """Read the record on the database worker, then render it on the paper worker."""
        if self._busy:
            return
        self.errors.clear()
        first, last = self.first.value(), self.last.value()
        language = Language(self.language.currentData())
        vault, client_id, now = self._vault, self._client_id, self._now()
        self._set_busy(True)
        self._worker.run(lambda: read_client_record(vault, client_id, first=first, last=last,
                                                    language=language, now=now),
                         self._render, self._refused)

    def _render(self, record: ClientRecord) -> None:
        self._paper.run(lambda: render_client_record(record),
                        lambda pdf: self._made(pdf, record.made_on), self._refused)

    def _made(self, pdf: bytes, day: date) -> None:
        self._set_busy(False)
        self.show_pdf(pdf, record_file_name(self._name, day))
