from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import Block
from models.enums import BlockKind, BookAction, Repeat
from services.calendar.appointments import book, find_conflicts, move
from services.calendar.blocks import (
    BlockPlan,
    add_block,
    block_days,
    change_block,
    delete_block,
    find_block,
)
from services.clients.client_records import ClientDraft, create_client
from services.errors import Conflicts, InvalidValue, NotFound
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE
from tests.services.book_state import book_state

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 1)
# Clocks go back in London on Sunday 25 October 2026.
BEFORE_CHANGE, AFTER_CHANGE = date(2026, 10, 19), date(2026, 10, 26)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def lunch(day: date = MONDAY, note: str = "Lunch", repeat: Repeat | None = None) -> BlockPlan:
    return BlockPlan(BlockKind.LUNCH, note, starts_at=at(day, 12, 30), ends_at=at(day, 13, 30),
                     repeat=repeat)


@pytest.fixture
def client_id(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Nadia Volkova", preferred_name="Nadia"))


def test_a_weekly_lunch_stays_at_half_past_twelve_across_the_clock_change(vault: Vault) -> None:
    add_block(vault, lunch(BEFORE_CHANGE, repeat=Repeat.WEEKLY))
    times = block_days(vault, BEFORE_CHANGE, 14)
    assert [t.starts_at.astimezone(LONDON) for t in times] == [
        at(BEFORE_CHANGE, 12, 30), at(AFTER_CHANGE, 12, 30)]
    assert [t.starts_at for t in times] == [datetime(2026, 10, 19, 11, 30, tzinfo=UTC),
                                            datetime(2026, 10, 26, 12, 30, tzinfo=UTC)]
    assert all(t.ends_at - t.starts_at == timedelta(hours=1) for t in times)
    assert {(t.kind, t.note, t.whole_days, t.repeats) for t in times} == {
        (BlockKind.LUNCH, "Lunch", False, True)}


def test_a_holiday_runs_from_midnight_of_its_first_day_to_midnight_after_its_last(
        vault: Vault) -> None:
    block_id = add_block(vault, BlockPlan(BlockKind.HOLIDAY, "Crete", first_day=date(2026, 10, 23),
                                          last_day=date(2026, 10, 27)))
    [holiday] = block_days(vault, date(2026, 10, 19), 14)
    assert holiday.block_id == block_id and holiday.whole_days
    assert holiday.starts_at == datetime(2026, 10, 22, 23, tzinfo=UTC)  # BST midnight
    assert holiday.ends_at == datetime(2026, 10, 28, 0, tzinfo=UTC)  # GMT midnight
    assert (holiday.first_day, holiday.last_day) == (date(2026, 10, 23), date(2026, 10, 27))
    assert block_days(vault, date(2026, 10, 28), 7) == []
    assert len(block_days(vault, date(2026, 10, 27), 1)) == 1


def test_a_fortnightly_block_stops_on_its_last_day(vault: Vault) -> None:
    add_block(vault, BlockPlan(BlockKind.SUPERVISION, starts_at=at(MONDAY, 16),
                               ends_at=at(MONDAY, 17), repeat=Repeat.FORTNIGHTLY,
                               until=MONDAY + timedelta(days=28)))
    days = [t.first_day for t in block_days(vault, MONDAY - timedelta(days=7), 70)]
    assert days == [MONDAY, MONDAY + timedelta(days=14), MONDAY + timedelta(days=28)]


def test_a_repeating_span_of_days_is_found_from_inside_it(vault: Vault) -> None:
    # Thursday to Saturday every week: a Saturday alone still sees the span that began Thursday.
    add_block(vault, BlockPlan(BlockKind.TRAINING, first_day=date(2026, 6, 4),
                               last_day=date(2026, 6, 6), repeat=Repeat.WEEKLY))
    [span] = block_days(vault, date(2026, 6, 13), 1)
    assert (span.first_day, span.last_day) == (date(2026, 6, 11), date(2026, 6, 13))


@pytest.mark.parametrize(("plan", "field"), [
    (BlockPlan(BlockKind.LUNCH, starts_at=at(MONDAY, 13), ends_at=at(MONDAY, 12)), "ends_at"),
    (BlockPlan(BlockKind.LUNCH, starts_at=at(MONDAY, 13), ends_at=at(MONDAY, 13)), "ends_at"),
    (BlockPlan(BlockKind.ADMIN, starts_at=at(MONDAY, 22), ends_at=at(MONDAY + timedelta(1), 2)),
     "ends_at"),
    (BlockPlan(BlockKind.LUNCH, starts_at=datetime(2026, 6, 1, 12),
               ends_at=datetime(2026, 6, 1, 13)), "starts_at"),
    (BlockPlan(BlockKind.LUNCH, starts_at=at(MONDAY, 12)), "ends_at"),
    (BlockPlan(BlockKind.LUNCH, "x" * 501, starts_at=at(MONDAY, 12), ends_at=at(MONDAY, 13)),
     "note"),
    (BlockPlan(BlockKind.LUNCH, "a\x00b", starts_at=at(MONDAY, 12), ends_at=at(MONDAY, 13)),
     "note"),
    (BlockPlan(BlockKind.HOLIDAY, first_day=MONDAY, last_day=MONDAY - timedelta(1)), "last_day"),
    (BlockPlan(BlockKind.HOLIDAY, first_day=MONDAY), "first_day"),
    (BlockPlan(BlockKind.HOLIDAY, first_day=MONDAY, last_day=MONDAY + timedelta(400)),
     "last_day"),
    (BlockPlan(BlockKind.HOLIDAY, first_day=MONDAY, last_day=MONDAY, until=MONDAY), "until"),
    (BlockPlan(BlockKind.HOLIDAY, first_day=MONDAY, last_day=MONDAY + timedelta(7),
               repeat=Repeat.WEEKLY), "repeat"),
    (BlockPlan(BlockKind.LUNCH, starts_at=at(MONDAY, 12), ends_at=at(MONDAY, 13),
               repeat=Repeat.WEEKLY, until=MONDAY - timedelta(1)), "until"),
])
def test_a_block_that_cannot_be_is_refused_and_nothing_is_written(
        vault: Vault, plan: BlockPlan, field: str) -> None:
    before = book_state(vault)
    with pytest.raises(InvalidValue) as refused:
        add_block(vault, plan)
    assert refused.value.field == field
    assert book_state(vault) == before


def test_hostile_notes_are_kept_as_typed(vault: Vault) -> None:
    for text in STORABLE:
        block_id = add_block(vault, lunch(note=text))
        assert find_block(vault, block_id).plan.note == text


def test_a_block_is_changed_and_removed_and_each_step_undone(vault: Vault) -> None:
    empty = book_state(vault, with_audit=False)
    block_id = add_block(vault, lunch(repeat=Repeat.WEEKLY))
    added = book_state(vault, with_audit=False)
    change_block(vault, block_id, BlockPlan(BlockKind.ADMIN, "Invoices",
                                            starts_at=at(MONDAY, 9), ends_at=at(MONDAY, 10)))
    saved = find_block(vault, block_id)
    assert saved.plan == BlockPlan(BlockKind.ADMIN, "Invoices", starts_at=at(MONDAY, 9),
                                   ends_at=at(MONDAY, 10))
    assert block_days(vault, MONDAY + timedelta(days=7), 7) == []  # no longer repeats
    delete_block(vault, block_id)
    assert block_days(vault, MONDAY, 7) == []
    with pytest.raises(NotFound):
        find_block(vault, block_id)

    done = undo(vault)
    assert done is not None and done.action == BookAction.DELETE_BLOCK
    assert find_block(vault, block_id).plan.kind == BlockKind.ADMIN
    done = undo(vault)
    assert done is not None and done.action == BookAction.CHANGE_BLOCK
    assert book_state(vault, with_audit=False) == added
    done = undo(vault)
    assert done is not None and done.action == BookAction.ADD_BLOCK
    assert book_state(vault, with_audit=False) == empty
    redo(vault)
    assert book_state(vault, with_audit=False) == added


def test_booking_over_a_block_asks_first(vault: Vault, client_id: int) -> None:
    block_id = add_block(vault, lunch(repeat=Repeat.WEEKLY))
    later = MONDAY + timedelta(days=21)
    with pytest.raises(Conflicts) as clash:
        book(vault, client_id, at(later, 13))
    [conflict] = clash.value.conflicts
    assert (conflict.kind, conflict.appointment_id, conflict.block_kind, conflict.client_name) == (
        "block", block_id, BlockKind.LUNCH, "Lunch")
    assert conflict.starts_at == at(later, 12, 30)
    [booked] = book(vault, client_id, at(later, 13), allow_conflicts=True)
    [elsewhere] = book(vault, client_id, at(later, 14))
    move(vault, elsewhere, at(later + timedelta(days=1), 12))  # lunch is not on Tuesdays
    with pytest.raises(Conflicts):
        move(vault, elsewhere, at(later, 11, 50))  # ten minutes into Monday's lunch
    assert booked != elsewhere


def test_a_holiday_asks_before_any_session_that_day(vault: Vault, client_id: int) -> None:
    add_block(vault, BlockPlan(BlockKind.HOLIDAY, first_day=MONDAY, last_day=MONDAY))
    with pytest.raises(Conflicts):
        book(vault, client_id, at(MONDAY, 23, 30), length_minutes=20)
    assert book(vault, client_id, at(MONDAY + timedelta(days=1), 0, 0), length_minutes=20)


BLOCK_PLANS = st.builds(
    lambda offset, hour, minutes, days, repeat, whole: (
        BlockPlan(BlockKind.OTHER, first_day=BEFORE_CHANGE + timedelta(offset),
                  last_day=BEFORE_CHANGE + timedelta(offset + days), repeat=repeat)
        if whole else
        BlockPlan(BlockKind.OTHER, starts_at=at(BEFORE_CHANGE + timedelta(offset), hour),
                  ends_at=at(BEFORE_CHANGE + timedelta(offset), hour) + timedelta(
                      minutes=minutes), repeat=repeat)),
    st.integers(-10, 13), st.integers(8, 18), st.integers(10, 300), st.integers(0, 5),
    st.sampled_from([None, Repeat.WEEKLY, Repeat.FORTNIGHTLY]), st.booleans())


def clear_blocks(vault: Vault) -> None:
    """No blocks (for each example of a property test), deleted as the services delete."""
    with vault.unit_of_work() as session:
        for block in session.scalars(select(Block)).all():
            session.delete(block)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(BLOCK_PLANS, max_size=4), st.integers(0, 13), st.integers(0, 47),
       st.integers(10, 180))
def test_no_session_is_booked_over_a_block_without_asking(
        vault: Vault, client_id: int, plans: list[BlockPlan], offset: int, half_hour: int,
        length: int) -> None:
    clear_blocks(vault)
    for plan in plans:
        try:
            add_block(vault, plan)
        except InvalidValue:
            pass  # a span of days too long for its repeat, or past midnight
    starts_at = at(BEFORE_CHANGE + timedelta(offset), half_hour // 2, 30 * (half_hour % 2))
    ends_at = starts_at + timedelta(minutes=length)
    blocked = [t for t in block_days(vault, BEFORE_CHANGE - timedelta(20), 40)
               if t.starts_at < ends_at and t.ends_at > starts_at]
    try:
        [booked] = book(vault, client_id, starts_at, length_minutes=length)
    except Conflicts as clash:
        assert {c.appointment_id for c in clash.conflicts if c.kind == "block"} == {
            t.block_id for t in blocked}
    else:
        assert blocked == []
        with vault.unit_of_work() as session:
            assert not [c for c in find_conflicts(session, client_id, starts_at, length,
                                                  frozenset({booked})) if c.kind == "block"]
