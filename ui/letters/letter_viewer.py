"""A letter kept earlier, opened again from the vault: to read, print or save once more.

Nothing is kept again: the PDF is the one made then, byte for byte.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from services.errors import StillroomError
from services.papers.letters import KeptLetter, letter_pdf
from services.vault.practice_vault import Vault
from ui.client_labels import day_text
from ui.labels import language_name
from ui.letters.labels import letter_kind_label
from ui.letters.paper_dialog import PaperDialog
from ui.worker import DatabaseWorker, readable

UTC = ZoneInfo("UTC")
translate = QCoreApplication.translate


class LetterViewer(PaperDialog):
    """One kept letter's PDF, read on the database worker, with Save and Print."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, letter: KeptLetter, *,
                 zone: ZoneInfo = UTC, paper: DatabaseWorker | None = None,
                 parent: QWidget | None = None) -> None:
        made_on = letter.made_at.astimezone(zone).date()
        details = [language_name(letter.language)]
        if letter.edited:
            details.append(translate("LetterViewer", "edited"))
        super().__init__(letter_kind_label(letter.kind),
                         translate("LetterViewer", "{kind} · {day}").format(
                             kind=letter_kind_label(letter.kind), day=day_text(made_on)),
                         " · ".join(details), paper=paper, parent=parent)
        self.letter = letter
        file_name = f"{letter.kind.value}-{made_on.isoformat()}.pdf"
        letter_id = letter.id
        worker.run(lambda: letter_pdf(vault, letter_id),
                   lambda pdf: self.show_pdf(pdf, file_name), self._not_read)

    def _not_read(self, error: StillroomError) -> None:
        self.show_error(readable(error))
