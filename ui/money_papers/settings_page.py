"""Settings, Money papers: how invoices and credit notes are numbered (with the next number
shown as the pattern is typed), payment terms and details, receipts when the day closes, and
superbills, whose fields appear only once they are turned on.

Read on the database worker when the dialog opens; `wanted()` is saved with the dialog's Save
(`services.money_papers.paper_settings.update_paper_settings`), and a refusal is shown here,
beside its field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from models.enums import InvoiceKind, Modality
from services.errors import InvalidValue, StillroomError
from services.money_papers.invoice_numbers import check_pattern, number_text
from services.money_papers.paper_settings import (
    PaperSettings,
    ServiceCodeSetting,
    next_sequences,
    read_paper_settings,
)
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, HINT_STYLE, FieldErrors, Form, note_label, refit
from ui.labels import modality_label
from ui.plain_text import plain_label
from ui.settings_fields import number_field, unit_row
from ui.settings_rows import check_box, hint_row, labelled_row, named_line, section_form, text_box
from ui.worker import DatabaseWorker


@dataclass(frozen=True)
class StoredPaperSettings:
    settings: PaperSettings
    next_numbers: dict[InvoiceKind, int]
    year: int


def read_stored_paper_settings(vault: Vault, year: int) -> StoredPaperSettings:
    return StoredPaperSettings(read_paper_settings(vault), next_sequences(vault, year), year)


class MoneyPapersPage(QWidget):
    """The Money papers section of Settings."""

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._year = date.today().year
        self._next = {kind: 1 for kind in InvoiceKind}
        self.errors = FieldErrors(note_label())
        self.errors.label(None).setObjectName("money_papers_error")
        column, form = section_form(self)
        self.invoice_pattern = self._pattern(form, self.tr("Invoice numbers"), "invoice_pattern")
        self.credit_note_pattern = self._pattern(form, self.tr("Credit note numbers"),
                                                 "credit_note_pattern")
        hint_row(form, self.tr("YYYY is the year; a run of # is the number, with that many "
                                 "digits. Numbers run on without gaps and start again each "
                                 "year."))
        self.payment_terms_days = number_field("payment_terms_days")
        self.payment_terms_days.setSpecialValueText(self.tr("Due on receipt"))
        self.payment_terms_days.valueChanged.connect(self._terms_suffix)
        self._terms_suffix(0)
        form.addRow(self.tr("Payment due within"), unit_row(self.payment_terms_days))
        self.errors.add_row(form, "payment_terms_days")
        self.payment_details = text_box("payment_details", 3)
        self.payment_details.setPlaceholderText(self.tr("Bank details, or how else to pay"))
        labelled_row(form, self.tr("How to pay"), self.payment_details)
        self.errors.add_row(form, "payment_details")
        hint_row(form, self.tr("Printed at the foot of every invoice."))
        self.receipts_at_close = check_box("receipts_at_close", self.tr(
            "Make a receipt for every payment when I close the day"))
        form.addRow("", self.receipts_at_close)
        self.superbills = check_box("superbills",
                                    self.tr("Superbills for clients who claim from an insurer"))
        self.superbills.toggled.connect(self._show_superbills)
        form.addRow("", self.superbills)
        self.superbill_fields = self._superbill_fields()
        form.addRow("", self.superbill_fields)

        column.addWidget(self.errors.label(None))
        column.addStretch()
        self._show_superbills(False)

    # Building -----------------------------------------------------------------------------

    def _line(self, name: str, accessible: str, limit: int) -> QLineEdit:
        line = named_line(name, limit)
        line.setAccessibleName(accessible)
        return line

    def _pattern(self, form: Form, caption: str, name: str) -> QLineEdit:
        """A pattern with the number it would print next beside it, as it is typed."""
        line = self._line(name, caption, 60)
        line.setMaximumWidth(line.fontMetrics().horizontalAdvance("M") * 16)
        example = plain_label()
        example.setObjectName(f"{name}_example")
        example.setStyleSheet(HINT_STYLE)
        line.textChanged.connect(lambda _text: self._show_example(line, example))
        form.addRow(caption, unit_row(line, example))
        self.errors.add_row(form, name)
        return line

    def _superbill_fields(self) -> QWidget:
        fields = QWidget()
        fields.setObjectName("superbill_fields")
        form = Form()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        self.licence = self._line("licence", self.tr("Licence or registration"), 100)
        form.addRow(self.tr("Licence or registration"), self.licence)
        self.errors.add_row(form, "licence")
        self.npi = self._line("npi", self.tr("NPI"), 20)
        self.npi.setPlaceholderText(self.tr("National Provider Identifier, 10 digits"))
        form.addRow(self.tr("NPI"), self.npi)
        self.errors.add_row(form, "npi")
        self.tax_id = self._line("tax_id", self.tr("Tax ID"), 40)
        form.addRow(self.tr("Tax ID"), self.tax_id)
        self.errors.add_row(form, "tax_id")
        codes = QGridLayout()
        codes.setHorizontalSpacing(8)
        codes.addWidget(plain_label(self.tr("Sessions")), 0, 0)
        codes.addWidget(plain_label(self.tr("Service code")), 0, 1)
        codes.addWidget(plain_label(self.tr("Place of service")), 0, 2)
        self.codes: dict[Modality, tuple[QLineEdit, QLineEdit]] = {}
        for row, modality in enumerate(Modality, start=1):
            name = modality_label(modality)
            code = self._line(f"code.{modality.value}", self.tr("Service code, {kind}").format(
                kind=name), 20)
            code.setPlaceholderText(self.tr("such as 90834"))
            place = self._line(f"place.{modality.value}", self.tr("Place of service, {kind}")
                               .format(kind=name), 4)
            place.setPlaceholderText("11" if modality == Modality.IN_PERSON else "10")
            place.setMaximumWidth(place.fontMetrics().horizontalAdvance("0") * 6 + 16)
            codes.addWidget(plain_label(name), row, 0)
            codes.addWidget(code, row, 1)
            codes.addWidget(place, row, 2)
            self.codes[modality] = (code, place)
        codes.setColumnStretch(3, 1)
        holder = QWidget()
        holder.setLayout(codes)
        codes.setContentsMargins(0, 0, 0, 0)
        form.addRow("", holder)
        for modality in Modality:
            for part in ("code", "place"):
                self.errors.add_row(form, f"{part}.{modality.value}")
        hint_row(form, self.tr("Chiefly for practices in the United States. Only what you fill "
                               "in is printed; a client's diagnosis codes are set in their "
                               "details."))
        fields.setLayout(form)
        return fields

    # Reading and saving -------------------------------------------------------------------

    def load(self) -> None:
        vault, year = self._vault, self._year
        self._worker.run(lambda: read_stored_paper_settings(vault, year), self.fill,
                         self.show_error)

    def fill(self, stored: StoredPaperSettings) -> None:
        s = stored.settings
        self._year, self._next = stored.year, stored.next_numbers
        self.invoice_pattern.setText(s.invoice_pattern)
        self.credit_note_pattern.setText(s.credit_note_pattern)
        self.payment_terms_days.setValue(s.payment_terms_days)
        self.payment_details.setPlainText(s.payment_details)
        self.receipts_at_close.setChecked(s.receipts_at_close)
        self.licence.setText(s.licence)
        self.npi.setText(s.npi)
        self.tax_id.setText(s.tax_id)
        for modality, (code, place) in self.codes.items():
            kept = s.service_code(modality)
            code.setText(kept.code)
            place.setText(kept.place)
        self.superbills.setChecked(s.superbills)
        self._show_superbills(s.superbills)

    def wanted(self) -> PaperSettings:
        return PaperSettings(
            invoice_pattern=self.invoice_pattern.text(),
            credit_note_pattern=self.credit_note_pattern.text(),
            payment_terms_days=self.payment_terms_days.value(),
            payment_details=self.payment_details.toPlainText(),
            receipts_at_close=self.receipts_at_close.isChecked(),
            superbills=self.superbills.isChecked(),
            licence=self.licence.text(), npi=self.npi.text(), tax_id=self.tax_id.text(),
            service_codes=tuple(ServiceCodeSetting(modality, code.text(), place.text())
                                for modality, (code, place) in self.codes.items()))

    def show_error(self, error: StillroomError) -> None:
        """The message beside its field (the superbill fields shown when it is one of them)."""
        self.errors.clear()
        field = error.field or ""
        if field and field not in ("invoice_pattern", "credit_note_pattern",
                                   "payment_terms_days", "payment_details"):
            self.superbills.setChecked(True)
        self.errors.show_error(error)
        widget = self.findChild(QWidget, field) if field else None
        if widget is not None:
            widget.setFocus()

    # Showing ------------------------------------------------------------------------------

    def _show_example(self, line: QLineEdit, example: QLabel) -> None:
        kind = (InvoiceKind.INVOICE if line is self.invoice_pattern
                else InvoiceKind.CREDIT_NOTE)
        try:
            pattern = check_pattern(line.text(), line.objectName())
        except InvalidValue:
            text, style = self.tr("Needs YYYY and a run of #"), ERROR_STYLE
        else:
            text = self.tr("Next: {number}").format(
                number=number_text(pattern, self._year, self._next[kind]))
            style = HINT_STYLE
        example.setStyleSheet(style)
        example.setText(text)

    def _show_superbills(self, on: bool) -> None:
        self.superbill_fields.setVisible(on)
        refit(self.superbill_fields)

    def _terms_suffix(self, days: int) -> None:
        self.payment_terms_days.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))

