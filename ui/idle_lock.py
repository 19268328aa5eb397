"""The idle lock: after N minutes with no key press, click, mouse movement or scroll anywhere in
the application, `lock_requested` is emitted once; the window then hides the practice.

What the therapist does reaches a window (a QWindow: the main window's, a dialog's) before the
widget under it, so the lock watches the application's windows, not every object: a filter on
the whole application would be called, in Python, for each of the thousands of paint, layout
and timer events the window handles in a second. A window is watched from the moment it takes
the focus, and the periodic check looks for any not yet watched.

The clock is injectable (seconds, never going back); tests call `check()` rather than wait.
The default clock counts time the computer spends asleep, so a laptop opened after lunch is
locked at once rather than N minutes later.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

CHECK_EVERY_MS = 15_000
ACTIVITY = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


def awake_or_asleep_clock() -> float:
    """Seconds on a clock that never goes back and keeps counting while the computer sleeps."""
    if hasattr(time, "CLOCK_BOOTTIME"):  # Linux: CLOCK_MONOTONIC stops during suspend
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":  # macOS: monotonic() stops during sleep, this does not
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()  # Windows: counts sleep already


class IdleLock(QObject):
    """Watches the application's windows for activity and asks for a lock when there is none.

    After `lock_requested` it pauses itself; call `resume()` once the therapist has unlocked.
    """

    lock_requested = Signal()

    def __init__(self, minutes: int, now: Callable[[], float] = awake_or_asleep_clock,
                 check_every_ms: int = CHECK_EVERY_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._minutes = minutes
        self._now = now
        self._last_activity = now()
        self._paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._stopped = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
        self._watch_windows()

    @property
    def minutes(self) -> int:
        return self._minutes

    @property
    def paused(self) -> bool:
        return self._paused

    def set_minutes(self, minutes: int) -> None:
        """A new idle time (from the settings); it counts from the last activity already seen."""
        self._minutes = minutes

    def idle_seconds(self) -> float:
        return max(0.0, self._now() - self._last_activity)

    def reset(self) -> None:
        """Count the idle time from now, as if the therapist had just touched a key."""
        self._last_activity = self._now()

    def pause(self) -> None:
        """Stop counting (while the window is locked)."""
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        """Count again, from now."""
        self._paused = False
        self.reset()
        self.timer.start()

    def _watch_windows(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for window in app.topLevelWindows():
                self._watch(window)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None and not self._stopped:
            window.installEventFilter(self)  # once, however often asked (Qt keeps one)

    def check(self) -> bool:
        """Ask for the lock if the application has been idle long enough; True when it did."""
        self._watch_windows()
        if self._paused or self._minutes <= 0:
            return False
        if self.idle_seconds() < self._minutes * 60:
            return False
        self.pause()
        self.lock_requested.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Called for every event a window receives, so it does as little as it can.
        if event.type() in ACTIVITY:
            self._last_activity = self._now()
        return False

    def stop(self) -> None:
        """Stop watching for good (Qt also stops when this object is deleted)."""
        self.pause()
        self._stopped = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            for window in app.topLevelWindows():
                window.removeEventFilter(self)
