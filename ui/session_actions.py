"""What happens when the therapist acts on the calendar: book, move, mark, cancel, delete.

The calendar only asks; this object asks the services on the worker, checks with the
therapist where a choice is theirs (a clash, a series, a deletion), and tells the window to
read the calendar again when something changed. Each action is undoable: the services keep
the history (`ui.undo_actions` offers it in the Edit menu).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from models.enums import AppointmentStatus, BookAction
from services.calendar import appointments
from services.calendar.appointments import CalendarEntry
from services.errors import Conflicts, StillroomError
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable
from services.waiting_list.freed_slots import FreedSlot, freed_by_moving_series
from ui.conflicts import ask_book_anyway
from ui.plain_text import literal
from ui.waiting_list.freed_news import FREED_SLOTS
from ui.worker import DatabaseWorker, readable

if TYPE_CHECKING:
    from ui.guided.wizard import GuidedDialog

STATUS_OF_ACTION = {
    "attended": AppointmentStatus.ATTENDED,
    "attended_late": AppointmentStatus.ATTENDED_LATE,
}


# The menu's actions that open a guided dialog (docs/architecture.md, "From a dialog to the
# vault"), each by its module and class: loaded when first opened, as a start needs none.
GUIDED = {
    "no_show": ("ui.guided.no_show", "NoShowDialog"),
    "missed_by_me": ("ui.guided.missed_by_me", "MissedByMeDialog"),
    "cancel": ("ui.guided.cancellation", "CancellationDialog"),
    "repair": ("ui.guided.repair", "RepairDialog"),
    "late_call": ("ui.guided.late", "LateDialog"),
}


def guided_dialog(action: str) -> type[GuidedDialog]:
    """The guided dialog class of a menu action in `GUIDED`."""
    module, name = GUIDED[action]
    dialog_class: type[GuidedDialog] = getattr(importlib.import_module(module), name)
    return dialog_class


class SessionActions(QObject):
    changed = Signal()
    client_wanted = Signal(int)
    note_wanted = Signal(int)  # appointment id

    def __init__(
        self,
        vault: Vault,
        worker: DatabaseWorker,
        window: QWidget,
        now: Callable[[], datetime],
    ) -> None:
        super().__init__(window)
        self._vault, self._worker, self._window = vault, worker, window
        self._now = now
        self._zone = ZoneInfo("UTC")
        self._entries: dict[int, CalendarEntry] = {}

    def set_zone(self, zone: ZoneInfo) -> None:
        self._zone = zone

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        """The sessions the calendar shows, which its menu acts on."""
        self._entries = {entry.id: entry for entry in entries}

    def know(self, entries: list[CalendarEntry]) -> None:
        """More sessions to act on (today's late ones, wherever the calendar is)."""
        self._entries.update((entry.id, entry) for entry in entries)

    def _tell(self, error: StillroomError) -> None:
        QMessageBox.warning(self._window, QCoreApplication.translate("SessionActions", "Stillroom"),
                            literal(readable(error)))
        self.changed.emit()

    # Booking

    def create(
        self, starts_at: datetime, length_minutes: int, client_id: int | None = None
    ) -> None:
        from ui.session_dialogs import NewSessionDialog

        dialog = NewSessionDialog(
            self._vault,
            self._worker,
            self._zone,
            starts_at,
            length_minutes,
            client_id,
            self._window,
        )
        dialog.saved.connect(lambda _ids: self.changed.emit())
        dialog.open()

    # Moving

    def move(self, appointment_id: int, starts_at: datetime, length_minutes: int) -> None:
        entry = self._entries.get(appointment_id)
        if entry is None:
            return
        def move(following: bool) -> None:
            self._move(entry, starts_at, length_minutes, following, False)

        if entry.series_id is None:
            move(False)
        else:
            self._ask_this_or_following(move)

    def _ask_this_or_following(self, then: Callable[[bool], None]) -> None:
        """Ask, without blocking, whether the rest of the series moves too; a Cancel puts the
        dragged block back where it was."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("SessionActions", "Move a session in a series"),
            QCoreApplication.translate(
                "SessionActions",
                "This session is one of a series. Move only this one, or "
                "this one and all that follow?",
            ),
            parent=self._window,
        )
        only = box.addButton(
            QCoreApplication.translate("SessionActions", "Only this session"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        rest = box.addButton(
            QCoreApplication.translate("SessionActions", "This and all following"),
            QMessageBox.ButtonRole.YesRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)

        def answered(result: int) -> None:
            clicked = box.clickedButton()
            if clicked is only or clicked is rest:
                then(clicked is rest)
            else:
                self.changed.emit()

        box.finished.connect(answered)
        box.open()

    def _move(self, entry: CalendarEntry, starts_at: datetime, length: int, following: bool,
              allow_conflicts: bool) -> None:
        vault, undoable = self._vault, Undoable(BookAction.MOVE, entry.client_id)

        def refused(error: StillroomError) -> None:
            if isinstance(error, Conflicts):
                ask_book_anyway(
                    self._window,
                    error.conflicts,
                    self._zone,
                    lambda: self._move(entry, starts_at, length, following, True),
                    self.changed.emit,  # put the dragged block back where it was
                )
            else:
                self._tell(error)

        def job() -> tuple[FreedSlot, ...]:
            """Move it; a series moved to another day or time leaves its slot to offer."""
            freed = freed_by_moving_series(vault, entry.id, starts_at) if following else ()
            appointments.move(vault, entry.id, starts_at, length, following, allow_conflicts,
                              undoable)
            return freed

        self._worker.run(job, self._moved, refused)

    def _moved(self, freed: tuple[FreedSlot, ...]) -> None:
        self.changed.emit()
        FREED_SLOTS.tell(freed)  # offered to the waiting list

    # The session's menu

    def act(self, appointment_id: int, action: str) -> None:
        entry = self._entries.get(appointment_id)
        if entry is None:
            return
        vault = self._vault
        if action in STATUS_OF_ACTION:
            status, now = STATUS_OF_ACTION[action], self._now()
            arrived = now if status == AppointmentStatus.ATTENDED_LATE else None
            undoable = Undoable(BookAction(action), entry.client_id)
            self._worker.run(  # an attended session is charged its fee, as the policy says
                lambda: appointments.set_status(vault, appointment_id, status, arrived,
                                                charge=True, undoable=undoable, now=now),
                lambda _none: self.changed.emit(),
                self._tell,
            )
        elif action in GUIDED:
            self._guide(guided_dialog(action), entry)
        elif action == "reschedule":
            from ui.session_dialogs import RescheduleDialog

            move = RescheduleDialog(vault, self._worker, self._zone, entry, self._window)
            move.saved.connect(lambda _ids: self.changed.emit())
            move.open()
        elif action == "open_client":
            self.client_wanted.emit(entry.client_id)
        elif action == "note":
            self.note_wanted.emit(appointment_id)
        elif action == "delete":
            self._delete(entry)

    def _guide(self, dialog_class: type[GuidedDialog], entry: CalendarEntry) -> None:
        """Open a guided dialog on the session; the calendar is read again if it wrote."""
        dialog = dialog_class(self._vault, self._worker, entry, self._now(), self._window)
        dialog.finished_with_changes.connect(self.changed.emit)
        from ui.guided.late import LateDialog

        if isinstance(dialog, LateDialog):
            dialog.no_show_chosen.connect(self._no_show_after_late)
        dialog.open()

    def _no_show_after_late(self, appointment_id: int) -> None:
        """They are not coming: the no-show dialog takes it from here (fee, new time)."""
        vault = self._vault
        self._worker.run(lambda: appointments.find_entry(vault, appointment_id),
                         lambda entry: self._guide(guided_dialog("no_show"), entry),
                         self._tell)

    def _delete(self, entry: CalendarEntry) -> None:
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("SessionActions", "Delete a session"),
            literal(QCoreApplication.translate(
                "SessionActions",
                "Delete this session with {client}? Only do this for a session booked by "
                "mistake; otherwise cancel it.",
            ).format(client=entry.client_name)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        vault, undoable = self._vault, Undoable(BookAction.DELETE, entry.client_id)
        self._worker.run(
            lambda: appointments.delete(vault, entry.id, undoable),
            lambda _none: self.changed.emit(),
            self._tell,
        )
