"""Text widths and elided texts, cached: a week's names come back the next week."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

ELIDE = Qt.TextElideMode.ElideRight
CACHE_LIMIT = 20_000


class TextCache:
    """Widths and elided texts for one font, kept while the font stays the same."""

    def __init__(self, font: QFont) -> None:
        self.metrics = QFontMetrics(font)
        self._widths: dict[str, int] = {}
        self._elided: dict[tuple[str, int], str] = {}

    def width(self, text: str) -> int:
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > CACHE_LIMIT:
                self._widths.clear()
            width = self._widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def elided(self, text: str, room: float) -> str:
        if self.width(text) <= room:
            return text
        key = (text, int(room))
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > CACHE_LIMIT:
                self._elided.clear()
            found = self._elided[key] = self.metrics.elidedText(text, ELIDE, max(0, int(room)))
        return found
