import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.errors import InvalidValue
from services.money.amounts import MINOR_DIGITS, format_amount, parse_amount, percent_of, split
from services.validation import MAX_MONEY

currencies = st.sampled_from(sorted(MINOR_DIGITS))
amounts = st.integers(min_value=0, max_value=MAX_MONEY)


@given(amounts, currencies)
def test_what_is_printed_parses_back_to_the_same_amount(minor: int, currency: str) -> None:
    assert parse_amount(format_amount(minor, currency), currency) == minor
    assert parse_amount(format_amount(minor, currency, decimal=","), currency) == minor


@given(amounts, st.integers(min_value=1, max_value=60))
def test_a_split_adds_up_exactly_and_is_fair(minor: int, parts: int) -> None:
    shares = split(minor, parts)
    assert sum(shares) == minor
    assert max(shares) - min(shares) <= 1


@given(amounts, st.integers(min_value=0, max_value=100))
def test_a_percentage_lies_between_nothing_and_the_whole(minor: int, percent: int) -> None:
    fee = percent_of(minor, percent)
    assert 0 <= fee <= minor
    assert abs(fee * 100 - minor * percent) <= 50


def test_typed_amounts() -> None:
    assert parse_amount("75", "GBP") == 7500
    assert parse_amount("75.5", "GBP") == 7550
    assert parse_amount("3 500,00 ₽", "RUB") == 350000
    assert parse_amount("£1,5", "GBP") == 150
    assert parse_amount("1200", "JPY") == 1200
    assert format_amount(-7550, "GBP") == "-£75.50"


@pytest.mark.parametrize("typed", ["", "-5", "abc", "1.234", "7.5.5", "1e3", "99999999999999"])
def test_amounts_that_are_not_amounts_are_refused(typed: str) -> None:
    with pytest.raises(InvalidValue):
        parse_amount(typed, "GBP")
