"""'Create your practice': the first run, then the recovery code shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import Language
from services.errors import StillroomError
from services.key_slots import KdfParams
from services.money import MINOR_DIGITS
from services.practice_timezone import local_timezone
from services.vault import MIN_PASSPHRASE, Vault, create_vault
from ui.worker import DatabaseWorker, readable

# The currencies most practices use come first; the others follow in code order.
FIRST_CURRENCIES = ("GBP", "EUR", "USD", "RUB")
ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
DIALOG_WIDTH = 500


def currency_name(code: str) -> str:
    names = {
        "GBP": QCoreApplication.translate("Currency", "Pound sterling"),
        "EUR": QCoreApplication.translate("Currency", "Euro"),
        "USD": QCoreApplication.translate("Currency", "US dollar"),
        "RUB": QCoreApplication.translate("Currency", "Russian rouble"),
        "CAD": QCoreApplication.translate("Currency", "Canadian dollar"),
        "AUD": QCoreApplication.translate("Currency", "Australian dollar"),
        "NZD": QCoreApplication.translate("Currency", "New Zealand dollar"),
        "CHF": QCoreApplication.translate("Currency", "Swiss franc"),
        "ILS": QCoreApplication.translate("Currency", "Israeli shekel"),
        "UAH": QCoreApplication.translate("Currency", "Ukrainian hryvnia"),
        "KZT": QCoreApplication.translate("Currency", "Kazakh tenge"),
        "GEL": QCoreApplication.translate("Currency", "Georgian lari"),
        "AMD": QCoreApplication.translate("Currency", "Armenian dram"),
        "SEK": QCoreApplication.translate("Currency", "Swedish krona"),
        "NOK": QCoreApplication.translate("Currency", "Norwegian krone"),
        "DKK": QCoreApplication.translate("Currency", "Danish krone"),
        "PLN": QCoreApplication.translate("Currency", "Polish złoty"),
        "CZK": QCoreApplication.translate("Currency", "Czech koruna"),
        "TRY": QCoreApplication.translate("Currency", "Turkish lira"),
        "JPY": QCoreApplication.translate("Currency", "Japanese yen"),
        "KRW": QCoreApplication.translate("Currency", "South Korean won"),
    }
    return names.get(code, code)


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
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def note_label(text: str = "") -> QLabel:
    label = QLabel(text)
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
            caption = QLabel(label)
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
        label = QLabel()
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
        self.setWindowTitle(self.tr("Stillroom — Create your practice"))
        self.pages = Pages()
        self.pages.addWidget(self._form_page())
        self.pages.addWidget(self._recovery_page())
        layout = dialog_layout(self)
        layout.addWidget(self.pages)
        self.pages.show_page(self.FORM_PAGE)
        self.practice_name.setFocus()

    # The form -------------------------------------------------------------------------

    def _form_page(self) -> QWidget:
        page = QWidget()
        self.errors = FieldErrors(QLabel())
        self.practice_name = QLineEdit()
        self.practice_name.setObjectName("practice_name")
        self.therapist_name = QLineEdit()
        self.therapist_name.setObjectName("therapist_name")
        self.language = QComboBox()
        # A language is listed under its own name, whatever language the window is in.
        self.language.addItem("English", Language.ENGLISH.value)
        self.language.addItem("Русский", Language.RUSSIAN.value)
        if QLocale.system().language() == QLocale.Language.Russian:
            self.language.setCurrentIndex(1)
        self.currency = QComboBox()
        codes = list(FIRST_CURRENCIES) + sorted(set(MINOR_DIGITS) - set(FIRST_CURRENCIES))
        for code in codes:
            self.currency.addItem(self.tr("{code} — {name}").format(
                code=code, name=currency_name(code)), code)
        local_currency = QLocale.system().currencySymbol(
            QLocale.CurrencySymbolFormat.CurrencyIsoCode)
        self.currency.setCurrentIndex(max(0, self.currency.findData(local_currency)))
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
        zone = QLabel(self._timezone)
        zone.setToolTip(self.tr("Session times are kept in this computer's time zone."))
        form.addRow(self.tr("Time zone"), zone)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        self.errors.add_row(form, "passphrase")
        form.addRow(self.tr("Passphrase again"), self.passphrase_again)
        self.errors.add_row(form, "passphrase_again")

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy_note = note_label(self.tr("Creating your practice. This takes a few seconds…"))
        self.busy.hide()
        self.busy_note.hide()

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("Create practice"))
        self.create_button.setDefault(True)
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

    def _passphrase_changed(self, text: str) -> None:
        self.strength.setText(strength_hint(text))
        refit(self.strength)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        refit(self.pages)

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
        folder, kdf, timezone = self._folder, self._kdf, self._timezone
        practice_name, therapist_name = self.practice_name.text(), self.therapist_name.text()
        language, currency = self.language.currentData(), self.currency.currentData()
        self._set_busy(True)
        self._worker.run(
            lambda: create_vault(folder, passphrase, practice_name, therapist_name=therapist_name,
                                 language=language, currency=currency, timezone=timezone,
                                 kdf=kdf),
            self._created, self._not_created)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.practice_name, self.therapist_name, self.language, self.currency,
                       self.passphrase, self.passphrase_again, self.create_button,
                       self.cancel_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_note.setVisible(busy)
        refit(self.busy)

    def _not_created(self, error: StillroomError) -> None:
        self._set_busy(False)
        self.errors.show_error(error)
        field = self.findChild(QLineEdit, error.field) if error.field else None
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _created(self, created: tuple[Vault, str]) -> None:
        self._set_busy(False)
        self.vault, code = created
        self.passphrase.clear()
        self.passphrase_again.clear()
        self.recovery_code.setText(code)
        self.pages.show_page(self.RECOVERY_PAGE)
        self.written_down.setFocus()

    # The recovery code ------------------------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_code = QLabel()
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
        self.written_down = QCheckBox(self.tr("I have written it down"))
        self.continue_button = QPushButton(self.tr("Open my practice"))
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
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
        layout.addWidget(self.recovery_code)
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
        self.accept()

    def reject(self) -> None:
        # Not while the practice is being made (the outcome would go unseen), nor once it
        # exists until the recovery code has been acknowledged.
        if self._busy or self.pages.currentIndex() == self.RECOVERY_PAGE:
            return
        super().reject()
