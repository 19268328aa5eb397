"""What the calendar shows of some days: their sessions and the time kept from clients, read
in one unit of work (the window asks for it at every step of the week, so it costs one)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from services.calendar.appointments import CalendarEntry, between
from services.calendar.blocks import BlockTime, times_in
from services.practice.practice_time import days_bounds
from services.vault.practice_vault import Vault


class ShownDays(NamedTuple):
    entries: list[CalendarEntry]
    blocks: list[BlockTime]


def shown_days(vault: Vault, first: date, count: int) -> ShownDays:
    """The sessions and the blocks on `count` local days from `first`."""
    with vault.unit_of_work() as session:
        zone = ZoneInfo(session.connection().exec_driver_sql(
            "SELECT timezone FROM practice WHERE id = 1").scalar_one())
        return ShownDays(between(session, *days_bounds(first, count, zone)),
                         times_in(session, first, first + timedelta(days=count - 1), zone))
