"""Settings, Money papers: the numbering with its next number shown as typed, terms and
payment details, receipts at close, and superbills whose fields appear only when turned on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from models.enums import Modality
from services.money_papers.paper_settings import (
    PaperSettings,
    ServiceCodeSetting,
    read_paper_settings,
)
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.test_client_dialog import tick
from ui.settings_dialog import SettingsDialog
from ui.worker import DatabaseWorker

LEFT = Qt.MouseButton.LeftButton


def opened(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> SettingsDialog:
    dialog = SettingsDialog(vault, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sections.setCurrentIndex(dialog.money_papers_section)
    return dialog


def label(dialog: SettingsDialog, name: str) -> QLabel:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found


def test_superbill_fields_appear_only_when_turned_on_and_are_saved(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    page = dialog.money_papers
    assert dialog.sections.list.item(dialog.money_papers_section).text() == "Money papers"
    assert page.isVisible()
    assert not page.superbills.isChecked()
    assert page.superbill_fields.isHidden() and not page.npi.isVisible()
    tick(qtbot, page.superbills)
    assert page.npi.isVisible() and page.codes[Modality.VIDEO][0].isVisible()
    type_text(page.npi, "1234567893")
    type_text(page.licence, "LPC 12345")
    type_text(page.codes[Modality.IN_PERSON][0], "90834")
    type_text(page.codes[Modality.IN_PERSON][1], "11")
    tick(qtbot, page.receipts_at_close)
    page.payment_terms_days.setValue(0)
    assert page.payment_terms_days.text() == "Due on receipt"
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert not dialog.isVisible()
    saved = read_paper_settings(vault)
    assert (saved.superbills, saved.npi, saved.licence, saved.receipts_at_close,
            saved.payment_terms_days) == (True, "1234567893", "LPC 12345", True, 0)
    assert saved.service_code(Modality.IN_PERSON) == ServiceCodeSetting(
        Modality.IN_PERSON, "90834", "11")


def test_the_next_number_is_shown_as_the_pattern_is_typed(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    page = dialog.money_papers
    example = label(dialog, "invoice_pattern_example")
    year = date.today().year
    assert example.text() == f"Next: {year}-0001"
    page.invoice_pattern.clear()
    qtbot.keyClicks(page.invoice_pattern, "INV/###")
    assert example.text() == "Needs YYYY and a run of #"
    qtbot.keyClicks(page.invoice_pattern, "/YYYY")
    assert example.text() == f"Next: INV/001/{year}"
    assert label(dialog, "credit_note_pattern_example").text() == f"Next: CN-{year}-0001"


def test_a_value_refused_is_shown_beside_its_field_and_nothing_is_saved(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    page = dialog.money_papers
    page.credit_note_pattern.setText(page.invoice_pattern.text())
    tick(qtbot, page.superbills)
    type_text(page.npi, "1234567893")
    dialog.sections.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.sections.currentIndex() == dialog.money_papers_section
    message = label(dialog, "credit_note_pattern_error")
    assert message.isVisible() and "pattern of their own" in message.text()
    assert read_paper_settings(vault) == PaperSettings()


def test_a_practice_that_turned_superbills_on_sees_its_fields_at_once(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    from services.money_papers.paper_settings import update_paper_settings

    update_paper_settings(vault, PaperSettings(superbills=True, tax_id="12-3456789"))
    dialog = opened(qtbot, vault, worker)
    assert dialog.money_papers.superbills.isChecked()
    assert dialog.money_papers.tax_id.isVisible()
    assert dialog.money_papers.tax_id.text() == "12-3456789"
