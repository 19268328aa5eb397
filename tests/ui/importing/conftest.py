"""The import wizard, open on its first page."""

import pytest
from pytestqt.qtbot import QtBot

from services.vault.practice_vault import Vault
from tests.ui.importing.wizard_steps import opened
from ui.importing.import_wizard import ImportWizard
from ui.worker import DatabaseWorker


@pytest.fixture
def wizard(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> ImportWizard:
    return opened(qtbot, vault, worker)
