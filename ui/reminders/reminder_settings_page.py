"""Settings, Reminders: on or off, how many minutes before a session, full names or initials,
and the day's agenda when the working day starts. Saved with the dialog's Save."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from services.errors import StillroomError
from services.reminders.reminder_settings import ReminderSettings, read_reminder_settings
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, note_label
from ui.settings_fields import number_field, unit_row
from ui.settings_rows import check_box, hint_row, section_form
from ui.worker import DatabaseWorker, readable

REMINDER_FIELDS = frozenset({"reminder_minutes"})


class ReminderSettingsPage(QWidget):
    """The Reminders section of Settings; `wanted()` is saved with the dialog's Save."""

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self.on = check_box("reminders", self.tr("Remind me before each session"))
        self.minutes = number_field("reminder_minutes", self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Remind me this long before"))
        self.full_names = check_box("reminder_full_names", self.tr("Show clients' full names"))
        self.agenda = check_box("agenda_at_start",
                                self.tr("Show the day's agenda when the working day starts"))
        self.error = note_label()
        self.error.setObjectName("reminder_settings_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.on.toggled.connect(self._enable)

        column, form = section_form(self)
        form.addRow("", self.on)
        form.addRow(self.tr("Remind me this long before"), unit_row(self.minutes))
        form.addRow("", self.error)
        form.addRow("", self.full_names)
        hint_row(form, self.tr(
            "Otherwise a reminder shows initials, such as “A. L.”: your screen may be shared "
            "in a video session. While Stillroom is locked a reminder says only that a "
            "session is about to start."))
        form.addRow("", self.agenda)
        hint_row(form, self.tr(
            "Reminders come while Stillroom is open, locked or not: through the system tray "
            "or your desktop's notifications, or else at the top of the window."))
        column.addStretch()
        self.fill(ReminderSettings())

    def load(self) -> None:
        vault = self._vault
        self._worker.run(lambda: read_reminder_settings(vault), self.fill, self.show_error)

    def fill(self, settings: ReminderSettings) -> None:
        self.on.setChecked(settings.on)
        self.minutes.setValue(settings.minutes_before)
        self.full_names.setChecked(settings.full_names)
        self.agenda.setChecked(settings.agenda_at_start)
        self._enable()

    def wanted(self) -> ReminderSettings:
        return ReminderSettings(self.on.isChecked(), self.minutes.value(),
                                self.full_names.isChecked(), self.agenda.isChecked())

    def show_error(self, error: StillroomError) -> None:
        self.error.setText(readable(error))
        self.error.show()
        if error.field in REMINDER_FIELDS:
            self.minutes.setFocus()
            self.minutes.selectAll()

    def _enable(self) -> None:
        on = self.on.isChecked()
        for widget in (self.minutes, self.full_names, self.agenda):
            widget.setEnabled(on)
