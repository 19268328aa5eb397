from datetime import date

import pytest

from services.clients.birth_dates import DayOrder, birth_date, settled_order
from services.errors import InvalidValue


@pytest.mark.parametrize(
    ("text", "order", "born"),
    [
        ("1985-04-12", DayOrder.UNSETTLED, date(1985, 4, 12)),
        ("1985/4/2", DayOrder.UNSETTLED, date(1985, 4, 2)),
        ("19850412", DayOrder.UNSETTLED, date(1985, 4, 12)),
        ("12.04.1985", DayOrder.MONTH_FIRST, date(1985, 4, 12)),  # dots: always day first
        ("25/04/1985", DayOrder.UNSETTLED, date(1985, 4, 25)),
        ("04/25/1985", DayOrder.UNSETTLED, date(1985, 4, 25)),
        ("04/05/1985", DayOrder.DAY_FIRST, date(1985, 5, 4)),
        ("04/05/1985", DayOrder.MONTH_FIRST, date(1985, 4, 5)),
        ("05/05/1985", DayOrder.UNSETTLED, date(1985, 5, 5)),
        ("4/12/1985 0:00", DayOrder.MONTH_FIRST, date(1985, 4, 12)),
        ("  ", DayOrder.UNSETTLED, None),
    ],
)
def test_dates_are_read_in_the_order_the_file_shows(text: str, order: DayOrder,
                                                    born: date | None) -> None:
    assert birth_date(text, order) == born


@pytest.mark.parametrize(
    ("text", "words"),
    [("04/05/1985", "day/month or month/day"), ("31.02.1985", "not a date"),
     ("12/04/85", "year in full"), ("2199-01-01", "future"), ("1850-01-01", "between"),
     ("next Tuesday", "year in full")],
)
def test_a_date_that_cannot_be_read_one_way_is_refused(text: str, words: str) -> None:
    with pytest.raises(InvalidValue, match=words) as caught:
        birth_date(text, DayOrder.UNSETTLED)
    assert caught.value.field == "date_of_birth"


@pytest.mark.parametrize(
    ("values", "order"),
    [(["04/05/1985", "25/12/1990"], DayOrder.DAY_FIRST),
     (["04/05/1985", "12/25/1990"], DayOrder.MONTH_FIRST),
     (["04/05/1985", "25/12/1990", "12/25/1990"], DayOrder.UNSETTLED),
     (["04/05/1985", "1990-12-25", "25.12.1990"], DayOrder.UNSETTLED)],
)
def test_the_files_other_dates_settle_the_order_only_when_they_agree(
        values: list[str], order: DayOrder) -> None:
    assert settled_order(values) is order
