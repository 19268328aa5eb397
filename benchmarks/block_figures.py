"""Blocked time's figures (issue 16): the free-slot finder among 500 blocks, against itself
without them in the same run, and the .ics file of a year ahead on the ten-year practice."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from benchmarks.figures import Bench, figure, free_slots_case
from benchmarks.timing import Measurement, median, seconds
from models import Block
from models.enums import BlockKind, Repeat
from services.calendar.blocks import BlockPlan, add_block
from services.calendar.ics_export import NamesShown, calendar_bytes, read_calendar

BLOCKS = 500
BLOCKS_RATIO = 2.0
ICS_YEAR_BUDGET_MS = 300.0


def _plans(monday: date, zone: ZoneInfo) -> list[BlockPlan]:
    """500 blocks as two years of a practice keeps them, around the fortnight asked about:
    admin, training and the like scattered through the year, lunches and supervision every
    week or fortnight, and holidays and days of training as whole days."""
    rng = random.Random(16)
    kinds = list(BlockKind)
    plans = []
    for number in range(BLOCKS):
        kind = rng.choice(kinds)
        if number % 12 == 0:
            first = monday + timedelta(days=rng.randrange(-365, 365))
            plans.append(BlockPlan(kind, first_day=first,
                                   last_day=first + timedelta(days=rng.randrange(6))))
            continue
        repeats = number % 25 == 1
        day = monday + timedelta(days=rng.randrange(-365, -1) if repeats
                                 else rng.randrange(-365, 365))
        starts = datetime.combine(day, time(rng.randrange(7, 19), rng.choice((0, 15, 30, 45))),
                                  tzinfo=zone)
        plans.append(BlockPlan(kind, "note", starts_at=starts,
                               ends_at=starts + timedelta(minutes=rng.choice((15, 30, 60))),
                               repeat=rng.choice((Repeat.WEEKLY, Repeat.FORTNIGHTLY))
                               if repeats else None))
    return plans


@figure("free_slots_blocks")
def free_slots_blocks_figure(bench: Bench) -> Measurement:
    case = free_slots_case(bench)
    repeats = max(10, bench.repeats * 4)
    # Both measured with the write-ahead log folded into the file: the 500 blocks are 500
    # commits, and reads through a long log are slower whatever they read.
    bench.raw("PRAGMA wal_checkpoint(TRUNCATE)")
    floor = median([seconds(lambda: case.ask(bench)) * 1000 for _ in range(repeats)])
    for plan in _plans(case.monday, bench.zone()):
        add_block(bench.vault, plan)
    bench.raw("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        slots = case.ask(bench)
        value = median([seconds(lambda: case.ask(bench)) * 1000 for _ in range(repeats)])
    finally:
        with bench.vault.unit_of_work() as session:  # the practice as the other figures see it
            for block in session.scalars(select(Block)).all():
                session.delete(block)
    bench.notes["free_slots_blocks"] = (f"{BLOCKS} blocks; {len(slots)} slots offered; "
                                        f"floor: the same question with no blocks")
    return Measurement(value, "ms", BLOCKS_RATIO * floor, floor,
                       how="median: free_slots for the free_slots figure's client and fortnight")


@figure("ics_year")
def ics_year_figure(bench: Bench) -> Measurement:
    today = datetime.now(UTC).astimezone(bench.zone()).date()
    last = today + timedelta(days=365)

    def export() -> bytes:
        return calendar_bytes(read_calendar(bench.vault, today, last), NamesShown.INITIALS)

    data = export()
    samples = [seconds(export) * 1000 for _ in range(max(5, bench.repeats))]
    bench.notes["ics_year"] = (f"{data.count(b'BEGIN:VEVENT')} events, "
                               f"{len(data) // 1024} KiB")
    return Measurement(median(samples), "ms", ICS_YEAR_BUDGET_MS,
                       how="median: read_calendar + calendar_bytes, a year ahead, initials")
