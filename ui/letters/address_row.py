"""In the letter dialog: a client with no postal address gets a letter for email (no address
block), and the address can be added right there for a letter to post.

`added` is emitted once the address is kept in the client's details, for the letter to be
drafted again with its address block.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from services.clients.client_records import update_address
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label, text_lines
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable


class AddressRow(QWidget):
    """Shown under "To" when the client has no postal address (`show_for(client_id)`)."""

    added = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._client_id = 0
        self.note = note_label(self.tr("No postal address: this letter is for email, without "
                                       "an address block."))
        self.note.setObjectName("no_address_note")
        self.note.setStyleSheet(HINT_STYLE)
        self.add_button = QPushButton(self.tr("Add a postal address…"))
        self.add_button.setObjectName("add_address")
        self.add_button.clicked.connect(self._open)
        self.address = text_lines(3, QPlainTextEdit())
        self.address.setObjectName("new_address")
        self.address.setAccessibleName(self.tr("Postal address"))
        self.address.setPlaceholderText(self.tr("The address, one line per line of the "
                                                "envelope"))
        self.save_button = QPushButton(self.tr("Save the address"))
        self.save_button.setObjectName("save_address")
        self.save_button.clicked.connect(self._save)
        self.error = plain_label()
        self.error.setObjectName("new_address_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        saving = QHBoxLayout()
        saving.setContentsMargins(0, 0, 0, 0)
        saving.addStretch()
        saving.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.address)
        layout.addWidget(self.error)
        layout.addLayout(saving)
        self._editing(False)
        self.hide()

    def show_for(self, client_id: int) -> None:
        self._client_id = client_id
        self._editing(False)
        self.show()

    def _editing(self, editing: bool) -> None:
        self.address.setVisible(editing)
        self.save_button.setVisible(editing)
        self.add_button.setVisible(not editing)
        self.error.hide()

    def _open(self) -> None:
        self._editing(True)
        self.address.setFocus()

    def _save(self) -> None:
        text = self.address.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("Please type the address, or close this and send the "
                                       "letter by email."))
            self.error.show()
            return
        vault, client_id = self._vault, self._client_id
        self.save_button.setEnabled(False)
        self._worker.run(lambda: update_address(vault, client_id, text), self._saved,
                         self._failed)

    def _saved(self, _address: str) -> None:
        self.save_button.setEnabled(True)
        self.address.clear()
        self.hide()
        self.added.emit()

    def _failed(self, error: StillroomError) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(readable(error))
        self.error.show()
