"""Answering "Discard what you typed?" as the therapist would, by clicking the box's button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

TRIES = 20


def answer_next_question(discard: bool) -> list[str]:
    """Click Discard (or Keep editing) on the next question shown; returns its titles asked."""
    asked: list[str] = []
    tries = [TRIES]

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0]:  # no question at all leaves `asked` empty
                QTimer.singleShot(10, answer)
            return
        asked.append(box.windowTitle() or box.text())
        wanted = "Discard" if discard else "Keep editing"
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == wanted:
                button.click()
                return

    QTimer.singleShot(0, answer)
    return asked


def closes_asking(close: Callable[[], object], discard: bool) -> list[str]:
    """Close a window by `close` (Esc, Cancel, the close button), answering the question."""
    asked = answer_next_question(discard)
    close()
    return asked
