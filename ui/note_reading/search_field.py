"""Search from the toolbar: as the therapist types, everything written about clients is
searched on the database worker and the hits shown under the field.

Typing waits for a pause (DEBOUNCE_MS) before it searches; each search is numbered, and a
result that arrives after a newer search began is dropped. Up and Down move through the hits,
Enter or a click opens one (`note_requested` with the session's id, or `client_requested` for
the chart and a reflection about no one session), Esc or going elsewhere closes them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from services.errors import StillroomError
from services.notes.search import SearchHit, search
from services.vault.practice_vault import Vault
from ui.note_reading.search_results import SearchResults
from ui.worker import DatabaseWorker, readable

DEBOUNCE_MS = 200


class NoteSearch(QWidget):
    """The field, for the window's toolbar, and the results it opens."""

    note_requested = Signal(int)  # a session's id
    client_requested = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._worker, self._now = worker, now
        self._zone = ZoneInfo("UTC")
        self._generation = 0
        self.field = QLineEdit()
        self.field.setObjectName("note_search")
        self.field.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search notes, addenda, charts and reflections"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.setMaximumWidth(320)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.results = SearchResults(self)
        self.results.hit_chosen.connect(self.open_hit)
        self.results.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)

    def set_zone(self, zone: ZoneInfo) -> None:
        self._zone = zone

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def clear(self, closing: bool = False) -> None:
        """Forget what was typed and found (a lock); `closing`: no search may start again."""
        self._generation += 1
        self.timer.stop()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.results.hide()
        if closing:
            self._vault = None

    def _typed(self, text: str) -> None:
        self._generation += 1  # whatever is on its way is for older words
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.results.hide()

    def search_now(self) -> None:
        """Search for what the field holds; only the newest search is shown."""
        typed = self.field.text()
        if self._vault is None or not typed.strip():
            return
        self._generation += 1
        generation, vault = self._generation, self._vault
        self._worker.run(lambda: search(vault, typed),
                         lambda hits: self._found(generation, typed, hits),
                         lambda error: self._failed(generation, error))

    def _found(self, generation: int, typed: str, hits: tuple[SearchHit, ...]) -> None:
        if generation != self._generation:
            return
        today = self._now().astimezone(self._zone).date()
        self.results.show_hits(hits, typed, self._zone, today)
        self._place_results()

    def _failed(self, generation: int, error: StillroomError) -> None:
        if generation == self._generation:
            self.results.show_hits((), self.field.text(), self._zone, self._now().date())
            self.results.summary.setText(readable(error))
            self._place_results()

    def _place_results(self) -> None:
        """Over the window, right under the field (a child of the window, not a window of its
        own: it never takes the focus from the field, and hides with the window)."""
        host = self.window()
        if self.results.parentWidget() is not host:
            self.results.setParent(host)
        corner = self.field.mapTo(host, QPoint(self.field.width(), self.field.height()))
        self.results.move(max(0, corner.x() - self.results.width()), corner.y() + 2)
        self.results.show()
        self.results.raise_()

    def open_hit(self, hit: SearchHit) -> None:
        self.results.hide()
        if hit.appointment_id is not None:
            self.note_requested.emit(hit.appointment_id)
        else:
            self.client_requested.emit(hit.client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event.key())
        if watched is self.field and event.type() == QEvent.Type.FocusOut:
            self.results.hide()  # the therapist went on elsewhere (a hit takes no focus)
        return super().eventFilter(watched, event)

    def _key(self, key: int) -> bool:
        """The field's keys for the results: True when the key was theirs."""
        shown = self.results.isVisible()
        if key == Qt.Key.Key_Escape and shown:
            self.results.hide()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and shown:
            self.results.move_current(1 if key == Qt.Key.Key_Down else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            hit = self.results.current() if shown else None
            if hit is not None:
                self.open_hit(hit)
            else:
                self.search_now()
            return True
        return False
