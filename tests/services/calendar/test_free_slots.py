from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enums import (
    AppointmentStatus,
    BlockKind,
    CancelledBy,
    Modality,
    ReasonCategory,
    Repeat,
)
from services.calendar.appointments import book, cancel, find_conflicts, set_status
from services.calendar.blocks import BlockPlan, add_block, block_days
from services.calendar.free_slots import RANK, FreeSlot, SlotReason, free_slots
from services.clients.client_records import ClientDraft, create_client, link_acquaintances
from services.errors import InvalidValue, NotFound
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.services.calendar.test_blocks import clear_blocks

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 1)
LONG_AGO = datetime(2026, 1, 1, tzinfo=UTC)
WORKING_HALF_HOURS = [time(9 + i // 2, 30 * (i % 2)) for i in range(17)]  # 09:00 to 17:00


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def local(slot: FreeSlot) -> datetime:
    return slot.starts_at.astimezone(LONDON)


def times_on(slots: list[FreeSlot], day: date) -> list[time]:
    return [local(s).time() for s in slots if local(s).date() == day]


def everything(vault: Vault, client_id: int, first_day: date = MONDAY, days: int = 7,
               length_minutes: int | None = None) -> list[FreeSlot]:
    """Every slot offered, however many: `now` is long before the range."""
    return free_slots(vault, client_id, first_day, days, length_minutes, now=LONG_AGO,
                      limit=1000)


@pytest.fixture
def client_id(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Nadia Volkova", preferred_name="Nadia"))


@pytest.fixture
def other(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Tom Reed"))


def test_an_empty_practice_offers_every_half_hour_of_the_working_week(vault: Vault,
                                                                     client_id: int) -> None:
    slots = everything(vault, client_id)
    expected = [at(MONDAY + timedelta(days=d), t.hour, t.minute)
                for d in range(5) for t in WORKING_HALF_HOURS]
    assert [s.starts_at for s in slots] == expected
    assert all(s.starts_at.tzinfo is UTC for s in slots)
    assert {s.length_minutes for s in slots} == {50}
    assert {s.reason for s in slots} == {SlotReason.OTHER}
    assert {s.modality for s in slots} == {Modality.IN_PERSON}


def test_booked_sessions_hold_their_slots_and_cancelled_ones_free_them(
        vault: Vault, client_id: int, other: int) -> None:
    book(vault, other, at(MONDAY, 10))
    [cancelled] = book(vault, other, at(MONDAY, 14))
    cancel(vault, cancelled, CancelledBy.CLIENT, at(MONDAY - timedelta(days=3), 9),
           ReasonCategory.WORK)
    [missed] = book(vault, other, at(MONDAY, 16))
    set_status(vault, missed, AppointmentStatus.NO_SHOW)
    monday = times_on(everything(vault, client_id), MONDAY)
    assert time(9) in monday and time(11) in monday  # ends as it starts / starts as it ends
    assert not {time(9, 30), time(10), time(10, 30)} & set(monday)
    assert time(14) in monday
    assert not {time(15, 30), time(16), time(16, 30)} & set(monday)
    assert len(monday) == 17 - 3 - 3


def test_only_working_days_and_hours_on_the_half_hour(vault: Vault, client_id: int) -> None:
    update_settings(vault, work_starts=time(9, 15), work_ends=time(12), work_days="246")
    slots = everything(vault, client_id)
    assert sorted({local(s).date() for s in slots}) == [date(2026, 6, 2), date(2026, 6, 4),
                                                        date(2026, 6, 6)]
    for day in (date(2026, 6, 2), date(2026, 6, 4), date(2026, 6, 6)):
        assert times_on(slots, day) == [time(9, 30), time(10), time(10, 30), time(11)]


def test_nothing_in_the_past_is_offered(vault: Vault, client_id: int) -> None:
    wednesday = MONDAY + timedelta(days=2)
    now = at(wednesday, 11, 10)
    slots = free_slots(vault, client_id, MONDAY, days=7, now=now, limit=1000)
    assert slots[0].starts_at == at(wednesday, 11, 30)
    assert all(s.starts_at >= now for s in slots)
    assert len(slots) == 12 + 17 + 17


def test_acquaintances_are_not_offered_back_to_back(vault: Vault, client_id: int,
                                                    other: int) -> None:
    friend = create_client(vault, ClientDraft(full_name="Lena Orlova"))
    link_acquaintances(vault, client_id, friend)
    book(vault, friend, at(MONDAY, 12))  # 12:00 to 12:50; the waiting-room gap is 15 minutes
    mine = times_on(everything(vault, client_id), MONDAY)
    theirs = times_on(everything(vault, other), MONDAY)
    for offered in (mine, theirs):
        assert not {time(11, 30), time(12), time(12, 30)} & set(offered)
    assert time(11) in theirs and time(13) in theirs
    assert time(11) not in mine and time(13) not in mine
    assert time(10, 30) in mine and time(13, 30) in mine
    update_settings(vault, waiting_room_gap_minutes=0)
    assert {time(11), time(13)} <= set(times_on(everything(vault, client_id), MONDAY))


def best_fit(slots: list[FreeSlot]) -> FreeSlot:
    return min(slots, key=lambda s: (RANK[s.reason], s.starts_at))


def test_the_best_fits_for_the_usual_tuesday_at_ten_are_offered_in_date_order(
        vault: Vault, client_id: int, other: int) -> None:
    ids = book(vault, client_id, at(date(2026, 5, 5), 10), repeat=Repeat.WEEKLY, occurrences=6)
    for attended in ids[:5]:
        set_status(vault, attended, AppointmentStatus.ATTENDED)
    book(vault, client_id, at(date(2026, 5, 14), 15))  # one Thursday does not move the habit
    first_day = date(2026, 6, 15)
    slots = everything(vault, client_id, first_day, days=14)
    tuesdays = (date(2026, 6, 16), date(2026, 6, 23))
    assert [s.starts_at for s in slots] == sorted(s.starts_at for s in slots)
    assert [s.starts_at for s in slots if s.reason == SlotReason.USUAL_DAY_AND_TIME] == [
        at(tuesdays[0], 10), at(tuesdays[1], 10)]
    for reason in SlotReason:
        group = [s for s in slots if s.reason == reason]
        on_tuesday = {local(s).isoweekday() == 2 for s in group}
        at_ten = {local(s).time() == time(10) for s in group}
        assert (on_tuesday, at_ten) == {
            SlotReason.USUAL_DAY_AND_TIME: ({True}, {True}),
            SlotReason.USUAL_DAY: ({True}, {False}),
            SlotReason.USUAL_TIME: ({False}, {True}),
            SlotReason.OTHER: ({False}, {False}),
        }[reason]
    offered = free_slots(vault, client_id, first_day, now=LONG_AGO)
    best = sorted(slots, key=lambda s: (RANK[s.reason], s.starts_at))[:20]
    assert offered == sorted(best, key=lambda s: s.starts_at)
    assert offered[0].starts_at == at(tuesdays[0], 9)  # the usual day, in date order

    book(vault, other, at(tuesdays[0], 10))  # someone else takes the first Tuesday
    assert best_fit(everything(vault, client_id, first_day, days=14)).starts_at == at(
        tuesdays[1], 10)


def test_no_time_is_offered_on_a_day_the_client_already_comes(vault: Vault, client_id: int,
                                                               other: int) -> None:
    wednesday, friday = MONDAY + timedelta(days=2), MONDAY + timedelta(days=4)
    book(vault, client_id, at(MONDAY, 9))
    [kept] = book(vault, client_id, at(wednesday, 17))
    set_status(vault, kept, AppointmentStatus.ATTENDED)
    [cancelled] = book(vault, client_id, at(friday, 12))
    cancel(vault, cancelled, CancelledBy.CLIENT, at(MONDAY, 8), ReasonCategory.WORK)
    book(vault, other, at(MONDAY + timedelta(days=1), 9))  # someone else's day stays open

    days = {local(s).date() for s in everything(vault, client_id)}

    assert days == {MONDAY + timedelta(days=1), MONDAY + timedelta(days=3), friday}


def test_the_usual_time_is_read_from_the_latest_sessions_kept(vault: Vault,
                                                              client_id: int) -> None:
    # Eight Mondays at 09:00, then five Thursdays at 16:00; six Friday 11:00 cancellations.
    book(vault, client_id, at(date(2026, 3, 2), 9), repeat=Repeat.WEEKLY, occurrences=8)
    book(vault, client_id, at(date(2026, 4, 30), 16), repeat=Repeat.WEEKLY, occurrences=5)
    for cancelled in book(vault, client_id, at(date(2026, 5, 1), 11), repeat=Repeat.WEEKLY,
                          occurrences=6):
        cancel(vault, cancelled, CancelledBy.CLIENT, at(date(2026, 4, 1), 9), ReasonCategory.WORK)
    # The last ten kept are five Mondays and five Thursdays: the tie goes to the newer habit.
    first = best_fit(everything(vault, client_id, MONDAY + timedelta(weeks=4)))
    assert (local(first).isoweekday(), local(first).time()) == (4, time(16))
    assert first.reason == SlotReason.USUAL_DAY_AND_TIME


def test_a_usual_time_off_the_half_hour_is_offered_too(vault: Vault, client_id: int) -> None:
    book(vault, client_id, at(date(2026, 5, 6), 10, 15), repeat=Repeat.WEEKLY, occurrences=3)
    slots = everything(vault, client_id)
    wednesday = MONDAY + timedelta(days=2)
    assert best_fit(slots).starts_at == at(wednesday, 10, 15)
    assert best_fit(slots).reason == SlotReason.USUAL_DAY_AND_TIME
    assert time(10, 15) in times_on(slots, MONDAY)
    assert times_on(slots, MONDAY).count(time(10, 15)) == 1


def test_a_week_with_the_clocks_going_back_keeps_nine_oclock(vault: Vault, client_id: int,
                                                              other: int) -> None:
    # Clocks go back in London on Sunday 25 October 2026: 09:00 is 08:00 UTC before, 09:00 after.
    friday, monday = date(2026, 10, 23), date(2026, 10, 26)
    book(vault, other, at(monday, 12))
    slots = everything(vault, client_id, friday, days=4)
    assert sorted({local(s).date() for s in slots}) == [friday, monday]
    assert times_on(slots, friday) == WORKING_HALF_HOURS
    assert times_on(slots, monday) == [t for t in WORKING_HALF_HOURS
                                       if t not in (time(11, 30), time(12), time(12, 30))]
    first_friday = next(s for s in slots if local(s).date() == friday)
    first_monday = next(s for s in slots if local(s).date() == monday)
    assert first_friday.starts_at == datetime(2026, 10, 23, 8, tzinfo=UTC)
    assert first_monday.starts_at == datetime(2026, 10, 26, 9, tzinfo=UTC)


def test_a_longer_session_needs_a_longer_gap(vault: Vault, client_id: int, other: int) -> None:
    book(vault, other, at(MONDAY, 11))
    usual = times_on(everything(vault, client_id), MONDAY)
    longer = everything(vault, client_id, days=1, length_minutes=90)
    assert {s.length_minutes for s in longer} == {90}
    assert time(10) in usual and time(10) not in times_on(longer, MONDAY)
    assert time(9, 30) in times_on(longer, MONDAY)  # 09:30 to 11:00, as the other begins
    assert local(longer[-1]).time() == time(16, 30)  # 16:30 to 18:00, the day's end


def test_a_client_with_no_history_is_offered_slots_in_time_order(vault: Vault, client_id: int,
                                                                 other: int) -> None:
    book(vault, other, at(date(2026, 5, 5), 10), repeat=Repeat.WEEKLY, occurrences=6)
    newcomer = create_client(vault, ClientDraft(full_name="Ivy Chen",
                                                preferred_modality=Modality.VIDEO))
    slots = everything(vault, newcomer)
    assert [s.starts_at for s in slots] == sorted(s.starts_at for s in slots)
    assert {s.reason for s in slots} == {SlotReason.OTHER}
    assert len(slots) == 5 * 17 - 3  # the other client's Tuesday at ten, and either side
    assert slots[0].modality == Modality.VIDEO
    assert slots[0].modalities == (Modality.VIDEO, Modality.IN_PERSON, Modality.PHONE)


def test_every_slot_offered_is_one_find_conflicts_accepts(vault: Vault, client_id: int,
                                                          other: int) -> None:
    friend = create_client(vault, ClientDraft(full_name="Lena Orlova"))
    link_acquaintances(vault, friend, client_id)
    book(vault, other, at(MONDAY, 9, 40), length_minutes=45)
    book(vault, friend, at(MONDAY, 13), length_minutes=90)
    book(vault, friend, at(MONDAY + timedelta(days=1), 17, 5), length_minutes=20)
    book(vault, other, at(MONDAY + timedelta(days=2), 8), length_minutes=180)
    [cancelled] = book(vault, friend, at(MONDAY + timedelta(days=3), 10))
    cancel(vault, cancelled, CancelledBy.THERAPIST, at(MONDAY, 8), ReasonCategory.ILLNESS)
    offered = {s.starts_at for s in everything(vault, client_id)}
    with vault.unit_of_work() as session:
        for d in range(5):
            for t in WORKING_HALF_HOURS:
                start = at(MONDAY + timedelta(days=d), t.hour, t.minute)
                clear = not find_conflicts(session, client_id, start, 50)
                assert (start in offered) == clear, start
    assert 0 < len(offered) < 5 * 17


def test_unknown_clients_and_odd_ranges_are_refused(vault: Vault, client_id: int) -> None:
    with pytest.raises(NotFound):
        free_slots(vault, 999, MONDAY)
    with pytest.raises(InvalidValue):
        free_slots(vault, client_id, MONDAY, days=0)
    with pytest.raises(InvalidValue):
        free_slots(vault, client_id, MONDAY, now=datetime(2026, 6, 1, 9))


def test_the_hour_the_clocks_skip_is_not_offered(vault: Vault, client_id: int) -> None:
    # Clocks go forward in London at 01:00 on Sunday 29 March 2026: 01:00 to 01:59 never happen.
    update_settings(vault, work_starts=time(0), work_ends=time(4), work_days="7")
    sunday = date(2026, 3, 29)
    slots = everything(vault, client_id, sunday, days=1)
    assert times_on(slots, sunday) == [time(0), time(0, 30), time(2), time(2, 30), time(3)]
    assert len({s.starts_at for s in slots}) == len(slots)


def test_a_session_from_the_day_before_holds_the_first_slots(vault: Vault, client_id: int,
                                                             other: int) -> None:
    update_settings(vault, work_starts=time(0), work_days="1234567")
    book(vault, other, at(MONDAY - timedelta(days=1), 23), length_minutes=90)  # to 00:30
    monday = times_on(everything(vault, client_id, days=1), MONDAY)
    assert monday[0] == time(0, 30)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 13), st.integers(9, 17),
                          st.sampled_from(list(AppointmentStatus))), max_size=6),
       st.integers(1, 40))
def test_free_times_come_in_date_order_and_never_on_a_day_the_client_comes(
        vault: Vault, sessions: list[tuple[int, int, AppointmentStatus]], limit: int) -> None:
    client = create_client(vault, ClientDraft(full_name="Ada Bell"))
    comes = set()
    for offset, hour, status in sessions:
        day = MONDAY + timedelta(days=offset)
        [booked] = book(vault, client, at(day, hour), allow_conflicts=True)
        if status in (AppointmentStatus.CANCELLED, AppointmentStatus.LATE_CANCELLATION,
                      AppointmentStatus.CANCELLED_BY_THERAPIST):
            cancel(vault, booked, CancelledBy.CLIENT, at(day, 8), ReasonCategory.WORK)
        elif status != AppointmentStatus.SCHEDULED:
            set_status(vault, booked, status)
        if status in (AppointmentStatus.SCHEDULED, AppointmentStatus.ATTENDED,
                      AppointmentStatus.ATTENDED_LATE):
            comes.add(day)

    slots = free_slots(vault, client, MONDAY, 14, now=LONG_AGO, limit=limit)

    starts = [s.starts_at for s in slots]
    assert starts == sorted(starts) and len(slots) <= limit
    assert not {local(s).date() for s in slots} & comes


def test_lunch_and_a_holiday_are_never_offered(vault: Vault, client_id: int) -> None:
    add_block(vault, BlockPlan(BlockKind.LUNCH, starts_at=at(MONDAY, 12, 30),
                               ends_at=at(MONDAY, 13, 30), repeat=Repeat.WEEKLY))
    add_block(vault, BlockPlan(BlockKind.HOLIDAY, first_day=MONDAY + timedelta(days=2),
                               last_day=MONDAY + timedelta(days=3)))
    slots = everything(vault, client_id, days=14)
    days = {local(s).date() for s in slots}
    assert MONDAY + timedelta(days=2) not in days and MONDAY + timedelta(days=3) not in days
    assert MONDAY + timedelta(days=9) in days  # the holiday was one week only
    for monday in (MONDAY, MONDAY + timedelta(days=7)):
        # 50 minutes: 12:00 would run into lunch; 13:30 is the first after it
        assert times_on(slots, monday) == [t for t in WORKING_HALF_HOURS
                                           if not time(12) <= t < time(13, 30)]


BLOCKS = st.builds(
    lambda offset, minute, minutes, days, repeat, whole: (
        BlockPlan(BlockKind.OTHER, first_day=FRIDAY_BEFORE_CHANGE + timedelta(offset),
                  last_day=FRIDAY_BEFORE_CHANGE + timedelta(offset + days), repeat=repeat)
        if whole else
        BlockPlan(BlockKind.OTHER, starts_at=at(FRIDAY_BEFORE_CHANGE + timedelta(offset),
                                               minute // 60, minute % 60),
                  ends_at=at(FRIDAY_BEFORE_CHANGE + timedelta(offset), minute // 60,
                             minute % 60) + timedelta(minutes=minutes), repeat=repeat)),
    st.integers(-15, 9), st.integers(7 * 60, 18 * 60), st.integers(5, 240), st.integers(0, 3),
    st.sampled_from([None, Repeat.WEEKLY, Repeat.FORTNIGHTLY]), st.booleans())
# Clocks go back in London on Sunday 25 October 2026.
FRIDAY_BEFORE_CHANGE = date(2026, 10, 23)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(BLOCKS, max_size=6))
def test_no_time_offered_overlaps_a_block(vault: Vault, plans: list[BlockPlan]) -> None:
    clear_blocks(vault)
    for plan in plans:
        add_block(vault, plan)
    client = create_client(vault, ClientDraft(full_name="Ada Bell"))
    slots = free_slots(vault, client, FRIDAY_BEFORE_CHANGE, 7, now=LONG_AGO, limit=1000)
    blocks = block_days(vault, FRIDAY_BEFORE_CHANGE - timedelta(days=1), 9)
    for slot in slots:
        assert not [b for b in blocks
                    if b.starts_at < slot.ends_at and b.ends_at > slot.starts_at], slot
    with vault.unit_of_work() as session:
        assert all(not find_conflicts(session, client, s.starts_at, s.length_minutes)
                   for s in slots)
    if not plans:
        assert len(slots) == 5 * 17  # the five working days, every half hour
