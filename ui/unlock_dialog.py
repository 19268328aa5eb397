"""Unlocking the practice with the passphrase, or with the recovery code when it is forgotten."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.errors import KeyFileDamaged, StillroomError, WrongPassphrase
from ui.forms import (
    HINT_STYLE,
    FieldErrors,
    Form,
    Pages,
    dialog_layout,
    heading_label,
    note_label,
    password_field,
    refit,
    strength_hint,
)
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker

if TYPE_CHECKING:  # the database code loads behind the dialog, on the worker (ui/app.py)
    from services.vault.practice_vault import Vault


def open_practice(folder: Path, key: bytearray) -> Vault:
    """The open vault (the window checks its pages just after showing the week); if it
    cannot be opened the key is wiped before the error goes on."""
    from services.vault.practice_vault import open_vault

    try:
        return open_vault(folder, key)
    except BaseException:
        for i in range(len(key)):
            key[i] = 0
        raise


def _unlocked(folder: Path, passphrase: str) -> bytearray:
    from services.vault.practice_vault import unlock_with_passphrase

    return unlock_with_passphrase(folder, passphrase)


def _recovered(folder: Path, code: str, passphrase: str) -> bytearray:
    from services.vault.passphrase import recover

    return recover(folder, code, passphrase)


class UnlockDialog(QDialog):
    """Ask for the passphrase; afterwards `vault` is the open practice.

    A practice that cannot be opened whatever is typed (open elsewhere, damaged) ends the
    dialog with the result `FAILED` and the reason in `failure`.
    """

    PASSPHRASE_PAGE, RECOVERY_PAGE = 0, 1
    FAILED = 2

    def __init__(self, folder: Path, worker: DatabaseWorker, *, keychain_silent: bool = False,
                 parent: QWidget | None = None) -> None:
        """`keychain_silent`: the key is remembered on this computer, yet the keychain did
        not give it (locked, or not running), so the dialog says why it asks."""
        super().__init__(parent)
        self._folder = folder
        self._keychain_silent = keychain_silent
        self._worker = worker
        self._busy = False
        self.vault: Vault | None = None
        self.failure: StillroomError | None = None
        self.setWindowTitle(self.tr("Stillroom — Unlock"))
        self.pages = Pages()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        layout = dialog_layout(self)
        layout.addWidget(self.pages)
        self.pages.show_page(self.PASSPHRASE_PAGE)
        self.passphrase.setFocus()

    # The passphrase ----------------------------------------------------------------------

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        self.errors = FieldErrors(plain_label())
        self.passphrase = password_field()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.returnPressed.connect(self._unlock)
        form = Form()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        self.errors.add_row(form, "passphrase")

        self.forgot_button = QPushButton(self.tr("I forgot my passphrase"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setStyleSheet("color: palette(link); text-decoration: underline;")
        self.forgot_button.clicked.connect(self._show_recovery)
        forgot = QHBoxLayout()
        forgot.addStretch()
        forgot.addWidget(self.forgot_button)

        self.busy = self._busy_bar()
        self.busy_note = note_label(self.tr("Checking your passphrase…"))
        self.busy_note.hide()
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)

        layout = QVBoxLayout(page)
        layout.addWidget(heading_label(self.tr("Your practice is locked")))
        layout.addWidget(note_label(self.tr("Enter your passphrase to open it.")))
        if self._keychain_silent:
            self.keychain_note = note_label(self.tr(
                "Your key is remembered on this computer, but the keychain did not give it: it "
                "may be locked. Once it is unlocked again, Stillroom opens without asking."))
            self.keychain_note.setObjectName("keychain_note")
            self.keychain_note.setStyleSheet(HINT_STYLE)
            layout.addWidget(self.keychain_note)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(forgot)
        layout.addWidget(self.errors.label(None))
        layout.addStretch()
        layout.addWidget(self.busy_note)
        layout.addWidget(self.busy)
        layout.addLayout(self._buttons(self.quit_button, self.unlock_button))
        return page

    def _unlock(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        folder, passphrase = self._folder, self.passphrase.text()
        if not passphrase:
            self.errors.show("passphrase", self.tr("Please enter your passphrase."))
            return
        self._set_busy(True)
        self._worker.run(
            lambda: open_practice(folder, _unlocked(folder, passphrase)),
            self._opened, self._not_unlocked)

    def _not_unlocked(self, error: StillroomError) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphrase):
            self.errors.show("passphrase", self.tr(
                "That passphrase does not open this practice. Please try again."))
            self.passphrase.setFocus()
            self.passphrase.selectAll()
        elif isinstance(error, KeyFileDamaged) and error.recoverable:
            # Only the passphrase's part is damaged: the recovery code still opens it.
            self.errors.show_error(error)
            self.forgot_button.setFocus()
        else:
            self._fail(error)

    # The recovery code -------------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_errors = FieldErrors(plain_label())
        self.recovery_code = QLineEdit()
        self.recovery_code.setObjectName("recovery_code")
        self.recovery_code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = password_field()
        self.new_passphrase.setObjectName("new_passphrase")
        self.new_passphrase_again = password_field()
        self.new_passphrase_again.setObjectName("new_passphrase_again")
        self.strength = note_label(strength_hint(""))
        self.strength.setStyleSheet(HINT_STYLE)
        self.new_passphrase.textChanged.connect(self._new_passphrase_changed)

        form = Form()
        form.addRow(self.tr("Recovery code"), self.recovery_code)
        self.recovery_errors.add_row(form, "recovery_code")
        form.addRow(self.tr("New passphrase"), self.new_passphrase)
        form.addRow("", self.strength)
        self.recovery_errors.add_row(form, "passphrase", "new_passphrase")
        form.addRow(self.tr("New passphrase again"), self.new_passphrase_again)
        self.recovery_errors.add_row(form, "passphrase_again", "new_passphrase_again")

        self.recovery_busy = self._busy_bar()
        self.recovery_busy_note = note_label(self.tr("Checking your recovery code…"))
        self.recovery_busy_note.hide()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self._show_passphrase)
        self.recover_button = QPushButton(self.tr("Set passphrase and unlock"))
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self._recover)

        layout = QVBoxLayout(page)
        layout.addWidget(heading_label(self.tr("Forgotten your passphrase?")))
        layout.addWidget(note_label(self.tr(
            "Type the recovery code you wrote down when you created your practice, then "
            "choose a new passphrase. Your practice book stays exactly as it is.")))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.recovery_errors.label(None))
        layout.addStretch()
        layout.addWidget(self.recovery_busy_note)
        layout.addWidget(self.recovery_busy)
        layout.addLayout(self._buttons(self.back_button, self.recover_button))
        return page

    def _new_passphrase_changed(self, text: str) -> None:
        self.strength.setText(strength_hint(text))
        refit(self.strength)

    def _show_recovery(self) -> None:
        self.errors.clear()
        self.passphrase.clear()
        self.pages.show_page(self.RECOVERY_PAGE)
        self.recovery_code.setFocus()

    def _show_passphrase(self) -> None:
        self.recovery_errors.clear()
        for field in (self.recovery_code, self.new_passphrase, self.new_passphrase_again):
            field.clear()
        self.pages.show_page(self.PASSPHRASE_PAGE)
        self.passphrase.setFocus()

    def _recover(self) -> None:
        if self._busy:
            return
        self.recovery_errors.clear()
        folder, code = self._folder, self.recovery_code.text()
        passphrase = self.new_passphrase.text()
        if not code.strip():
            self.recovery_errors.show("recovery_code", self.tr("Please enter your recovery code."))
            self.recovery_code.setFocus()
            return
        if passphrase != self.new_passphrase_again.text():
            self.recovery_errors.show(
                "passphrase_again", self.tr("The two passphrases are not the same."))
            self.new_passphrase_again.setFocus()
            self.new_passphrase_again.selectAll()
            return
        self._set_busy(True)
        self._worker.run(lambda: open_practice(folder, _recovered(folder, code, passphrase)),
                         self._opened, self._not_recovered)

    def _not_recovered(self, error: StillroomError) -> None:
        self._set_busy(False)
        if error.field in ("recovery_code", "passphrase"):
            self.recovery_errors.show_error(error)
            field = self.recovery_code if error.field == "recovery_code" else self.new_passphrase
            field.setFocus()
            field.selectAll()
        else:
            self._fail(error)

    # Shared ------------------------------------------------------------------------------

    def _busy_bar(self) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.hide()
        return bar

    @staticmethod
    def _buttons(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch()
        for button in buttons:
            row.addWidget(button)
        return row

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        widgets: tuple[QWidget, ...] = (
            self.passphrase, self.unlock_button, self.quit_button, self.forgot_button,
            self.recovery_code, self.new_passphrase, self.new_passphrase_again,
            self.back_button, self.recover_button)
        for widget in widgets:
            widget.setEnabled(not busy)
        on_passphrase_page = self.pages.currentIndex() == self.PASSPHRASE_PAGE
        for indicator in (self.busy, self.busy_note):
            indicator.setVisible(busy and on_passphrase_page)
        for indicator in (self.recovery_busy, self.recovery_busy_note):
            indicator.setVisible(busy and not on_passphrase_page)
        refit(self.pages)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.vault = vault
        for field in (self.passphrase, self.new_passphrase, self.new_passphrase_again):
            field.clear()
        self.accept()

    def _fail(self, error: StillroomError) -> None:
        self.failure = error
        self.done(self.FAILED)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        refit(self.pages)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
