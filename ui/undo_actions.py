"""Edit → Undo and Redo, named for what they take back: "Undo No-show for Ann Lee".

The services keep the history and do the work (`services.undo`), each undo or redo one
transaction on the database worker; this only offers it and says when it is refused (a
closed day, or something changed since).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from services.errors import StillroomError
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from services.vault.undo_history import Done
from ui.labels import book_action_label
from ui.plain_text import literal
from ui.worker import DatabaseWorker, readable


class UndoActions(QObject):
    """The two actions, kept named after the newest undoable and redoable actions."""

    changed = Signal()  # the book changed: the window reads it again

    def __init__(self, vault: Vault, worker: DatabaseWorker, window: QWidget) -> None:
        super().__init__(window)
        self._vault, self._worker, self._window = vault, worker, window
        self.undo = QAction(window)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.triggered.connect(self._undo)
        self.redo = QAction(window)
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        wanted = QKeySequence("Ctrl+Shift+Z")  # Ctrl+Y alone on Windows
        self.redo.setShortcuts(keys if wanted in keys else [*keys, wanted])
        self.redo.triggered.connect(self._redo)
        self.update_names()

    def update_names(self) -> None:
        """Name the actions after the history as it is now (after any change)."""
        history = self._vault.history
        for action, done, plain, named in (
            (self.undo, history.next_undo(), self.tr("&Undo"), self.tr("&Undo {action}")),
            (self.redo, history.next_redo(), self.tr("&Redo"), self.tr("&Redo {action}")),
        ):
            action.setEnabled(done is not None)
            said = "" if done is None else self.named(done)  # "&" in a name is no shortcut
            action.setText(named.format(action=said.replace("&", "&&")) if said else plain)
            action.setIconText(plain.replace("&", ""))  # the toolbar keeps a short word...
            action.setToolTip(literal(  # ...and names it on hover
                named.replace("&", "").format(action=said) if said else plain.replace("&", "")))

    def named(self, done: Done) -> str:
        label = book_action_label(done.action)
        if not done.client_name:
            return label
        return self.tr("{action} for {client}").format(action=label, client=done.client_name)

    def _undo(self) -> None:
        vault = self._vault
        self._worker.run(lambda: undo(vault), self._done, self._refused)

    def _redo(self) -> None:
        vault = self._vault
        self._worker.run(lambda: redo(vault), self._done, self._refused)

    def _done(self, _done: Done | None) -> None:
        self.update_names()
        self.changed.emit()

    def _refused(self, error: StillroomError) -> None:
        self.update_names()
        QMessageBox.warning(self._window, self.tr("Stillroom"), literal(readable(error)))
