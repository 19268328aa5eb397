from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import example, given
from hypothesis import strategies as st

from services.practice.practice_time import next_midnight, shift_wall_clock

LONDON = ZoneInfo("Europe/London")


@given(instant=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31),
                            timezones=st.just(UTC)))
@example(instant=datetime(2026, 10, 25, 0, 30, tzinfo=UTC))  # 01:30 BST, the first
@example(instant=datetime(2026, 10, 25, 1, 30, tzinfo=UTC))  # 01:30 GMT, the second
def test_no_shift_is_the_same_instant_even_in_the_hour_that_happens_twice(
        instant: datetime) -> None:
    assert shift_wall_clock(instant, timedelta(0), LONDON) == instant


def test_a_week_on_from_the_second_one_oclock_is_one_oclock() -> None:
    # 25 October 2026: 01:00 BST is 00:00 UTC, and 01:00 GMT an hour later is 01:00 UTC.
    second = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
    week_on = shift_wall_clock(second, timedelta(days=7), LONDON)
    assert week_on.astimezone(LONDON).replace(tzinfo=None) == datetime(2026, 11, 1, 1, 0)


# London, and zones whose clocks change at midnight: it is skipped (Santiago, Beirut) or
# happens twice (Havana).
MIDNIGHT_ZONES = ("Europe/London", "America/Santiago", "Asia/Beirut", "America/Havana",
                  "Pacific/Auckland")


@given(instant=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31),
                            timezones=st.just(UTC)),
       zone=st.sampled_from(MIDNIGHT_ZONES).map(ZoneInfo))
@example(instant=datetime(2026, 9, 6, 3, 30, tzinfo=UTC),
         zone=ZoneInfo("America/Santiago"))  # the evening before midnight is skipped
@example(instant=datetime(2026, 11, 1, 4, 30, tzinfo=UTC),
         zone=ZoneInfo("America/Havana"))  # 00:30 the first time, midnight behind it
def test_the_next_midnight_is_the_first_instant_of_the_next_local_day(
        instant: datetime, zone: ZoneInfo) -> None:
    midnight = next_midnight(instant, zone)
    today = instant.astimezone(zone).date()
    assert midnight > instant
    assert midnight.astimezone(zone).date() == today + timedelta(days=1)
    assert (midnight - timedelta(microseconds=1)).astimezone(zone).date() == today
