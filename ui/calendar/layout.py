"""Where sessions sit in the time grid: local wall-clock minutes, and side-by-side columns.

Pure Python (no Qt), so the geometry is tested without a screen. A session is placed by its
local wall-clock time in the practice's zone: on a day with a daylight-saving change (23 or 25
hours long) 10:00 is still drawn at 10:00, and the two 01:30s of an autumn night sit side by
side like any other overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from services.calendar.appointments import CalendarEntry
from services.calendar.blocks import BlockTime

MINUTES_PER_DAY = 24 * 60
SNAP_MINUTES = 5


class PracticeHours(NamedTuple):
    """What the calendar needs of the practice's settings."""

    zone: ZoneInfo
    work_starts: time
    work_ends: time
    work_days: str  # ISO weekdays, "12345" for Monday to Friday
    session_minutes: int

    def is_work_day(self, day: date) -> bool:
        return str(day.isoweekday()) in self.work_days


class Slot(NamedTuple):
    """A column inside a cluster of overlapping sessions: the session spans `span` columns
    from `column`, of `columns` in all."""

    column: int
    span: int
    columns: int


class Placed(NamedTuple):
    """A session placed in the grid: the day's index in the view and local minutes."""

    entry: CalendarEntry
    day: int
    start: int
    end: int
    slot: Slot


class PlacedBlock(NamedTuple):
    """A block's part on one day shown: the day's index and its local minutes there."""

    block: BlockTime
    day: int
    start: int
    end: int


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """The nearest multiple of `step` minutes."""
    return int((minutes + step / 2) // step) * step


def minute_of_day(at: time) -> int:
    return at.hour * 60 + at.minute


def assign_columns(intervals: Sequence[tuple[int, int]]) -> list[Slot]:
    """Columns for intervals [start, end) so that no two overlapping ones share a column.

    Intervals that overlap, directly or through a chain, form a cluster; each cluster is
    split into as many columns as it needs at its busiest (greedy by start time, which is
    optimal for intervals), and a session widens to the right over columns that are free for
    its whole length.
    """
    order = sorted(range(len(intervals)), key=lambda i: (intervals[i][0], -intervals[i][1]))
    slots: list[Slot] = [Slot(0, 1, 1)] * len(intervals)
    cluster: list[int] = []
    column_of: dict[int, int] = {}
    column_ends: list[int] = []
    cluster_end = -1

    def close_cluster() -> None:
        count = len(column_ends)
        by_column: list[list[int]] = [[] for _ in range(count)]
        for i in cluster:
            by_column[column_of[i]].append(i)
        for i in cluster:
            start, end = intervals[i]
            span = 1
            for other in by_column[column_of[i] + 1:]:
                if any(intervals[j][0] < end and start < intervals[j][1] for j in other):
                    break
                span += 1
            slots[i] = Slot(column_of[i], span, count)

    for i in order:
        start, end = intervals[i]
        if cluster and start >= cluster_end:
            close_cluster()
            cluster, column_of, column_ends, cluster_end = [], {}, [], -1
        for column, column_end in enumerate(column_ends):
            if column_end <= start:
                column_ends[column] = end
                break
        else:
            column = len(column_ends)
            column_ends.append(end)
        column_of[i] = column
        cluster.append(i)
        cluster_end = max(cluster_end, end)
    if cluster:
        close_cluster()
    return slots


def place_sessions(entries: Iterable[CalendarEntry], first: date, days: int, zone: ZoneInfo,
                   min_minutes: int = 0) -> list[Placed]:
    """The sessions that start on the `days` local days from `first`, placed side by side.

    A session is drawn at least `min_minutes` tall (room for a line of text), and the
    columns are worked out on that drawn height, so short sessions never cover each other.
    A session that runs past midnight is cut at the end of its day.
    """
    by_day: dict[int, list[tuple[CalendarEntry, int, int]]] = {}
    for entry in entries:
        local = entry.starts_at.astimezone(zone)
        day = (local.date() - first).days
        if not 0 <= day < days:
            continue
        start = local.hour * 60 + local.minute
        end = min(start + max(entry.length_minutes, min_minutes, 1), MINUTES_PER_DAY)
        by_day.setdefault(day, []).append((entry, start, max(end, start + 1)))
    placed: list[Placed] = []
    for day in sorted(by_day):
        sessions = sorted(by_day[day], key=lambda s: (s[1], s[0].id))
        slots = assign_columns([(start, end) for _entry, start, end in sessions])
        for (entry, start, _drawn_end), slot in zip(sessions, slots, strict=True):
            placed.append(Placed(entry, day, start, min(start + entry.length_minutes,
                                                         MINUTES_PER_DAY), slot))
    return placed


def place_blocks(blocks: Iterable[BlockTime], first: date, days: int,
                 zone: ZoneInfo) -> list[PlacedBlock]:
    """Each block cut into its parts on the `days` local days from `first`: whole days from
    midnight to midnight, hours at their local wall-clock minutes."""
    placed = []
    for block in blocks:
        start, end = block.starts_at.astimezone(zone), block.ends_at.astimezone(zone)
        last = end.date() if end.time() != time(0) else end.date() - timedelta(days=1)
        for index in range(max(0, (start.date() - first).days),
                           min(days, (last - first).days + 1)):
            day = first + timedelta(days=index)
            top = start.hour * 60 + start.minute if day == start.date() else 0
            bottom = end.hour * 60 + end.minute if day == end.date() else MINUTES_PER_DAY
            if bottom > top:
                placed.append(PlacedBlock(block, index, top, bottom))
    return placed


class BlockPart(NamedTuple):
    """A block's part on one day shown, as the keyboard selects it: a holiday over three days
    is three parts, each reached and left like a session."""

    block_id: int
    day: int


class Stop(NamedTuple):
    """What the arrow keys and Tab step through: a session (`key` its id) or a block's part."""

    key: int | BlockPart
    day: int
    start: int
    column: int  # a block's part before the sessions beside it; sessions by their column


def stops_of(placed: Iterable[Placed], blocks: Iterable[PlacedBlock] = ()) -> list[Stop]:
    """The sessions and the blocks' parts shown, in time order."""
    stops = [Stop(p.entry.id, p.day, p.start, p.slot.column) for p in placed]
    stops += [Stop(BlockPart(b.block.block_id, b.day), b.day, b.start, -1) for b in blocks]
    return sorted(stops, key=lambda s: (s.day, s.start, s.column))


def next_in_time(stops: Sequence[Stop], current: int | BlockPart | None,
                 step: int) -> int | BlockPart | None:
    """The stop `step` places after (or before) `current` in time order; the first (or last)
    when nothing is selected; `current` itself at either end."""
    keys = [stop.key for stop in stops]
    if not keys:
        return None
    if current not in keys:
        return keys[0] if step > 0 else keys[-1]
    return keys[min(max(keys.index(current) + step, 0), len(keys) - 1)]


def nearest_on_another_day(stops: Sequence[Stop], current: int | BlockPart | None,
                           step: int) -> int | BlockPart | None:
    """The stop nearest in time to `current` on the next day that has any, going `step`
    days at a time (-1: back), or None when there is none that way."""
    here = next((stop for stop in stops if stop.key == current), None)
    if here is None:
        return None
    days = sorted({stop.day for stop in stops if (stop.day - here.day) * step > 0},
                  key=lambda day: abs(day - here.day))
    if not days:
        return None
    on_day = [stop for stop in stops if stop.day == days[0]]
    return min(on_day, key=lambda stop: (abs(stop.start - here.start), stop.start)).key
