"""A letter's date in English and Russian, for any date."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from models.enums import Language
from services.papers.letter_dates import MONTHS, written_date, written_time


def test_a_date_in_each_language() -> None:
    assert written_date(date(2026, 11, 22), Language.ENGLISH) == "22\u00a0November 2026"
    assert written_date(date(2026, 3, 1), Language.RUSSIAN) == "1\u00a0марта 2026\u00a0г."


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       st.sampled_from(list(Language)))
def test_any_date_reads_back_as_itself(day: date, language: Language) -> None:
    words = written_date(day, language).replace("\u00a0", " ").removesuffix(" г.").split(" ")
    assert len(words) == 3
    number, month, year = words
    assert (int(number), MONTHS[language].index(month) + 1, int(year)) == (
        day.day, day.month, day.year)
    assert not number.startswith("0")
    assert written_date(day, language).endswith("г.") == (language is Language.RUSSIAN)


@given(st.times())
def test_a_time_is_on_the_24_hour_clock(moment: time) -> None:
    text = written_time(moment)
    assert len(text) == 5 and text == f"{moment.hour:02d}:{moment.minute:02d}"
