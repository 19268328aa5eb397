"""GUI test set-up: the bundled fonts, and a worker that runs database work at once."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.app import install_fonts
from ui.worker import DatabaseWorker, ImmediateExecutor


@pytest.fixture
def fonts(qapp: QApplication) -> None:
    install_fonts(qapp)


@pytest.fixture
def worker(fonts: None) -> Iterator[DatabaseWorker]:
    worker = DatabaseWorker(ImmediateExecutor())
    yield worker
    worker.shutdown()
