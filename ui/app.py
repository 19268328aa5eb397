"""The window application: fonts, then from start-up to the open practice and a clean exit.

Up at once: when the practice will ask for its passphrase (services/vault/remembered.py), the
unlock dialog is the first thing shown, before the database code and the main window's
modules are loaded; the worker thread loads them behind it while the passphrase is typed
(`load_the_book`). When it may open without asking (the key remembered), the window's frame
with an empty week comes first (ui/opening_window.py) while the worker opens the practice and
loads the same code; the real window then takes the frame's place with the week filled in.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, qVersion
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

import resources
from services.errors import KeyFileDamaged, StillroomError, WrongPassphrase
from services.vault.remembered import asks_for_passphrase, is_remembered
from services.vault.vault_paths import VaultPaths
from ui.crash_report import crash_reporting
from ui.file_dialogs import forget_qt_history
from ui.first_frame import FIRST_FRAME_VARIABLE, FirstFrameReport
from ui.i18n import install_language, save_language, saved_language
from ui.opening_window import OpeningWindow
from ui.plain_text import literal
from ui.unlock_dialog import UnlockDialog, open_practice
from ui.worker import DatabaseWorker, readable

log = logging.getLogger(__name__)  # the log in the data folder (ui/crash_log.py): no client data

FONTS = resources.FOLDER / "fonts"
ICON = resources.FOLDER / "icons" / "stillroom.svg"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_FAMILY = "DejaVu Sans"
FONT_POINTS = 10
_loaded_fonts: list[int] = []

if TYPE_CHECKING:
    from services.vault.key_slots import KdfParams
    from services.vault.practice_vault import Vault
    from ui.create_practice_dialog import CreatePracticeDialog
    from ui.main_window import MainWindow


def install_fonts(app: QApplication) -> None:
    """Load the bundled DejaVu Sans (Qt's wheels ship no fonts) and make it the app's font."""
    if not _loaded_fonts:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
            if font_id < 0:
                log.error("The font %s could not be loaded", name)
            else:
                _loaded_fonts.append(font_id)
    points = app.font().pointSizeF()
    app.setFont(QFont(FONT_FAMILY, round(points) if points >= FONT_POINTS else FONT_POINTS))


# Said in both languages: when it shows, the Russian words are the ones that are missing.
WORDS_MISSING = (
    "Stillroom's Russian words could not be loaded, so the window is in English. Installing "
    "Stillroom again puts them back.\n\n"
    "Не удалось загрузить русский перевод Stillroom, поэтому окно на английском. Повторная "
    "установка Stillroom это исправит.")


def prepare_application(app: QApplication) -> bool:
    """Name, fonts and language; False when the chosen language's words could not be loaded."""
    app.setApplicationName("Stillroom")
    app.setOrganizationName("Stillroom")
    app.setDesktopFileName("stillroom")  # the desktop entry (packaging/), for the dock's icon
    app.setWindowIcon(QIcon(str(ICON)))
    install_fonts(app)
    return install_language(app, saved_language())


# What opening the practice and its window import, in the order they are loaded.
THE_BOOK = ("services.vault.practice_vault", "services.vault.passphrase", "ui.main_window")


def load_the_book() -> None:
    """Import what opening the practice and its window need: run on the worker while the
    unlock dialog waits for the passphrase (or the window's frame for the practice), so
    neither waits for it afterwards."""
    for module in THE_BOOK:
        importlib.import_module(module)


def started() -> None:
    """The window is up: what starting made is kept out of every later collection
    (`gc.freeze`: it lives as long as the app), the garbage collector, held since the window
    began loading PySide6 (ui/__init__.py), runs again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


@dataclass(frozen=True)
class Opened:
    """What opening without asking came to: the practice, or None and whether the key file
    says the key is remembered here (then the keychain did not give it: the unlock dialog
    says so)."""

    vault: Vault | None
    remembered: bool = False


def open_if_known(folder: Path) -> Opened:
    """The practice opened without asking (environment variable or keychain), with the
    window's code loaded; run on the worker while the window's frame is on screen."""
    from services.vault.key_rotation import heal
    from services.vault.practice_vault import key_without_asking

    healed = heal(VaultPaths(folder))  # a passphrase change a kill left half done
    if healed:
        log.warning("%s", healed)
    try:
        key = key_without_asking(folder)
    except WrongPassphrase:  # a stale STILLROOM_PASSPHRASE: ask the therapist instead
        key = None
    except KeyFileDamaged as error:
        if not error.recoverable:  # else the unlock dialog offers the recovery code
            raise
        key = None
    if key is None:
        return Opened(None, remembered_here(folder))
    vault = open_practice(folder, key)
    load_the_book()
    return Opened(vault)


def remembered_here(folder: Path) -> bool:
    """Whether the key file says the key is in this computer's keychain (False when the
    key file cannot be read: the unlock dialog deals with that)."""
    try:
        return is_remembered(folder)
    except StillroomError:
        return False


class PracticeLauncher(QObject):
    """From start-up to the open practice: create or unlock it, then show the window.

    `finished` carries the exit code: 0 when the therapist is done, 1 when the practice could
    not be opened (in use elsewhere, damaged) and they were told why.
    """

    finished = Signal(int)
    first_window_shown = Signal(QWidget)  # the frame, the unlock or the first-run dialog

    def __init__(self, folder: Path, worker: DatabaseWorker, *, kdf: KdfParams | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._worker = worker
        self._kdf = kdf
        self._now = now
        self.create_dialog: CreatePracticeDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.window: MainWindow | None = None
        self.message: QMessageBox | None = None
        self.opening: OpeningWindow | None = None

    def start(self) -> None:
        if asks_for_passphrase(self._folder):
            self._ask_passphrase(keychain_silent=False)
            assert self.unlock_dialog is not None
            self.first_window_shown.emit(self.unlock_dialog)
            self._behind_first_paint(load_the_book, lambda _loaded: None)
        elif VaultPaths(self._folder).exists():
            folder = self._folder
            self.opening = OpeningWindow(self._now().astimezone().date(),
                                         self.tr("Opening your practice…"))
            self.opening.show()
            self.first_window_shown.emit(self.opening)
            self._behind_first_paint(lambda: open_if_known(folder), self._opened_without_asking,
                                     self._cannot_open)
        else:
            # Only a first start needs it, and it brings reportlab and QtPdf (the recovery sheet).
            from ui.create_practice_dialog import CreatePracticeDialog

            self.create_dialog = CreatePracticeDialog(self._folder, self._worker, kdf=self._kdf)
            self.create_dialog.finished.connect(self._create_finished)
            self.create_dialog.show()
            self.first_window_shown.emit(self.create_dialog)

    def _behind_first_paint(self, job: Callable[[], Any], done: Callable[[Any], None],
                            failed: Callable[[StillroomError], None] | None = None) -> None:
        """Queue `job` once the window just shown is painted (the event loop's next turn):
        code loading on the worker beside that first paint, each wanting the interpreter,
        would slow it."""
        QTimer.singleShot(0, self, lambda: self._worker.run(job, done, failed))

    def _create_finished(self, result: int) -> None:
        dialog = self.create_dialog
        accepted = result == QDialog.DialogCode.Accepted
        if dialog is not None and accepted and dialog.vault is not None:
            vault, dialog.vault = dialog.vault, None
            language = dialog.language.currentData()
            save_language(language)
            app = QCoreApplication.instance()
            if app is not None and not install_language(app, language):
                QMessageBox.warning(None, "Stillroom", WORDS_MISSING)
            self._show_window(vault)
        else:
            self.finished.emit(0)

    def _opened_without_asking(self, opened: Opened) -> None:
        if opened.vault is not None:
            self._show_window(opened.vault)
            return
        self._close_opening()
        self._ask_passphrase(keychain_silent=opened.remembered)
        self._worker.run(load_the_book, lambda _loaded: None)

    def _ask_passphrase(self, *, keychain_silent: bool) -> None:
        self.unlock_dialog = UnlockDialog(self._folder, self._worker,
                                          keychain_silent=keychain_silent)
        self.unlock_dialog.finished.connect(self._unlock_finished)
        self.unlock_dialog.show()

    def _unlock_finished(self, result: int) -> None:
        dialog = self.unlock_dialog
        accepted = result == QDialog.DialogCode.Accepted
        if dialog is not None and accepted and dialog.vault is not None:
            vault, dialog.vault = dialog.vault, None
            self._show_window(vault)
        elif dialog is not None and dialog.failure is not None:
            self._cannot_open(dialog.failure)
        else:
            self.finished.emit(0)

    def _cannot_open(self, error: StillroomError) -> None:
        self._close_opening()
        self.message = QMessageBox(QMessageBox.Icon.Critical, self.tr("Stillroom"),
                                   self.tr("Stillroom cannot open your practice."),
                                   QMessageBox.StandardButton.Close)
        self.message.setInformativeText(literal(readable(error)))
        self.message.finished.connect(lambda _result: self.finished.emit(1))
        self.message.show()

    def _show_window(self, vault: Vault) -> None:
        from ui.main_window import MainWindow

        self.window = MainWindow(vault, self._worker, now=self._now)
        self.window.closed.connect(lambda: self.finished.emit(0))
        self.window.ready_to_show.connect(started)
        if self.opening is None:
            self.window.show()
        else:  # the frame stays until the week is read, so the window is painted once, full
            self.window.ready_to_show.connect(self._hand_over)

    def _hand_over(self) -> None:
        opening, self.opening = self.opening, None
        if opening is not None and self.window is not None:
            opening.hand_over_to(self.window)

    def _close_opening(self) -> None:
        if self.opening is not None:
            self.opening.close()
            self.opening.deleteLater()
            self.opening = None

    def close_everything(self) -> None:
        """Close the practice however the event loop ended (the worker must still run)."""
        self._close_opening()
        if self.window is not None and self.window.is_open:
            self.window.close()
        if self.create_dialog is not None and self.create_dialog.vault is not None:
            vault, self.create_dialog.vault = self.create_dialog.vault, None
            self._worker.run(vault.close, lambda _nothing: None)


def run_gui(data_dir: Path) -> int:
    """Start the window on the practice in `data_dir`; returns the process's exit code.

    While it runs, every unexpected error, on any thread, is logged in `data_dir` and shown.
    """
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    with crash_reporting(data_dir):
        log.info("Stillroom starts: Python %s, Qt %s, %s %s %s", platform.python_version(),
                 qVersion(), platform.system(), platform.release(), platform.machine())
        if not prepare_application(app):
            QMessageBox.warning(None, "Stillroom", WORDS_MISSING)
        app.setQuitOnLastWindowClosed(False)  # between the dialogs and the window none is shown
        worker = DatabaseWorker()
        launcher = PracticeLauncher(data_dir, worker)
        if os.environ.get(FIRST_FRAME_VARIABLE):  # timed from outside (ui/first_frame.py)
            launcher.first_window_shown.connect(
                FirstFrameReport(lambda: app.exit(0), launcher).watch)
        launcher.finished.connect(app.exit)
        QTimer.singleShot(0, launcher.start)
        try:
            return app.exec()
        finally:
            launcher.close_everything()
            worker.shutdown()
            forget_qt_history()
