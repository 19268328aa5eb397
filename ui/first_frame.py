"""Saying when the first window is painted, for timing a start from outside the process.

With STILLROOM_FIRST_FRAME set, the window application prints "painted" on stdout as soon as
its first window (the unlock dialog, the window's frame or the first-run dialog) has been
drawn, and ends. `make bench` times the desktop bundle this way (`bundle_first_frame`): a
bundle cannot run the benchmark's own script, only itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_FRAME_VARIABLE = "STILLROOM_FIRST_FRAME"


class FirstFrameReport(QObject):
    """Watches the first window the app shows (`watch`) until it is painted; once that paint
    is done, prints "painted" and calls `finish`. Only that window's events are looked at: a
    filter on the whole application would run Python for every event of the start, and slow
    what it times."""

    def __init__(self, finish: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finish = finish
        self._watched: QWidget | None = None
        self._seen = False

    def watch(self, window: QWidget) -> None:
        """The first window shown; any shown after it are not the first."""
        if self._watched is None:
            self._watched = window
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint:
            self._seen = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # after this paint is drawn
        return False

    def _painted(self) -> None:
        print("painted", file=sys.stdout, flush=True)
        self._finish()
