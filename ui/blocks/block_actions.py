"""What happens when the therapist acts on time kept from clients in the calendar: block a
slot, change a block, give its time back. Each is one undoable action of the services (Edit →
Undo takes it back), so removing asks no question."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from services.calendar.blocks import SavedBlock, delete_block, find_block
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.plain_text import literal
from ui.worker import DatabaseWorker, readable

if TYPE_CHECKING:  # loaded when first opened
    from ui.blocks.block_dialog import BlockDialog


class BlockActions(QObject):
    """Opens the block dialog and removes blocks; `changed` when the book changed."""

    changed = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, window: QWidget) -> None:
        super().__init__(window)
        self._vault, self._worker, self._window = vault, worker, window
        self._zone = ZoneInfo("UTC")
        self.dialog: BlockDialog | None = None

    def set_zone(self, zone: ZoneInfo) -> None:
        self._zone = zone

    def add(self, starts_at: datetime, _length_minutes: int = 60) -> None:
        """The dialog to block time, starting at `starts_at`."""
        self._open(starts_at, None)

    def act(self, block_id: int, action: str) -> None:
        """"change" opens the block in its dialog; "delete" gives its time back to clients."""
        vault = self._vault
        if action == "change":
            self._worker.run(lambda: find_block(vault, block_id),
                             lambda saved: self._open(datetime.now(self._zone), saved),
                             self._tell)
        elif action == "delete":
            self._worker.run(lambda: delete_block(vault, block_id),
                             lambda _none: self.changed.emit(), self._tell)

    def _open(self, starts_at: datetime, saved: SavedBlock | None) -> None:
        from ui.blocks.block_dialog import BlockDialog

        dialog = BlockDialog(self._vault, self._worker, self._zone, starts_at, saved,
                             self._window)
        dialog.saved.connect(lambda _result: self.changed.emit())
        self.dialog = dialog
        dialog.open()

    def _tell(self, error: StillroomError) -> None:
        QMessageBox.warning(self._window, QCoreApplication.translate("BlockActions", "Stillroom"),
                            literal(readable(error)))
        self.changed.emit()
