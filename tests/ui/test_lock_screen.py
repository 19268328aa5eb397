from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from services.vault.practice_vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import HeldExecutor
from ui.lock_screen import LockScreen, hide_open_dialogs, restore_dialogs
from ui.settings_dialog import SettingsDialog
from ui.worker import DatabaseWorker


def lock_screen(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> LockScreen:
    screen = LockScreen(vault.paths.folder, worker, "Quiet Room Practice")
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    return screen


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_lock_screen_shows_the_practice_and_asks_for_the_passphrase(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    screen = lock_screen(qtbot, vault, worker)
    assert screen.practice_name.text() == "Quiet Room Practice"
    assert screen.locked_label.text() == "Stillroom is locked"
    assert screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert screen.focusWidget() is screen.passphrase


def test_a_wrong_passphrase_is_said_under_the_field_then_the_right_one_unlocks(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    screen = lock_screen(qtbot, vault, worker)
    with qtbot.assertNotEmitted(screen.unlocked):
        qtbot.keyClicks(screen.passphrase, "quiet garden 24")
        click(qtbot, screen.unlock_button)

    assert screen.message.isVisible()
    assert "not the passphrase" in screen.message.text()
    assert screen.passphrase.isEnabled()
    assert screen.passphrase.selectedText() == "quiet garden 24"

    with qtbot.waitSignal(screen.unlocked):
        qtbot.keyClicks(screen.passphrase, PASSPHRASE)  # replaces the selected wrong one
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)

    assert not screen.message.isVisible()
    assert screen.passphrase.text() == ""
    assert vault.key != bytearray(len(vault.key))  # the open vault's key is untouched


def test_an_empty_passphrase_is_not_checked(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    screen = lock_screen(qtbot, vault, worker)
    with qtbot.assertNotEmitted(screen.unlocked):
        click(qtbot, screen.unlock_button)
    assert screen.message.isVisible()
    assert "type your passphrase" in screen.message.text()


def test_the_passphrase_is_checked_off_the_gui_thread_with_a_busy_indicator(
        qtbot: QtBot, vault: Vault, fonts: None) -> None:
    held = HeldExecutor()
    worker = DatabaseWorker(held)
    screen = lock_screen(qtbot, vault, worker)
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    click(qtbot, screen.unlock_button)

    assert screen.is_busy
    assert screen.busy.isVisible()
    assert not screen.passphrase.isEnabled()
    assert not screen.unlock_button.isEnabled()
    click(qtbot, screen.unlock_button)  # a second click while checking asks nothing more
    assert len(held.jobs) == 1

    with qtbot.waitSignal(screen.unlocked):
        held.release()
    assert not screen.busy.isVisible()
    assert screen.passphrase.isEnabled()


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


def open_dialog_with_typing(qtbot: QtBot, window: QMainWindow) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    note = QLineEdit()
    QVBoxLayout(dialog).addWidget(note)
    dialog.open()
    qtbot.keyClicks(note, "She said she felt unheard")
    return dialog, note


def test_open_dialogs_are_hidden_while_locked_and_come_back_with_what_was_typed(
        qtbot: QtBot, window: QMainWindow) -> None:
    dialog, note = open_dialog_with_typing(qtbot, window)
    with qtbot.assertNotEmitted(dialog.finished):
        hidden = hide_open_dialogs(window)

        assert hidden == [dialog]
        assert not dialog.isVisible()
        assert window.isVisible()

        restore_dialogs(hidden)

    assert dialog.isVisible()
    assert note.text() == "She said she felt unheard"
    assert dialog.result() == 0 and dialog.isModal()


def test_every_open_window_but_the_main_one_is_hidden_and_restored(
        qtbot: QtBot, window: QMainWindow) -> None:
    dialog, _note = open_dialog_with_typing(qtbot, window)
    box = QMessageBox(QMessageBox.Icon.Question, "Move", "Move this session?", parent=window)
    qtbot.addWidget(box)
    box.show()
    closed = QDialog(window)  # never opened: stays closed
    qtbot.addWidget(closed)

    hidden = hide_open_dialogs(window)

    assert set(hidden) == {dialog, box}
    assert not dialog.isVisible() and not box.isVisible()
    restore_dialogs(hidden)
    assert dialog.isVisible() and box.isVisible()
    assert not closed.isVisible()


def test_a_settings_dialog_keeps_its_changes_through_a_lock(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, window: QMainWindow) -> None:
    dialog = SettingsDialog(vault, worker, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.sections.practice_name.selectAll()
    qtbot.keyClicks(dialog.sections.practice_name, "Renamed Practice")

    hidden = hide_open_dialogs(window)
    assert not dialog.isVisible()
    restore_dialogs(hidden)

    assert dialog.isVisible()
    assert dialog.sections.practice_name.text() == "Renamed Practice"
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
