"""The client dialog's billing details: folded away until asked for, checked beside each
field, diagnosis codes asked only of a practice that makes superbills."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from services.clients.client_records import ClientDraft, create_client, read_client
from services.money_papers.paper_settings import PaperSettings, update_paper_settings
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.test_client_dialog import british_english, error_under, open_dialog, tick  # noqa: F401
from ui.worker import DatabaseWorker


def test_the_billing_details_unfold_and_a_birth_date_to_come_is_refused_beside_it(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = open_dialog(qtbot, vault, worker)
    billing = dialog.billing
    assert billing.body.isHidden()
    qtbot.mouseClick(billing.toggle, Qt.MouseButton.LeftButton)
    assert billing.body.isVisible() and billing.date_of_birth.isVisible()
    assert billing.diagnosis_codes.isHidden()  # this practice makes no superbills
    type_text(dialog.full_name, "Maya Lund")
    tick(qtbot, billing.date_of_birth.check)
    billing.date_of_birth.edit.setDate(QDate(2199, 5, 1))
    type_text(billing.payer_name, "Eva Lund")
    qtbot.keyClicks(billing.billing_address, "4 Quay Street")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error_under(dialog, "date_of_birth").isVisible()
    assert "future" in error_under(dialog, "date_of_birth").text()
    assert dialog.isVisible()
    billing.date_of_birth.edit.setDate(QDate(2011, 5, 1))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    draft = read_client(vault, saved.args[0]).draft
    assert (draft.date_of_birth, draft.payer_name, draft.billing_address) == (
        date(2011, 5, 1), "Eva Lund", "4 Quay Street")


def test_diagnosis_codes_are_asked_when_superbills_are_on_and_kept_in_their_form(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    update_paper_settings(vault, PaperSettings(superbills=True))
    client_id = create_client(vault, ClientDraft(full_name="Maya Lund",
                                                 diagnosis_codes="F41.1"))
    dialog = open_dialog(qtbot, vault, worker, client_id)
    billing = dialog.billing
    assert billing.body.isVisible()  # filled in: shown unfolded
    assert billing.diagnosis_codes.isVisible()
    assert billing.diagnosis_codes.text() == "F41.1"
    billing.diagnosis_codes.clear()
    qtbot.keyClicks(billing.diagnosis_codes, "f411, F4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    message = error_under(dialog, "diagnosis_codes")
    assert message.isVisible() and "F4" in message.text()
    assert read_client(vault, client_id).draft.diagnosis_codes == "F41.1"
    assert billing.diagnosis_codes.hasSelectedText()  # to type over
    qtbot.keyClicks(billing.diagnosis_codes, "f411, F41.0")  # over the selected text
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert read_client(vault, client_id).draft.diagnosis_codes == "F41.1, F41.0"


def test_a_client_without_billing_details_opens_folded(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Maya Lund"))
    dialog = open_dialog(qtbot, vault, worker, client_id)
    assert dialog.full_name.text() == "Maya Lund"
    assert dialog.billing.body.isHidden()
    assert not dialog.billing.toggle.isChecked()
