"""Text widths and elided texts, cached: a week's names come back the next week.

A client's name in a narrow block is shortened the way a person would: the full name, else
the first name, else the initials, and only then cut with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

ELIDE = Qt.TextElideMode.ElideRight
CACHE_LIMIT = 20_000


def fitting_name(name: str, room: float, width: Callable[[str], float]) -> str:
    """The longest of the full name, the first name and the initials that fits in `room`;
    "" when even the initials do not (the caller elides the first name then)."""
    words = name.split()
    choices = [name]
    if len(words) > 1:
        choices += [words[0], "".join(word[0] for word in words)]
    return next((choice for choice in choices if width(choice) <= room), "")


def names_match(shown: str, name: str) -> bool:
    """True when `shown` is the full name or its first name: enough to know the client."""
    words = name.split()
    return shown == name or bool(words) and shown == words[0]


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

    def name(self, name: str, room: float) -> str:
        """The client's name as it fits in `room` (see `fitting_name`)."""
        fitting = fitting_name(name, room, self.width)
        return fitting or self.elided(name.split()[0] if name.split() else name, room)
