"""Copying words that name a client: marked secret for clipboard managers, cleared soon after.

KDE's Klipper and other clipboard managers keep no history of data that carries
`x-kde-passwordManagerHint: secret`. The copy is taken off the clipboard again after
`CLEAR_AFTER_MS`, unless something else was copied meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

SECRET_HINT = "x-kde-passwordManagerHint"
CLEAR_AFTER_MS = 30_000


class SecretCopy(QObject):
    """Puts text on the clipboard as a secret, and clears it after `clear_after_ms`."""

    _shared: SecretCopy | None = None

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear)

    @classmethod
    def shared(cls) -> SecretCopy:
        """The application's one copier: it outlives the dialog that copied, so the
        clipboard is still cleared when the dialog has closed."""
        if cls._shared is None:
            cls._shared = cls(parent=QCoreApplication.instance())
        return cls._shared

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(SECRET_HINT, QByteArray(b"secret"))
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = text
        self.timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds what was copied here."""
        self.timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
