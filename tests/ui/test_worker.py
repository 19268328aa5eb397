"""The database worker hands each result to its callback, unless the callback's widget is gone.

A job is held by `HeldExecutor` until the test lets it run, as a read still in flight on the
real worker's thread would be, so a widget can be closed and deleted meanwhile.
"""

import os
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from models.enums import LetterKind
from services.clients.client_records import ClientDraft, create_client
from services.errors import NotFound, StillroomError
from services.vault.practice_vault import Vault
from tests.ui.conftest import HeldExecutor
from ui.letters.letter_dialog import LetterDialog
from ui.worker import DatabaseWorker, Unexpected

NOW = datetime(2026, 6, 16, 9, 0, tzinfo=UTC)


@pytest.fixture
def held() -> HeldExecutor:
    return HeldExecutor()


@pytest.fixture
def held_worker(held: HeldExecutor) -> DatabaseWorker:
    return DatabaseWorker(held)


def delete(qtbot: QtBot, widget: QWidget) -> None:
    """Close `widget` and let Qt delete it, as it does a dialog closed with WA_DeleteOnClose."""
    widget.close()
    with qtbot.waitSignal(widget.destroyed):
        widget.deleteLater()


def release_one(held: HeldExecutor) -> None:
    """Let the oldest job held run, and only that one."""
    job, future = held.jobs.pop(0)
    try:
        future.set_result(job())
    except Exception as error:
        future.set_exception(error)


def callbacks_holding(label: QLabel, heard: list[str]) -> dict[str, Callable[[str], None]]:
    """Each form of callback the window's code passes, each one using `label`."""

    def show(text: str) -> None:  # a nested function using a widget of its caller
        heard.append(text)
        label.setText(text)

    return {
        "lambda": lambda text: show(text),  # a closure one level down
        "closure": show,
        "default argument": lambda text, shown=label: (heard.append(text), shown.setText(text)),
        "partial": partial(lambda shown, text: (heard.append(text), shown.setText(text)), label),
        "bound method": label.setText,
    }


FORMS = ["lambda", "closure", "default argument", "partial", "bound method"]


@pytest.mark.parametrize("form", FORMS)
def test_a_callback_holding_a_deleted_widget_is_not_called(
        qtbot: QtBot, held: HeldExecutor, held_worker: DatabaseWorker, form: str) -> None:
    label = QLabel()
    heard: list[str] = []
    held_worker.run(lambda: "Read", callbacks_holding(label, heard)[form])
    delete(qtbot, label)

    with qtbot.capture_exceptions() as raised:
        held.release()
    assert raised == []
    assert heard == []


@pytest.mark.parametrize("form", FORMS)
def test_a_callback_holding_a_live_widget_is_called(
        qtbot: QtBot, held: HeldExecutor, held_worker: DatabaseWorker, form: str) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    held_worker.run(lambda: "Read", callbacks_holding(label, [])[form])
    held.release()
    assert label.text() == "Read"


@pytest.mark.parametrize(("error", "raised_again"), [
    (NotFound("No such client."), []),  # the widget that was to say so is gone: nothing to do
    (KeyError("a bug"), [KeyError]),  # a bug is reported all the same
])
def test_a_failure_for_a_deleted_widget_is_not_called(
        qtbot: QtBot, held: HeldExecutor, held_worker: DatabaseWorker, error: Exception,
        raised_again: list[type[Exception]]) -> None:
    label = QLabel()
    told: list[StillroomError] = []

    def failing() -> Any:
        raise error

    def failed(failure: StillroomError) -> None:
        told.append(failure)
        label.setText(str(failure))

    held_worker.run(failing, label.setText, failed)
    delete(qtbot, label)
    with qtbot.capture_exceptions() as raised:
        held.release()
    assert [type(caught) for _kind, caught, _trace in raised] == raised_again
    assert told == []


def test_a_live_widget_hears_of_a_bug_as_unexpected(
        qtbot: QtBot, held: HeldExecutor, held_worker: DatabaseWorker) -> None:
    told: list[StillroomError] = []

    def broken() -> Any:
        raise KeyError("a bug")

    held_worker.run(broken, lambda _result: None, told.append)
    with qtbot.capture_exceptions() as raised:
        held.release()
    assert [type(error) for _kind, error, _trace in raised] == [KeyError]
    assert [type(error) for error in told] == [Unexpected]


def test_a_dialog_closed_while_its_read_is_in_flight_hears_nothing(
        qtbot: QtBot, vault: Vault, held: HeldExecutor, held_worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Mallow"))
    dialog = LetterDialog(vault, held_worker, client_id, kind=LetterKind.CHECK_IN,
                          paper=held_worker, now=lambda: NOW)
    dialog.show()
    release_one(held)  # the client is read; the draft is asked for, with a lambda to show it
    assert len(held.jobs) == 1
    assert dialog.windowTitle() == "Letter to Iris Mallow"

    delete(qtbot, dialog)
    with qtbot.capture_exceptions() as raised:
        release_one(held)  # the draft arrives for a dialog that is gone
    assert raised == []
    assert held.jobs == []


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux gives a thread its own niceness")
def test_a_job_apart_gives_way_to_the_window_and_the_database_worker(qtbot: QtBot) -> None:
    """The page check reads for seconds beside the window: on a short processor the window's
    own thread goes first."""
    threaded = DatabaseWorker()

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    heard: list[tuple[str, int]] = []
    try:
        threaded.run(niceness, lambda n: heard.append(("worker", n)))
        threaded.run_apart(niceness, lambda n: heard.append(("apart", n)))
        qtbot.waitUntil(lambda: len(heard) == 2)
    finally:
        threaded.shutdown()
    window = niceness()
    assert dict(heard) == {"worker": window, "apart": min(19, window + 10)}
