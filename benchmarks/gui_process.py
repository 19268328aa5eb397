"""The window in a fresh process: what a running benchmark cannot measure in itself.

    python -m benchmarks.gui_process FOLDER --client ID    (vault id and data key on stdin)
    python -m benchmarks.gui_process --bare

Prints "painted" as soon as the window is drawn. With a practice whose key is remembered (its
key file says so; the keychain is one in memory holding the key read from stdin, so no key
derivation is timed), it starts as the app does, and prints "painted" once the week's sessions
are drawn; it then does what a therapist does in a first minute (steps through weeks, a month,
opens a long client's panel), closes the practice and prints its peak memory as JSON:
{"peak_kib": ...}. `--bare` shows a bare PySide6 window of the same shape and stops: it pays
for nothing of Stillroom's. The key never appears in the arguments or the environment. (The
first windows are timed from the app itself, `python main.py`: benchmarks/gui_figures.py.)

`bare_window` and `paint` are shared with the in-process figures (benchmarks/gui_figures.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import ui  # noqa: F401  (PySide6 loaded first, as the app loads it: ui/__init__.py)

# isort: split
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListView,
    QMainWindow,
    QScrollArea,
    QWidget,
)

from benchmarks.timing import peak_kib

WINDOW_SIZE = (1280, 800)  # the size MainWindow gives itself


def paint(widget: QWidget) -> None:
    """Do the layouts waiting, then draw every pixel of `widget`, shown or not (a grab)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    widget.grab()


def draw(widget: QWidget) -> None:
    """Do the layouts waiting, then draw a shown `widget` into its window's backing store at
    once, as the screen would: no second full-size copy, as a grab makes, inflates the memory
    figure."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    widget.repaint()


def settle() -> None:
    """Deliver whatever is still posted (updates, deletions), as an idle event loop would."""
    QApplication.sendPostedEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def bare_window() -> QMainWindow:
    """A window of MainWindow's shape and size with nothing in it: a menu bar, a tool bar, a
    status bar, an empty list docked left, an empty scroll area docked right, a label in the
    middle. Shown and painted."""
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    for title in ("&Practice", "&Edit", "&View"):
        window.menuBar().addMenu(title).addAction("Item")
    toolbar = window.addToolBar("Main")
    for text in ("New session", "New client", "Undo", "Redo", "Settings", "Lock"):
        toolbar.addAction(text)
    for title, widget, area in (("Clients", QListView(), Qt.DockWidgetArea.LeftDockWidgetArea),
                                ("Client", QScrollArea(), Qt.DockWidgetArea.RightDockWidgetArea)):
        dock = QDockWidget(title, window)
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
    central = QWidget()
    QLabel("Calendar", central)
    window.setCentralWidget(central)
    window.statusBar().showMessage("Ready")
    window.show()
    draw(window)
    return window


def _wait_until(done: Callable[[], bool]) -> None:
    """Run the event loop until `done()`, as the app's own loop runs: the worker thread runs
    meanwhile (`processEvents` waiting for events would hold the GIL and starve it)."""
    loop = QEventLoop()
    timer = QTimer()

    def look() -> None:
        if done():
            loop.quit()

    timer.timeout.connect(look)
    timer.start(5)
    if not done():
        loop.exec()
    timer.stop()


def _remember_key() -> None:
    """The key read from stdin kept in the keychain `keyring` will pick, as the desktop's."""
    from benchmarks import remembered_keychain

    vault_id, key = sys.stdin.readline().split()
    remembered_keychain.REMEMBERED[vault_id] = key
    os.environ["PYTHON_KEYRING_BACKEND"] = remembered_keychain.BACKEND


def _launched(folder: Path) -> tuple[Any, Any]:
    """As `run_gui` starts on a practice whose key is remembered: the launcher started and
    its database worker (the application made). The launcher prints "painted" once the
    window's week has been painted with its sessions, by the event loop as the therapist
    sees it, and then says so in `week_painted`."""
    from ui.app import PracticeLauncher, prepare_application
    from ui.worker import DatabaseWorker

    class WeekWatched(PracticeLauncher):
        week_painted = False

        def _show_window(self, vault: Any) -> None:
            super()._show_window(vault)
            assert self.window is not None
            self.window.calendar.time_grid.installEventFilter(self)

        def eventFilter(self, watched: Any, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched.entries():
                watched.removeEventFilter(self)
                QTimer.singleShot(0, self._painted)  # after this paint is drawn
            return False

        def _painted(self) -> None:
            print("painted", flush=True)
            self.week_painted = True

    _remember_key()
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    worker = DatabaseWorker()
    launcher = WeekWatched(folder, worker)
    launcher.start()
    return launcher, worker


def _practice(folder: Path, client_id: int) -> None:
    launcher, worker = _launched(folder)
    _wait_until(lambda: launcher.message is not None or launcher.unlock_dialog is not None
                or launcher.week_painted)
    window = launcher.window
    if window is None or not launcher.week_painted:
        raise SystemExit("the practice did not open with its remembered key")
    settle()
    calendar = window.calendar
    for step in [calendar.next_period] * 4 + [calendar.previous_period] * 4:
        step()
        draw(calendar)
        settle()
    calendar.set_mode("month")
    draw(calendar)
    for _ in range(2):
        calendar.next_period()
        draw(calendar)
    calendar.set_mode("week")
    window.show_client(client_id)
    draw(window)
    settle()
    window.close()  # closes the practice
    worker.shutdown()
    print(json.dumps({"peak_kib": peak_kib()}), flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_process", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--client", type=int, default=1, help="the client whose panel to open")
    parser.add_argument("--bare", action="store_true", help="a bare PySide6 window instead")
    args = parser.parse_args(argv)
    if args.bare:
        app = QApplication(sys.argv[:1])
        window = bare_window()
        print("painted", flush=True)
        window.close()
        del window, app  # the window goes before the application
    elif args.folder is None:
        parser.error("the practice's folder is needed without --bare")
    else:
        _practice(args.folder, args.client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
