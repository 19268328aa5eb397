"""Which days a calendar mode shows around a date, and the period before or after it.

Pure Python (no Qt). Weeks start on Monday. The work week runs from the practice's first
working weekday to its last (non-working days in between are shown, shaded), so a session
booked on such a day is never hidden. The month view shows whole weeks: from the Monday on
or before the 1st to the Sunday on or after the last day, four to six weeks.
"""

from __future__ import annotations

from datetime import date, timedelta

DAY, WORK_WEEK, WEEK, MONTH = "day", "work_week", "week", "month"
MODES = (DAY, WORK_WEEK, WEEK, MONTH)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (or earlier), kept within a short month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def work_week_span(work_days: str) -> tuple[int, int]:
    """Offsets from Monday of the first and the last working day (Monday to Friday: 0, 4)."""
    numbers = sorted(int(ch) for ch in work_days if ch in "1234567") or [1, 2, 3, 4, 5]
    return numbers[0] - 1, numbers[-1] - 1


def visible_range(mode: str, anchor: date, work_days: str = "12345") -> tuple[date, int]:
    """The first day shown and how many days, for `mode` around `anchor`."""
    if mode == DAY:
        return anchor, 1
    if mode == WEEK:
        return monday_of(anchor), 7
    if mode == WORK_WEEK:
        first, last = work_week_span(work_days)
        return monday_of(anchor) + timedelta(days=first), last - first + 1
    if mode == MONTH:
        start = monday_of(month_start(anchor))
        end = monday_of(add_months(month_start(anchor), 1) - timedelta(days=1))
        return start, (end - start).days + 7
    raise ValueError(f"unknown calendar mode {mode!r}")


def shifted(mode: str, anchor: date, steps: int) -> date:
    """The anchor `steps` periods later (negative: earlier)."""
    if mode == DAY:
        return anchor + timedelta(days=steps)
    if mode in (WEEK, WORK_WEEK):
        return anchor + timedelta(weeks=steps)
    if mode == MONTH:
        return add_months(anchor, steps)
    raise ValueError(f"unknown calendar mode {mode!r}")
