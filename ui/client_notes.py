"""Chart notes edited in place: Save and Discard appear once the text differs from the vault's."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from services.clients.client_records import update_chart_notes
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, note_label, text_lines
from ui.worker import DatabaseWorker, readable


def as_edited(text: str) -> str:
    """`text` as the editor gives it back: Qt's own plain text (no-break spaces, in Russian
    amounts such as "75,00\u00a0£", come back as plain ones), so only what the therapist
    changed counts as a change."""
    return QTextDocument(text).toPlainText()


class ChartNotes(QWidget):
    """One client's chart notes. `saved(client_id)` once the vault holds what was typed."""

    saved = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._worker = worker
        self._client_id: int | None = None
        self._saved_text = ""
        self._shown_text = ""  # the vault's notes as the editor shows them
        self.editor = text_lines(6, QPlainTextEdit())
        self.editor.setObjectName("chart_notes")
        self.editor.setAccessibleName(self.tr("Chart notes"))
        self.editor.setPlaceholderText(self.tr("Notes for this client's chart"))
        self.editor.textChanged.connect(self._changed)
        self.error = note_label()
        self.error.setObjectName("chart_notes_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save notes"))
        self.save_button.setObjectName("save_notes")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.setObjectName("discard_notes")
        self.discard_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.editor)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._changed()

    def has_unsaved_changes(self) -> bool:
        return self._client_id is not None and self.editor.toPlainText() != self._shown_text

    def show_notes(self, client_id: int, text: str) -> None:
        """The vault's notes for `client_id`; what is being typed for that client stays."""
        keep_typed = client_id == self._client_id and self.has_unsaved_changes()
        self._client_id, self._saved_text = client_id, text
        self._shown_text = as_edited(text)
        if not keep_typed:
            self.editor.setPlainText(text)
            self.error.hide()
        self._changed()

    def clear(self) -> None:
        self._client_id, self._saved_text, self._shown_text = None, "", ""
        self.editor.clear()
        self.error.hide()

    def save(self) -> None:
        client_id, vault, typed = self._client_id, self._vault, self.editor.toPlainText()
        if client_id is None:
            return
        self.error.hide()
        self._worker.run(lambda: update_chart_notes(vault, client_id, typed),
                         lambda kept: self._saved(client_id, typed, kept), self._not_saved)

    def discard(self) -> None:
        self.editor.setPlainText(self._saved_text)
        self.error.hide()

    def _saved(self, client_id: int, typed: str, kept: str) -> None:
        if client_id == self._client_id:
            self._saved_text, self._shown_text = kept, as_edited(kept)
            if self.editor.toPlainText() == typed and kept != typed:
                self.editor.setPlainText(kept)  # as the vault keeps it (Unicode normalised)
            self._changed()
        self.saved.emit(client_id)

    def _not_saved(self, error: StillroomError) -> None:
        self.error.setText(readable(error))
        self.error.show()
        self.editor.setFocus()

    def _changed(self) -> None:
        unsaved = self.has_unsaved_changes()
        self.save_button.setVisible(unsaved)
        self.discard_button.setVisible(unsaved)
