"""Saving a file the therapist asked for (a day sheet, a month report) where they choose;
rendered and written on the paper thread (`ui.paper_files`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.file_dialogs import SAVE_FOLDER, forget_qt_history
from ui.paper_files import paper_worker, written
from ui.worker import DatabaseWorker


class FileExport(QObject):
    """Asks where to save, then writes there off the GUI thread: `saved(path)` or
    `failed(message)`. `file_dialog` is the dialog last asked with."""

    saved = Signal(Path)
    failed = Signal(str)

    def __init__(self, renderer: DatabaseWorker | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self.file_dialog: QFileDialog | None = None

    def ask(self, window: QWidget, title: str, file_name: str,
            kinds: Sequence[tuple[str, str]], write: Callable[[Path], None]) -> None:
        """`kinds`: (filter such as "PDF document (*.pdf)", its suffix), the first proposed."""
        dialog = QFileDialog(window, title, str(SAVE_FOLDER.start()))
        dialog.setObjectName("save_file")
        # Qt writes the folders it visited as the dialog goes: wipe them once it has gone
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(forget_qt_history)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        suffixes = dict(kinds)
        dialog.setNameFilters(list(suffixes))
        dialog.setDefaultSuffix(kinds[0][1])
        dialog.filterSelected.connect(
            lambda chosen: dialog.setDefaultSuffix(suffixes.get(chosen, kinds[0][1])))
        dialog.selectFile(file_name)
        dialog.fileSelected.connect(lambda name: self.write(Path(name), write))
        dialog.fileSelected.connect(lambda name: SAVE_FOLDER.chosen(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def write(self, path: Path, write: Callable[[Path], None]) -> None:
        renderer = self._renderer or paper_worker()

        def done(reason: str) -> None:
            if not shiboken6.isValid(self):
                return  # the window was closed while the file was written
            if reason:
                self.failed.emit(self.tr("Stillroom could not write {path}: {reason}").format(
                    path=str(path), reason=reason))
            else:
                self.saved.emit(path)

        renderer.run(lambda: written(path, write), done)
