"""The waiting list in a window of its own: who is waiting, the times that suit them and how
long they have waited, longest first; adding, changing, booking and removing them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import Modality, Repeat, WaitingStatus
from services.errors import StillroomError
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault
from services.waiting_list.waiting_people import Waiting, waiting_list
from ui.forms import heading_label, note_label
from ui.labels import window_label
from ui.session_dialogs import SavingDialog
from ui.waiting_list.book_dialog import BookFromListDialog
from ui.waiting_list.person_dialog import PersonDialog
from ui.waiting_list.remove_dialog import RemoveDialog
from ui.waiting_list.waiting_words import reach_text, times_text, waited_text
from ui.worker import DatabaseWorker, readable

NAME, TIMES, REACH, WAITED = range(4)
Opened = TypeVar("Opened", bound=SavingDialog)


class WaitingListWindow(QDialog):
    """The list, read afresh on `load`; `changed` when the book changed (someone booked)."""

    changed = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, zone: ZoneInfo,
                 session_minutes: int, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiting_list_window")
        self.setWindowTitle(self.tr("Waiting list"))
        self._vault, self._worker, self._zone, self._now = vault, worker, zone, now
        self._session_minutes = session_minutes
        self._people: dict[int, Waiting] = {}
        self.dialog: SavingDialog | None = None

        self.table = QTreeWidget()
        self.table.setObjectName("waiting_list_table")
        self.table.setAccessibleName(self.tr("People waiting"))
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Times that suit"),
                                    self.tr("How to reach"), self.tr("Waiting")])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemActivated.connect(lambda _item, _column: self.change())
        self.table.currentItemChanged.connect(lambda *_items: self._enable())
        self.empty = note_label(self.tr(
            "No one is waiting. When someone asks for a regular time you cannot give yet, add "
            "them here: when a regular time frees, Stillroom tells you whom it would suit."))
        self.empty.setObjectName("waiting_list_empty")
        self.message = note_label()
        self.message.setObjectName("waiting_list_message")
        self.message.hide()

        self.add_button = self._button(self.tr("&Add…"), "waiting_add", self.add)
        self.change_button = self._button(self.tr("&Change…"), "waiting_change", self.change)
        self.book_button = self._button(self.tr("&Book…"), "waiting_book", self.book)
        self.remove_button = self._button(self.tr("&Remove…"), "waiting_remove", self.remove)
        self.close_button = self._button(self.tr("Close"), "waiting_close", self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.book_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Waiting list")))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self._enable()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _today(self) -> date:
        return self._now().astimezone(self._zone).date()

    def load(self) -> None:
        """Read the list again (the longest waiting first)."""
        vault = self._vault
        self._worker.run(lambda: waiting_list(vault), self._show, self._tell)

    def load_if_shown(self) -> None:
        """Read the list again if it is open (after Undo or Redo, say)."""
        if self.isVisible():
            self.load()

    def _show(self, people: list[Waiting]) -> None:
        chosen = self.chosen()
        self._people = {person.id: person for person in people}
        today = self._today()
        self.table.clear()
        for person in people:
            name = named(person.draft.full_name, person.draft.preferred_name)
            waited = waited_text(person.draft.waiting_since, today)
            if person.status == WaitingStatus.OFFERED:
                waited = f"{waited} · {window_label(WaitingStatus.OFFERED)}"
            item = QTreeWidgetItem([name, times_text(person.draft),
                                    reach_text(person.draft), waited])
            item.setData(NAME, Qt.ItemDataRole.UserRole, person.id)
            self.table.addTopLevelItem(item)
            if chosen is not None and person.id == chosen.id:
                self.table.setCurrentItem(item)
        for column in (NAME, TIMES, REACH):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self.empty.setVisible(not people)
        self.table.setVisible(bool(people))
        self._enable()

    def _enable(self) -> None:
        chosen = self.chosen() is not None
        for button in (self.change_button, self.book_button, self.remove_button):
            button.setEnabled(chosen)

    def chosen(self) -> Waiting | None:
        item = self.table.currentItem()
        return self._people.get(item.data(NAME, Qt.ItemDataRole.UserRole)) if item else None

    def add(self) -> PersonDialog:
        return self._open(PersonDialog(self._vault, self._worker, self._zone, self._today(),
                                       parent=self))

    def change(self) -> PersonDialog | None:
        person = self.chosen()
        if person is None:
            return None
        return self._open(PersonDialog(self._vault, self._worker, self._zone, self._today(),
                                       person, parent=self))

    def remove(self) -> RemoveDialog | None:
        person = self.chosen()
        if person is None:
            return None
        return self._open(RemoveDialog(self._vault, self._worker, self._zone, person, self))

    def book(self, person: Waiting | None = None, starts_at: datetime | None = None,
             length_minutes: int | None = None, modality: Modality | None = None,
             repeat: Repeat | None = Repeat.WEEKLY) -> BookFromListDialog | None:
        """Book the chosen person (or `person`), at `starts_at` or the first time that suits
        them from tomorrow on, with what an offer prefills."""
        person = person or self.chosen()
        if person is None:
            return None
        today = self._today()
        if starts_at is None:
            starts_at = self._first_suitable(person, today)
        dialog = BookFromListDialog(
            self._vault, self._worker, self._zone, person, starts_at,
            length_minutes or self._session_minutes, today, repeat, modality, self._now(), self)
        dialog.offered.connect(self.load)
        return self._open(dialog)

    def _first_suitable(self, person: Waiting, today: date) -> datetime:
        """The start of their first suitable hours after today (tomorrow at 9 for any time)."""
        if not person.draft.times:
            return to_utc(today + timedelta(days=1), time(9), self._zone)
        first = person.draft.times[0]
        ahead = (first.weekday - today.isoweekday()) % 7 or 7
        return to_utc(today + timedelta(days=ahead), first.starts, self._zone)

    def _open(self, dialog: Opened) -> Opened:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, result: object) -> None:
        self.message.hide()
        self.load()
        self.changed.emit()

    def _tell(self, error: StillroomError) -> None:
        self.message.setText(readable(error))
        self.message.show()


def named(full_name: str, preferred_name: str) -> str:
    """The full name, with the name they go by in brackets when it is not already its
    first word ("Eleanor Whitfield (Nell)", but "Hannah Okafor", not "… (Hannah)")."""
    first = full_name.split(maxsplit=1)[0] if full_name.strip() else ""
    if not preferred_name or preferred_name.strip().casefold() == first.casefold():
        return full_name
    return f"{full_name} ({preferred_name})"

