"""The end-of-day figures on the ten-year practice (issue 6): review a busy day, close it, its
day sheet as PDF, and a month report with its charts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import partial

from benchmarks.figures import Bench, figure
from benchmarks.timing import Measurement, median, seconds
from services.day_sheet import day_sheet_pdf
from services.month_report import month_report_of
from services.practice_settings import read_settings
from services.reconciliation import close_day, is_closed, reopen_day, review_day

OPEN_BUDGET_MS = 50.0
CLOSE_BUDGET_MS = 50.0
SHEET_BUDGET_MS = 150.0
MONTH_BUDGET_MS = 300.0


def _busy_open_day(bench: Bench) -> date:
    """The past day with the most sessions, reopened if it was closed."""
    zone = bench.zone()
    today = datetime.now(zone).date()
    counts: dict[date, int] = {}
    for (starts,) in bench.raw("SELECT starts_at FROM appointment"):
        day = datetime.fromisoformat(str(starts)).replace(tzinfo=UTC).astimezone(zone).date()
        if day < today:
            counts[day] = counts.get(day, 0) + 1
    day = max(sorted(counts), key=lambda d: counts[d])
    if is_closed(bench.vault, day):
        reopen_day(bench.vault, day, "Benchmark")
    bench.notes["day_close_open"] = f"{day}: {counts[day]} sessions"
    return day


def _problems_accepted(bench: Bench, day: date) -> dict[str, str]:
    return {p.key: "Benchmark" for p in review_day(bench.vault, day).problems}


@figure("day_close_open")
def day_close_open(bench: Bench) -> Measurement:
    day = _busy_open_day(bench)
    samples = [seconds(partial(review_day, bench.vault, day)) * 1000
               for _ in range(max(5, bench.repeats * 2))]
    return Measurement(median(samples), "ms", OPEN_BUDGET_MS,
                       how="median: reconciliation.review_day of the busiest past day, open")


@figure("day_close_close")
def day_close_close(bench: Bench) -> Measurement:
    day = _busy_open_day(bench)
    samples = []
    for _ in range(max(5, bench.repeats * 2)):
        accepted = _problems_accepted(bench, day)
        samples.append(seconds(partial(close_day, bench.vault, day, accepted)) * 1000)
        reopen_day(bench.vault, day, "Benchmark")
    close_day(bench.vault, day, _problems_accepted(bench, day))
    return Measurement(median(samples), "ms", CLOSE_BUDGET_MS,
                       how="median: reconciliation.close_day of the busiest day; reopen untimed")


@figure("day_sheet_pdf")
def day_sheet_figure(bench: Bench) -> Measurement:
    day = _busy_open_day(bench)
    review = review_day(bench.vault, day)
    settings = read_settings(bench.vault)
    samples = [seconds(partial(day_sheet_pdf, review, settings)) * 1000
               for _ in range(max(5, bench.repeats * 2))]
    return Measurement(median(samples), "ms", SHEET_BUDGET_MS,
                       how="median: day_sheet.day_sheet_pdf of the busiest day")


@figure("month_report")
def month_report_figure(bench: Bench) -> Measurement:
    today = datetime.now(bench.zone()).date()
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    samples = [seconds(partial(month_report_of, bench.vault, year, month)) * 1000
               for _ in range(max(3, bench.repeats))]
    return Measurement(median(samples), "ms", MONTH_BUDGET_MS,
                       how="median: month_report + month_report_pdf (charts) of last month")
