"""Settings, Notes: the default format, the days a note may stay unsigned, and the practice's
own formats added, changed and retired."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from models.enums import Language, NoteFormat
from services.notes.note_formats import (
    NoteSettings,
    TemplateDraft,
    practice_templates,
    read_note_settings,
    save_template,
)
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from ui.notes.template_dialog import TemplateDialog
from ui.settings_dialog import SettingsDialog
from ui.worker import DatabaseWorker

LEFT = Qt.MouseButton.LeftButton


def opened(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> SettingsDialog:
    dialog = SettingsDialog(vault, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sections.setCurrentIndex(dialog.notes_section)
    return dialog


def test_the_notes_section_comes_last_and_saves_with_the_rest(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    assert dialog.sections.list.item(dialog.notes_section).text() == "Notes"
    assert dialog.notes_section == dialog.sections.list.count() - 1
    page = dialog.notes
    assert page.default_format.currentText() == "Free text"
    assert page.unsigned_days.value() == 3 and page.unsigned_days.suffix() == " days"
    page.default_format.setCurrentIndex(page.default_format.findText("SOAP"))
    page.unsigned_days.setValue(7)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert read_note_settings(vault) == NoteSettings(7, NoteFormat.SOAP)
    assert not dialog.isVisible()


def test_cancel_leaves_the_note_settings_as_they_were(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    dialog.notes.unsigned_days.setValue(1)
    dialog.reject()
    assert read_note_settings(vault) == NoteSettings()


def test_days_out_of_range_are_said_in_the_notes_section_and_nothing_is_saved(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    dialog.sections.setCurrentIndex(0)
    dialog.notes.unsigned_days.setValue(120)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.sections.currentIndex() == dialog.notes_section
    assert dialog.notes.error.text() == "Please give a whole number from 1 to 90."
    assert read_note_settings(vault) == NoteSettings()


def test_add_change_and_retire_a_format_of_your_own(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = opened(qtbot, vault, worker)
    page = dialog.notes
    assert not page.edit_button.isEnabled() and not page.retire_button.isEnabled()
    qtbot.mouseClick(page.add_button, LEFT)
    template = page.dialog
    assert isinstance(template, TemplateDialog) and template.isVisible()
    qtbot.mouseClick(template.save_button, LEFT)  # nothing typed: said beside the name
    assert template.findChild(type(page.error), "template_name_error").text() == (
        "Please give the format a name.")
    assert practice_templates(vault) == ()
    type_text(template.name, "Couples")
    type_text(template.rows[0][0], "Each partner")
    type_text(template.rows[0][1], "What each brought")
    qtbot.mouseClick(template.add_button, LEFT)
    type_text(template.rows[1][0], "Between them")
    qtbot.mouseClick(template.save_button, LEFT)
    (saved,) = practice_templates(vault)
    assert (saved.name, [(s.heading, s.prompt) for s in saved.sections]) == (
        "Couples", [("Each partner", "What each brought"), ("Between them", "")])
    assert [page.templates.item(i).text() for i in range(page.templates.count())] == [
        "Couples"]
    assert page.default_format.findText("Couples") >= 0

    page.templates.setCurrentRow(0)
    qtbot.mouseClick(page.edit_button, LEFT)
    assert page.dialog is not None and page.dialog.rows[1][0].text() == "Between them"
    page.dialog.rows[1][0].setText("")  # an empty row is left out
    qtbot.mouseClick(page.dialog.save_button, LEFT)
    assert [s.heading for s in practice_templates(vault)[0].sections] == ["Each partner"]

    page.templates.setCurrentRow(0)
    box = page.ask_to_retire()
    assert box is not None and "Couples" in box.text()
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Retire"), LEFT)
    assert practice_templates(vault) == ()
    assert page.templates.count() == 0 and page.default_format.findText("Couples") < 0
    assert box.button(QMessageBox.StandardButton.Cancel) is not None


def test_a_format_of_your_own_can_be_the_default(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    template_id = save_template(vault, TemplateDraft("Brief", Language.ENGLISH,
                                                     (("Today", ""),)))
    dialog = opened(qtbot, vault, worker)
    page = dialog.notes
    page.default_format.setCurrentIndex(page.default_format.findText("Brief"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert read_note_settings(vault) == NoteSettings(3, NoteFormat.TEMPLATE, template_id)
