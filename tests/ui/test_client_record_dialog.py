"""The client's record from the panel: days and language chosen, made on the workers, saved
where the therapist says; the notes are in it, the private reflections never."""

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from services.vault.practice_vault import Vault
from tests.ui.notes_practice import NOW, NotesPractice
from ui.client_panel import ClientPanel
from ui.note_reading.record_dialog import ClientRecordDialog, record_file_name
from ui.worker import DatabaseWorker


def open_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                notes: NotesPractice) -> ClientRecordDialog:
    """The dialog, making and saving its PDF at once, on this thread."""
    dialog = ClientRecordDialog(vault, worker, notes.ann, "Ann Lee", lambda: NOW, paper=worker)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_panel_offers_the_record_of_the_client_shown(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(notes.ann)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(ClientRecordDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "The record of Ann Lee"
    dialog.close()


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_record_holds_the_notes_and_never_the_reflections_and_is_saved_where_asked(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, vault, worker, notes)
    assert "Private reflections are left out." in dialog.details.text()
    assert not dialog.pane.save_button.isEnabled()
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    pdf = dialog.pane.pdf
    assert pdf is not None
    text = " ".join(pdf_text(pdf).split())
    assert "Panic on the train again" in text and "moving away" in text
    assert "impatient" not in text

    suggested: list[str] = []

    def choose(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(Path(start).name)
        return str(tmp_path / "ann"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.pane.save_button, Qt.MouseButton.LeftButton)
    assert suggested == ["Record – Ann Lee – 2026-03-30.pdf"]
    saved = tmp_path / "ann.pdf"
    assert saved.read_bytes() == pdf
    assert dialog.pane.message.text() == f"Saved as {saved}."


def test_days_in_the_wrong_order_are_refused_next_to_the_field(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    dialog = open_dialog(qtbot, vault, worker, notes)
    dialog.first.set_value(date(2026, 3, 20))
    dialog.last.set_value(date(2026, 3, 1))
    dialog.make()
    error = dialog.findChild(type(dialog.details), "record_from_error")
    assert error is not None and error.isVisible()
    assert error.text() == "The record's first day is after its last."
    assert dialog.pane.pdf is None


def test_a_record_of_some_days_in_russian(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, notes: NotesPractice) -> None:
    dialog = open_dialog(qtbot, vault, worker, notes)
    dialog.first.set_value(date(2026, 3, 9))
    dialog.last.edit.setDate(QDate(2026, 3, 9))
    dialog.last.check.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.make()
    assert dialog.pane.pdf is not None
    text = " ".join(pdf_text(dialog.pane.pdf).split())
    assert "Panic on the train again" in text and "sister" not in text


def test_the_file_name_has_nothing_a_folder_could_mistake() -> None:
    assert record_file_name("Ann / Lee: <x>", date(2026, 12, 5)) == (
        "Record – Ann Lee x – 2026-12-05.pdf")
