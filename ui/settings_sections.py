"""The settings dialog's sections: every field of the practice's settings, filled from the vault
and read back as the PracticeSettings to save. The dialog (ui/settings_dialog.py) reads and
saves them on the database worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.enums import Envelope, Language, LedgerKind, PaperSize
from services.errors import InvalidValue, StillroomError
from services.money.amounts import MINOR_DIGITS
from services.practice.practice_settings import PracticeSettings
from services.vault.keychain import NO_KEYCHAIN
from ui.client_labels import ledger_kind_label
from ui.currencies import FIRST_CURRENCIES, currency_name
from ui.forms import HINT_STYLE, FieldErrors, Form, note_label, refit
from ui.labels import envelope_label, language_name, paper_size_label
from ui.plain_text import plain_label
from ui.settings_fields import FeeField, MoneyField, WorkDays, number_field, unit_row
from ui.settings_rows import check_box, hint_row, labelled_row, named_line, section_form, text_box
from ui.zone_choice import ZoneChoice

TEXT_LINES = 4  # rows shown by the address and letterhead boxes


@dataclass(frozen=True)
class StoredSettings:
    """What the dialog opens with: the settings, and how the key is kept on this computer."""

    settings: PracticeSettings
    remembered: bool
    keychain_usable: bool


def days_suffix(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("SettingsDialog", " day")
    return QCoreApplication.translate("SettingsDialog", " days")


def weeks_suffix(weeks: int) -> str:
    if weeks == 1:
        return QCoreApplication.translate("SettingsDialog", " week")
    return QCoreApplication.translate("SettingsDialog", " weeks")


class SettingsSections(QWidget):
    """The settings in sections, chosen from a list on the left; the pages keep one size.

    Messages go to `errors`, under their field; `show_problem` opens the section that holds it.
    """

    PRACTICE, LANGUAGE, HOURS, FEES, REACHING_OUT, SECURITY = range(6)

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._section_of: dict[str, int] = {}
        self._widget_of: dict[str, QWidget] = {}
        self._reminders_on = False
        self.list = QListWidget()
        self.list.setObjectName("sections")
        self.list.setAccessibleName(self.tr("Settings sections"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 10px; }")
        self.stack = QStackedWidget()
        for title, build in (
            (self.tr("Practice"), self._practice_page),
            (self.tr("Language and money"), self._language_page),
            (self.tr("Working hours"), self._hours_page),
            (self.tr("Fees"), self._fees_page),
            (self.tr("Reaching out"), self._reaching_out_page),
            (self.tr("Security"), self._security_page),
        ):
            self.add_section(title, build())
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)

    def add_section(self, title: str, page: QWidget) -> int:
        """A section at the end, under its heading; returns its index."""
        heading = plain_label(title)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout = page.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(0, heading)
            layout.insertSpacing(1, 8)
        self.list.addItem(title)
        self.stack.addWidget(page)
        self.list.setFixedWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 4)
        self.list.setMinimumHeight(self.list.sizeHintForRow(0) * self.list.count()
                                   + 2 * self.list.frameWidth())
        return self.stack.count() - 1

    def currentIndex(self) -> int:  # named as in QTabWidget
        return self.stack.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def _page(self) -> tuple[QWidget, QVBoxLayout, Form]:
        page = QWidget()
        layout, form = section_form(page)
        return page, layout, form

    def _row(self, form: Form, section: int, label: str, field: QWidget, setting: str = "",
             focus: QWidget | None = None, row: QWidget | None = None) -> None:
        """A labelled field; when `setting` is given, its message row under it."""
        labelled_row(form, label, field, focus, row)
        if setting:
            self._errors.add_row(form, setting)  # its label is named f"{setting}_error"
            self._section_of[setting] = section
            self._widget_of[setting] = focus or field

    def _practice_page(self) -> QWidget:
        page, layout, form = self._page()
        section = self.PRACTICE
        self.practice_name = named_line("practice_name")
        self._row(form, section, self.tr("Practice name"), self.practice_name, "practice_name")
        self.therapist_name = named_line("therapist_name")
        self._row(form, section, self.tr("Your name"), self.therapist_name, "therapist_name")
        self.credentials = named_line("credentials")
        self.credentials.setPlaceholderText(self.tr("Qualifications and registration"))
        self._row(form, section, self.tr("Credentials"), self.credentials, "credentials")
        self.address = text_box("address", TEXT_LINES)
        self._row(form, section, self.tr("Address"), self.address, "address")
        self.phone = named_line("phone")
        self._row(form, section, self.tr("Phone"), self.phone, "phone")
        self.email = named_line("email")
        self._row(form, section, self.tr("Email"), self.email, "email")
        self.letterhead = text_box("letterhead", TEXT_LINES)
        self._row(form, section, self.tr("Letterhead"), self.letterhead, "letterhead")
        hint_row(form, self.tr("Printed at the top of every letter, under the practice name."))
        layout.addStretch()
        return page

    def _language_page(self) -> QWidget:
        page, layout, form = self._page()
        section = self.LANGUAGE
        self.language = QComboBox()
        self.language.setObjectName("language")
        for language in Language:
            self.language.addItem(language_name(language), language.value)
        self._row(form, section, self.tr("Language"), self.language, "language",
                  row=unit_row(self.language))
        hint_row(form, self.tr("A new language applies when Stillroom next starts."))
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        codes = list(FIRST_CURRENCIES) + sorted(set(MINOR_DIGITS) - set(FIRST_CURRENCIES))
        for code in codes:
            self.currency.addItem(self.tr("{code} — {name}").format(
                code=code, name=currency_name(code)), code)
        self.currency.currentIndexChanged.connect(self._currency_changed)
        self._row(form, section, self.tr("Currency"), self.currency, "currency",
                  row=unit_row(self.currency))
        hint_row(form, self.tr("Fees already in the ledger keep the amounts they were "
                                 "recorded with."))
        self.paper_size = QComboBox()
        self.paper_size.setObjectName("paper_size")
        for size in (PaperSize.A4, PaperSize.LETTER):
            self.paper_size.addItem(paper_size_label(size), size.value)
        self._row(form, section, self.tr("Paper size"), self.paper_size, "paper_size",
                  row=unit_row(self.paper_size))
        self.envelope = QComboBox()
        self.envelope.setObjectName("envelope")
        for envelope in (Envelope.DL, Envelope.US10):
            self.envelope.addItem(envelope_label(envelope), envelope.value)
        self._row(form, section, self.tr("Envelope"), self.envelope, "envelope",
                  row=unit_row(self.envelope))
        self.timezone = ZoneChoice()
        self._row(form, section, self.tr("Time zone"), self.timezone, "timezone",
                  row=unit_row(self.timezone))
        hint_row(form, self.tr("Type part of a city's name to find it. Every session keeps "
                                 "its moment when the zone changes; only the clock times shown "
                                 "move (in winter, a 10:00 session in London shows at "
                                 "13:00 in Moscow)."))
        layout.addStretch()
        return page

    def _hours_page(self) -> QWidget:
        page, layout, form = self._page()
        section = self.HOURS
        self.work_starts = QTimeEdit()
        self.work_starts.setObjectName("work_starts")
        self._row(form, section, self.tr("Day starts at"), self.work_starts, "work_starts",
                  row=unit_row(self.work_starts))
        self.work_ends = QTimeEdit()
        self.work_ends.setObjectName("work_ends")
        self._row(form, section, self.tr("Day ends at"), self.work_ends, "work_ends",
                  row=unit_row(self.work_ends))
        self.work_days = WorkDays()
        self._row(form, section, self.tr("Working days"), self.work_days, "work_days",
                  focus=self.work_days.boxes[0], row=self.work_days)
        hint_row(form, self.tr("The calendar shades the hours outside these."))
        layout.addStretch()
        return page

    def _fees_page(self) -> QWidget:
        page, layout, form = self._page()
        section = self.FEES
        self.session_fee = MoneyField("session_fee")
        self._row(form, section, self.tr("Session fee"), self.session_fee, "session_fee",
                  focus=self.session_fee.edit)
        self.session_minutes = number_field("session_minutes", self.tr(" min"))
        self._row(form, section, self.tr("Session length"), self.session_minutes, "session_minutes",
                  row=unit_row(self.session_minutes))
        hint_row(form, self.tr("New sessions take this length and fee; a client's own fee, "
                                 "when set, comes first."))
        self.cancel_window_hours = number_field("cancel_window_hours", self.tr(" h"))
        self._row(form, section, self.tr("Notice needed to cancel"), self.cancel_window_hours,
                  "cancel_window_hours", row=unit_row(self.cancel_window_hours))
        hint_row(form, self.tr("A cancellation with less notice than this is a late "
                                 "cancellation. 24 hours is usual; 12 and 48 are common too."))
        self.late_cancel_fee = FeeField("late_cancel_fee_rule", "late_cancel_fee_value")
        self.no_show_fee = FeeField("no_show_fee_rule", "no_show_fee_value")
        for label, fee in ((ledger_kind_label(LedgerKind.LATE_CANCEL_FEE), self.late_cancel_fee),
                           (ledger_kind_label(LedgerKind.NO_SHOW_FEE), self.no_show_fee)):
            self._row(form, section, label, fee, fee.setting, focus=fee.rule, row=fee)
            fee.set_accessible_name(label)
            fee.rule.currentIndexChanged.connect(self._fee_rule_changed)
        self.first_missed_forgiven = check_box("first_missed_forgiven", self.tr(
            "A client's first missed session is forgiven"))
        form.addRow("", self.first_missed_forgiven)
        hint_row(form, self.tr("The fee is still proposed each time; you can change or waive "
                                 "it then."))
        layout.addStretch()
        return page

    def _days_field(self, name: str) -> QSpinBox:
        spin = number_field(name)
        spin.valueChanged.connect(lambda days: spin.setSuffix(days_suffix(days)))
        spin.setSuffix(days_suffix(spin.value()))
        return spin

    def _reaching_out_page(self) -> QWidget:
        page, layout, form = self._page()
        section = self.REACHING_OUT
        self.late_call_minutes = number_field("late_call_minutes", self.tr(" min"))
        self._row(form, section, self.tr("Call a late client after"), self.late_call_minutes,
                  "late_call_minutes", row=unit_row(self.late_call_minutes))
        self.follow_up_days = self._days_field("follow_up_days")
        self._row(form, section, self.tr("Call when nothing is booked for"), self.follow_up_days,
                  "follow_up_days", row=unit_row(self.follow_up_days))
        hint_row(form, self.tr("Counted from a client's last session when no next one is "
                                 "booked."))
        self.silence_days = self._days_field("silence_days")
        self._row(form, section, self.tr("Check in after a silence of"), self.silence_days,
                  "silence_days", row=unit_row(self.silence_days))
        self.waiting_room_gap_minutes = number_field("waiting_room_gap_minutes", self.tr(" min"))
        self._row(form, section, self.tr("Waiting-room gap"), self.waiting_room_gap_minutes,
                  "waiting_room_gap_minutes", row=unit_row(self.waiting_room_gap_minutes))
        hint_row(form, self.tr("Two clients who know each other are not booked closer "
                                 "together than this, so that they do not meet."))
        self.call_attempts = number_field("call_attempts")
        self._row(form, section, self.tr("Unanswered calls before a closing letter"),
                  self.call_attempts, "call_attempts", row=unit_row(self.call_attempts))
        self.scheduling_weeks = number_field("scheduling_weeks")
        self.scheduling_weeks.valueChanged.connect(
            lambda weeks: self.scheduling_weeks.setSuffix(weeks_suffix(weeks)))
        self._row(form, section, self.tr("Look for booking mistakes in the next"),
                  self.scheduling_weeks, "scheduling_weeks", row=unit_row(self.scheduling_weeks))
        layout.addStretch()
        return page

    def _security_page(self) -> QWidget:
        page, layout, form = self._page()
        section = self.SECURITY
        self.idle_lock_minutes = number_field("idle_lock_minutes", self.tr(" min"))
        self._row(form, section, self.tr("Lock when idle for"), self.idle_lock_minutes,
                  "idle_lock_minutes", row=unit_row(self.idle_lock_minutes))
        hint_row(form, self.tr("When Stillroom locks, every client detail is hidden until you "
                                 "type your passphrase. Anything you were typing is kept."))
        self.remember = check_box("remember", self.tr("Remember on this computer"))
        self._row(form, section, "", self.remember, "remember")
        self.remember_note = note_label()
        self.remember_note.setObjectName("remember_note")
        self.remember_note.setStyleSheet(HINT_STYLE)
        form.addRow("", self.remember_note)
        layout.addStretch()
        return page

    def fill(self, stored: StoredSettings) -> None:
        """Show the settings as stored."""
        s = stored.settings
        self.practice_name.setText(s.practice_name)
        self.therapist_name.setText(s.therapist_name)
        self.credentials.setText(s.credentials)
        self.address.setPlainText(s.address)
        self.phone.setText(s.phone)
        self.email.setText(s.email)
        self.letterhead.setPlainText(s.letterhead)
        self.language.setCurrentIndex(max(0, self.language.findData(str(s.language))))
        currency = self.currency.findData(s.currency)
        if currency < 0:  # a currency this window has no name for: keep it as it is
            self.currency.addItem(s.currency, s.currency)
            currency = self.currency.count() - 1
        self.currency.setCurrentIndex(currency)
        self._currency_changed()
        self.paper_size.setCurrentIndex(max(0, self.paper_size.findData(str(s.paper_size))))
        self.envelope.setCurrentIndex(max(0, self.envelope.findData(str(s.envelope))))
        self.timezone.set_zone(s.timezone)
        self.work_starts.setTime(QTime(s.work_starts.hour, s.work_starts.minute))
        self.work_ends.setTime(QTime(s.work_ends.hour, s.work_ends.minute))
        self.work_days.set_days(s.work_days)
        self.session_minutes.setValue(s.session_minutes)
        self.session_fee.set_minor(s.session_fee)
        self.cancel_window_hours.setValue(s.cancel_window_hours)
        self.late_cancel_fee.set_fee(s.late_cancel_fee_rule, s.late_cancel_fee_value)
        self.no_show_fee.set_fee(s.no_show_fee_rule, s.no_show_fee_value)
        self.first_missed_forgiven.setChecked(s.first_missed_forgiven)
        self.late_call_minutes.setValue(s.late_call_minutes)
        self.follow_up_days.setValue(s.follow_up_days)
        self.silence_days.setValue(s.silence_days)
        self.waiting_room_gap_minutes.setValue(s.waiting_room_gap_minutes)
        self.call_attempts.setValue(s.call_attempts)
        self.scheduling_weeks.setValue(s.scheduling_weeks)
        self._reminders_on = s.reminders  # shown and chosen on the Reminders page
        self.idle_lock_minutes.setValue(s.idle_lock_minutes)
        self.remember.setChecked(stored.remembered)
        # Forgetting needs no keychain, so a remembered key can always be forgotten.
        self.remember.setEnabled(stored.keychain_usable or stored.remembered)
        if stored.keychain_usable:
            self.remember_note.setText(self.tr(
                "When ticked, Stillroom opens without asking for your passphrase, for anyone "
                "who can sign in to your account on this computer. The idle lock still asks "
                "for it."))
        else:
            self.remember_note.setText(QCoreApplication.translate("StillroomError", NO_KEYCHAIN))

    def wanted(self) -> tuple[PracticeSettings | None, list[InvalidValue]]:
        """The settings as the form has them, or the amounts that cannot be read."""
        problems: list[InvalidValue] = []

        def amount(read: Callable[[], int]) -> int:
            try:
                return read()
            except InvalidValue as error:
                problems.append(error)
                return 0

        session_fee = amount(self.session_fee.minor)
        late_cancel_value = amount(self.late_cancel_fee.value)
        no_show_value = amount(self.no_show_fee.value)
        if problems:
            return None, problems

        def clock(edit: QTimeEdit) -> time:
            value = edit.time()
            return time(value.hour(), value.minute())

        wanted = PracticeSettings(
            practice_name=self.practice_name.text(),
            therapist_name=self.therapist_name.text(),
            credentials=self.credentials.text(),
            address=self.address.toPlainText(),
            phone=self.phone.text(),
            email=self.email.text(),
            letterhead=self.letterhead.toPlainText(),
            language=Language(self.language.currentData()),
            currency=str(self.currency.currentData()),
            timezone=self.timezone.zone(),
            paper_size=PaperSize(self.paper_size.currentData()),
            envelope=Envelope(self.envelope.currentData()),
            work_starts=clock(self.work_starts),
            work_ends=clock(self.work_ends),
            work_days=self.work_days.days(),
            session_minutes=self.session_minutes.value(),
            session_fee=session_fee,
            cancel_window_hours=self.cancel_window_hours.value(),
            late_cancel_fee_rule=self.late_cancel_fee.current_rule(),
            late_cancel_fee_value=late_cancel_value,
            no_show_fee_rule=self.no_show_fee.current_rule(),
            no_show_fee_value=no_show_value,
            first_missed_forgiven=self.first_missed_forgiven.isChecked(),
            late_call_minutes=self.late_call_minutes.value(),
            follow_up_days=self.follow_up_days.value(),
            silence_days=self.silence_days.value(),
            waiting_room_gap_minutes=self.waiting_room_gap_minutes.value(),
            call_attempts=self.call_attempts.value(),
            scheduling_weeks=self.scheduling_weeks.value(),
            reminders=self._reminders_on,
            idle_lock_minutes=self.idle_lock_minutes.value(),
        )
        return wanted, []

    def show_problem(self, error: StillroomError) -> None:
        """The message beside its field, in its section, with the field ready to correct."""
        self._errors.show_error(error)
        if error.field in self._section_of:
            self.setCurrentIndex(self._section_of[error.field])
            widget = self._widget_of[error.field]
            if error.field in ("late_cancel_fee_value", "no_show_fee_value"):
                fee = self.late_cancel_fee if error.field.startswith("late") else self.no_show_fee
                widget = fee.value_widget()
            widget.setFocus()
            if isinstance(widget, QLineEdit | QSpinBox):
                widget.selectAll()

    def _currency_changed(self) -> None:
        currency = str(self.currency.currentData())
        for field in (self.session_fee, self.late_cancel_fee, self.no_show_fee):
            field.set_currency(currency)

    def _fee_rule_changed(self) -> None:
        refit(self.late_cancel_fee)

