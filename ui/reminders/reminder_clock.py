"""The clock that gives reminders: it asks the vault what is due (on the database worker), has
each reminder delivered, and sleeps until the next one is due.

It wakes at the next due instant, and at least every minute, since a computer that slept
(suspended, its lid closed) does not count the time it slept in a timer; and at once when
the window unlocks or comes back to the foreground. Each reminder is marked as given by the
service that hands it out, so waking too often repeats nothing. While the window is locked a
reminder says only that a session is about to start: no name, no time, no modality.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from services.errors import StillroomError
from services.reminders.due_reminders import DueReminders, SessionReminder, due_reminders
from services.vault.practice_vault import Vault
from ui.labels import modality_label
from ui.reminders.delivery import ReminderDelivery
from ui.worker import DatabaseWorker

LOOK_AT_LEAST_EVERY_MS = 60_000


class ReminderClock(QObject):
    """Gives the reminders as they fall due; `agenda_due(day)` when the day's agenda is."""

    agenda_due = Signal(date)

    def __init__(self, vault: Vault, worker: DatabaseWorker, delivery: ReminderDelivery,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 locked: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._now = vault, worker, now
        self._locked = locked
        self.delivery = delivery
        self._checking = False
        self._running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._running = True
        self.check()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()

    def check(self) -> None:
        """Ask what is due now (again: after a booking, a change of settings, an unlock)."""
        if not self._running or self._checking:
            return
        self._checking = True
        vault, now = self._vault, self._now()
        self._worker.run(lambda: due_reminders(vault, now), self._due, self._not_checked)

    def application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _due(self, due: DueReminders) -> None:
        self._checking = False
        if not self._running:
            return
        if due.sessions:
            self.delivery.deliver(*self.session_words(due.sessions))
        if due.agenda_day is not None:
            self.delivery.deliver(*self.agenda_words())
            self.agenda_due.emit(due.agenda_day)
        wait = LOOK_AT_LEAST_EVERY_MS
        if due.next_at is not None:
            until = (due.next_at - self._now()).total_seconds() * 1000
            wait = max(0, min(wait, int(until) + 1))
        self.timer.start(wait)

    def _not_checked(self, _error: StillroomError) -> None:
        self._checking = False
        if self._running:
            self.timer.start(LOOK_AT_LEAST_EVERY_MS)  # tried again then

    def session_words(self, sessions: tuple[SessionReminder, ...]) -> tuple[str, str]:
        """(title, text): the first session's minutes; details only while unlocked."""
        minutes = sessions[0].minutes
        if self._locked():
            text = (self.tr("A session starts in 1 minute.") if minutes == 1 else
                    self.tr("A session starts in {minutes} minutes.").format(minutes=minutes))
            return self.tr("Stillroom"), text
        title = (self.tr("Session in 1 minute") if minutes == 1 else
                 self.tr("Session in {minutes} minutes").format(minutes=minutes))
        lines = [self.tr("{time} · {client} · {modality}").format(
            time=f"{s.starts_at:%H:%M}", client=s.name, modality=modality_label(s.modality))
            for s in sessions]
        return title, "\n".join(lines)

    def agenda_words(self) -> tuple[str, str]:
        if self._locked():
            return self.tr("Stillroom"), self.tr("Your day's agenda is ready.")
        return self.tr("Your day"), self.tr("The day's agenda is open in Stillroom.")
