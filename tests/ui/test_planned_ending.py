"""A client ending on a day a letter named: shown so in the panel, and called off from there
when they get in touch (undone like any action)."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from services.clients.client_records import ClientDraft, create_client, read_client
from services.clients.ending import end_client
from services.undo import undo
from services.vault.practice_vault import Vault
from tests.ui.test_client_panel import british_english, make_panel  # noqa: F401 (fixture)
from ui.worker import DatabaseWorker

NOW = datetime(2030, 5, 6, 9, tzinfo=UTC)


def test_the_panel_shows_the_planned_ending_and_calls_it_off(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client = create_client(vault, ClientDraft(full_name="Jack Carter"))
    end_client(vault, client, NOW.date() + timedelta(days=14), now=NOW)
    panel = make_panel(qtbot, vault, worker, client)
    assert panel.status_label.text() == "Ending on 20 May"
    assert panel.keep_button.isVisible() and panel.keep_button.text() == "Call off the ending"

    with qtbot.waitSignal(panel.client_changed):
        qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert read_client(vault, client).ending_on is None
    assert not panel.keep_button.isVisible()
    assert "Ending on" not in panel.status_label.text()
    done = vault.history.next_undo()
    assert done is not None and done.client_name == "Jack Carter"
    undo(vault)
    assert read_client(vault, client).ending_on == NOW.date() + timedelta(days=14)
