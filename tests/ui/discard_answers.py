"""Answering "Discard what you typed?" as the therapist would, by clicking the box's button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton


def closes_asking(close: Callable[[], object], discard: bool) -> list[str]:
    """Close a window by `close` (Esc, Cancel, the close button) and answer the question it
    asks with Discard (or Keep editing); returns the titles of the questions asked.

    The question is modal, so `close` returns only once it is answered: after that, nothing
    is left waiting to answer a later one.
    """
    asked: list[str] = []
    waiting = [True]

    def answer() -> None:
        if not waiting[0]:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.windowTitle())
        wanted = "Discard" if discard else "Keep editing"
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == wanted:
                button.click()
                return

    QTimer.singleShot(0, answer)
    close()
    waiting[0] = False
    return asked
