"""The calendar's pure geometry: side-by-side columns, wall-clock placement, periods."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from models.enums import AppointmentStatus, BlockKind, Modality
from services.calendar.appointments import CalendarEntry
from services.calendar.blocks import BlockTime
from ui.calendar.layout import (
    BlockPart,
    Slot,
    assign_columns,
    nearest_on_another_day,
    next_in_time,
    place_blocks,
    place_sessions,
    snap,
    stops_of,
)
from ui.calendar.periods import add_months, shifted, visible_range

LONDON = ZoneInfo("Europe/London")


def entry(id: int, starts_at: datetime, length: int = 50) -> CalendarEntry:
    return CalendarEntry(id, 1, f"Client {id}", starts_at.astimezone(UTC), length,
                         Modality.IN_PERSON, AppointmentStatus.SCHEDULED)


def local(day: date, hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute, fold=fold), tzinfo=LONDON)


def test_overlapping_sessions_sit_side_by_side_and_others_take_the_full_width() -> None:
    slots = assign_columns([(540, 590), (560, 610), (660, 710)])
    assert slots == [Slot(0, 1, 2), Slot(1, 1, 2), Slot(0, 1, 1)]


def test_a_chain_of_overlaps_is_one_cluster_and_reuses_a_freed_column() -> None:
    # 9:00-10:00 overlaps 9:30-10:30, which overlaps 10:15-11:00; the first and the last
    # do not meet, so the last goes back to the first column: two columns, not three.
    slots = assign_columns([(540, 600), (570, 630), (615, 660)])
    assert slots == [Slot(0, 1, 2), Slot(1, 1, 2), Slot(0, 1, 2)]


def test_a_session_widens_over_columns_free_for_its_whole_length() -> None:
    # A clashes with all; B ends before D starts, so B widens over D's column.
    slots = assign_columns([(0, 60), (0, 30), (30, 60), (45, 90)])
    assert slots == [Slot(0, 1, 3), Slot(1, 2, 3), Slot(1, 1, 3), Slot(2, 1, 3)]
    wide = assign_columns([(0, 60), (0, 30), (60, 120)])
    assert wide[2] == Slot(0, 1, 1)
    spread = assign_columns([(0, 60), (0, 20), (0, 20), (30, 60)])
    assert spread[3] == Slot(1, 2, 3)  # columns 1 and 2 are free from 0:20 on


def test_sessions_that_only_touch_do_not_share_a_cluster() -> None:
    assert assign_columns([(540, 600), (600, 650)]) == [Slot(0, 1, 1), Slot(0, 1, 1)]


intervals = st.lists(st.tuples(st.integers(0, 1400), st.integers(5, 240)).map(
    lambda pair: (pair[0], pair[0] + pair[1])), max_size=25)


@given(intervals)
def test_no_two_overlapping_sessions_ever_share_a_column(spans: list[tuple[int, int]]) -> None:
    slots = assign_columns(spans)
    for i, (a, s) in enumerate(zip(spans, slots, strict=True)):
        assert 0 <= s.column and s.column + s.span <= s.columns
        for b, t in zip(spans[i + 1:], slots[i + 1:], strict=True):
            if a[0] < b[1] and b[0] < a[1]:
                assert s.columns == t.columns
                columns_a = set(range(s.column, s.column + s.span))
                assert not columns_a & set(range(t.column, t.column + t.span))


def test_sessions_are_placed_by_local_wall_clock_on_the_23_hour_spring_day() -> None:
    sunday = date(2026, 3, 29)  # clocks go forward at 01:00 GMT in London
    placed = place_sessions(
        [entry(1, local(sunday, 10)), entry(2, local(sunday, 0, 30)),
         entry(3, local(date(2026, 3, 28), 10)), entry(4, local(date(2026, 3, 30), 10))],
        date(2026, 3, 23), 7, LONDON)
    by_id = {p.entry.id: p for p in placed}
    assert (by_id[1].day, by_id[1].start, by_id[1].end) == (6, 600, 650)  # 09:00 UTC
    assert (by_id[2].day, by_id[2].start) == (6, 30)
    assert (by_id[3].day, by_id[3].start) == (5, 600)  # 10:00 GMT, 10:00 UTC
    assert 4 not in by_id  # Monday 30 March is the next week


def test_the_twice_lived_hour_of_the_25_hour_autumn_day_sits_side_by_side() -> None:
    sunday = date(2026, 10, 25)  # 01:00-02:00 happens twice in London
    first = entry(1, local(sunday, 1, 30, fold=0), 30)  # 00:30 UTC, BST
    second = entry(2, local(sunday, 1, 30, fold=1), 30)  # 01:30 UTC, GMT
    evening = entry(3, local(sunday, 20), 50)
    assert second.starts_at - first.starts_at == timedelta(hours=1)
    placed = {p.entry.id: p for p in place_sessions([second, first, evening], sunday, 1, LONDON)}
    assert placed[1].start == placed[2].start == 90
    assert {placed[1].slot.column, placed[2].slot.column} == {0, 1}
    assert placed[1].slot.columns == 2
    assert (placed[3].start, placed[3].slot) == (1200, Slot(0, 1, 1))


def test_short_sessions_are_laid_out_on_their_drawn_height() -> None:
    day = date(2026, 6, 15)
    placed = place_sessions([entry(1, local(day, 9), 10), entry(2, local(day, 9, 15), 10)],
                            day, 1, LONDON, min_minutes=25)
    assert [p.slot.columns for p in placed] == [2, 2]
    assert [p.end - p.start for p in placed] == [10, 10]


def test_a_session_running_past_midnight_is_cut_at_the_end_of_its_day() -> None:
    day = date(2026, 6, 15)
    placed = place_sessions([entry(1, local(day, 23, 30), 60)], day, 2, LONDON)
    assert (placed[0].day, placed[0].start, placed[0].end) == (0, 1410, 1440)


def test_snap_rounds_to_five_minutes() -> None:
    assert [snap(m) for m in (0, 2.4, 2.6, 598.8, 601.2, 633)] == [0, 0, 5, 600, 600, 635]


def test_each_mode_shows_its_days() -> None:
    wednesday = date(2026, 11, 18)
    assert visible_range("day", wednesday) == (wednesday, 1)
    assert visible_range("week", wednesday) == (date(2026, 11, 16), 7)
    assert visible_range("work_week", wednesday, "12345") == (date(2026, 11, 16), 5)
    assert visible_range("work_week", wednesday, "2346") == (date(2026, 11, 17), 5)
    # November 2026 starts on a Sunday and ends on a Monday: six whole weeks.
    assert visible_range("month", wednesday) == (date(2026, 10, 26), 42)
    # February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    assert visible_range("month", date(2027, 2, 14)) == (date(2027, 2, 1), 28)


def test_periods_step_by_day_week_and_month() -> None:
    assert shifted("day", date(2026, 12, 31), 1) == date(2027, 1, 1)
    assert shifted("work_week", date(2026, 11, 18), -1) == date(2026, 11, 11)
    assert shifted("month", date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_keyboard_steps_go_in_time_order_and_to_the_nearest_on_another_day() -> None:
    monday, wednesday = date(2026, 6, 15), date(2026, 6, 17)
    placed = stops_of(place_sessions([entry(1, local(monday, 9)), entry(2, local(monday, 15)),
                                      entry(3, local(wednesday, 16)),
                                      entry(4, local(wednesday, 9))], monday, 7, LONDON))
    assert next_in_time(placed, None, 1) == 1 and next_in_time(placed, None, -1) == 3
    assert next_in_time(placed, 2, 1) == 4  # Wednesday 9:00 comes after Monday 15:00
    assert next_in_time(placed, 3, 1) == 3  # the last stays the last
    assert nearest_on_another_day(placed, 2, 1) == 3  # 15:00 is nearest 16:00, not 9:00
    assert nearest_on_another_day(placed, 4, -1) == 1
    assert nearest_on_another_day(placed, 1, -1) is None


def test_a_blocks_parts_are_stops_between_the_sessions() -> None:
    monday, tuesday = date(2026, 6, 15), date(2026, 6, 16)
    sessions = place_sessions([entry(1, local(monday, 12, 30)), entry(2, local(tuesday, 9))],
                              monday, 7, LONDON)
    lunch = BlockTime(5, BlockKind.LUNCH, "", local(monday, 12, 30).astimezone(UTC),
                      local(monday, 13, 30).astimezone(UTC), False, monday, monday, True)
    away = BlockTime(6, BlockKind.HOLIDAY, "", local(tuesday, 0).astimezone(UTC),
                     local(tuesday + timedelta(days=2), 0).astimezone(UTC), True, tuesday,
                     tuesday + timedelta(days=1), False)
    stops = stops_of(sessions, place_blocks([lunch, away], monday, 7, LONDON))
    assert [stop.key for stop in stops] == [BlockPart(5, 0), 1, BlockPart(6, 1), 2,
                                            BlockPart(6, 2)]
    assert next_in_time(stops, 1, 1) == BlockPart(6, 1)  # the holiday's Tuesday, at midnight
    assert next_in_time(stops, BlockPart(6, 2), -1) == 2
    assert nearest_on_another_day(stops, BlockPart(5, 0), 1) == 2  # 9:00 nearer than 0:00
    assert nearest_on_another_day(stops, BlockPart(6, 1), 1) == BlockPart(6, 2)
