"""Time that is not for clients: admin, supervision, training, a holiday, lunch, kept as blocks.

A block is hours of one day (lunch 12:30–13:30) or whole days (a holiday from a day to a
day), once or every week or fortnight, until a day or for good. Its rule is kept in local
wall-clock time like a series, so lunch stays at 12:30 across a clock change; where it falls
is worked out here, as the instants it covers (`BlockTime`), for the calendar, for booking
(a session over a block asks first), for the free-slot finder and for closing the day.
Adding, changing and removing a block are each one undoable action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from models import Block
from models.enums import BlockKind, BookAction, Repeat
from services import validation
from services.errors import InvalidValue, NotFound
from services.practice.practice_row import practice_zone
from services.practice.practice_time import days_bounds, to_utc
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable

NOTE_LIMIT = 500
LONGEST_DAYS = 366  # a block of whole days runs at most a year
DAYS_BETWEEN = {Repeat.WEEKLY: 7, Repeat.FORTNIGHTLY: 14}


@dataclass(frozen=True)
class BlockPlan:
    """A block as the therapist describes it: hours of one day, or whole days.

    Hours: `starts_at` and `ends_at`, aware, on one local day. Whole days: `first_day` to
    `last_day`, both included. Either may repeat every week or fortnight, `until` a day.
    """

    kind: BlockKind
    note: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    first_day: date | None = None
    last_day: date | None = None
    repeat: Repeat | None = None
    until: date | None = None

    @property
    def whole_days(self) -> bool:
        return self.starts_at is None


@dataclass(frozen=True)
class SavedBlock:
    """A block as stored, for changing it: its id and its plan (times in the practice's zone)."""

    id: int
    plan: BlockPlan


class BlockTime(NamedTuple):
    """One time a block covers, as instants (UTC) and the local days it falls on."""

    block_id: int
    kind: BlockKind
    note: str
    starts_at: datetime
    ends_at: datetime
    whole_days: bool
    first_day: date
    last_day: date
    repeats: bool



def _checked(plan: BlockPlan, zone: ZoneInfo) -> tuple[date, date, time | None, time | None]:
    """The plan's local first and last day and hours, or the reason it cannot be kept."""
    BlockKind(plan.kind)
    validation.text(plan.note, "note", limit=NOTE_LIMIT)
    if plan.whole_days:
        if plan.first_day is None or plan.last_day is None:
            raise InvalidValue("Choose the first and the last day.", field="first_day")
        first, last = plan.first_day, plan.last_day
        validation.day(first, "first_day")
        validation.day(last, "last_day")
        if last < first:
            raise InvalidValue("The last day cannot come before the first.", field="last_day")
        if (last - first).days >= LONGEST_DAYS:
            raise InvalidValue("A block can run for at most a year.", field="last_day")
        start_at: time | None = None
        end_at: time | None = None
    else:
        if plan.ends_at is None or plan.starts_at is None:
            raise InvalidValue("Choose when the block ends.", field="ends_at")
        if plan.starts_at.tzinfo is None or plan.ends_at.tzinfo is None:
            raise InvalidValue("A block's times need a time zone.", field="starts_at")
        validation.day(plan.starts_at, "starts_at")
        local_start, local_end = plan.starts_at.astimezone(zone), plan.ends_at.astimezone(zone)
        if local_end <= local_start:
            raise InvalidValue("The block must end after it starts.", field="ends_at")
        if local_end.date() != local_start.date():
            raise InvalidValue("A block of hours ends on the day it starts; for longer, "
                               "block whole days.", field="ends_at")
        first = last = local_start.date()
        start_at, end_at = local_start.time(), local_end.time()
    if plan.repeat is None:
        if plan.until is not None:
            raise InvalidValue("Only a block that repeats has a day it repeats until.",
                               field="until")
    else:
        if (last - first).days >= DAYS_BETWEEN[Repeat(plan.repeat)]:
            raise InvalidValue("A block that repeats must end before it comes round again.",
                               field="repeat")
        if plan.until is not None and validation.day(plan.until, "until") < first:
            raise InvalidValue("A block cannot repeat until a day before it starts.",
                               field="until")
    return first, last, start_at, end_at


def _write(block: Block, plan: BlockPlan, zone: ZoneInfo) -> None:
    first, last, start_at, end_at = _checked(plan, zone)
    block.kind = BlockKind(plan.kind)
    block.note = validation.text(plan.note, "note", limit=NOTE_LIMIT).strip()
    block.first_day, block.last_day = first, last
    block.local_start, block.local_end = start_at, end_at
    block.repeat = Repeat(plan.repeat) if plan.repeat is not None else None
    block.repeat_until = plan.until


def add_block(vault: Vault, plan: BlockPlan) -> int:
    """Keep time from clients; returns the new block's id. Undoable."""
    with vault.unit_of_work(Undoable(BookAction.ADD_BLOCK)) as session:
        block = add_block_in(session, plan, practice_zone(session))
        session.flush()
        return block.id


def add_block_in(session: Session, plan: BlockPlan, zone: ZoneInfo) -> Block:
    """`add_block` inside the caller's unit of work (the calendar import adds many)."""
    block = Block(created_at=datetime.now(UTC))
    _write(block, plan, zone)
    session.add(block)
    return block


def _block(session: Session, block_id: int) -> Block:
    block = session.get(Block, block_id)
    if block is None:
        raise NotFound("There is no block of time number {id}.", id=block_id)
    return block


def change_block(vault: Vault, block_id: int, plan: BlockPlan) -> None:
    """Change a block, every time it repeats. Undoable."""
    with vault.unit_of_work(Undoable(BookAction.CHANGE_BLOCK)) as session:
        change_block_in(session, block_id, plan)


def change_block_in(session: Session, block_id: int, plan: BlockPlan) -> None:
    """`change_block` inside the caller's unit of work."""
    _write(_block(session, block_id), plan, practice_zone(session))


def delete_block(vault: Vault, block_id: int) -> None:
    """Give the time back to clients, every time the block repeats. Undoable."""
    with vault.unit_of_work(Undoable(BookAction.DELETE_BLOCK)) as session:
        session.delete(_block(session, block_id))


def find_block(vault: Vault, block_id: int) -> SavedBlock:
    """A block as its plan, for the dialog that changes it."""
    with vault.unit_of_work() as session:
        block = _block(session, block_id)
        zone = practice_zone(session)
        repeat, until = block.repeat, block.repeat_until
        if block.local_start is None or block.local_end is None:
            plan = BlockPlan(block.kind, block.note, first_day=block.first_day,
                             last_day=block.last_day, repeat=repeat, until=until)
        else:
            plan = BlockPlan(block.kind, block.note,
                             starts_at=to_utc(block.first_day, block.local_start, zone),
                             ends_at=to_utc(block.first_day, block.local_end, zone),
                             repeat=repeat, until=until)
        return SavedBlock(block.id, plan)


class _Rule(NamedTuple):
    """A block's rule as read for working out its times (plain columns: no ORM object)."""

    id: int
    kind: BlockKind
    note: str
    first_day: date
    last_day: date
    local_start: time | None
    local_end: time | None
    repeat: Repeat | None
    repeat_until: date | None


def _times_of(block: _Rule, first: date, last: date, zone: ZoneInfo,
              instants: dict[tuple[date, time], datetime]) -> list[BlockTime]:
    """The times `block` covers that touch the local days `first` to `last`. `instants`
    keeps the local times already turned into instants: blocks share their hours."""
    span = block.last_day - block.first_day
    if block.repeat is None:
        starts = [block.first_day]
    else:
        step = DAYS_BETWEEN[block.repeat]
        skip = max(0, -(-((first - span) - block.first_day).days // step))
        end = min(last, block.repeat_until) if block.repeat_until else last
        starts = []
        day = block.first_day + timedelta(days=skip * step)
        while day <= end:
            starts.append(day)
            day += timedelta(days=step)
    found = []
    for day in starts:
        if day > last or day + span < first:
            continue
        if block.local_start is None or block.local_end is None:
            starts_at, ends_at = days_bounds(day, span.days + 1, zone)
        else:
            starts_at = instants.get((day, block.local_start)) or instants.setdefault(
                (day, block.local_start), to_utc(day, block.local_start, zone))
            ends_at = instants.get((day, block.local_end)) or instants.setdefault(
                (day, block.local_end), to_utc(day, block.local_end, zone))
        found.append(BlockTime(block.id, block.kind, block.note, starts_at, ends_at,
                               block.local_start is None, day, day + span,
                               block.repeat is not None))
    return found


# Asked for every booking and every free-slot search: plain SQL, each value converted here (as
# `appointments.between` does), rather than SQLAlchemy's generic processing of every column.
BLOCKS_AROUND = """
    SELECT id, kind, note, first_day, last_day, local_start, local_end, repeat, repeat_until
    FROM block
    WHERE first_day <= ? AND (repeat IS NOT NULL OR last_day >= ?)
          AND (repeat_until IS NULL OR repeat_until >= ?)
"""


def _day_or_none(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _time_or_none(text: str | None) -> time | None:
    return time.fromisoformat(text) if text else None


def times_in(session: Session, first: date, last: date, zone: ZoneInfo) -> list[BlockTime]:
    """Every time a block covers on the local days `first` to `last`, in order of start."""
    rows = session.connection().exec_driver_sql(BLOCKS_AROUND, (
        last.isoformat(), first.isoformat(), (first - timedelta(LONGEST_DAYS)).isoformat())).all()
    kinds, repeats = BlockKind._value2member_map_, Repeat._value2member_map_
    found: list[BlockTime] = []
    instants: dict[tuple[date, time], datetime] = {}
    for id, kind, note, first_day, last_day, start_at, end_at, repeat, until in rows:
        rule = _Rule(id, kinds[kind], note, date.fromisoformat(first_day),  # type: ignore[arg-type]
                     date.fromisoformat(last_day), _time_or_none(start_at),
                     _time_or_none(end_at), repeats[repeat] if repeat else None,  # type: ignore[arg-type]
                     _day_or_none(until))
        found += _times_of(rule, first, last, zone, instants)
    return sorted(found, key=lambda t: (t.starts_at, t.block_id))


def times_between(session: Session, starts_at: datetime, ends_at: datetime) -> list[BlockTime]:
    """The times blocks cover that overlap the instants [starts_at, ends_at)."""
    zone = practice_zone(session)
    first = starts_at.astimezone(zone).date()
    last = ends_at.astimezone(zone).date()
    return [t for t in times_in(session, first, last, zone)
            if t.starts_at < ends_at and t.ends_at > starts_at]


def block_days(vault: Vault, first: date, count: int) -> list[BlockTime]:
    """The blocks on `count` local days from `first`, for the calendar."""
    with vault.unit_of_work() as session:
        return times_in(session, first, first + timedelta(days=count - 1), practice_zone(session))


def days_off_in(session: Session, first: date, last: date, zone: ZoneInfo) -> set[date]:
    """The local days from `first` to `last` that whole-day blocks (a holiday) close."""
    closed: set[date] = set()
    for t in times_in(session, first, last, zone):
        if t.whole_days:
            closed.update(t.first_day + timedelta(days=n)
                          for n in range((t.last_day - t.first_day).days + 1))
    return {day for day in closed if first <= day <= last}
