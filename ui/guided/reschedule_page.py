"""A step that offers the client a new time: free slots in date order, their usual day and
time marked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from services.calendar.free_slots import FreeSlot, SlotReason
from services.errors import Conflicts, StillroomError
from services.hard_moments.session_decision import NewBooking
from ui.client_labels import when_text
from ui.forms import Form
from ui.guided.wizard import GuidedPage
from ui.labels import modality_label

translate = QCoreApplication.translate
LIST_ROWS = 8


def slot_reason_label(reason: SlotReason) -> str:
    return {
        SlotReason.USUAL_DAY_AND_TIME: translate("SlotReason", "their usual day and time"),
        SlotReason.USUAL_DAY: translate("SlotReason", "their usual day"),
        SlotReason.USUAL_TIME: translate("SlotReason", "their usual time"),
        SlotReason.OTHER: "",
    }[reason]


class ReschedulePage(GuidedPage):
    """Free times to offer (from `set_slots`), a way to meet, or leave it unscheduled.

    Collects a `NewBooking` (`booking()`), or None when the therapist leaves it unscheduled
    (`left_unscheduled()`) or skips.
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self._zone = ZoneInfo("UTC")
        self.slots = QListWidget()
        self.slots.setObjectName("slots")
        self.slots.setAccessibleName(translate("ReschedulePage", "Free times"))
        self.slots.setMinimumHeight(self.slots.fontMetrics().lineSpacing() * LIST_ROWS + 16)
        self.modality = QComboBox()
        self.modality.setObjectName("modality")
        choices = Form()
        choices.setHorizontalSpacing(0)
        choices.addRow("", self.slots)
        choices.setRowStretch(0, 1)
        self.errors.add_row(choices, "starts_at", "slots")
        how = Form()
        how.addRow(translate("ReschedulePage", "How to meet"), self.modality)
        self.body.addLayout(choices)
        self.body.addLayout(how)
        self.let_grow(choices)
        self.slots.itemSelectionChanged.connect(self._slot_changed)

    def set_slots(self, slots: Sequence[FreeSlot], zone: ZoneInfo, today: date) -> None:
        """The free times in the order given (the client's usual first), then "leave it"."""
        self._zone = zone
        self.slots.clear()
        for slot in slots:
            when = when_text(slot.starts_at, zone, today)
            reason = slot_reason_label(slot.reason)
            text = (translate("ReschedulePage", "{when} — {reason}").format(
                when=when, reason=reason) if reason else when)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.slots.addItem(item)
        if not slots:
            empty = QListWidgetItem(translate(
                "ReschedulePage", "No free time in the next two weeks."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slots.addItem(empty)
        later = QListWidgetItem(translate("ReschedulePage", "Leave it unscheduled for now"))
        later.setData(Qt.ItemDataRole.UserRole, None)
        font = QFont(later.font())
        font.setItalic(True)
        later.setFont(font)
        self.slots.addItem(later)
        self.slots.clearSelection()
        self._slot_changed()

    def offered(self) -> list[FreeSlot]:
        return [slot for row in range(self.slots.count())
                if isinstance(slot := self.slots.item(row).data(Qt.ItemDataRole.UserRole),
                              FreeSlot)]

    def choose(self, slot: FreeSlot | None) -> None:
        """Select a slot offered, or None to leave it unscheduled."""
        for row in range(self.slots.count()):
            item = self.slots.item(row)
            if (item.flags() & Qt.ItemFlag.ItemIsSelectable
                    and item.data(Qt.ItemDataRole.UserRole) == slot):
                self.slots.setCurrentRow(row)
                return

    def _chosen_item(self) -> QListWidgetItem | None:
        """The row the therapist selected (the current row alone may be where focus fell)."""
        chosen = self.slots.selectedItems()
        return chosen[0] if chosen else None

    def check(self) -> bool:
        if self._chosen_item() is None:
            self.errors.show("starts_at", translate(
                "ReschedulePage", "Please choose a time, or leave it unscheduled for now."))
            return False
        return True

    def chosen_slot(self) -> FreeSlot | None:
        item = self._chosen_item()
        slot = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return slot if isinstance(slot, FreeSlot) else None

    def booking(self) -> NewBooking | None:
        """The session to book; None when skipped, not reached, or left unscheduled."""
        slot = self.chosen_slot()
        if not self.taken() or slot is None:
            return None
        return NewBooking(slot.starts_at, slot.length_minutes, self.modality.currentData())

    def left_unscheduled(self) -> bool:
        return self.taken() and self._chosen_item() is not None and self.chosen_slot() is None

    def summary(self) -> list[str]:
        booking = self.booking()
        if booking is not None:
            return [translate("ReschedulePage", "New session booked for {when} ({modality}).")
                    .format(when=when_text(booking.starts_at, self._zone),
                            modality=modality_label(booking.modality))]
        if self.left_unscheduled():
            return [translate("ReschedulePage", "No new time booked yet.")]
        return []

    def show_error(self, error: StillroomError) -> None:
        if isinstance(error, Conflicts):
            self.errors.show("starts_at", translate(
                "ReschedulePage", "This time is no longer free. Please choose another."))
        else:
            self.errors.show_error(error)

    def _slot_changed(self) -> None:
        slot = self.chosen_slot()
        wanted = self.modality.currentData()
        self.modality.clear()
        modalities = slot.modalities if slot is not None else ()
        for modality in modalities:
            text = modality_label(modality)
            if modality == modalities[0]:
                text = translate("ReschedulePage", "{modality} (their usual)").format(
                    modality=text)
            self.modality.addItem(text, modality)
        if wanted is not None and self.modality.findData(wanted) >= 0:
            self.modality.setCurrentIndex(self.modality.findData(wanted))
        self.modality.setEnabled(slot is not None)
