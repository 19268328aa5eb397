"""Every unexpected error reaches one dialog and the log, and neither holds client data.

These tests install Stillroom's own `sys.excepthook` and `threading.excepthook`, as the window
does, and check what the errors make of them. pytest-qt's capture of exceptions in Qt code
(its own `sys.excepthook`) is turned off for them: `qt_no_exception_capture`.
"""

import re
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from services.clients.client_records import ClientDraft, create_client
from services.vault.practice_vault import Vault
from ui.client_dialog import ClientDialog
from ui.crash_log import LOG_NAME
from ui.crash_report import CrashDialog, CrashReporter, crash_reporting
from ui.i18n import install_language
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.qt_no_exception_capture

CANARY = "Quokka Zephyrine-Canary"
CANARY_PARTS = (b"Quokka", b"Zephyrine", b"Canary")
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


@pytest.fixture
def reporter(data_dir: Path, fonts: None) -> Iterator[CrashReporter]:
    with crash_reporting(data_dir) as installed:
        yield installed
    if installed.dialog is not None:
        installed.dialog.close()


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def shown(qtbot: QtBot, reporter: CrashReporter, errors: int = 1) -> CrashDialog:
    """The crash dialog, once it shows (it is posted to the event loop) `errors` errors."""
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible()
                    and reporter.dialog.errors == errors)
    assert reporter.dialog is not None
    return reporter.dialog


def crash_dialogs() -> list[QWidget]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, CrashDialog) and widget.isVisible()]


def logged(data_dir: Path) -> bytes:
    log_file = data_dir / LOG_NAME
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    return log_file.read_bytes()


def holds_the_canary(text: bytes) -> bool:
    return any(part in text for part in CANARY_PARTS)


def out_of_range() -> None:
    [][0]


def click_failing_button(qtbot: QtBot, times: int = 1,
                         fault: Callable[[], object] = out_of_range) -> QPushButton:
    """A button whose slot fails, clicked `times` times as the therapist would."""
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(fault)
    for _ in range(times):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return button


def unreadable_form(dialog: ClientDialog) -> ClientDraft:
    """A bug that names the client: in its message, its cause's message and its locals."""
    name = dialog.full_name.text()
    try:
        raise KeyError(name)
    except KeyError as error:
        raise ValueError(f"The form of {name} cannot be read") from error


def test_an_error_in_a_client_dialog_is_shown_and_logged_without_the_client(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, data_dir: Path,
        reporter: CrashReporter, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = create_client(vault, ClientDraft(full_name=CANARY))
    monkeypatch.setattr(ClientDialog, "draft", unreadable_form)
    dialog = ClientDialog(vault, worker, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.full_name.text() == CANARY

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    crash = shown(qtbot, reporter)
    assert crash.windowTitle() == "Stillroom — something went wrong"
    assert crash.heading.text() == "Something unexpected went wrong"
    assert "data is safe" in crash.safe.text()
    assert "restart Stillroom" in crash.advice.text()
    assert str(data_dir / LOG_NAME) in crash.where.text()
    details = crash.details.toPlainText()
    assert "\nKeyError\n" in details and details.endswith("\nValueError")
    assert "direct cause" in details
    assert 'File "tests/ui/test_crash_report.py"' in details
    assert "in ClientDialog.save" in details and "in unreadable_form" in details
    assert not holds_the_canary(details.encode())
    assert crash.details.isReadOnly()

    log_text = logged(data_dir)
    assert b"in unreadable_form" in log_text and b"ValueError" in log_text
    assert not holds_the_canary(log_text)


def test_copy_details_puts_them_on_the_clipboard(
        qtbot: QtBot, reporter: CrashReporter) -> None:
    click_failing_button(qtbot, fault=lambda: {}["missing"])
    crash = shown(qtbot, reporter)

    qtbot.mouseClick(crash.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == crash.details.toPlainText()
    assert "KeyError" in QGuiApplication.clipboard().text()
    assert crash.copy_button.text() == "Copied"


def test_a_bug_in_a_database_job_reaches_the_dialog_and_the_log(
        qtbot: QtBot, vault: Vault, data_dir: Path, reporter: CrashReporter,
        monkeypatch: pytest.MonkeyPatch, fonts: None) -> None:
    """On the real worker's thread; the client dialog hears of it as unexpected, too."""
    client_id = create_client(vault, ClientDraft(full_name=CANARY))

    def broken_update(_vault: Vault, _client_id: int, draft: ClientDraft) -> None:
        raise LookupError(f"No row for {draft.full_name}")

    monkeypatch.setattr("ui.client_dialog.update_client", broken_update)
    worker = DatabaseWorker()
    try:
        dialog = ClientDialog(vault, worker, client_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.save_button.isEnabled)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        crash = shown(qtbot, reporter)
    finally:
        worker.shutdown()

    details = crash.details.toPlainText()
    assert details.endswith("\nLookupError")
    assert ".broken_update\n" in details and "in DatabaseWorker._deliver" in details
    assert not holds_the_canary(details.encode())
    assert "unexpected" in dialog.errors.label(None).text()
    assert not holds_the_canary(logged(data_dir))


def test_an_error_on_another_thread_reaches_the_same_dialog(
        qtbot: QtBot, data_dir: Path, reporter: CrashReporter) -> None:
    def count_off_the_gui_thread() -> None:
        raise RuntimeError(f"{CANARY} has no sessions")

    click_failing_button(qtbot, fault=lambda: 1 / 0)
    first = shown(qtbot, reporter)

    thread = threading.Thread(target=count_off_the_gui_thread, name="counting")
    thread.start()
    thread.join()

    assert shown(qtbot, reporter, errors=2) is first
    assert crash_dialogs() == [first]
    details = first.details.toPlainText()
    assert "ZeroDivisionError" in details
    assert "\nRuntimeError" in details and ".count_off_the_gui_thread\n" in details
    assert not holds_the_canary(details.encode())
    assert not holds_the_canary(logged(data_dir))


def test_a_burst_of_errors_is_counted_in_one_dialog(
        qtbot: QtBot, reporter: CrashReporter) -> None:
    click_failing_button(qtbot, times=12)

    crash = shown(qtbot, reporter, errors=12)
    assert crash_dialogs() == [crash]
    assert crash.count.isVisible()
    assert crash.count.text() == "More unexpected errors since this one: 11"
    assert crash.details.toPlainText().count("IndexError") == 5  # the rest only counted


def test_closing_the_dialog_lets_the_next_error_open_a_new_one(
        qtbot: QtBot, reporter: CrashReporter) -> None:
    button = click_failing_button(qtbot)
    first = shown(qtbot, reporter)
    first.reject()
    assert reporter.dialog is None

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    second = shown(qtbot, reporter)
    assert second is not first
    assert second.count.isHidden()


class Tile(QWidget):
    """A widget whose own mouse handling (a Qt virtual method) fails."""

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        raise AttributeError(CANARY)


def test_an_error_in_a_qt_virtual_method_called_by_the_event_loop_reaches_the_dialog(
        qtbot: QtBot, data_dir: Path, reporter: CrashReporter) -> None:
    tile = Tile()
    qtbot.addWidget(tile)
    tile.show()
    press = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(2, 2), QPointF(2, 2),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.postEvent(tile, press)  # as the window system delivers a click

    details = shown(qtbot, reporter).details.toPlainText()
    assert details.endswith("\nAttributeError") and "in Tile.mousePressEvent" in details
    assert not holds_the_canary(logged(data_dir))


def test_in_russian_the_dialog_speaks_russian(
        qtbot: QtBot, russian: None, reporter: CrashReporter) -> None:
    click_failing_button(qtbot, times=3)

    crash = shown(qtbot, reporter, errors=3)
    assert crash.windowTitle() == "Stillroom — что-то пошло не так"
    for label in (crash.heading, crash.safe, crash.advice, crash.where):
        assert CYRILLIC.search(label.text()), label.text()
    assert crash.copy_button.text() == "Скопировать сведения"
    assert crash.count.text() == "Ещё непредвиденных ошибок после этой: 2"
