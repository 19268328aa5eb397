"""Backing the practice up to a folder of the therapist's choosing (a USB stick) each time a day
is closed, keeping the last few backups there.

Where and how many are this computer's business, not the practice's: a stick is plugged into
one laptop. So they are kept in the app's settings on this computer (QSettings), not the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services.vault.backup import backup, keep_newest
from services.vault.practice_vault import Vault
from ui.file_dialogs import forget_qt_history
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable

ON, FOLDER, KEEP = "closing_backup/on", "closing_backup/folder", "closing_backup/keep"
KEEP_DEFAULT = 7


def _count(stored: object) -> int:
    """How many to keep, as stored; the default if the settings file says something else."""
    try:
        return int(str(stored))
    except ValueError:
        return KEEP_DEFAULT


class ClosingBackup(QWidget):
    """The choice (on or off, the folder, how many to keep) and the backup itself.

    `back_up(vault, files)` after a day is closed: `done(message)` or `failed(message)`.
    """

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = QSettings()
        self.folder = str(settings.value(FOLDER, "") or "")
        self.enabled = QCheckBox(self.tr("Back up when I close the day, to:"))
        self.enabled.setObjectName("backup_on_close")
        self.enabled.setAccessibleName(self.tr("Back up when I close the day"))
        self.enabled.setChecked(bool(settings.value(ON, False, type=bool)) and bool(self.folder))
        self.enabled.toggled.connect(self._changed)
        self.place = plain_label()
        self.place.setObjectName("backup_folder")
        self.choose = QPushButton(self.tr("Choose a folder…"))
        self.choose.setObjectName("choose_backup_folder")
        self.choose.clicked.connect(self.ask_for_folder)
        self.keep = QSpinBox()
        self.keep.setObjectName("backups_kept")
        self.keep.setRange(1, 60)
        self.keep.setValue(_count(settings.value(KEEP, KEEP_DEFAULT)))
        self.keep.setAccessibleName(self.tr("How many backups to keep there"))
        self.keep.valueChanged.connect(lambda _value: self._changed())
        self.said = note_label()
        self.said.setObjectName("backup_said")
        self.said.hide()
        # Moving while the backup runs: years of notes take seconds to copy and check.
        self.busy = QProgressBar()
        self.busy.setObjectName("backing_up")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Backing up"))
        self.busy.hide()
        self.done.connect(lambda text: self._say(text, HINT_STYLE))
        self.failed.connect(lambda text: self._say(text, ERROR_STYLE))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.place, 1)
        row.addWidget(self.choose)
        row.addWidget(plain_label(self.tr("keep the last")))
        row.addWidget(self.keep)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.busy)
        column.addWidget(self.said)
        self._show_folder()

    def ask_for_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to keep the backups"),
                                                  self.folder)
        forget_qt_history()  # the dialog is gone, and wrote the folders it saw
        if chosen:
            self.folder = chosen
            self.enabled.setChecked(True)
            self._changed()

    def back_up(self, vault: Vault, files: DatabaseWorker) -> None:
        """Back up now, if the therapist asked for it; the old ones beyond the count go.

        On `files` (the paper thread), not the vault's worker: the copy reads the whole
        database through a connection of its own, and the calendar need not wait for it."""
        if not (self.enabled.isChecked() and self.folder):
            return
        folder, keep = Path(self.folder), self.keep.value()
        if not folder.is_dir():
            self.failed.emit(self.tr(
                "The day is closed, but there was no backup: the folder {folder} cannot be "
                "found. Is the USB stick plugged in?").format(folder=str(folder)))
            return

        def run() -> Path:
            written = backup(vault.paths.folder, vault.key, folder)
            keep_newest(folder, keep)
            return written

        self._say(self.tr("Backing up to {folder}…").format(folder=str(folder)), HINT_STYLE)
        self.busy.show()
        files.run(run, lambda written: self.done.emit(self.tr(
            "Backed up to {file}; the last {keep} backups are kept there.").format(
            file=str(written), keep=keep)),
            lambda error: self.failed.emit(readable(error)))

    def _changed(self) -> None:
        settings = QSettings()
        settings.setValue(ON, self.enabled.isChecked())
        settings.setValue(FOLDER, self.folder)
        settings.setValue(KEEP, self.keep.value())
        self._show_folder()

    def _show_folder(self) -> None:
        self.place.setText(self.folder or self.tr("no folder chosen yet"))
        self.enabled.setEnabled(bool(self.folder))

    def _say(self, text: str, style: str) -> None:
        self.busy.hide()
        self.said.setStyleSheet(style)
        self.said.setText(text)
        self.said.show()
