"""Reminding the therapist to close the day: when working hours end on a day still open, and
at start-up when an earlier working day was left open.

The clock is injected (`now`), so a test can move the evening along without waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from services.errors import StillroomError
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault
from ui.client_labels import day_text
from ui.worker import DatabaseWorker

CHECK_EVERY_MS = 60_000


def day_to_close(vault: Vault, now: datetime) -> date | None:
    """Today, when its working hours are over, it had sessions and it is not closed (a
    holiday whose sessions were all cancelled has nothing to close)."""
    settings = read_settings(vault)
    local = now.astimezone(settings.zone)
    today = local.date()
    if str(today.isoweekday()) not in settings.work_days or local.time() < settings.work_ends:
        return None
    from services.day_close.reconciliation import needs_closing  # read once the week is shown

    if not needs_closing(vault, today):
        return None
    return today


def reminder_text(day: date) -> str:
    """The reminder's words, for the notice the window shows."""
    return QCoreApplication.translate(
        "DayCloseReminder", "Your working day is over: {day} is not closed yet.").format(
        day=day_text(day))


def open_day_text(day: date) -> str:
    return QCoreApplication.translate(
        "DayCloseReminder", "An earlier working day, {day}, is still open.").format(
        day=day_text(day))


class DayCloseReminder(QObject):
    """Emits `day_ended(today)` once a day, when working hours are over and today is open.

    `start()` checks now and then every `interval_ms`; `check()` checks once.
    """

    day_ended = Signal(date)

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 interval_ms: int = CHECK_EVERY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._now = vault, worker, now
        self._reminded: date | None = None
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        vault, now = self._vault, self._now()
        self._worker.run(lambda: day_to_close(vault, now), self._checked, self._not_checked)

    def _checked(self, day: date | None) -> None:
        self._checking = False
        if day is not None and day != self._reminded:
            self._reminded = day
            self.day_ended.emit(day)

    def _not_checked(self, _error: StillroomError) -> None:
        self._checking = False  # tried again at the next tick


def ask_for_open_day(vault: Vault, worker: DatabaseWorker, today: date,
                     found: Callable[[date], None]) -> None:
    """At start-up: `found(day)` when an earlier working day than `today` is still open."""
    def answered(day: date | None) -> None:
        if day is not None:
            found(day)

    def first_open() -> date | None:
        from services.day_close.reconciliation import first_open_day  # loaded after the week

        return first_open_day(vault, today)

    worker.run(first_open, answered, lambda _error: None)
