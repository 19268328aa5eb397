"""A small window to pick another client: the client list, searching all clients."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from services.vault.practice_vault import Vault
from ui.client_list import ClientList
from ui.forms import HINT_STYLE, heading_label, note_label
from ui.typed_text import main_button
from ui.worker import DatabaseWorker


class ClientPicker(QDialog):
    """Type a name, then click it or press Enter: `picked(id)` and the window closes.

    With `confirm` (money given to a client), the click only chooses, active clients are
    listed first (all clients one choice away), and OK gives the answer.
    """

    picked = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, now: Callable[[], datetime],
                 title: str, hint: str = "", parent: QWidget | None = None, *,
                 confirm: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._confirm = confirm
        self._chosen: int | None = None
        self.clients = ClientList(vault, worker, now)
        self.clients.new_button.hide()
        self.clients.sort.hide()
        if not confirm:
            self.clients.status_filter.setCurrentIndex(0)  # all clients, ended ones too
        self.clients.client_selected.connect(self._selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("pick_client")
        self.ok_button.setEnabled(False)
        self.ok_button.setVisible(confirm)
        buttons.accepted.connect(self._give)
        main_button(self.ok_button, cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(title))
        if confirm and not hint:
            hint = self.tr("Active clients are listed; choose “All clients” above for anyone "
                           "else. Click the name, then OK.")
        if hint:
            label = note_label(hint)
            label.setStyleSheet(HINT_STYLE)
            layout.addWidget(label)
        layout.addWidget(self.clients, 1)
        layout.addWidget(buttons)
        self.resize(380, 460)
        self.clients.search.setFocus()

    def _selected(self, client_id: int) -> None:
        self._chosen = client_id
        if self._confirm:
            self.ok_button.setEnabled(True)
            self.ok_button.setDefault(True)  # Enter now gives the answer
            self.ok_button.setFocus()
        else:
            self._give()

    def _give(self) -> None:
        if self._chosen is not None:
            self.picked.emit(self._chosen)
            self.accept()
