"""People to put on the waiting list in the waiting-list tests."""

from __future__ import annotations

from datetime import date, time

from services.waiting_list.waiting_people import SuitableTime, WaitingDraft

THURSDAY = 4


def thursday_mornings(name: str = "Mia Ross", since: date = date(2026, 9, 1)) -> WaitingDraft:
    """Someone whom Thursdays from 9 to 12 suit."""
    return WaitingDraft(full_name=name, waiting_since=since,
                        times=(SuitableTime(THURSDAY, time(9), time(12)),))
