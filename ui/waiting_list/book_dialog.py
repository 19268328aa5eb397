"""Booking someone from the waiting list: a time chosen (the free times that suit them are
suggested, clear of sessions and blocks), once or every week or fortnight. Booking makes them
a client, in one step the therapist can undo. Or the time is only offered for now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from models.enums import Modality, Repeat
from services.calendar.free_slots import FreeSlot
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from services.waiting_list.booking import (
    BookedFromList,
    book_from_waiting_list,
    suitable_free_slots,
)
from services.waiting_list.waiting_people import Waiting, mark_offered
from ui.client_labels import when_text
from ui.dates import date_time_edit, instant_of, wall_clock
from ui.labels import modality_label
from ui.plain_text import plain_label
from ui.session_dialogs import SavingDialog, length_field, repeat_fields
from ui.waiting_list.waiting_words import times_text
from ui.worker import DatabaseWorker

SUGGESTED = 12


class BookFromListDialog(SavingDialog):
    """Book `person` at `starts_at` (or a suggested time); `saved(BookedFromList)` once they
    are a client with their sessions, `offered()` when the time was only offered."""

    offered = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, zone: ZoneInfo, person: Waiting,
                 starts_at: datetime, length_minutes: int, today: date,
                 repeat: Repeat | None = Repeat.WEEKLY, modality: Modality | None = None,
                 now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(worker, zone, self.tr("Book from the waiting list"), self.tr("Book"),
                         self.tr("Cancel"), parent)
        self.setObjectName("book_from_list_dialog")
        self._vault, self._person = vault, person
        self.who = plain_label(person.draft.full_name)
        self.who.setObjectName("book_from_list_name")
        self.suits = plain_label(times_text(person.draft))
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("book_from_list_suggestions")
        self.suggestions.setAccessibleName(self.tr("Free times that suit them"))
        self.suggestions.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.suggestions.currentItemChanged.connect(self._suggested)
        self.starts = date_time_edit(starts_at, zone)
        self.starts.setObjectName("book_from_list_starts")
        self.starts.setAccessibleName(self.tr("Starts"))
        self.length = length_field(length_minutes)
        self.modality = QComboBox()
        self.modality.setAccessibleName(self.tr("How"))
        for way in Modality:
            self.modality.addItem(modality_label(way), way)
        wanted = modality or person.draft.modality or Modality.IN_PERSON
        self.modality.setCurrentIndex(self.modality.findData(wanted))
        self.repeat, self.occurrences = repeat_fields(repeat)
        self.repeat.setObjectName("book_from_list_repeat")
        self.offer_button = QPushButton(self.tr("Offered: waiting for their answer"))
        self.offer_button.setObjectName("book_from_list_offered")
        self.buttons.addButton(self.offer_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.offer_button.clicked.connect(self._mark_offered)

        self.form.addRow(self.tr("Who"), self.who)
        self.form.addRow(self.tr("Times that suit"), self.suits)
        self.form.addRow(self.tr("Free times"), self.suggestions)
        self.form.addRow(self.tr("Starts"), self.starts)
        self.errors.add_row(self.form, "starts_at", "book_from_list_starts")
        self.form.addRow(self.tr("Length"), self.length)
        self.errors.add_row(self.form, "length_minutes")
        self.form.addRow(self.tr("How"), self.modality)
        self.form.addRow(self.tr("Repeats"), self.repeat)
        self.form.addRow(self.tr("How many"), self.occurrences)
        self.errors.add_row(self.form, "occurrences")
        self.finish_layout()
        self._today = today
        person_id = person.id
        worker.run(lambda: suitable_free_slots(vault, person_id, today,
                                               length_minutes=length_minutes, now=now,
                                               limit=SUGGESTED),
                   self._show_suggestions, self.errors.show_error)

    def _show_suggestions(self, slots: list[FreeSlot]) -> None:
        self.suggestions.clear()
        for slot in slots:
            item = QListWidgetItem(when_text(slot.starts_at, self._zone, self._today))
            item.setData(Qt.ItemDataRole.UserRole, slot.starts_at)
            self.suggestions.addItem(item)
        if not slots:
            item = QListWidgetItem(self.tr("No free time suits them in the next four weeks."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.addItem(item)

    def _suggested(self, item: QListWidgetItem | None) -> None:
        starts_at = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(starts_at, datetime):
            self.starts.setDateTime(wall_clock(starts_at.astimezone(self._zone)))

    def job(self, allow_conflicts: bool) -> Callable[[], BookedFromList]:
        vault, person_id = self._vault, self._person.id
        starts, length = instant_of(self.starts, self._zone), self.length.value()
        modality, repeat = self.modality.currentData(), self.repeat.currentData()
        count = self.occurrences.value() if repeat is not None else 1
        return lambda: book_from_waiting_list(
            vault, person_id, starts, length_minutes=length, modality=modality, repeat=repeat,
            occurrences=count, allow_conflicts=allow_conflicts)

    def _mark_offered(self) -> None:
        vault, person_id = self._vault, self._person.id
        self.buttons.setEnabled(False)
        self._worker.run(lambda: mark_offered(vault, person_id), self._was_offered,
                         self._not_offered)

    def _was_offered(self, _nothing: None) -> None:
        self.buttons.setEnabled(True)
        self.offered.emit()
        self.accept()

    def _not_offered(self, error: StillroomError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_error(error)
