"""After an ending letter is kept: ask, without blocking, whether the client is now ended,
and mark them so when the therapist says yes (one undoable action: Edit → Undo Ending)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from services.clients.ending import end_client
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.plain_text import literal
from ui.worker import DatabaseWorker


class EndingQuestion(QObject):
    """`ended()` once the client is marked ended; `failed(error)` if that could not be done.

    `box` and `end_button` are the question shown (None until `ask`)."""

    ended = Signal()
    failed = Signal(object)

    def __init__(self, vault: Vault, worker: DatabaseWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._window = vault, worker, parent
        self.box: QMessageBox | None = None
        self.end_button: QPushButton | None = None

    def ask(self, client_id: int, name: str, today: Callable[[], date]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Mark the client ended?"),
                          literal(self.tr("Mark {name} as ended today? Their sessions stay in "
                                          "the records; you can make them active again later.")
                                  .format(name=name)), parent=self._window)
        self.end_button = box.addButton(self.tr("Mark ended"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(self.end_button)
        box.finished.connect(lambda _result: self._answered(box, client_id, today()))
        self.box = box
        box.open()

    def _answered(self, box: QMessageBox, client_id: int, today: date) -> None:
        if box.clickedButton() is not self.end_button:
            return
        vault = self._vault
        self._worker.run(lambda: end_client(vault, client_id, today),
                         lambda _none: self.ended.emit(),
                         lambda error: self._failed(error))

    def _failed(self, error: StillroomError) -> None:
        self.failed.emit(error)
