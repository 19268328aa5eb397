"""Saying when the first window is painted, for timing a start from outside the process.

With STILLROOM_FIRST_FRAME set, the window application prints "painted" on stdout as soon as
its first window (the unlock dialog, the window's frame or the first-run dialog) has been
drawn, and ends. `make bench` times the desktop bundle this way (`bundle_first_frame`): a
bundle cannot run the benchmark's own script, only itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_FRAME_VARIABLE = "STILLROOM_FIRST_FRAME"


class FirstFrameReport(QObject):
    """Watches every event of the application until a window's first paint; once that paint
    is done, prints "painted" and calls `finish`."""

    def __init__(self, finish: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._finish = finish
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._seen and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.isWindow()):
            self._seen = True
            QTimer.singleShot(0, self._painted)  # after this paint is drawn
        return False

    def _painted(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        print("painted", file=sys.stdout, flush=True)
        self._finish()
