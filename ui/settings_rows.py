"""The rows every section of Settings is built of, so that each section reads alike: the
section's column and form, a labelled field (its caption the field's buddy, beside the first
line of a tall box), a hint under a field, and the named fields the sections share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ui.forms import HINT_STYLE, Form, note_label


def section_form(page: QWidget) -> tuple[QVBoxLayout, Form]:
    """The section's column on `page`, with its form at the top."""
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 4, 0, 0)
    form = Form()
    form.setVerticalSpacing(6)
    column.addLayout(form)
    return column, form


def labelled_row(form: Form, label: str, field: QWidget, focus: QWidget | None = None,
                 row: QWidget | None = None) -> None:
    """`row` (the field itself unless given) under its caption; the caption names and leads
    to `focus` (the field unless given)."""
    focus = focus or field
    if label:
        focus.setAccessibleName(label.replace("&", ""))
    form.addRow(label, row or field)
    item = form.itemAtPosition(form.rowCount() - 1, 0)
    caption = item.widget() if item is not None else None
    if item is not None and isinstance(caption, QLabel):
        caption.setBuddy(focus)  # the field, not a container around it
        if isinstance(field, QPlainTextEdit):  # beside the first line of a tall box
            item.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            caption.setContentsMargins(0, field.frameWidth() + 3, 0, 0)


def hint_row(form: Form, text: str) -> QLabel:
    """A few quiet words under the field above."""
    hint = note_label(text)
    hint.setStyleSheet(HINT_STYLE)
    form.addRow("", hint)
    return hint


def named_line(name: str, limit: int = 0) -> QLineEdit:
    """A line to type in, named for its setting (and its message), at most `limit` long."""
    line = QLineEdit()
    line.setObjectName(name)
    if limit:
        line.setMaxLength(limit)
    return line


def text_box(name: str, lines: int) -> QPlainTextEdit:
    """A box of `lines` lines for text on several lines; Tab leaves it."""
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines
    box.setFixedHeight(height + 2 * (box.frameWidth() + int(box.document().documentMargin())))
    return box


def check_box(name: str, text: str) -> QCheckBox:
    """A setting that is on or off, read out as its words."""
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setAccessibleName(text)
    return box
