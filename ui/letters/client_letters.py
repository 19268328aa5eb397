"""The client panel's "Letters": the letters kept for the client, and writing a new one.

Read with `letters_of` on the database worker each time the panel shows the client. A double
click (or Enter) opens a kept letter again; "Write a letter…" opens the letter dialog.
`changed` says a letter was kept or the client ended, for the panel to read them again (the
table, the hint and opening are `ui/paper_list.py`'s, shared with the invoices).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from services.papers.letters import KeptLetter, letters_of
from services.vault.practice_vault import Vault
from ui.client_labels import day_text
from ui.client_tables import Row, Table
from ui.labels import language_name
from ui.letters.labels import letter_kind_label
from ui.paper_list import PaperList
from ui.worker import DatabaseWorker

if TYPE_CHECKING:
    from ui.letters.letter_dialog import LetterDialog
    from ui.letters.letter_viewer import LetterViewer


def letter_headers() -> list[str]:
    return [QCoreApplication.translate("ClientLetters", "Date"),
            QCoreApplication.translate("ClientLetters", "Letter"),
            QCoreApplication.translate("ClientLetters", "Language"),
            QCoreApplication.translate("ClientLetters", "Edited")]


def letter_rows(letters: Sequence[KeptLetter], zone: ZoneInfo) -> list[Row]:
    edited = QCoreApplication.translate("ClientLetters", "edited")
    return [Row((day_text(letter.made_at.astimezone(zone).date()),
                 paper_name(letter), language_name(letter.language),
                 edited if letter.edited else ""), letter.id)
            for letter in letters]


def paper_name(letter: KeptLetter) -> str:
    """The kind of paper, with what it is of when it says (an invoice's number)."""
    kind = letter_kind_label(letter.kind)
    return f"{kind} {letter.reference}" if letter.reference else kind


class ClientLetters(PaperList):
    """The letters kept for one client, newest first."""

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        write = QPushButton()
        super().__init__(vault, worker, now, Table("letters", "", letter_headers()), "", [write],
                         lambda letter: self.open_letter(letter), parent)
        self.write_button = write
        self._zone = ZoneInfo("UTC")
        self._generation = 0
        self.dialog: LetterDialog | None = None
        self.viewer: LetterViewer | None = None
        self.table.setAccessibleName(self.tr("Letters kept for this client"))
        self.none.setText(self.tr("No letters yet."))
        self.write_button.setText(self.tr("Write a letter…"))
        self.write_button.setObjectName("write_letter")
        self.write_button.setAccessibleName(self.tr("Write a letter to this client"))
        self.write_button.clicked.connect(lambda: self.write())

    def show_client(self, client_id: int, zone: ZoneInfo) -> None:
        """Read and list the client's letters."""
        self._generation += 1
        generation = self._generation
        self._client_id, self._zone = client_id, zone
        vault = self._vault
        self._worker.run(lambda: letters_of(vault, client_id),
                         lambda letters: self._show(generation, letters))

    def clear(self) -> None:
        self._generation += 1
        super().clear()

    def _show(self, generation: int, letters: list[KeptLetter]) -> None:
        if generation == self._generation:
            self.show_papers(letter_rows(letters, self._zone),
                             {letter.id: letter for letter in letters})

    def write(self) -> None:
        """Open the letter dialog for the client shown (window-modal, not blocking)."""
        if self._client_id is None:
            return
        from ui.letters.letter_dialog import LetterDialog  # QtPdf, loaded when first wanted

        self.dialog = LetterDialog(self._vault, self._worker, self._client_id, now=self._now,
                                   parent=self)
        client_id = self._client_id
        self.dialog.kept.connect(lambda _letter: self.changed.emit(client_id))
        self.dialog.client_ended.connect(self.changed)
        self.dialog.open()

    def open_letter(self, letter: KeptLetter) -> None:
        if self.viewer is not None and self.viewer.isVisible() and self.viewer.letter == letter:
            return  # opened already by the same double click
        from ui.letters.letter_viewer import LetterViewer  # QtPdf, loaded when first wanted

        self.viewer = LetterViewer(self._vault, self._worker, letter, zone=self._zone,
                                   parent=self)
        self.viewer.open()
