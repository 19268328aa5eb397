"""The window's start: while it runs, every unexpected error is reported and logged."""

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.app import PracticeLauncher, run_gui
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
