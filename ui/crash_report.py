"""One handler for every unexpected error, on every thread: it is logged, then shown.

Within `crash_reporting(folder)`, where the window runs, the handler is `sys.excepthook` and
`threading.excepthook`. PySide6 hands an exception raised in a slot, or in a Qt virtual method
called by the event loop, to `sys.excepthook`; the database worker raises a job's bug again on
the GUI thread (ui/worker.py); so every error no code caught arrives here. Wherever it
happens, it is written to the log at once (ui/crash_log.py), then posted to the GUI thread
through a queued signal, where one dialog shows it; errors that follow while that dialog is
open are counted in it, not stacked in dialogs of their own.

The log and the dialog hold what `describe` (ui/crash_details.py) writes: no client data.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ui.crash_details import describe
from ui.crash_log import close_log, open_log
from ui.forms import dialog_layout, heading_label, note_label

log = logging.getLogger(__name__)

SHOWN_IN_FULL = 5  # errors whose details the dialog lists; those after are only counted

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


class CrashDialog(QDialog):
    """Something unexpected went wrong: the data is safe, what to do now, and the details."""

    def __init__(self, details: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = 1
        self.setWindowTitle(self.tr("Stillroom — something went wrong"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.heading = heading_label(self.tr("Something unexpected went wrong"))
        self.safe = note_label(self.tr(
            "Your practice's data is safe: Stillroom saves each change whole or not at all, so "
            "nothing was left half-written, and everything saved before is as it was."))
        self.advice = note_label(self.tr(
            "Save what you are writing and close any open dialogs. If this happens again, "
            "restart Stillroom. To help us fix it, copy the details below and send them to "
            "support: they say where in Stillroom the error happened and hold no client "
            "information."))
        self.count = note_label()
        self.count.hide()
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.where = note_label(self.tr("A copy of these details is kept in the log: {path}")
                                .format(path=log_file))
        for label in (self.count, self.where):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch()
        row.addWidget(buttons)

        layout = dialog_layout(self)
        layout.setSpacing(8)
        for widget in (self.heading, self.safe, self.advice, self.count, self.details,
                       self.where):
            layout.addWidget(widget)
        layout.addLayout(row)

    def add(self, details: str) -> None:
        """Another error while this one is shown: counted, and listed while there are few."""
        self.errors += 1
        self.count.setText(self.tr("More unexpected errors since this one: {count}").format(
            count=self.errors - 1))
        self.count.show()
        if self.errors <= SHOWN_IN_FULL:
            self.details.appendPlainText("\n" + details)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CrashReporter(QObject):
    """The handler, while installed; the dialog it shows, while open."""

    _arrived = Signal(str)

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.dialog: CrashDialog | None = None
        self._previous: tuple[ExceptHook, ThreadHook] | None = None
        self._arrived.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        if self._previous is None:
            self._previous = (sys.excepthook, threading.excepthook)
            sys.excepthook = self._python_hook
            threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def report(self, error: BaseException) -> None:
        """Log `error` now, on whatever thread it happened, and show it on the GUI thread."""
        details = describe(error)
        log.error("An unexpected error\n%s", details)
        self._arrived.emit(details)

    def _python_hook(self, kind: type[BaseException], error: BaseException,
                     trace: TracebackType | None) -> None:
        if isinstance(error, Exception):
            self.report(error)
        elif self._previous is not None:  # Ctrl+C, an exit: not errors to report
            self._previous[0](kind, error, trace)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if isinstance(args.exc_value, Exception):
            self.report(args.exc_value)
        elif self._previous is not None:
            self._previous[1](args)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None:
            self.dialog.add(details)
            return
        self.dialog = CrashDialog(details, self.log_file)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._closed)
        self.dialog.show()

    def _closed(self) -> None:
        self.dialog = None


@contextmanager
def crash_reporting(folder: Path) -> Iterator[CrashReporter]:
    """Within the block, every unexpected error is logged in `folder` and shown."""
    log_file = open_log(folder)
    reporter = CrashReporter(Path(log_file.baseFilename))
    reporter.install()
    try:
        yield reporter
    finally:
        reporter.uninstall()
        close_log(log_file)
