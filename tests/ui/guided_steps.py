"""Driving a guided dialog as the therapist does: its buttons, one step at a time."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from services.calendar.free_slots import SlotReason
from services.clients.client_records import read_client
from services.vault.practice_vault import Vault
from ui.guided.reschedule_page import ReschedulePage
from ui.guided.wizard import SKIP


def press(qtbot: QtBot, dialog: QWizard, which: QWizard.WizardButton) -> None:
    button = dialog.button(which)
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_step(qtbot: QtBot, dialog: QWizard, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, dialog, QWizard.WizardButton.NextButton)


def skip(qtbot: QtBot, dialog: QWizard, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, dialog, SKIP)


def finish(qtbot: QtBot, dialog: QWizard) -> None:
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)


def chart(vault: Vault, client_id: int) -> str:
    return read_client(vault, client_id).draft.chart_notes


def usual_row(page: ReschedulePage) -> int:
    """The row of the first time offered on the client's usual day and time (the times come
    in date order, so it need not be the first)."""
    return next(row for row, slot in enumerate(page.offered())
                if slot.reason == SlotReason.USUAL_DAY_AND_TIME)
