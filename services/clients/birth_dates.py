"""A client's date of birth as client lists write it, read without guessing.

Accepted: year first (1985-04-12, 1985/04/12, 19850412 as vCard writes it), with dots day
first (12.04.1985, as Russian and most European lists write it), and with slashes or dashes
either day first (12/04/1985, British) or month first (04/12/1985, American). For those, the
file decides: a date whose first number is over 12 shows the file writes the day first, one
whose second number is, the month first. When the file's dates show one order and not the
other, every date is read in it; otherwise a date that reads both ways (04/05/1985) is refused
with its line, and one that reads only one way is read that way. A year must be written in
full; a time after the date (Excel's "4/12/1985 0:00") is ignored.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from datetime import date

from services import validation
from services.errors import InvalidValue

FIELD = "date_of_birth"
YEAR_FIRST = re.compile(r"(\d{4})([-./]?)(\d{1,2})\2(\d{1,2})")
DAY_FIRST_DOTS = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
EITHER = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})")
TIME_AFTER = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AaPp][Mm])?$")


class DayOrder(enum.StrEnum):
    """How the file writes dates with slashes: day first, month first, or it does not show."""

    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"
    UNSETTLED = "unsettled"


def _plain(value: str) -> str:
    return TIME_AFTER.sub("", value.strip())


def settled_order(values: Iterable[str]) -> DayOrder:
    """The order the file's slashed dates show, if they show only one."""
    shown = set()
    for value in values:
        found = EITHER.fullmatch(_plain(value))
        if found:
            first, second = int(found[1]), int(found[3])
            if first > 12 >= second:
                shown.add(DayOrder.DAY_FIRST)
            elif second > 12 >= first:
                shown.add(DayOrder.MONTH_FIRST)
    return shown.pop() if len(shown) == 1 else DayOrder.UNSETTLED


def _day(year: int, month: int, day: int, value: str) -> date:
    try:
        born = date(year, month, day)
    except ValueError:
        raise InvalidValue("{value!r} is not a date.", field=FIELD, value=value) from None
    validation.day(born, FIELD)
    if born > date.today():
        raise InvalidValue("A date of birth cannot be in the future.", field=FIELD)
    return born


def birth_date(value: str, order: DayOrder) -> date | None:
    """The date the text gives, None for an empty cell, or InvalidValue saying why not."""
    text = _plain(value)
    if not text:
        return None
    if found := YEAR_FIRST.fullmatch(text):
        return _day(int(found[1]), int(found[3]), int(found[4]), value)
    if found := DAY_FIRST_DOTS.fullmatch(text):
        return _day(int(found[3]), int(found[2]), int(found[1]), value)
    if found := EITHER.fullmatch(text):
        first, second, year = int(found[1]), int(found[3]), int(found[4])
        if order is DayOrder.UNSETTLED and first != second and first <= 12 and second <= 12:
            raise InvalidValue("{value!r} could be day/month or month/day, and the file's "
                               "other dates do not say which. Write it as year-month-day, "
                               "such as 1985-04-12.", field=FIELD, value=value)
        day_first = order is DayOrder.DAY_FIRST or (order is DayOrder.UNSETTLED and first > 12)
        return _day(year, *((second, first) if day_first else (first, second)), value)
    raise InvalidValue("A date of birth is written like 1985-04-12 or 12.04.1985 (with the "
                       "year in full), not {value!r}.", field=FIELD, value=value)
