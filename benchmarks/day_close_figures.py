"""The end-of-day figures on the ten-year practice (issue 6): the close-day dialog opened on a
12-session day and painted, closing it, its day sheet as PDF, and the month at a glance: the
window with its charts painted, and the report as PDF.

The dialog and the window run on an `ImmediateExecutor` worker, so their reads happen inside
the calls timed; their answers are delivered (posted events) and the widget painted before the
clock stops.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from benchmarks.figures import Bench, figure
from benchmarks.gui_figures import application, exposed
from benchmarks.gui_process import draw, settle
from benchmarks.timing import Measurement, median, seconds
from models import Client
from models.enums import AppointmentStatus, ClientStatus
from services.calendar.appointments import book, days
from services.day_close.day_sheet import day_sheet_pdf
from services.day_close.month_report import month_report_of
from services.day_close.reconciliation import close_day, is_closed, mark, reopen_day, review_day
from services.practice.practice_settings import read_settings
from services.practice.practice_time import to_utc
from ui.app import install_fonts
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.day_close.month_report_window import MonthReportWindow
from ui.worker import DatabaseWorker, ImmediateExecutor

OPEN_BUDGET_MS = 50.0
CLOSE_BUDGET_MS = 50.0
SHEET_BUDGET_MS = 150.0
MONTH_BUDGET_MS = 300.0
BUSY_DAY = 12


def _busy_open_day(bench: Bench) -> date:
    """A past day with 12 sessions (given more if the busiest such day has fewer), reopened
    if it was closed."""
    zone = bench.zone()
    today = datetime.now(zone).date()
    counts: dict[date, int] = {}
    for (starts,) in bench.raw("SELECT starts_at FROM appointment"):
        day = datetime.fromisoformat(str(starts)).replace(tzinfo=UTC).astimezone(zone).date()
        if day < today:
            counts[day] = counts.get(day, 0) + 1
    # A day of about 12 sessions, as the figure is for: the busiest with no more,
    # given more below if it has fewer.
    day = max(sorted(d for d in counts if counts[d] <= BUSY_DAY), key=lambda d: counts[d])
    if is_closed(bench.vault, day):
        reopen_day(bench.vault, day, "Benchmark")
    missing = BUSY_DAY - len(days(bench.vault, day, 1))
    if missing > 0:
        with bench.vault.unit_of_work() as session:
            clients = list(session.scalars(select(Client.id).where(
                Client.status == ClientStatus.ACTIVE).order_by(Client.id).limit(missing)))
        for hour, client_id in enumerate(clients, start=8):
            [added] = book(bench.vault, client_id,
                           to_utc(day, datetime.min.time().replace(hour=hour), zone),
                           allow_conflicts=True)
            mark(bench.vault, added, AppointmentStatus.ATTENDED)
    bench.notes["day_close_open"] = f"{day}: {len(days(bench.vault, day, 1))} sessions"
    return day


def _problems_accepted(bench: Bench, day: date) -> dict[str, str]:
    return {p.key: "Benchmark" for p in review_day(bench.vault, day).problems}


def _opened_and_painted(make: Callable[[], QWidget], ready: Callable[[QWidget], bool],
                        repeats: int) -> list[float]:
    """Milliseconds from creating a widget to it painted with what it read, `repeats` times."""
    app = application()
    install_fonts(app)
    samples = []
    for _ in range(repeats):
        began = time.perf_counter()
        widget = make()
        exposed(widget)
        settle()  # the worker's answers
        draw(widget)
        samples.append((time.perf_counter() - began) * 1000)
        if not ready(widget):
            raise RuntimeError(f"{type(widget).__name__} showed nothing: nothing was measured.")
        widget.close()
        widget.deleteLater()
        settle()
    return samples


@figure("day_close_open")
def day_close_open(bench: Bench) -> Measurement:
    day = _busy_open_day(bench)
    worker = DatabaseWorker(ImmediateExecutor())
    samples = _opened_and_painted(
        lambda: CloseDayDialog(bench.vault, worker, day),
        lambda dialog: isinstance(dialog, CloseDayDialog) and dialog.review is not None
        and len(dialog.review.lines) >= BUSY_DAY, max(5, bench.repeats * 2))
    worker.shutdown()
    return Measurement(median(samples), "ms", OPEN_BUDGET_MS,
                       how="median: the close-day dialog of a 12-session day, from opening "
                           "to painted with its review")


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
                       how="median: reconciliation.close_day of a 12-session day; reopen untimed")


@figure("day_sheet_pdf")
def day_sheet_figure(bench: Bench) -> Measurement:
    day = _busy_open_day(bench)
    review = review_day(bench.vault, day)
    settings = read_settings(bench.vault)
    samples = [seconds(partial(day_sheet_pdf, review, settings)) * 1000
               for _ in range(max(5, bench.repeats * 2))]
    return Measurement(median(samples), "ms", SHEET_BUDGET_MS,
                       how="median: day_sheet.day_sheet_pdf of a 12-session day")


def _last_month(bench: Bench) -> tuple[int, int]:
    last = datetime.now(bench.zone()).date().replace(day=1) - timedelta(days=1)
    return last.year, last.month


@figure("month_report")
def month_report_figure(bench: Bench) -> Measurement:
    year, month = _last_month(bench)
    worker = DatabaseWorker(ImmediateExecutor())
    samples = _opened_and_painted(
        lambda: MonthReportWindow(bench.vault, worker, year, month),
        lambda window: isinstance(window, MonthReportWindow) and bool(window.charts),
        max(3, bench.repeats))
    worker.shutdown()
    return Measurement(median(samples), "ms", MONTH_BUDGET_MS,
                       how="median: the month at a glance for last month, from opening to "
                           "painted with its charts")


@figure("month_report_pdf")
def month_report_pdf_figure(bench: Bench) -> Measurement:
    year, month = _last_month(bench)
    samples = [seconds(partial(month_report_of, bench.vault, year, month)) * 1000
               for _ in range(max(3, bench.repeats))]
    return Measurement(median(samples), "ms", MONTH_BUDGET_MS,
                       how="median: month_report + month_report_pdf (charts) of last month")
