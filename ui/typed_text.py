"""Closing a dialog never quietly throws away what the therapist typed.

Every dialog with fields to type in closes through `may_close` (its `reject`: Esc, the window's
close button and Cancel all end there): when a field holds text typed in it, the therapist is
asked first, and "Keep editing" is the answer Enter gives. Text the dialog filled in itself
(a stored address, a proposed fee) is not typed text until it is edited. Passphrases are left
out: typing one again loses nothing, and a question about it would only slow leaving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)


def _typed_in(edit: QWidget) -> bool:
    if isinstance(edit, QLineEdit):
        if isinstance(edit.parent(), QAbstractSpinBox | QComboBox):
            return False  # a number or a choice, quickly chosen again
        return (edit.isModified() and not edit.isReadOnly() and bool(edit.text().strip())
                and edit.echoMode() == QLineEdit.EchoMode.Normal)
    if isinstance(edit, QPlainTextEdit | QTextEdit):
        return (edit.document().isModified() and not edit.isReadOnly()
                and bool(edit.toPlainText().strip()))
    return False


def holds_typed_text(dialog: QWidget) -> bool:
    """True when a field of `dialog` still shown holds text typed into it."""
    return any(_typed_in(edit) and edit.isVisibleTo(dialog)
               for kind in (QLineEdit, QPlainTextEdit, QTextEdit)
               for edit in dialog.findChildren(kind))


def ask_to_discard(dialog: QWidget) -> bool:
    """Ask whether the typed text may go; True to discard it."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("TypedText", "Discard what you typed?"),
                      QCoreApplication.translate(
                          "TypedText", "Closing this window loses what you typed in it."),
                      QMessageBox.StandardButton.NoButton, dialog)
    box.setObjectName("discard_question")
    discard = box.addButton(QCoreApplication.translate("TypedText", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("TypedText", "Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return chosen is discard


def may_close(dialog: QWidget) -> bool:
    """True when `dialog` may close: nothing typed would be lost, or the therapist said so.

    A dialog out of sight (hidden by the idle lock, or by the app closing down) is not asked
    about: a question nobody can see would only hold everything up.
    """
    return not dialog.isVisible() or not holds_typed_text(dialog) or ask_to_discard(dialog)


def main_button(button: QPushButton, *others: QPushButton) -> None:
    """`button` is what Enter presses; `others` (Cancel, Back…) only ever by a click or Space."""
    button.setAutoDefault(True)
    button.setDefault(True)
    for other in others:
        other.setDefault(False)
        other.setAutoDefault(False)
