"""Fields of the client dialog that are more than one widget: phone numbers, optional dates,
and the billing details folded under their own button."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from services.clients.client_records import ClientDraft, PhoneNumber
from ui.forms import ERROR_STYLE, HINT_STYLE, FieldErrors, Form, refit
from ui.plain_text import plain_label


def date_format() -> str:
    """The locale's short date with a four-digit year (no '5/14/26')."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class OptionalDate(QWidget):
    """A date that may be left unset: ticking the box turns the date on."""

    def __init__(self, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format())
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch()
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        picked = self.edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)
        self.edit.setAccessibleName(name)


class PhoneRow(QWidget):
    """One number: the number, what it is, the three consents, and its own message line."""

    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("+44 20 7946 0000"))
        self.number.setAccessibleName(self.tr("Phone number"))
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance(
            "+44 7700 900000 0") + 16)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("mobile, home…"))
        self.label.setAccessibleName(self.tr("What this number is"))
        self.label.setMaxLength(40)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("mobile") + 24)
        self.may_call = QCheckBox(self.tr("May call"))
        self.may_call.setChecked(True)
        self.may_voicemail = QCheckBox(self.tr("Voicemail"))
        self.may_voicemail.setToolTip(self.tr("May leave a voicemail on this number"))
        self.may_text = QCheckBox(self.tr("Texts"))
        self.may_text.setToolTip(self.tr("May send text messages to this number"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this number"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.number, 0, 0)
        grid.addWidget(self.label, 0, 1)
        grid.addWidget(self.remove_button, 0, 2)
        consents = QHBoxLayout()
        consents.setSpacing(12)
        for box in (self.may_call, self.may_voicemail, self.may_text):
            consents.addWidget(box)
        consents.addStretch()
        grid.addLayout(consents, 1, 0, 1, 3)
        grid.addWidget(self.error, 2, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def tab_order(self) -> list[QWidget]:
        return [self.number, self.label, self.remove_button, self.may_call, self.may_voicemail,
                self.may_text]

    def is_blank(self) -> bool:
        return not self.number.text().strip() and not self.label.text().strip()

    def value(self) -> PhoneNumber:
        return PhoneNumber(self.number.text(), self.label.text(), self.may_call.isChecked(),
                           self.may_voicemail.isChecked(), self.may_text.isChecked())

    def set_value(self, number: PhoneNumber) -> None:
        self.number.setText(number.number)
        self.label.setText(number.label)
        self.may_call.setChecked(number.may_call)
        self.may_voicemail.setChecked(number.may_voicemail)
        self.may_text.setChecked(number.may_text)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        refit(self.error)


class PhoneNumbers(QWidget):
    """The client's numbers: rows to fill in, add and remove. Blank rows are left out."""

    rows_changed = Signal()  # a row was added or removed: the dialog puts the Tab order right

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PhoneRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(2)
        self.add_button = QPushButton(self.tr("Add a number"))
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch()
        layout.addLayout(add_row)

    def add_row(self, number: PhoneNumber | None = None) -> PhoneRow:
        row = PhoneRow()
        if number is not None:
            row.set_value(number)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # at once, not when the layout gets round to it
        self._renumber()
        refit(self)
        self.rows_changed.emit()
        return row

    def _add_clicked(self) -> None:
        self.add_row().number.setFocus()

    def remove_row(self, row: PhoneRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.deleteLater()
        self._renumber()
        refit(self)
        self.rows_changed.emit()

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            row.number.setObjectName(f"number_{i}")
            row.error.setObjectName(f"number_{i}_error")

    def set_numbers(self, numbers: tuple[PhoneNumber, ...]) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        for number in numbers:
            self.add_row(number)

    def tab_order(self) -> list[QWidget]:
        return [widget for row in self.rows for widget in row.tab_order()] + [self.add_button]

    def filled(self) -> list[PhoneRow]:
        """The rows that hold something, in order: what the draft's `numbers` are made of."""
        return [row for row in self.rows if not row.is_blank()]

    def clear_errors(self) -> None:
        for row in self.rows:
            row.show_error("")


class BillingPart(QWidget):
    """The client's billing details, folded away under one button so the ordinary form stays
    short: date of birth, diagnosis codes (only when the practice makes superbills), someone
    else who pays, and the address their invoices go to. Nothing but money papers shows them.

    Each field's message row goes to the dialog's `errors`, under the field.
    """

    FIELDS = ("date_of_birth", "diagnosis_codes", "payer_name", "billing_address")

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("billing_toggle")
        self.toggle.setText(self.tr("Billing details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_open)
        self.summary = plain_label(self.tr("For invoices and superbills; nothing else shows "
                                           "them."))
        self.summary.setStyleSheet(HINT_STYLE)

        self.date_of_birth = OptionalDate(self.tr("Set"))
        self.date_of_birth.setObjectName("date_of_birth")
        self.date_of_birth.setAccessibleName(self.tr("Date of birth"))
        self.date_of_birth.edit.setDate(QDate(1980, 1, 1))  # nearer most clients than today
        self.diagnosis_codes = QLineEdit()
        self.diagnosis_codes.setObjectName("diagnosis_codes")
        self.diagnosis_codes.setAccessibleName(self.tr("Diagnosis codes"))
        self.diagnosis_codes.setPlaceholderText(self.tr("ICD-10, such as F41.1, F32.0"))
        self.payer_name = QLineEdit()
        self.payer_name.setObjectName("payer_name")
        self.payer_name.setAccessibleName(self.tr("Paid by"))
        self.payer_name.setPlaceholderText(self.tr("Someone else who pays, such as a parent"))
        self.billing_address = QPlainTextEdit()
        self.billing_address.setObjectName("billing_address")
        self.billing_address.setAccessibleName(self.tr("Billing address"))
        self.billing_address.setPlaceholderText(self.tr(
            "Where invoices go, when not to the postal address"))
        self.billing_address.setTabChangesFocus(True)
        self.billing_address.setFixedHeight(
            self.billing_address.fontMetrics().lineSpacing() * 3 + 12)

        self.body = QWidget()
        left, right = Form(), Form()
        for form in (left, right):
            form.setVerticalSpacing(8)
        left.addRow(self.tr("Date of birth"), self.date_of_birth)
        errors.add_row(left, "date_of_birth")
        left.addRow(self.tr("Diagnosis codes"), self.diagnosis_codes)
        self._codes_caption = left.itemAtPosition(left.rowCount() - 1, 0)
        errors.add_row(left, "diagnosis_codes")
        left.setRowStretch(left.rowCount(), 1)
        right.addRow(self.tr("Paid by"), self.payer_name)
        errors.add_row(right, "payer_name")
        right.addRow(self.tr("Billing address"), self.billing_address)
        caption = right.itemAtPosition(right.rowCount() - 1, 0)
        if caption is not None:
            caption.setAlignment(Qt.AlignmentFlag.AlignTop)
        errors.add_row(right, "billing_address")
        body = QHBoxLayout(self.body)  # two columns, as the dialog's above
        body.setContentsMargins(0, 6, 0, 0)
        body.setSpacing(24)
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        self.body.hide()

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.toggle)
        head.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(head)
        layout.addWidget(self.body)
        self.set_superbills(False)

    def set_open(self, shown: bool) -> None:
        """Unfold (or fold) the fields; the window grows or shrinks to fit."""
        self.toggle.setChecked(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)
        refit(self.body)

    def set_superbills(self, on: bool) -> None:
        """Diagnosis codes are asked for only by a practice that makes superbills."""
        self.diagnosis_codes.setVisible(on)
        caption = self._codes_caption.widget() if self._codes_caption is not None else None
        if caption is not None:
            caption.setVisible(on)

    def tab_order(self) -> list[QWidget]:
        return [self.toggle, self.date_of_birth.check, self.date_of_birth.edit,
                self.diagnosis_codes, self.payer_name, self.billing_address]

    def fill(self, draft: ClientDraft) -> None:
        self.date_of_birth.set_value(draft.date_of_birth)
        self.diagnosis_codes.setText(draft.diagnosis_codes)
        self.payer_name.setText(draft.payer_name)
        self.billing_address.setPlainText(draft.billing_address)
        if any(getattr(draft, name) for name in self.FIELDS):
            self.set_open(True)

    def added_to(self, draft: ClientDraft) -> ClientDraft:
        """The draft with the billing details as typed."""
        return replace(draft, date_of_birth=self.date_of_birth.value(),
                       diagnosis_codes=self.diagnosis_codes.text(),
                       payer_name=self.payer_name.text(),
                       billing_address=self.billing_address.toPlainText())
