"""'Create your practice': the first run, then the recovery code shown once."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Language
from services.errors import InvalidValue, StillroomError, VaultError
from services.money.amounts import MINOR_DIGITS
from services.papers.recovery_sheet import keep_recovery_sheet, recovery_sheet_pdf
from services.practice.practice_settings import read_settings
from services.practice.practice_timezone import local_timezone
from services.vault.key_slots import KdfParams
from services.vault.keychain import usable_keychain
from services.vault.practice_vault import Vault, create_vault, remember_on_this_computer
from ui.currencies import FIRST_CURRENCIES, currency_name
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
from ui.i18n import saved_language
from ui.labels import language_name
from ui.letters.paper_dialog import PaperDialog, open_paper
from ui.plain_text import plain_label
from ui.settings_fields import MoneyField, number_field, unit_row
from ui.typed_text import main_button, may_close
from ui.worker import DatabaseWorker
from ui.zone_choice import UTC_NAMES, ZoneChoice

SHEET_FILE_NAME = "stillroom-recovery-sheet.pdf"


def keep_and_show_sheet(vault: Vault, code: str) -> bytes:
    """Keep the recovery sheet in the new practice, and make a copy to print now."""
    keep_recovery_sheet(vault, code)
    settings = read_settings(vault)
    return recovery_sheet_pdf(settings, code, settings.language)


class CreatePracticeDialog(QDialog):
    """Set up a new practice in `folder`; afterwards `vault` is the open practice."""

    FORM_PAGE, RECOVERY_PAGE = 0, 1

    def __init__(self, folder: Path, worker: DatabaseWorker, *, kdf: KdfParams | None = None,
                 timezone: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._worker = worker
        self._kdf = kdf
        self._timezone = timezone or local_timezone()
        self._busy = False
        self.vault: Vault | None = None
        self._sheet: bytes | None = None
        self.sheet_dialog: PaperDialog | None = None
        self.setWindowTitle(self.tr("Stillroom — Create your practice"))
        self.pages = Pages()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._recovery_page())
        layout = dialog_layout(self)
        layout.addWidget(self.pages)
        self._show_page(self.FORM_PAGE)
        self.practice_name.setFocus()

    # The form -------------------------------------------------------------------------

    def _form_page(self) -> QWidget:
        page = QWidget()
        self.errors = FieldErrors(plain_label())
        self.practice_name = QLineEdit()
        self.practice_name.setObjectName("practice_name")
        self.therapist_name = QLineEdit()
        self.therapist_name.setObjectName("therapist_name")
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(language_name(language), language.value)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.currency = QComboBox()
        codes = list(FIRST_CURRENCIES) + sorted(set(MINOR_DIGITS) - set(FIRST_CURRENCIES))
        for code in codes:
            self.currency.addItem(self.tr("{code} — {name}").format(
                code=code, name=currency_name(code)), code)
        local_currency = QLocale.system().currencySymbol(
            QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        self.currency.setCurrentIndex(max(0, self.currency.findData(local_currency)))
        self.session_fee = MoneyField("session_fee")
        self.session_fee.edit.setPlaceholderText(self.tr("e.g. 70"))
        self.currency.currentIndexChanged.connect(
            lambda: self.session_fee.set_currency(str(self.currency.currentData())))
        self.session_fee.set_currency(str(self.currency.currentData()))
        self.session_minutes = number_field("session_minutes", self.tr(" min"))
        self.session_minutes.setValue(50)
        self.timezone = ZoneChoice()
        if self._timezone in UTC_NAMES:  # this computer does not say: the therapist chooses
            self.timezone.setCurrentIndex(-1)
        else:
            self.timezone.set_zone(self._timezone)
        self.passphrase = password_field()
        self.passphrase.setObjectName("passphrase")
        self.passphrase_again = password_field()
        self.passphrase_again.setObjectName("passphrase_again")
        self.strength = note_label(strength_hint(""))
        self.strength.setStyleSheet(HINT_STYLE)
        self.passphrase.textChanged.connect(self._passphrase_changed)

        form = Form()
        form.addRow(self.tr("Practice name"), self.practice_name)
        self.errors.add_row(form, "practice_name")
        form.addRow(self.tr("Your name"), self.therapist_name)
        self.errors.add_row(form, "therapist_name")
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Currency"), self.currency)
        self.errors.add_row(form, "currency")
        form.addRow(self.tr("Usual session fee"), self.session_fee)
        self.errors.add_row(form, "session_fee")
        form.addRow(self.tr("Usual session length"), unit_row(self.session_minutes))
        self.errors.add_row(form, "session_minutes")
        fee_hint = note_label(self.tr("New sessions take this fee and length; a client can have "
                                      "their own fee. Type 0 if you do not charge."))
        fee_hint.setStyleSheet(HINT_STYLE)
        form.addRow("", fee_hint)
        form.addRow(self.tr("Your city (time zone)"), self.timezone)
        self.errors.add_row(form, "timezone")
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        self.errors.add_row(form, "passphrase")
        form.addRow(self.tr("Passphrase again"), self.passphrase_again)
        self.errors.add_row(form, "passphrase_again")
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setObjectName("remember")
        self.remember.setToolTip(self.tr(
            "Keeps the key in this computer's keychain, so Stillroom opens without asking. "
            "Only for a computer nobody else uses."))
        # Offered only where a safe keychain exists; elsewhere the passphrase is asked each time.
        self.can_remember = usable_keychain() is not None
        if self.can_remember:
            form.addRow("", self.remember)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy_note = note_label(self.tr("Creating your practice. This takes a few seconds…"))
        self.busy.hide()
        self.busy_note.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create practice"))
        self.create_button.clicked.connect(self._create)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.addWidget(heading_label(self.tr("Create your practice")))
        layout.addWidget(note_label(self.tr(
            "Stillroom keeps your practice book encrypted on this computer. "
            "Nothing leaves it unless you export it.")))
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(note_label(self.tr(
            "The passphrase opens your practice book. Nobody can reset it for you, so "
            "choose words you will remember.")))
        layout.addWidget(self.errors.label(None))
        layout.addStretch()
        layout.addWidget(self.busy_note)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        return page

    def _show_page(self, page: int) -> None:
        """The page, with Enter pressing its own main button (never Cancel)."""
        self.pages.show_page(page)
        if page == self.FORM_PAGE:
            main_button(self.create_button, self.cancel_button)
        else:
            main_button(self.continue_button, self.print_sheet_button)

    def _passphrase_changed(self, text: str) -> None:
        self.strength.setText(strength_hint(text))
        refit(self.strength)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        refit(self.pages)
        if self.pages.currentIndex() == self.FORM_PAGE:
            self.practice_name.setFocus()

    def _create(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        passphrase = self.passphrase.text()
        if passphrase != self.passphrase_again.text():
            self.errors.show("passphrase_again", self.tr("The two passphrases are not the same."))
            self.passphrase_again.setFocus()
            self.passphrase_again.selectAll()
            return
        if not self.session_fee.edit.text().strip():
            self.errors.show("session_fee", self.tr(
                "Please enter the fee you usually charge for a session (0 if you do not "
                "charge)."))
            self.session_fee.edit.setFocus()
            return
        try:
            session_fee = self.session_fee.minor()
        except InvalidValue as error:
            self._not_created(error)
            return
        folder, kdf, timezone = self._folder, self._kdf, self.timezone.zone()
        practice_name, therapist_name = self.practice_name.text(), self.therapist_name.text()
        language, currency = self.language.currentData(), self.currency.currentData()
        session_minutes = self.session_minutes.value()
        remember = self.can_remember and self.remember.isChecked()

        def create() -> tuple[Vault, str]:
            vault, code = create_vault(folder, passphrase, practice_name,
                                       therapist_name=therapist_name, language=language,
                                       currency=currency, timezone=timezone,
                                       session_fee=session_fee,
                                       session_minutes=session_minutes, kdf=kdf)
            if remember:
                with suppress(VaultError):  # the passphrase still opens it; Settings can retry
                    remember_on_this_computer(vault)
            return vault, code

        self._set_busy(True)
        self._worker.run(create, self._created, self._not_created)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.practice_name, self.therapist_name, self.language, self.currency,
                       self.session_fee, self.session_minutes, self.timezone, self.passphrase,
                       self.passphrase_again, self.remember,
                       self.create_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_note.setVisible(busy)
        refit(self.busy)

    def _not_created(self, error: StillroomError) -> None:
        self._set_busy(False)
        self.errors.show_error(error)
        field = self.findChild(QWidget, error.field) if error.field else None
        if field is not None:
            field.setFocus()
            edit = field.lineEdit() if isinstance(field, QComboBox) else field
            if isinstance(edit, QLineEdit):
                edit.selectAll()

    def _created(self, created: tuple[Vault, str]) -> None:
        self._set_busy(False)
        self.vault, code = created
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.recovery_code.setText(code)
        self._show_page(self.RECOVERY_PAGE)
        self.written_down.setFocus()
        vault = self.vault
        self._worker.run(lambda: keep_and_show_sheet(vault, code), self._sheet_kept,
                         self._sheet_not_kept)

    def _sheet_kept(self, pdf: bytes) -> None:
        self._sheet = pdf
        self.print_sheet_button.setEnabled(True)

    def _sheet_not_kept(self, error: StillroomError) -> None:
        """The practice stands; only the paper copy is missing, so the code is written down."""
        self.print_sheet_button.hide()

    def print_sheet(self) -> None:
        """The recovery sheet shown to print or save (the paper copy of the code)."""
        if self._sheet is not None:
            self.sheet_dialog = open_paper(self, self.tr("Recovery sheet"), self._sheet,
                                           SHEET_FILE_NAME)

    # The recovery code ------------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_code = plain_label()
        self.recovery_code.setObjectName("recovery_code")
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.recovery_code.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self.recovery_code.setFont(font)
        self.recovery_code.setStyleSheet(
            "padding: 14px; border: 1px solid palette(mid); border-radius: 4px;")
        self.print_sheet_button = QPushButton(self.tr("Print recovery sheet…"))
        self.print_sheet_button.setObjectName("print_recovery_sheet")
        self.print_sheet_button.setToolTip(self.tr(
            "A page with the code and how to use it, to print or save and keep safe."))
        self.print_sheet_button.setEnabled(False)
        self.print_sheet_button.clicked.connect(self.print_sheet)
        code_row = QHBoxLayout()
        code_row.addWidget(self.recovery_code, 1)
        code_row.addWidget(self.print_sheet_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.written_down = QCheckBox(self.tr("I have written it down"))
        self.continue_button = QPushButton(self.tr("Open my practice"))
        self.continue_button.setEnabled(False)
        self.written_down.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(page)
        layout.addWidget(heading_label(self.tr("Your recovery code")))
        layout.addWidget(note_label(self.tr(
            "If you ever forget your passphrase, this code is the only way back into your "
            "practice. Write it down on paper now and keep it somewhere safe, away from this "
            "computer.")))
        layout.addSpacing(8)
        layout.addLayout(code_row)
        layout.addSpacing(8)
        layout.addWidget(note_label(self.tr("It will not be shown again.")))
        layout.addWidget(self.written_down)
        layout.addStretch()
        layout.addLayout(buttons)
        return page

    def _finish(self) -> None:
        if not self.written_down.isChecked():
            return
        self.recovery_code.clear()
        self._sheet = None
        self.accept()

    def reject(self) -> None:
        # Not while the practice is being made (the outcome would go unseen), nor once it
        # exists until the recovery code has been acknowledged.
        if self._busy or self.pages.currentIndex() == self.RECOVERY_PAGE:
            return
        if may_close(self):
            super().reject()
