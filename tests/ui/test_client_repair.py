"""Repair a rupture, started from the client panel: on the client's latest session that took
place, with words for trust that was lost, and the chart entry shown once it is written."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.guided_steps import chart, next_step, press, skip
from ui.client_panel import ClientPanel
from ui.worker import DatabaseWorker

NOW = datetime(2030, 5, 6, 9, tzinfo=UTC)


def panel_of(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int) -> ClientPanel:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    panel.show_client(client_id)
    return panel


def test_repair_opens_on_the_latest_session_that_took_place_and_writes_to_the_chart(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Tom Hale", preferred_name="Tom"))
    (met,) = book(vault, client_id, NOW - timedelta(days=7))
    set_status(vault, met, AppointmentStatus.ATTENDED, now=NOW)
    (missed,) = book(vault, client_id, NOW - timedelta(days=1))
    set_status(vault, missed, AppointmentStatus.NO_SHOW, now=NOW)
    panel = panel_of(qtbot, vault, worker, client_id)
    button = panel.repair_button
    assert button.isVisible() and button.isEnabled() and button.text() == "Repair…"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible() and dialog.entry.id == met
    next_step(qtbot, dialog)
    titles = [dialog.permission.tabs.tabText(i) for i in range(dialog.permission.tabs.count())]
    assert "When trust was lost" in titles
    trust = dialog.permission.script_texts()[titles.index("When trust was lost")]
    assert "What would help you trust me again?" in trust
    skip(qtbot, dialog)  # the permission
    type_text(dialog.named.editor, "I was late and distracted, and it showed.")
    next_step(qtbot, dialog)
    skip(qtbot, dialog, 2)  # what would help, the plan
    with qtbot.waitSignal(panel.client_changed) as changed:
        press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    assert changed.args == [client_id]
    assert "— Repair" in chart(vault, client_id)
    assert "I was late and distracted, and it showed." in chart(vault, client_id)
    qtbot.waitUntil(lambda: "I was late and distracted" in panel.notes.editor.toPlainText(),
                    timeout=2000)


def test_with_no_session_yet_repair_is_greyed_out_and_says_why(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    panel = panel_of(qtbot, vault, worker, client_id)
    assert not panel.repair_button.isEnabled()
    assert panel.repair_button.toolTip() == (
        "There is no session with Iris Kemp yet to talk through.")
