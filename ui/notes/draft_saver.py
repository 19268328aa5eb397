"""Drafts never lost: the editor's typing saved to the vault, debounced, on the worker.

Every change starts a short timer; when it runs out the draft is saved on the database
worker, so a keystroke never waits for the disk. `save_now` saves at once (on close, before
signing, when the window locks). One save is in flight at a time: what is typed meanwhile is
saved by another as soon as that one is back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from services.errors import StillroomError
from services.notes.session_notes import NoteDraft, SavedDraft, save_draft
from services.vault.practice_vault import Vault
from ui.worker import DatabaseWorker

QUIET_MS = 1000  # after the last keystroke


class DraftSaver(QObject):
    """Saves `draft()` after each change, debounced; `saved` or `failed` after each save."""

    saved = Signal(object)  # SavedDraft
    failed = Signal(object)  # StillroomError

    def __init__(self, vault: Vault, worker: DatabaseWorker, draft: Callable[[], NoteDraft],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._draft = vault, worker, draft
        self._unsaved = False
        self._in_flight = False
        self._hurry = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(QUIET_MS)
        self.timer.timeout.connect(self.save_now)

    @property
    def unsaved(self) -> bool:
        """Whether something typed is not yet saved (or its save is not yet back)."""
        return self._unsaved or self._in_flight

    def changed(self) -> None:
        """Something was typed: save once the typing pauses."""
        self._unsaved = True
        self.timer.start()

    def save_now(self) -> None:
        """Save what is unsaved at once, or right after the save in flight."""
        self.timer.stop()
        if not self._unsaved:
            return
        if self._in_flight:
            self._hurry = True
            return
        draft, vault = self._draft(), self._vault
        self._unsaved, self._in_flight, self._hurry = False, True, False
        self._worker.run(lambda: save_draft(vault, draft), self._saved, self._failed)

    def forget(self) -> None:
        """Nothing left to save: the note was saved another way (signing saves it too)."""
        self.timer.stop()
        self._unsaved = self._hurry = False

    def _saved(self, saved: SavedDraft) -> None:
        self._in_flight = False
        self.saved.emit(saved)
        self._follow()

    def _failed(self, error: StillroomError) -> None:
        """Not saved: the next save (a keystroke, closing) tries again with all of it."""
        self._in_flight = self._hurry = False
        self._unsaved = True
        self.failed.emit(error)

    def _follow(self) -> None:
        """Asked to save at once while a save was in flight: save what came since. (What was
        only typed meanwhile waits for its own timer.)"""
        if self._hurry:
            self.save_now()
