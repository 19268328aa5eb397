"""Opening the import wizard and pressing its buttons, as the therapist would."""

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from services.vault.practice_vault import Vault
from tests.ui.importing.calendar_practice import NOW
from ui.importing.import_wizard import ImportWizard
from ui.worker import DatabaseWorker


def opened(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> ImportWizard:
    """The wizard shown at 1280x800, its clock at the calendar practice's NOW."""
    shown = ImportWizard(vault, worker, now=lambda: NOW)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    return shown


def press(wizard: ImportWizard, button: QWizard.WizardButton) -> None:
    assert wizard.button(button).isEnabled(), button
    wizard.button(button).click()
