"""Where a paper is saved: the folder the therapist used last, and no trace in Qt's settings.

Qt's own file dialog writes the folders it visited ("history", "lastVisited") to
`QtProject.conf`, a plain file in the user's settings folder; `forget_qt_history` wipes that
group after every dialog and when the window closes. The folder last used is kept in the vault
instead (services/practice/last_folder.py): `SAVE_FOLDER` holds it for the open practice, read
when the window opens it and written on the database worker when a paper is saved.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths

if TYPE_CHECKING:  # the start-up dialogs forget Qt's history before the database code loads
    from services.vault.practice_vault import Vault
    from ui.worker import DatabaseWorker

QT_GROUP = "FileDialog"


def forget_qt_history() -> None:
    """Remove what Qt's file dialogs wrote about the folders they visited."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(QT_GROUP)
    settings.sync()


def documents() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation))


class SaveFolder:
    """The open practice's last save folder (Documents when none is known yet)."""

    def __init__(self) -> None:
        self._vault: Vault | None = None
        self._worker: DatabaseWorker | None = None
        self._folder: Path | None = None

    def open(self, vault: Vault, worker: DatabaseWorker) -> None:
        """The window opened `vault`: read its folder on the worker."""
        from services.practice.last_folder import last_folder

        self._vault, self._worker, self._folder = vault, worker, None
        worker.run(lambda: last_folder(vault), self._read, lambda _error: None)

    def close(self) -> None:
        self._vault = self._worker = self._folder = None

    def start(self) -> Path:
        """Where a save dialog opens."""
        return self._folder or documents()

    def chosen(self, path: Path) -> None:
        """A paper was saved at `path`: start there next time; the vault keeps it."""
        from services.practice.last_folder import remember_folder

        folder = path.parent
        self._folder = folder
        vault, worker = self._vault, self._worker
        if vault is not None and worker is not None:
            worker.run(lambda: remember_folder(vault, folder), lambda _none: None,
                       lambda _error: None)

    def _read(self, folder: Path | None) -> None:
        if self._folder is None:
            self._folder = folder


SAVE_FOLDER = SaveFolder()
