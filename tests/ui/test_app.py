"""The window's start: while it runs, every unexpected error is reported and logged."""

import gc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.app import PracticeLauncher, run_gui, started
from ui.crash_log import LOG_NAME
from ui.crash_report import CrashReporter


@pytest.fixture
def app_as_it_was(qapp: QApplication) -> Iterator[QApplication]:
    """`run_gui` names the shared application and keeps it open without windows: undone."""
    names = qapp.applicationName(), qapp.organizationName()
    yield qapp
    qapp.setApplicationName(names[0])
    qapp.setOrganizationName(names[1])
    qapp.setQuitOnLastWindowClosed(True)


def test_while_the_window_runs_errors_on_every_thread_go_to_the_crash_handler(
        app_as_it_was: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    during: dict[str, object] = {}

    def event_loop(_app: QApplication) -> int:
        during["python"], during["threads"] = sys.excepthook, threading.excepthook
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    monkeypatch.setattr(PracticeLauncher, "start", lambda _launcher: None)
    hooks_before = sys.excepthook, threading.excepthook

    assert run_gui(data_dir) == 0

    reporter = getattr(during["python"], "__self__", None)
    assert isinstance(reporter, CrashReporter)
    assert getattr(during["threads"], "__self__", None) is reporter
    assert (sys.excepthook, threading.excepthook) == hooks_before
    assert "INFO ui.app: Stillroom starts" in (data_dir / LOG_NAME).read_text()


def test_once_started_the_collector_runs_again_and_leaves_start_up_alone() -> None:
    gc.disable()  # as ui/__init__.py holds it while the app starts
    try:
        started()
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        frozen = gc.get_freeze_count()
        started()  # a second window (after a restore, say) changes nothing
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.enable()


def test_under_a_test_runner_started_leaves_the_collector_as_it_is() -> None:
    assert gc.isenabled()
    started()
    assert gc.get_freeze_count() == 0
