"""The client panel's way into "Repair a rupture": after a hard session or a review that hurt,
the therapist starts from the client, not from hunting for the session in the calendar.

The repair is about the client's latest session that took place (else their latest one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from models.enums import AppointmentStatus
from services.calendar.appointments import CalendarEntry
from services.vault.practice_vault import Vault
from ui.plain_text import literal
from ui.worker import DatabaseWorker

if TYPE_CHECKING:  # loaded when first opened
    from ui.guided.repair import RepairDialog

MET = (AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE)


def session_to_repair(past: Sequence[CalendarEntry]) -> CalendarEntry | None:
    """The newest past session that took place, else the newest past one; None without any.

    `past` is newest first, as the panel reads it."""
    chosen = [entry for entry in past if entry.status in MET] or list(past)
    return chosen[0] if chosen else None


class RepairButton(QPushButton):
    """Opens the repair dialog on the client's latest session; `repaired` once it wrote."""

    repaired = Signal()

    def __init__(self, text: str, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("repair_client")
        self._vault, self._worker, self._now = vault, worker, now
        self._session: CalendarEntry | None = None
        self.dialog: RepairDialog | None = None
        self.clicked.connect(self.open_repair)

    def set_sessions(self, past: Sequence[CalendarEntry], name: str) -> None:
        self._session = session_to_repair(past)
        self.setEnabled(self._session is not None)
        said = (self.tr("Repair a rupture with {name}: after a hard session, or when trust "
                        "was lost.").format(name=name) if self._session is not None
                else self.tr("There is no session with {name} yet to talk through.").format(
                    name=name))
        self.setToolTip(literal(said))
        self.setAccessibleName(said)  # the button's word is short; this says what it does

    def open_repair(self) -> None:
        if self._session is None:
            return
        from ui.guided.repair import RepairDialog

        self.dialog = RepairDialog(self._vault, self._worker, self._session, self._now(),
                                   self.window())
        self.dialog.finished_with_changes.connect(self.repaired)
        self.dialog.open()
