"""The recovery sheet: kept when the practice is made, shown again only for the passphrase."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from services.papers.recovery_sheet import keep_recovery_sheet
from services.vault.practice_vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from ui.create_practice_dialog import CreatePracticeDialog
from ui.letters.recovery_sheet_dialog import RecoverySheetDialog
from ui.worker import DatabaseWorker

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"


def test_a_wrong_passphrase_is_refused_beside_the_field_and_the_right_one_shows_the_sheet(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    keep_recovery_sheet(vault, CODE)
    dialog = RecoverySheetDialog(vault, worker, paper=worker)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.passphrase, "not my passphrase")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    message = dialog.findChild(QLabel, "passphrase_error")
    assert message is not None and message.isVisible()
    assert "does not open" in message.text()
    assert not dialog.pane.preview.is_showing() and dialog.pane.pdf is None
    assert not dialog.pane.print_button.isEnabled()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert not message.isVisible()
    assert dialog.pane.preview.document.status() == QPdfDocument.Status.Ready
    assert dialog.pane.print_button.isEnabled() and dialog.passphrase.text() == ""


def test_the_new_practice_keeps_its_sheet_and_offers_to_print_it(
        qtbot: QtBot, data_dir: Path, worker: DatabaseWorker) -> None:
    dialog = CreatePracticeDialog(data_dir, worker, kdf=FAST_KDF, timezone="Europe/London")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.practice_name, "Quiet Room Practice")
    qtbot.keyClicks(dialog.session_fee.edit, "70")  # the first run asks for the usual fee
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase_again, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.print_sheet_button.isVisible() and dialog.print_sheet_button.isEnabled()
    qtbot.mouseClick(dialog.print_sheet_button, Qt.MouseButton.LeftButton)
    sheet = dialog.sheet_dialog
    assert sheet is not None and sheet.isVisible()
    assert sheet.pane.preview.document.status() == QPdfDocument.Status.Ready
    text = sheet.pane.preview.document.getAllText(0).text().replace("\n", " ")
    assert dialog.recovery_code.text() in text
    sheet.close()
    assert dialog.vault is not None
    vault = dialog.vault
    later = RecoverySheetDialog(vault, worker, paper=worker)
    qtbot.addWidget(later)
    qtbot.keyClicks(later.passphrase, PASSPHRASE)
    later.show_sheet()
    assert later.pane.pdf is not None  # the sheet was kept in the vault
    dialog.hide()
    vault.close()
