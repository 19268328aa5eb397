"""When an ending frees a regular slot that suits someone on the waiting list, a calm offer
once the dialog that ended the client has closed: "Thursday 10:00 is free from 8 January.
2 people on the waiting list would suit: …", with "Offer to …" and "Not now"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from services.errors import StillroomError
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault
from services.waiting_list.freed_slots import FreedSlot, SlotOffer, offers_for
from services.waiting_list.waiting_people import Waiting
from ui.client_labels import day_month_text
from ui.plain_text import literal
from ui.waiting_list.waiting_words import clock_text, waited_text, weekday_name
from ui.worker import DatabaseWorker

# Offer buttons for at most this many people; the others are named in the text.
BUTTONS = 3


class SlotOfferQuestion(QObject):
    """Asks about each freed slot in turn; `book_wanted(person, slot)` on "Offer to …"."""

    book_wanted = Signal(object, object)

    def __init__(self, vault: Vault, worker: DatabaseWorker, today: Callable[[], date | None],
                 window: QWidget) -> None:
        super().__init__(window)
        self._vault, self._worker, self._today, self._window = vault, worker, today, window
        self._offers: list[SlotOffer] = []
        self._waiting_for: QDialog | None = None
        self.box: QMessageBox | None = None
        self.offer_buttons: list[tuple[QPushButton, Waiting]] = []

    def offer(self, slots: Sequence[FreedSlot]) -> None:
        """Read whom the slots suit, then ask about each that suits someone."""
        vault = self._vault
        self._worker.run(lambda: offers_for(vault, slots), self._queue, self._not_read)

    def _queue(self, offers: list[SlotOffer]) -> None:
        self._offers.extend(offers)
        self._next()

    def _not_read(self, _error: StillroomError) -> None:
        """Nothing to offer is said: the ending itself went through."""

    def _next(self) -> None:
        """Ask about the next slot, once no dialog is open over the window."""
        if not self._offers or (self.box is not None and self.box.isVisible()):
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            if modal is not self._waiting_for:
                self._waiting_for = modal
                modal.finished.connect(lambda _result: self._next())
            return
        self._ask(self._offers.pop(0))

    def _ask(self, offer: SlotOffer) -> None:
        slot, people, today = offer.slot, offer.people, self._today() or offer.slot.first_day
        text = self.tr("{day} {time} is free from {date}.").format(
            day=weekday_name(slot.weekday), time=clock_text(slot.starts),
            date=day_month_text(slot.first_day))
        suit = (self.tr("%n people on the waiting list would suit:", "", len(people))
                if len(people) > 1 else self.tr("One person on the waiting list would suit:"))
        names = "\n".join(
            self.tr("• {name}, waiting {waited}").format(
                name=person.draft.full_name,
                waited=waited_text(person.draft.waiting_since, today).lower())
            for person in people)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("A regular time is free"),
                          literal(text), parent=self._window)
        box.setObjectName("slot_offer")
        box.setInformativeText(literal(f"{suit}\n{names}"))
        self.offer_buttons = []
        for person in people[:BUTTONS]:
            button = box.addButton(
                self.tr("Offer to {name}").format(name=person.display_name.replace("&", "&&")),
                QMessageBox.ButtonRole.AcceptRole)
            self.offer_buttons.append((button, person))
        later = box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.offer_buttons[0][0])
        box.setEscapeButton(later)
        box.finished.connect(lambda _result: self._answered(box, slot))
        self.box = box
        box.open()

    def _answered(self, box: QMessageBox, slot: FreedSlot) -> None:
        chosen = box.clickedButton()
        for button, person in self.offer_buttons:
            if button is chosen:
                self.book_wanted.emit(person, slot)
                return
        self._next()


def first_start(slot: FreedSlot, zone: ZoneInfo) -> datetime:
    """The instant the freed slot is first free."""
    return to_utc(slot.first_day, slot.starts, zone)
