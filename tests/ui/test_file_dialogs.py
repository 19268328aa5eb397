"""Saving a paper leaves no folder history in Qt's settings; the vault keeps the last folder."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from services.practice.last_folder import last_folder
from services.vault.practice_vault import Vault
from ui.day_close.file_export import FileExport
from ui.file_dialogs import QT_GROUP, SAVE_FOLDER
from ui.worker import DatabaseWorker


def qt_history() -> list[str]:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup(QT_GROUP)
    return settings.allKeys()


def save_through(qtbot: QtBot, dialog: QFileDialog, target: Path) -> None:
    """Choose `target` and Save, as the therapist does, and wait for the dialog to go."""
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.selectFile(str(target))
    dialog.accept()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))


def test_qt_itself_writes_the_folders_it_visited(qtbot: QtBot, tmp_path: Path) -> None:
    """Why the wiping is needed: a plain QFileDialog writes its history when it goes."""
    dialog = QFileDialog(None, "Save", str(tmp_path))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.open()
    save_through(qtbot, dialog, tmp_path / "plain.csv")
    assert qt_history() != []
    QSettings(QSettings.Scope.UserScope, "QtProject").remove(QT_GROUP)


def test_saving_a_paper_leaves_no_history_and_the_vault_keeps_the_folder(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, tmp_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    SAVE_FOLDER.open(vault, worker)
    folder = tmp_path / "Papers for the accountant"
    folder.mkdir()
    export = FileExport(renderer=worker)
    written: list[Path] = []
    export.ask(window, "Day sheet", "day-sheet.csv", [("CSV (*.csv)", "csv")],
               lambda path: written.append(path))
    dialog = export.file_dialog
    assert dialog is not None
    save_through(qtbot, dialog, folder / "day-sheet.csv")

    assert written == [folder / "day-sheet.csv"]
    assert qt_history() == []
    config = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert not config.exists() or "accountant" not in config.read_text(encoding="utf-8")
    assert SAVE_FOLDER.start() == folder
    assert last_folder(vault) == folder
    SAVE_FOLDER.close()
