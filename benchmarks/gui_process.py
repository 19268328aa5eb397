"""The window in a fresh process: what a running benchmark cannot measure in itself.

    python -m benchmarks.gui_process FOLDER --client ID    (the data key, in hex, on stdin)
    python -m benchmarks.gui_process --first-frame FOLDER
    python -m benchmarks.gui_process --bare

Prints "painted" as soon as the window is drawn. With a practice, it then does what a
therapist does in a first minute (steps through weeks, a month, opens a long client's panel),
closes the practice and prints its peak memory as JSON: {"peak_kib": ...}. `--bare` shows a
bare PySide6 window of the same shape and stops. `--first-frame` starts as the app does on a
practice that asks for its passphrase and stops once the unlock dialog is painted. Only
PySide6 is imported before the practice is wanted, so `--bare` pays for nothing of
Stillroom's; the key never appears in the arguments or the environment.

`bare_window` and `paint` are shared with the in-process figures (benchmarks/gui_figures.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, Qt
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


def _practice(folder: Path, client_id: int) -> None:
    key = bytearray.fromhex(sys.stdin.readline().strip())
    # Imported here, not above: the bare window's process must not pay for them.
    from services.vault.practice_vault import open_vault
    from ui.app import install_fonts
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.worker import DatabaseWorker

    app = QApplication(sys.argv[:1])
    install_fonts(app)
    install_language(app, "en")
    # As the app starts: the page check left for the worker, which runs on its own thread.
    worker = DatabaseWorker()
    window = MainWindow(open_vault(folder, key, actor="benchmark"), worker)
    window.show()
    while not window.calendar.time_grid.entries():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    draw(window)
    print("painted", flush=True)
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


def _first_frame(folder: Path) -> None:
    """As `run_gui` starts on a practice that asks for its passphrase, to the unlock dialog
    painted; then waits for the code loading behind it, as the therapist types."""
    from ui.app import PracticeLauncher, prepare_application
    from ui.worker import DatabaseWorker

    app = QApplication(sys.argv[:1])
    prepare_application(app)
    worker = DatabaseWorker()
    launcher = PracticeLauncher(folder, worker)
    launcher.start()
    dialog = launcher.unlock_dialog
    if dialog is None:
        raise SystemExit("the practice did not ask for its passphrase")
    draw(dialog)
    print("painted", flush=True)
    worker.shutdown()
    dialog.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui_process", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--client", type=int, default=1, help="the client whose panel to open")
    parser.add_argument("--bare", action="store_true", help="a bare PySide6 window instead")
    parser.add_argument("--first-frame", action="store_true",
                        help="to the unlock dialog painted, as the app starts")
    args = parser.parse_args(argv)
    if args.bare:
        app = QApplication(sys.argv[:1])
        window = bare_window()
        print("painted", flush=True)
        window.close()
        del window, app  # the window goes before the application
    elif args.folder is None:
        parser.error("the practice's folder is needed without --bare")
    elif args.first_frame:
        _first_frame(args.folder)
    else:
        _practice(args.folder, args.client)
    return 0


if __name__ == "__main__":
    sys.exit(main())
