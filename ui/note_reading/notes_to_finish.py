"""Notes to finish: every session note still a draft, oldest first, for a dock of the window.

Read with `services.notes.note_reading.notes_to_finish` on the database worker, on demand
(`refresh`: when the window opens, after notes or sessions change) and at the practice's next
midnight, when the days each note has waited move on (one timer set to that instant, not a
poll). A note left unsigned longer than the practice allows is marked. Double-click or Enter
asks for the note (`note_requested`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout, QWidget

from services.errors import StillroomError
from services.notes.note_reading import NoteToFinish, notes_to_finish
from services.practice.practice_settings import PracticeSettings, read_settings
from services.practice.practice_time import next_midnight
from services.vault.practice_vault import Vault
from ui.client_labels import when_text
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label
from ui.note_reading.two_line_list import KeyRole, Line, TwoLineList
from ui.worker import DatabaseWorker, readable

translate = QCoreApplication.translate
OVERDUE = "#b3261e"


def days_text(days: int, overdue: bool) -> str:
    if days <= 0:
        words = translate("NotesToFinish", "today")
    elif days == 1:
        words = translate("NotesToFinish", "1 day")
    else:  # (in Russian an abbreviation, which every number takes alike)
        words = translate("NotesToFinish", "{count} days").format(count=days)
    return translate("NotesToFinish", "{days} · overdue").format(days=words) if overdue else words


def finish_lines(notes: Sequence[NoteToFinish], zone: ZoneInfo, today: date) -> list[Line]:
    """The client, how long the note has waited at the right, over the session's day."""
    return [Line(note.client_name, when_text(note.starts_at, zone, today), note.appointment_id,
                 mark=OVERDUE if note.overdue else "", badge=days_text(note.days, note.overdue))
            for note in notes]


def until_ms(now: datetime, then: datetime) -> int:
    """Whole milliseconds from `now` to `then`, rounded up so a timer never fires before."""
    return max(0, math.ceil((then - now).total_seconds() * 1000))


class NotesToFinish(QWidget):
    """The list; `count_changed(n)` after each read, for the window's toolbar."""

    count_changed = Signal(int)
    note_requested = Signal(int)  # the session's id

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._worker, self._now = worker, now
        self._generation = 0
        self.notes: tuple[NoteToFinish, ...] = ()
        self.setAccessibleName(self.tr("Notes to finish"))
        self.summary = note_label()
        self.summary.setObjectName("notes_summary")
        self.table = TwoLineList("notes_to_finish", self.tr("Notes to finish"), visible=12)
        self.table.itemActivated.connect(self._activated)
        self.error = note_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.summary)
        column.addWidget(self.error)
        column.addWidget(self.table, 1)
        column.addStretch()
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire early
        self.midnight.timeout.connect(self.refresh)

    def refresh(self) -> None:
        """Read the list again; only the newest read is shown."""
        if self._vault is None:
            return
        self._generation += 1
        generation, vault, now = self._generation, self._vault, self._now()

        def read() -> tuple[PracticeSettings, tuple[NoteToFinish, ...]]:
            settings = read_settings(vault)
            return settings, notes_to_finish(vault, now.astimezone(settings.zone).date())

        self._worker.run(read, lambda found: self._show(generation, *found),
                         lambda error: self._not_read(generation, error))

    def clear(self) -> None:
        """Forget the list: the practice is closing, and no read may start on it."""
        self._generation += 1
        self._vault = None
        self.midnight.stop()
        self.notes = ()
        self.table.clear()

    def _show(self, generation: int, settings: PracticeSettings,
              notes: tuple[NoteToFinish, ...]) -> None:
        if generation != self._generation:
            return
        self.notes = notes
        self.error.hide()
        now = self._now()
        today = now.astimezone(settings.zone).date()
        self.table.set_lines(finish_lines(notes, settings.zone, today))
        self.midnight.start(until_ms(now, next_midnight(now, settings.zone)))
        self.table.setVisible(bool(notes))
        self.summary.setStyleSheet("" if notes else HINT_STYLE)
        self.summary.setText(
            self.tr("Drafts to finish and sign: {count}. Double-click one to open it.").format(
                count=len(notes)) if notes else self.tr("Every note is signed."))
        self.count_changed.emit(len(notes))

    def _not_read(self, generation: int, error: StillroomError) -> None:
        if generation == self._generation:
            self.error.setText(readable(error))
            self.error.show()

    def _activated(self, item: QListWidgetItem) -> None:
        appointment_id = item.data(KeyRole)
        if appointment_id is not None:
            self.note_requested.emit(int(appointment_id))
