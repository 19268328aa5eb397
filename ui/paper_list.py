"""What the client panel's lists of papers share (its letters, its invoices): the table when
there are any, a hint beside the list's buttons when there are none, and a paper opened again
by a double click or Enter.

Each list gives its table, its hint, its buttons and how a paper opens; `changed` says a paper
was kept (or the client ended), for the panel to read the client again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from services.vault.practice_vault import Vault
from ui.client_tables import Row, Table
from ui.forms import HINT_STYLE, note_label
from ui.worker import DatabaseWorker


class PaperList(QWidget):
    """One client's papers of a kind, newest first."""

    changed = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, now: Callable[[], datetime],
                 table: Table, none_text: str, buttons: Sequence[QPushButton],
                 opens: Callable[[Any], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._now = vault, worker, now
        self._client_id: int | None = None
        self._papers: dict[int, Any] = {}
        self._opens = opens
        self.table = table
        self.table.itemDoubleClicked.connect(self._activated)
        self.table.itemActivated.connect(self._activated)  # Enter; a double click on some styles
        self.none = note_label(none_text)
        self.none.setStyleSheet(HINT_STYLE)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.none, 1)
        row.addStretch()  # the buttons keep their size when the hint is hidden
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.hide()

    def show_papers(self, rows: Sequence[Row], papers: Mapping[int, Any]) -> None:
        """List the papers (one row each, keyed by the paper's id)."""
        self._papers = dict(papers)
        self.table.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.none.setVisible(not rows)

    def clear(self) -> None:
        self._client_id = None
        self._papers = {}
        self.table.clear()
        self.table.hide()
        self.none.show()

    def chosen(self) -> Any:
        """The paper of the row chosen, or None."""
        item = self.table.currentItem()
        return self._papers.get(item.data(0, Table.KeyRole)) if item is not None else None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        paper = self._papers.get(item.data(0, Table.KeyRole))
        if paper is not None:
            self._opens(paper)
