from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

import services.vault.key_rotation as key_rotation
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.errors import VaultError, WrongPassphrase
from services.practice.practice_settings import read_settings
from services.vault import practice_vault as vault_service
from services.vault.passphrase import change_passphrase
from services.vault.practice_vault import (
    Vault,
    create_vault,
    remember_on_this_computer,
    unlock_with_passphrase,
)
from tests.conftest import FAST_KDF, PASSPHRASE, MemoryKeyring
from tests.ui.conftest import HeldExecutor
from ui.app import PracticeLauncher
from ui.unlock_dialog import UnlockDialog
from ui.worker import DatabaseWorker, ImmediateExecutor

TUESDAY_TEN = datetime(2026, 6, 23, 9, 0, tzinfo=UTC)  # 10:00 in London

NEW_PASSPHRASE = "kettle orchard violet"


@pytest.fixture
def closed_vault(vault: Vault) -> Path:
    vault.close()
    return vault.paths.folder


@pytest.fixture
def recovery_code(data_dir: Path) -> str:
    opened, code = create_vault(data_dir, PASSPHRASE, "Quiet Room Practice", kdf=FAST_KDF)
    opened.close()
    return code


def unlock_dialog(qtbot: QtBot, folder: Path, worker: DatabaseWorker) -> UnlockDialog:
    dialog = UnlockDialog(folder, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def error_under(dialog: QDialog, field: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{field}_error")
    assert label is not None
    return label


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def started(launcher: PracticeLauncher) -> None:
    """Started, and past the event loop's next turn, where the worker is given its first job
    (after the first window's paint)."""
    launcher.start()
    QApplication.sendPostedEvents()


def test_wrong_passphrase_says_so_and_the_right_one_opens(
        qtbot: QtBot, closed_vault: Path, worker: DatabaseWorker) -> None:
    dialog = unlock_dialog(qtbot, closed_vault, worker)
    qtbot.keyClicks(dialog.passphrase, "quiet garden 24")
    click(qtbot, dialog.unlock_button)

    message = error_under(dialog, "passphrase")
    assert message.isVisible()
    assert message.text() == "That passphrase does not open this practice. Please try again."
    assert dialog.isVisible() and dialog.vault is None
    assert dialog.unlock_button.isEnabled() and dialog.focusWidget() is dialog.passphrase

    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)  # replaces the selected wrong one
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None
    assert read_settings(dialog.vault).practice_name == "Quiet Room Practice"
    assert dialog.passphrase.text() == ""
    dialog.vault.close()


def test_button_is_disabled_and_busy_while_the_key_is_derived(
        qtbot: QtBot, closed_vault: Path) -> None:
    held = HeldExecutor()
    dialog = unlock_dialog(qtbot, closed_vault, DatabaseWorker(held))
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    click(qtbot, dialog.unlock_button)

    assert len(held.jobs) == 1
    assert not dialog.unlock_button.isEnabled() and not dialog.passphrase.isEnabled()
    assert dialog.busy.isVisible()
    dialog.reject()
    assert dialog.isVisible()  # not closed under the running job
    held.release()
    assert dialog.unlock_button.isEnabled() and not dialog.busy.isVisible()
    assert error_under(dialog, "passphrase").isVisible()


def test_unlocking_on_the_background_thread_reaches_the_dialog(
        qtbot: QtBot, closed_vault: Path) -> None:
    worker = DatabaseWorker()
    try:
        dialog = unlock_dialog(qtbot, closed_vault, worker)
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            click(qtbot, dialog.unlock_button)
        assert dialog.vault is not None
        worker.run(dialog.vault.close, lambda _nothing: None)
    finally:
        worker.shutdown()


def test_forgotten_passphrase_is_replaced_with_the_recovery_code(
        qtbot: QtBot, data_dir: Path, recovery_code: str, worker: DatabaseWorker) -> None:
    dialog = unlock_dialog(qtbot, data_dir, worker)
    click(qtbot, dialog.forgot_button)
    assert dialog.pages.currentIndex() == dialog.RECOVERY_PAGE

    qtbot.keyClicks(dialog.recovery_code, recovery_code.lower().replace("-", " "))
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase_again, NEW_PASSPHRASE)
    click(qtbot, dialog.recover_button)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.vault is not None
    assert read_settings(dialog.vault).practice_name == "Quiet Room Practice"
    dialog.vault.close()
    unlock_with_passphrase(data_dir, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(data_dir, PASSPHRASE)


def test_wrong_recovery_code_is_shown_under_it_and_changes_nothing(
        qtbot: QtBot, data_dir: Path, recovery_code: str, worker: DatabaseWorker) -> None:
    dialog = unlock_dialog(qtbot, data_dir, worker)
    click(qtbot, dialog.forgot_button)
    qtbot.keyClicks(dialog.recovery_code, "0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase_again, NEW_PASSPHRASE)
    click(qtbot, dialog.recover_button)

    message = error_under(dialog, "recovery_code")
    assert message.isVisible()
    assert message.text() == "That recovery code does not open this practice."
    assert dialog.isVisible() and dialog.recover_button.isEnabled()
    unlock_with_passphrase(data_dir, PASSPHRASE)


def test_different_new_passphrases_are_caught_before_recovering(
        qtbot: QtBot, data_dir: Path, recovery_code: str, worker: DatabaseWorker) -> None:
    dialog = unlock_dialog(qtbot, data_dir, worker)
    click(qtbot, dialog.forgot_button)
    qtbot.keyClicks(dialog.recovery_code, recovery_code)
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase_again, NEW_PASSPHRASE + "!")
    click(qtbot, dialog.recover_button)

    message = error_under(dialog, "new_passphrase_again")
    assert message.isVisible() and message.text() == "The two passphrases are not the same."
    unlock_with_passphrase(data_dir, PASSPHRASE)

    click(qtbot, dialog.back_button)
    assert dialog.pages.currentIndex() == dialog.PASSPHRASE_PAGE
    assert dialog.recovery_code.text() == ""


def test_practice_open_elsewhere_is_a_message_and_exit_code_1(
        qtbot: QtBot, vault: Vault, data_dir: Path, worker: DatabaseWorker) -> None:
    launcher = PracticeLauncher(data_dir, worker)
    started(launcher)  # no remembered key: the unlock dialog asks
    dialog = launcher.unlock_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.unlock_button)  # right passphrase, but `vault` holds the lock

    assert not dialog.isVisible() and dialog.result() == UnlockDialog.FAILED
    message = launcher.message
    assert message is not None and message.isVisible()
    qtbot.addWidget(message)
    assert "already open in another Stillroom window" in message.informativeText()
    with qtbot.waitSignal(launcher.finished) as finished:
        click(qtbot, message.button(QMessageBox.StandardButton.Close))
    assert finished.args == [1]
    assert launcher.window is None


def test_damaged_key_file_is_a_message_and_exit_code_1(
        qtbot: QtBot, closed_vault: Path, worker: DatabaseWorker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    (closed_vault / "practice.keys").write_text("{ not json", encoding="utf-8")
    monkeypatch.setenv(vault_service.PASSPHRASE_VARIABLE, PASSPHRASE)
    launcher = PracticeLauncher(closed_vault, worker)
    started(launcher)

    assert launcher.unlock_dialog is None and launcher.window is None
    message = launcher.message
    assert message is not None and message.isVisible()
    qtbot.addWidget(message)
    assert "key file is damaged" in message.informativeText()
    with qtbot.waitSignal(launcher.finished) as finished:
        click(qtbot, message.button(QMessageBox.StandardButton.Close))
    assert finished.args == [1]


def test_remembered_key_opens_the_window_without_asking(
        qtbot: QtBot, vault: Vault, data_dir: Path, worker: DatabaseWorker) -> None:
    remember_on_this_computer(vault)
    vault.close()
    launcher = PracticeLauncher(data_dir, worker)
    started(launcher)

    assert launcher.unlock_dialog is None
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle() == "Stillroom — Quiet Room Practice"
    window.close()


def test_with_the_key_remembered_the_window_frame_shows_first_and_the_window_takes_its_place(
        qtbot: QtBot, vault: Vault, data_dir: Path) -> None:
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    book(vault, ann, TUESDAY_TEN)
    remember_on_this_computer(vault)
    vault.close()
    held = HeldExecutor()
    worker = DatabaseWorker(held, apart=HeldExecutor())
    launcher = PracticeLauncher(data_dir, worker, now=lambda: TUESDAY_TEN)
    launcher.start()
    assert held.jobs == []  # nothing loads beside the frame's first paint
    QApplication.sendPostedEvents()  # the worker is given its first job after the first paint
    assert len(held.jobs) == 1

    frame = launcher.opening  # on screen before the practice is opened
    assert frame is not None and frame.isVisible()
    assert launcher.window is None and launcher.unlock_dialog is None
    assert frame.statusBar().currentMessage() == "Opening your practice…"
    assert [action.text() for action in frame.menuBar().actions()] == [
        "&Practice", "&Edit", "&View"]
    frame.move(40, 30)
    frame.resize(1100, 700)
    where = frame.geometry()

    held.release()  # the practice opens on the worker
    qtbot.waitUntil(lambda: launcher.window is not None)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    # Built, but the frame stays until the week is read: the window is painted once, full.
    assert not window.isVisible() and launcher.opening is frame and frame.isVisible()
    held.release()  # the clients whose ending has come, the settings
    qtbot.waitUntil(lambda: window.windowTitle() == "Stillroom — Quiet Room Practice")
    assert not window.isVisible()
    held.release()  # the week
    qtbot.waitUntil(window.isVisible)
    assert window.geometry() == where
    assert [entry.client_name for entry in window.calendar.entries()] == ["Ann Lee"]
    assert launcher.opening is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(frame))  # closed and let go
    window.close()
    worker.shutdown()


def test_a_week_that_cannot_be_read_still_shows_the_window_and_says_why(
        qtbot: QtBot, vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.main_window as window_module

    def unreadable(*_args: object) -> object:
        raise VaultError("The practice could not be read.")

    monkeypatch.setattr(window_module, "shown_days", unreadable)
    remember_on_this_computer(vault)
    vault.close()
    launcher = PracticeLauncher(data_dir, DatabaseWorker(ImmediateExecutor()))
    started(launcher)
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.window.isVisible())
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert launcher.opening is None
    assert window.statusBar().currentMessage() == "The practice could not be read."
    window.close()


def test_a_keychain_that_gives_nothing_closes_the_frame_and_asks(
        qtbot: QtBot, vault: Vault, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    remember_on_this_computer(vault)
    vault.close()
    memory_keyring.secrets.clear()
    held = HeldExecutor()
    worker = DatabaseWorker(held)
    launcher = PracticeLauncher(data_dir, worker)
    started(launcher)
    frame = launcher.opening
    assert frame is not None and frame.isVisible()

    held.release()  # the key file is read there too, never on the GUI thread
    qtbot.waitUntil(lambda: launcher.unlock_dialog is not None)
    dialog = launcher.unlock_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert launcher.opening is None and not frame.isVisible()
    assert dialog.keychain_note.isVisibleTo(dialog)
    worker.shutdown()


def test_a_locked_keychain_asks_for_the_passphrase_and_says_why(
        qtbot: QtBot, vault: Vault, data_dir: Path, worker: DatabaseWorker,
        memory_keyring: MemoryKeyring) -> None:
    remember_on_this_computer(vault)
    vault.close()
    memory_keyring.secrets.clear()  # as a locked keychain answers: nothing
    launcher = PracticeLauncher(data_dir, worker)
    started(launcher)
    dialog = launcher.unlock_dialog
    assert dialog is not None and launcher.window is None
    qtbot.addWidget(dialog)
    assert dialog.keychain_note.isVisibleTo(dialog)
    assert "keychain did not give it" in dialog.keychain_note.text()

    plain = unlock_dialog(qtbot, data_dir, worker)
    assert plain.findChild(QLabel, "keychain_note") is None


def test_environment_passphrase_opens_without_asking_and_a_wrong_one_asks(
        qtbot: QtBot, closed_vault: Path, worker: DatabaseWorker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(vault_service.PASSPHRASE_VARIABLE, "quiet garden 24")
    asking = PracticeLauncher(closed_vault, worker)
    started(asking)
    assert asking.unlock_dialog is not None and asking.window is None
    qtbot.addWidget(asking.unlock_dialog)

    monkeypatch.setenv(vault_service.PASSPHRASE_VARIABLE, PASSPHRASE)
    launcher = PracticeLauncher(closed_vault, worker)
    started(launcher)
    assert launcher.unlock_dialog is None and launcher.window is not None
    qtbot.addWidget(launcher.window)
    launcher.window.close()


def test_a_damaged_passphrase_slot_leads_to_the_recovery_code(
        qtbot: QtBot, data_dir: Path, recovery_code: str, worker: DatabaseWorker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    keys = data_dir / "practice.keys"
    keys.write_text(keys.read_text().replace('"iterations": 1', '"iterations": 0', 1))
    monkeypatch.setenv(vault_service.PASSPHRASE_VARIABLE, PASSPHRASE)
    launcher = PracticeLauncher(data_dir, worker)
    started(launcher)  # not a message and an exit: the recovery code can still open it
    dialog = launcher.unlock_dialog
    assert dialog is not None and launcher.message is None
    qtbot.addWidget(dialog)

    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    click(qtbot, dialog.unlock_button)
    message = dialog.errors.label(None)
    assert dialog.isVisible() and message.isVisible()
    assert "key file is damaged" in message.text() and "recovery code" in message.text()

    click(qtbot, dialog.forgot_button)
    qtbot.keyClicks(dialog.recovery_code, recovery_code)
    qtbot.keyClicks(dialog.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase_again, NEW_PASSPHRASE)
    click(qtbot, dialog.recover_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    window = launcher.window  # the practice opened, and the key file is whole again
    assert window is not None
    qtbot.addWidget(window)
    window.close()
    unlock_with_passphrase(data_dir, NEW_PASSPHRASE)


def test_a_passphrase_change_left_half_done_is_finished_before_the_window_asks(
        qtbot: QtBot, closed_vault: Path, worker: DatabaseWorker,
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    def killed(step: str) -> None:
        if step == "database renamed":
            raise KeyboardInterrupt  # the process ends here: the key file is not renamed yet

    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr(key_rotation, "step_reached", killed)
        change_passphrase(closed_vault, PASSPHRASE, NEW_PASSPHRASE)
    assert (closed_vault / "practice.keys.rotating").exists()

    launcher = PracticeLauncher(closed_vault, worker)
    started(launcher)
    dialog = launcher.unlock_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert key_rotation.FINISHED in caplog.text
    qtbot.keyClicks(dialog.passphrase, NEW_PASSPHRASE)
    click(qtbot, dialog.unlock_button)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    window.close()
