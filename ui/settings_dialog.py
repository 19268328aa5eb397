"""The practice's settings: details and letterhead, language and money, hours, fees, reaching
out to clients, security (the idle lock and the remembered key), notes (the format a
new note starts in, the days a note may stay unsigned, the practice's own formats:
ui/notes/note_settings_page.py), money papers (numbering, payment terms, receipts at close,
superbills: ui/money_papers/settings_page.py) and reminders
(ui/reminders/reminder_settings_page.py).

Everything is read and written on the database worker. Save hands the whole choice to
`services.practice.settings_change.save_settings`, which checks every value first: a value the
vault will not take is shown beside its field, in its section, and nothing is written, in the
database or in the keychain. The note settings are saved first, with
`services.notes.note_formats.update_note_settings`, then the money papers' with
`services.money_papers.paper_settings.update_paper_settings` and the reminders', in the same
job, all of them checked before the first is written. The fields themselves are
in ui/settings_sections.py.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressBar, QPushButton, QWidget

from services.errors import StillroomError
from services.money_papers.paper_settings import (
    PAPER_FIELDS,
    PaperSettings,
    checked_paper_settings,
    update_paper_settings,
)
from services.notes.note_formats import NoteSettings, update_note_settings
from services.practice.practice_settings import PracticeSettings, checked_settings, read_settings
from services.practice.settings_change import SettingsChange, save_settings
from services.reminders.reminder_settings import (
    ReminderSettings,
    check_reminder_settings,
    update_reminder_settings,
)
from services.vault.keychain import usable_keychain
from services.vault.practice_vault import Vault, is_remembered
from ui.forms import FieldErrors, dialog_layout, note_label, refit
from ui.money_papers.settings_page import MoneyPapersPage
from ui.notes.note_settings_page import NOTE_FIELDS, NoteSettingsPage
from ui.plain_text import plain_label
from ui.reminders.reminder_settings_page import REMINDER_FIELDS, ReminderSettingsPage
from ui.settings_sections import SettingsSections, StoredSettings
from ui.typed_text import main_button, may_close
from ui.worker import DatabaseWorker


def read_stored_settings(vault: Vault) -> StoredSettings:
    return StoredSettings(read_settings(vault), is_remembered(vault.paths.folder),
                          usable_keychain() is not None)


def _save_all(vault: Vault, notes: NoteSettings, papers: PaperSettings,
              change: SettingsChange, reminders: ReminderSettings) -> PracticeSettings:
    checked_paper_settings(papers)  # a bad value is refused before anything is written
    checked_settings(change.settings)
    check_reminder_settings(reminders)
    update_note_settings(vault, notes)
    update_paper_settings(vault, papers)
    saved = save_settings(vault, change)
    update_reminder_settings(vault, reminders)
    return saved


class SettingsDialog(QDialog):
    """Change the practice's settings; `saved` carries the new PracticeSettings on Save."""

    saved = Signal(object)
    PRACTICE, LANGUAGE, HOURS, FEES, REACHING_OUT, SECURITY = (
        SettingsSections.PRACTICE, SettingsSections.LANGUAGE, SettingsSections.HOURS,
        SettingsSections.FEES, SettingsSections.REACHING_OUT, SettingsSections.SECURITY)

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._worker = worker
        self._busy = False
        self._stored: StoredSettings | None = None
        self.setWindowTitle(self.tr("Stillroom — Settings"))
        self.errors = FieldErrors(plain_label())
        self.sections = SettingsSections(self.errors)
        self.money_papers = MoneyPapersPage(vault, worker)
        self.money_papers_section = self.sections.add_section(self.tr("Money papers"),
                                                              self.money_papers)
        self.reminders = ReminderSettingsPage(vault, worker)
        self.reminders_section = self.sections.add_section(self.tr("Reminders"), self.reminders)
        self.notes = NoteSettingsPage(vault, worker)
        self.notes_section = self.sections.add_section(self.tr("Notes"), self.notes)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(120, 8)
        self.busy.hide()
        self.busy_note = note_label()
        self.busy_note.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        main_button(self.save_button, self.cancel_button)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_note, 1)
        buttons.addWidget(self.busy)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = dialog_layout(self)
        layout.addWidget(self.sections)
        layout.addSpacing(6)
        layout.addWidget(self.errors.label(None))
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self._load()

    # Reading -----------------------------------------------------------------------------

    def _load(self) -> None:
        self._set_busy(True, self.tr("Reading your settings…"))
        vault = self._vault
        self._worker.run(lambda: read_stored_settings(vault), self._show, self._not_read)
        self.notes.load()
        self.money_papers.load()
        self.reminders.load()

    def _show(self, stored: StoredSettings) -> None:
        self._stored = stored
        self.sections.fill(stored)
        self._set_busy(False)
        refit(self.sections.remember_note)
        self.sections.practice_name.setFocus()

    def _not_read(self, error: StillroomError) -> None:
        self._set_busy(False)
        self.save_button.setEnabled(False)
        self.sections.setEnabled(False)
        self.errors.show_error(error)

    # Saving ------------------------------------------------------------------------------

    def _save(self) -> None:
        if self._busy or self._stored is None:
            return
        self.errors.clear()
        wanted, problems = self.sections.wanted()
        if wanted is None:
            for problem in reversed(problems):  # the first one ends up in view, with focus
                self.sections.show_problem(problem)
            return
        remember = self.sections.remember.isChecked()
        reminders = self.reminders.wanted()
        change = SettingsChange(replace(wanted, reminders=reminders.on),
                                remember if remember != self._stored.remembered else None)
        vault, notes, papers = self._vault, self.notes.wanted(), self.money_papers.wanted()
        self._set_busy(True, self.tr("Saving…"))
        self._worker.run(lambda: _save_all(vault, notes, papers, change, reminders), self._saved,
                         self._not_saved)

    def _saved(self, settings: PracticeSettings) -> None:
        self._set_busy(False)
        if self._stored is not None:
            self._stored = StoredSettings(settings, self.sections.remember.isChecked(),
                                          self._stored.keychain_usable)
        self.saved.emit(settings)
        self.accept()

    def _not_saved(self, error: StillroomError) -> None:
        self._set_busy(False)
        if error.field in NOTE_FIELDS:
            self.notes.show_error(error)
            self.sections.setCurrentIndex(self.notes_section)
        elif error.field in PAPER_FIELDS:
            self.sections.setCurrentIndex(self.money_papers_section)
            self.money_papers.show_error(error)
        elif error.field in REMINDER_FIELDS:
            self.sections.setCurrentIndex(self.reminders_section)
            self.reminders.show_error(error)
        else:
            self.sections.show_problem(error)

    # Shared ------------------------------------------------------------------------------

    def _set_busy(self, busy: bool, note: str = "") -> None:
        self._busy = busy
        self.sections.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_note.setText(note)
        self.busy_note.setVisible(busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        refit(self.sections)

    def reject(self) -> None:
        if not self._busy and may_close(self):
            super().reject()
