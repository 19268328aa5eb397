"""The note editors open in the window: one per session, raised when asked for again."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from services.vault.practice_vault import Vault
from ui.worker import DatabaseWorker

if TYPE_CHECKING:  # loaded when first opened
    from ui.notes.note_editor import NoteEditor


class NoteWindows(QObject):
    """Opens a session's note editor, or brings forward the one already open."""

    note_changed = Signal(int)  # appointment id

    def __init__(self, vault: Vault, worker: DatabaseWorker, window: QWidget) -> None:
        super().__init__(window)
        self._vault, self._worker, self._window = vault, worker, window
        self._open: dict[int, NoteEditor] = {}

    def open(self, appointment_id: int) -> NoteEditor:
        """The editor of the session's note, shown and active. It belongs to the dialog
        that blocks the window, if one does (close the day, say), so that it can be typed in."""
        editor = self._open.get(appointment_id)
        if editor is None or not shiboken6.isValid(editor):
            blocking = QApplication.activeModalWidget()
            from ui.notes.note_editor import NoteEditor

            editor = NoteEditor(self._vault, self._worker, appointment_id,
                                blocking or self._window)
            if isinstance(blocking, QDialog):  # it goes with the dialog, its words saved
                blocking.finished.connect(editor.close)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.note_changed.connect(self.note_changed)
            editor.finished.connect(lambda _result: self._open.pop(appointment_id, None))
            self._open[appointment_id] = editor
        editor.show()
        editor.activateWindow()
        return editor

    def save_all(self) -> None:
        """Save at once whatever is typed in any open editor (the window is closing)."""
        for editor in self._open.values():
            if shiboken6.isValid(editor):
                editor.saver.save_now()
