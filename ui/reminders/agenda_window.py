"""The day's agenda in a window of its own: today and tomorrow, today's calls and notes to
finish, opened when the working day starts (with reminders on) or from the Practice menu.
"Print or save as PDF…" makes the paper on the paper worker and shows it in the paper
dialog, with its Print… and Save as PDF…."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from services.errors import StillroomError
from services.practice.practice_settings import PracticeSettings, read_settings
from services.reminders.agenda import Agenda, day_agenda
from services.reminders.agenda_lines import agenda_lines
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, note_label, scrolled_column
from ui.letters.paper_dialog import PaperDialog
from ui.paper_files import paper_worker
from ui.reminders.agenda_view import AgendaView
from ui.worker import DatabaseWorker, readable


@dataclass(frozen=True)
class ReadAgenda:
    agenda: Agenda
    settings: PracticeSettings


def read_agenda(vault: Vault, day: date, now: datetime) -> ReadAgenda:
    return ReadAgenda(day_agenda(vault, day, now), read_settings(vault))


class AgendaWindow(QDialog):
    """`load(day)` reads the agenda on the database worker and shows it."""

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._now = vault, worker, now
        self._paper = paper
        self.read: ReadAgenda | None = None
        self.paper_dialog: PaperDialog | None = None
        self.setWindowTitle(self.tr("Stillroom — The day's agenda"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.setSizeGripEnabled(True)
        self.view = AgendaView()
        self.view.setObjectName("agenda")
        self.error = note_label()
        self.error.setObjectName("agenda_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.paper_button = QPushButton(self.tr("Print or save as PDF…"))
        self.paper_button.setObjectName("agenda_paper")
        self.paper_button.clicked.connect(self.make_paper)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        scroll, column = scrolled_column()
        column.addWidget(self.error)
        column.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 0, 16, 12)
        buttons.addWidget(self.paper_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self._enable()
        self.resize(560, 640)

    def load(self, day: date) -> None:
        vault, now = self._vault, self._now()
        self._worker.run(lambda: read_agenda(vault, day, now), self.show_agenda, self._failed)

    def show_agenda(self, read: ReadAgenda) -> None:
        self.read = read
        self.error.hide()
        self.view.show_lines(agenda_lines(read.agenda))
        self._enable()

    def _failed(self, error: StillroomError) -> None:
        self.error.setText(readable(error))
        self.error.show()

    def _enable(self) -> None:
        self.paper_button.setEnabled(self.read is not None)

    def make_paper(self) -> PaperDialog | None:
        """The agenda as a PDF in the paper dialog, to print or save."""
        if self.read is None:
            return None
        from services.reminders.agenda_paper import agenda_pdf  # loads reportlab

        read = self.read
        title = self.tr("The day's agenda")
        dialog = PaperDialog(title, title, paper=self._paper, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        name = f"agenda-{read.agenda.today.day.isoformat()}.pdf"

        (self._paper or paper_worker()).run(
            lambda: agenda_pdf(read.agenda, read.settings),
            lambda pdf: dialog.show_pdf(pdf, name),
            lambda error: dialog.show_error(readable(error)))
        dialog.open()
        self.paper_dialog = dialog
        return dialog
