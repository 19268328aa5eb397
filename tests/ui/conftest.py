"""GUI test set-up: the bundled fonts, and a worker that runs database work at once."""

from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from services.vault.practice_vault import Vault
from tests.ui.call_list_practice import Practice, arrange, open_dock
from tests.ui.notes_practice import NOW as NOTES_NOW
from tests.ui.notes_practice import NotesPractice
from tests.ui.notes_practice import arrange as arrange_notes
from ui.app import install_fonts
from ui.call_list.dock import CallListDock
from ui.idle_lock import IdleLock
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker, ImmediateExecutor

UNANSWERED_MS = 3000  # long past any question a test answers itself


class HeldExecutor(Executor):
    """Keeps each job until the test lets it run, to look at the screen meanwhile."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Future[Any]]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.jobs.append((lambda: fn(*args, **kwargs), future))
        return future

    def release(self) -> None:
        while self.jobs:
            job, future = self.jobs.pop(0)
            try:
                future.set_result(job())
            except Exception as error:
                future.set_exception(error)


@pytest.fixture
def english_money() -> Iterator[None]:
    """Amounts written the English way, whatever language an earlier test left behind."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture(autouse=True)
def fresh_settings(qapp: QApplication) -> None:
    """Each test starts as on a computer where Stillroom was never set up (language, the
    closing-day backup folder): the app's settings file is shared by the whole test run."""
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_dialog_left_open() -> Iterator[None]:
    """A dialog one test leaves open is hidden after it, so the next test (a lock that hides
    every open dialog, say) sees only its own."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()


@pytest.fixture(autouse=True)
def no_question_left_unanswered(qapp: QApplication) -> Iterator[None]:
    """A test that closes a dialog over typed text without answering "Discard what you
    typed?" fails here, rather than waiting for ever on the question."""
    unanswered: list[str] = []

    def answer_for_the_test() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "discard_question":
            unanswered.append(box.windowTitle())
            box.reject()

    watchdog = QTimer()
    watchdog.setInterval(UNANSWERED_MS)
    watchdog.timeout.connect(answer_for_the_test)
    watchdog.start()
    yield
    watchdog.stop()
    assert not unanswered, "a dialog asked 'Discard what you typed?' and the test did not answer"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Dialogs a test leaves open are hidden before pytest-qt closes its widgets: closing one
    that holds typed text asks "Discard what you typed?", and nobody would answer."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()
    return (yield)


@pytest.fixture
def fonts(qapp: QApplication) -> None:
    install_fonts(qapp)


@pytest.fixture
def worker(fonts: None) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(ImmediateExecutor(), apart=ImmediateExecutor())
    yield worker
    worker.shutdown()


def first_look_taken(window: MainWindow) -> MainWindow:
    """The window once it has taken its first look (the page check, the call list, what is
    waiting to be done): that starts on the event loop's next turn after the first week."""
    QApplication.sendPostedEvents()
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` into `widget` key by key, as a keyboard would, in any script.

    (QTest's keyClicks only knows ASCII keys and aborts on Cyrillic or accented letters.)
    """
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, character))


@pytest.fixture
def practice(vault: Vault) -> Practice:
    """The call list's small practice (tests/ui/call_list_practice.py)."""
    return arrange(vault)


@pytest.fixture
def dock(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, practice: Practice) -> CallListDock:
    return open_dock(qtbot, vault, worker)


@pytest.fixture
def notes(vault: Vault) -> NotesPractice:
    """The notes' small practice (tests/ui/notes_practice.py)."""
    return arrange_notes(vault)


@pytest.fixture
def notes_window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                 notes: NotesPractice) -> MainWindow:
    """The window over the notes' practice, at 1280x800, its clock after the sessions."""
    opened = MainWindow(vault, worker, now=lambda: NOTES_NOW,
                        idle_lock=IdleLock(10, check_every_ms=3_600_000))
    qtbot.addWidget(opened)
    opened.resize(1280, 800)
    opened.show()
    return opened
