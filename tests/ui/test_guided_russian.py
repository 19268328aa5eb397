"""Every guided dialog reads in Russian: its title, each step's heading, its buttons."""

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from services.calendar.appointments import book, find_entry
from services.clients.client_records import ClientDraft, create_client
from services.vault.practice_vault import Vault
from ui.guided.cancellation import CancellationDialog
from ui.guided.late import LateDialog
from ui.guided.missed_by_me import MissedByMeDialog
from ui.guided.no_show import NoShowDialog
from ui.guided.repair import RepairDialog
from ui.guided.wizard import SKIP, GuidedDialog
from ui.i18n import install_language
from ui.worker import DatabaseWorker

CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
NOW = datetime(2026, 6, 16, 9, 20, tzinfo=UTC)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


@pytest.mark.parametrize("dialog_class", [NoShowDialog, MissedByMeDialog, CancellationDialog,
                                          RepairDialog, LateDialog])
def test_the_dialog_and_every_step_read_in_russian(
    qtbot: QtBot, russian: None, vault: Vault, worker: DatabaseWorker,
    dialog_class: type[GuidedDialog],
) -> None:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    (session_id,) = book(vault, client, NOW - timedelta(minutes=20))
    dialog = dialog_class(vault, worker, find_entry(vault, session_id), NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    assert CYRILLIC.search(dialog.windowTitle()), dialog.windowTitle()
    titles = [dialog.page(page_id).title() for page_id in dialog.pageIds()]
    assert titles and all(CYRILLIC.search(title) for title in titles), titles
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton, SKIP):
        button = dialog.button(which)
        assert button is not None and CYRILLIC.search(button.text()), button.text()
    dialog.reject()
