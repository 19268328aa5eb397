"""Where the ways of ending a client (the letter's question, the client's details set to
Ended) say which regular slots they freed, so the window can offer them to the waiting list
without either dialog knowing the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from services.waiting_list.freed_slots import FreedSlot


class FreedSlotsNews(QObject):
    """`freed(tuple of FreedSlot)` each time an ending frees a weekly or fortnightly slot."""

    freed = Signal(object)

    def tell(self, slots: Sequence[FreedSlot]) -> None:
        if slots:
            self.freed.emit(tuple(slots))


FREED_SLOTS = FreedSlotsNews()
