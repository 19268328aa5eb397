"""Words a person typed, shown in the window as they are: never read as markup.

Qt guesses. A label, a tooltip or a message box whose text looks like HTML shows it as HTML:
a client named `<img src="/home/…/photo.jpg"/>` would put a picture from the disk in the
client panel's header. So every label of the window is made here, as plain text
(`plain_label`, or `plain` for a label made some other way; `tests/ui/test_plain_text.py`
fails on a `QLabel(` anywhere else in `ui/`), and where Qt guesses and cannot be told
otherwise (a tooltip, a message box's text, a tooltip role of a model) the text goes through
`literal` first. A label that wants rich text on purpose escapes each value with
`html.escape` before formatting it, as the guided pages' titles do.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QWidget


def plain(label: QLabel) -> QLabel:
    """The label, told to show its text as it is, whatever it looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` (and any text set later) as it is."""
    return plain(QLabel(text, parent))


def literal(text: str) -> str:
    """`text` for a place where Qt guesses whether it is rich text (a tooltip, a message
    box): as it is when Qt would take it for plain text anyway, else as rich text that shows
    it literally (escaped, its spaces and line breaks kept)."""
    if not QtGui.mightBeRichText(text):
        return text
    return f'<p style="white-space: pre-wrap">{html.escape(text, quote=False)}</p>'
