"""The choice of a money paper's language, starting at the window's."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from models.enums import Language
from ui.i18n import window_language
from ui.labels import language_name


def language_box(name: str, accessible: str) -> QComboBox:
    """English or Russian, each by its own name; `currentData()` is the `Language`."""
    box = QComboBox()
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    for language in Language:
        box.addItem(language_name(language), language)
    box.setCurrentIndex(box.findData(window_language()))
    return box
