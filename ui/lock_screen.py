"""The locked window: a cover showing only the practice's name and a passphrase field.

The vault stays open while locked; the lock hides the data. Unlocking checks the passphrase
against the key file on the database worker (the key derivation takes a moment) and emits
`unlocked`; the window then shows what it showed before.

Open dialogs are hidden while locked (`hide_open_dialogs`) and shown again afterwards
(`restore_dialogs`) with everything typed in them. Hiding ends a dialog run with `exec()`
(Qt ends its event loop), so a dialog that holds typing must be opened with `open()` or
`show()`; a question box run with `exec()` ends as if it were cancelled.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import StillroomError, WrongPassphrase
from services.vault.practice_vault import unlock_with_passphrase
from ui.forms import ERROR_STYLE, HINT_STYLE, heading_label, note_label, password_field
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable

CARD_WIDTH = 420
# Windows that are never given back: menus, drop-down lists and tooltips are closed for good.
PASSING_KINDS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class LockScreen(QWidget):
    """Covers the window's content while locked; emits `unlocked` for the right passphrase."""

    unlocked = Signal()

    def __init__(self, folder: Path, worker: DatabaseWorker, practice_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._worker = worker
        self._busy = False
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Stillroom is locked"))

        self.practice_name = heading_label(practice_name)
        self.practice_name.setObjectName("practice_name")
        self.practice_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.practice_name.setWordWrap(True)
        self.locked_label = plain_label(self.tr("Stillroom is locked"))
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation = note_label(self.tr(
            "Type your passphrase to go back to where you were. Nothing you were typing "
            "has been lost."))
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setStyleSheet(HINT_STYLE)

        self.passphrase = password_field()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.message = note_label()
        self.message.setObjectName("passphrase_error")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        self.busy_note = note_label(self.tr("Checking your passphrase…"))
        self.busy_note.setStyleSheet(HINT_STYLE)
        self.busy_note.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_note, 1)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)

        card = QFrame()
        card.setObjectName("lock_card")
        card.setFixedWidth(CARD_WIDTH)
        card.setStyleSheet("QFrame#lock_card { background: palette(base); "
                           "border: 1px solid palette(mid); border-radius: 8px; }")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(6)
        inner.addWidget(self.practice_name)
        inner.addWidget(self.locked_label)
        inner.addSpacing(4)
        inner.addWidget(explanation)
        inner.addSpacing(14)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.message)
        inner.addWidget(self.busy)
        inner.addSpacing(6)
        inner.addLayout(buttons)

        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self.setFocusProxy(self.passphrase)

    def set_practice_name(self, name: str) -> None:
        self.practice_name.setText(name)

    @property
    def is_busy(self) -> bool:
        return self._busy

    def unlock(self) -> None:
        """Check the passphrase typed, on the worker."""
        if self._busy:
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._say(self.tr("Please type your passphrase."))
            return
        self._say("")
        self._set_busy(True)
        folder = self._folder
        self._worker.run(lambda: unlock_with_passphrase(folder, passphrase), self._checked,
                         self._refused)

    def _checked(self, key: bytearray) -> None:
        for i in range(len(key)):  # the vault is still open with its own copy of the key
            key[i] = 0
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit()

    def _refused(self, error: StillroomError) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self._say(self.tr("That is not the passphrase of this practice. Please try again."))
        else:
            self._say(readable(error))
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_note.setVisible(busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()


def hide_open_dialogs(window: QWidget) -> list[QWidget]:
    """Hide every other open window of the application (dialogs, message boxes) and return
    them, the active one last. Menus and drop-down lists are closed. Nothing typed is lost.
    """
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        following = QApplication.activePopupWidget()
        popup = None if following is popup else following
    active = QApplication.activeWindow()
    hidden: list[QWidget] = []
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if widget.windowType() in PASSING_KINDS:
            widget.hide()
            continue
        hidden.append(widget)
    hidden.sort(key=lambda widget: widget is active)
    for widget in hidden:
        widget.hide()
    return hidden


def restore_dialogs(hidden: list[QWidget]) -> None:
    """Show again the windows `hide_open_dialogs` hid, as they were; the last one on top and
    active."""
    shown = [widget for widget in hidden if shiboken6.isValid(widget)]
    for widget in shown:
        widget.show()
    if shown:
        shown[-1].activateWindow()
