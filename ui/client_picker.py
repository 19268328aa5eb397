"""A small window to pick another client: the client list, searching all clients."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from services.vault.practice_vault import Vault
from ui.client_list import ClientList
from ui.forms import HINT_STYLE, note_label
from ui.worker import DatabaseWorker


class ClientPicker(QDialog):
    """Type a name, then click it or press Enter: `picked(id)` and the window closes."""

    picked = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, now: Callable[[], datetime],
                 title: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.clients = ClientList(vault, worker, now)
        self.clients.new_button.hide()
        self.clients.sort.hide()
        self.clients.status_filter.setCurrentIndex(0)  # all clients, ended ones too
        self.clients.client_selected.connect(self._picked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if hint:
            label = note_label(hint)
            label.setStyleSheet(HINT_STYLE)
            layout.addWidget(label)
        layout.addWidget(self.clients, 1)
        layout.addWidget(buttons)
        self.resize(360, 420)
        self.clients.search.setFocus()

    def _picked(self, client_id: int) -> None:
        self.picked.emit(client_id)
        self.accept()
