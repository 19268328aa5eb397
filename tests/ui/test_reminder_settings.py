"""Settings, Reminders: off in a new practice, turned on with the minutes before, full names
and the agenda, saved with the rest; minutes out of range said on the page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from services.practice.practice_settings import read_settings
from services.reminders.reminder_settings import (
    ReminderSettings,
    read_reminder_settings,
    update_reminder_settings,
)
from services.vault.practice_vault import Vault
from ui.settings_dialog import SettingsDialog
from ui.worker import DatabaseWorker

LEFT = Qt.MouseButton.LeftButton


def opened(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> SettingsDialog:
    dialog = SettingsDialog(vault, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sections.setCurrentIndex(dialog.reminders_section)
    return dialog


def test_reminders_are_off_and_turned_on_with_their_settings(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    page = dialog.reminders
    assert dialog.sections.list.item(dialog.reminders_section).text() == "Reminders"
    assert not page.on.isChecked() and not page.minutes.isEnabled()
    assert page.minutes.value() == 10 and page.minutes.suffix() == " min"
    assert not page.full_names.isChecked() and page.agenda.isChecked()
    qtbot.mouseClick(page.on, LEFT)
    assert page.minutes.isEnabled()
    page.minutes.setValue(15)
    page.full_names.click()
    page.agenda.click()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    assert read_reminder_settings(vault) == ReminderSettings(True, 15, True, False)
    assert read_settings(vault).reminders


def test_the_page_shows_what_is_stored(qtbot: QtBot, vault: Vault,
                                       worker: DatabaseWorker) -> None:
    update_reminder_settings(vault, ReminderSettings(True, 30, False, True))
    dialog = opened(qtbot, vault, worker)
    assert dialog.reminders.on.isChecked() and dialog.reminders.minutes.value() == 30


def test_minutes_out_of_range_are_said_on_the_page_and_nothing_is_saved(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    dialog.reminders.on.setChecked(True)
    dialog.reminders.minutes.setValue(500)
    dialog.reminders.full_names.setChecked(True)
    dialog.sections.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.sections.currentIndex() == dialog.reminders_section
    assert dialog.reminders.error.text() == "Please give a whole number from 1 to 120."
    assert read_reminder_settings(vault) == ReminderSettings()
    assert not read_settings(vault).reminders
