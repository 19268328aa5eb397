"""The pieces every Stillroom form is built of: pages, a label-field grid, messages under fields.

Dialogs grow when a message appears and shrink when it goes, rather than squeezing rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from services.errors import StillroomError
from services.vault.passphrase_length import MIN_PASSPHRASE
from ui.plain_text import plain_label
from ui.worker import readable

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
DIALOG_WIDTH = 500


def strength_hint(passphrase: str) -> str:
    """A plain word on how hard the passphrase would be to guess."""
    length = len(passphrase)
    if length == 0:
        return QCoreApplication.translate(
            "PassphraseStrength", "At least {count} characters. A few unrelated words are best."
        ).format(count=MIN_PASSPHRASE)
    if length < MIN_PASSPHRASE:
        return QCoreApplication.translate(
            "PassphraseStrength", "Too short: {count} more characters needed."
        ).format(count=MIN_PASSPHRASE - length)
    words = len(passphrase.split())
    kinds = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    if length >= 20 or (length >= 14 and (words >= 3 or kinds >= 3)):
        return QCoreApplication.translate("PassphraseStrength", "Strong.")
    if length >= 12 and (words >= 2 or kinds >= 2):
        return QCoreApplication.translate(
            "PassphraseStrength", "Good. A longer phrase would be stronger still.")
    return QCoreApplication.translate(
        "PassphraseStrength", "Weak: easy to guess. Add a word or two.")


def heading_label(text: str) -> QLabel:
    label = plain_label(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def note_label(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    return label


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(280)
    return field


def dialog_layout(dialog: QDialog) -> QVBoxLayout:
    """The dialog's layout: at least DIALOG_WIDTH wide, and it grows for what it must show."""
    layout = QVBoxLayout(dialog)
    layout.setSpacing(0)
    layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    # A spacer, not a minimum width: a widget's set minimum would cap its content's needs.
    layout.addSpacerItem(QSpacerItem(DIALOG_WIDTH, 0, QSizePolicy.Policy.Minimum,
                                     QSizePolicy.Policy.Fixed))
    return layout


def scrolled_column(margins: int = 16) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area holding a column, for a window whose content may be taller
    than the screen: (the area, the column to fill)."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(margins, 12, margins, 12)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll, column


def refit(widget: QWidget) -> None:
    """Make `widget`'s window as tall as its content needs at its width, at once.

    Used when a message appears, goes or changes length: the window grows rather than
    squeezing its rows, and shrinks again when the message is gone.
    """
    parent: QWidget | None = widget
    while parent is not None:
        inner = parent.layout()
        if inner is not None:
            inner.invalidate()
        parent.updateGeometry()
        parent = None if parent.isWindow() else parent.parentWidget()
    window = widget.window()
    layout = window.layout()
    if window is widget or layout is None or not window.isVisible():
        return  # before it is shown, the window takes its size from its content anyway
    layout.activate()
    width = max(window.width(), window.minimumWidth())
    height = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
              else layout.totalSizeHint().height())
    window.resize(width, max(height, layout.totalMinimumSize().height()))


class Pages(QWidget):
    """A dialog's pages, one shown at a time; the dialog takes the size of the one shown.

    (QStackedWidget asks every page for its height at a width, hidden pages too, so a short
    page would sit in the height of the longest.)
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []
        self._current = 0

    def addWidget(self, page: QWidget) -> None:  # named as in QStackedWidget
        page.setVisible(not self._pages)
        self._pages.append(page)
        self._layout.addWidget(page)

    def currentIndex(self) -> int:
        return self._current

    def show_page(self, index: int) -> None:
        self._current = index
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        refit(self._pages[index])


class Form(QGridLayout):
    """Labels on the left, fields on the right, hints and messages under their field.

    (A grid, not QFormLayout: that one gives a wrapped one-line message two lines' height.)
    """

    def __init__(self) -> None:
        super().__init__()
        self.setColumnStretch(1, 1)
        self.setHorizontalSpacing(12)
        self._rows = 0

    def addRow(self, label: str, field: QWidget) -> None:  # named as in QFormLayout
        """A labelled field, or with an empty label a note under the field above."""
        if label:
            caption = plain_label(label)
            caption.setBuddy(field)
            self.addWidget(caption, self._rows, 0)
        self.addWidget(field, self._rows, 1)
        self._rows += 1


class FieldErrors:
    """Messages shown under the field they are about, and one place for anything else."""

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._rows: dict[str, QLabel] = {}
        general.setStyleSheet(ERROR_STYLE)
        general.setWordWrap(True)
        general.hide()

    def add_row(self, form: Form, field: str, widget_name: str = "") -> QLabel:
        """An error row for `field` under the row just added to `form`, hidden until needed.

        The label is named after the field's widget (`widget_name`, else `field`) + "_error".
        """
        label = plain_label()
        label.setObjectName(f"{widget_name or field}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        form.addRow("", label)
        label.hide()
        self._rows[field] = label
        return label

    def label(self, field: str | None) -> QLabel:
        return self._rows[field] if field in self._rows else self._general

    def show(self, field: str | None, text: str) -> None:
        if field in self._rows:
            label = self._rows[field]
            label.setText(text)
            label.show()
        else:
            self._general.setText(text)
            self._general.show()
        refit(self._general)

    def show_error(self, error: StillroomError) -> None:
        self.show(error.field, readable(error))

    def clear(self) -> None:
        for label in self._rows.values():
            label.clear()
            label.hide()
        self._general.clear()
        self._general.hide()
        refit(self._general)


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of `layout` and delete it (rows built for the previous client)."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()  # unparented it would flash up as a window of its own
            widget.deleteLater()
        inner = item.layout()
        if inner is not None:
            clear_layout(inner)


def text_lines(lines: int, widget: QPlainTextEdit) -> QPlainTextEdit:
    """A plain-text field about `lines` lines high; Tab moves on rather than typing a tab."""
    widget.setTabChangesFocus(True)
    height = widget.fontMetrics().lineSpacing() * lines + 12
    widget.setMinimumHeight(height)
    widget.setMaximumHeight(height if lines < 5 else 16777215)
    return widget
