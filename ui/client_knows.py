"""The clients someone knows, who must not meet them in the waiting room: links to add, remove."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.clients.client_records import ClientSummary, link_acquaintances, unlink_acquaintances
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.client_picker import ClientPicker
from ui.forms import ERROR_STYLE, HINT_STYLE, clear_layout, note_label
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable


class KnowsLinks(QWidget):
    """One client's "knows" links. `changed(client_id)` after a link is added or removed."""

    changed = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._worker = worker
        self._now = now
        self._client_id: int | None = None
        self._name = ""
        self.picker: ClientPicker | None = None
        self._table: QWidget | None = None  # the rows of the client shown
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        self.error = note_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.add_button = QPushButton(self.tr("Add someone they know…"))
        self.add_button.setObjectName("add_acquaintance")
        self.add_button.clicked.connect(self.pick)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch()
        explanation = note_label(self.tr(
            "Clients who know each other are not booked back to back, so they do not meet in "
            "the waiting room."))
        explanation.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(explanation)
        layout.addLayout(self.rows)
        layout.addWidget(self.error)
        layout.addLayout(add_row)

    def names(self) -> list[str]:
        """The names shown, in order."""
        if self._table is None:
            return []
        return [label.text() for label in self._table.findChildren(QLabel, "acquaintance")]

    def show_links(self, client_id: int, name: str, others: tuple[ClientSummary, ...]) -> None:
        self._client_id, self._name = client_id, name
        self.error.hide()
        self._clear_rows()
        table = self._table = QWidget()
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        if not others:
            empty = note_label(self.tr("No one linked."))
            empty.setStyleSheet(HINT_STYLE)
            grid.addWidget(empty, 0, 0, 1, 3)
        for row, other in enumerate(others):
            shown = other.preferred_name or other.full_name
            text = shown if shown == other.full_name else self.tr(
                "{name} ({full_name})").format(name=shown, full_name=other.full_name)
            label = plain_label(text)
            label.setObjectName("acquaintance")
            remove = QPushButton(self.tr("Remove"))
            remove.setObjectName(f"remove_acquaintance_{other.id}")
            remove.setAccessibleName(self.tr("Remove the link to {name}").format(name=shown))
            remove.clicked.connect(lambda _checked=False, other_id=other.id: self.unlink(other_id))
            grid.addWidget(label, row, 0)
            grid.addWidget(remove, row, 1)
        self.rows.addWidget(table)

    def clear(self) -> None:
        self._client_id, self._name = None, ""
        self._clear_rows()
        self._table = None

    def _clear_rows(self) -> None:
        clear_layout(self.rows)

    def pick(self) -> None:
        """Open a search over all clients; the one picked is linked."""
        if self._client_id is None:
            return
        self.picker = ClientPicker(
            self._vault, self._worker, self._now,
            self.tr("Who does {name} know?").format(name=self._name),
            self.tr("Type a name, then click it or press Enter."), self)
        self.picker.picked.connect(self.link)
        self.picker.open()

    def link(self, other_id: int) -> None:
        client_id, vault = self._client_id, self._vault
        if client_id is not None:
            self._worker.run(lambda: link_acquaintances(vault, client_id, other_id),
                             lambda _none: self.changed.emit(client_id), self._not_changed)

    def unlink(self, other_id: int) -> None:
        client_id, vault = self._client_id, self._vault
        if client_id is not None:
            self._worker.run(lambda: unlink_acquaintances(vault, client_id, other_id),
                             lambda _none: self.changed.emit(client_id), self._not_changed)

    def _not_changed(self, error: StillroomError) -> None:
        self.error.setText(readable(error))
        self.error.show()
