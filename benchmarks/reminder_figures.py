"""The reminders' figures (issue 16) on the ten-year practice: the next reminders computed,
and the day's agenda from asking to painted.

Both look at the coming week, where the demo's series go on being booked: reminders are about
sessions still ahead. `reminders_next` asks `due_reminders` what is due a minute before each
reminder of that week falls due (nothing due yet: the answer is the next moment to wake, as
at nearly every wake), with reminders on and the agenda off for the run; the practice's
reminder settings are put back afterwards. `agenda_painted` is the real `AgendaWindow` on an
`ImmediateExecutor` worker for the week's busiest day, at 08:30 that day, so the agenda's
reads (the day and the next, that day's call list, the notes to finish) happen inside the
call timed; "painted" is `gui_process.paint`. The vault stays open: neither writes. Before
each of its samples the garbage is collected, untimed: this process holds far more than the
app does (the whole run's figures), and a full collection of it, falling in one sample, would
be the p95; the agenda's own garbage is still collected inside its samples.
"""

from __future__ import annotations

import gc
from datetime import UTC, date, datetime, time, timedelta
from functools import partial

from benchmarks.figures import Bench, figure
from benchmarks.gui_figures import application
from benchmarks.gui_process import paint, settle
from benchmarks.timing import Measurement, median, p95, seconds
from services.calendar.appointments import days
from services.reminders.due_reminders import due_reminders
from services.reminders.reminder_settings import (
    ReminderSettings,
    read_reminder_settings,
    update_reminder_settings,
)
from ui.app import install_fonts
from ui.reminders.agenda_window import AgendaWindow
from ui.worker import DatabaseWorker, ImmediateExecutor

NEXT_BUDGET_MS = 5.0
AGENDA_BUDGET_MS = 50.0


def _coming_week(bench: Bench) -> list[date]:
    today = datetime.now(UTC).astimezone(bench.zone()).date()
    return [today + timedelta(days=n) for n in range(1, 8)]


@figure("reminders_next")
def reminders_next(bench: Bench) -> Measurement:
    week = _coming_week(bench)
    starts = [e.starts_at for e in days(bench.vault, week[0], 7)]
    kept = read_reminder_settings(bench.vault)
    update_reminder_settings(bench.vault, ReminderSettings(True, 10, False, False))
    samples = []
    try:
        for _ in range(bench.repeats):
            for start in starts:
                now = start - timedelta(minutes=11)
                samples.append(seconds(partial(due_reminders, bench.vault, now)) * 1000)
    finally:
        update_reminder_settings(bench.vault, kept)
    bench.notes["reminders_next"] = f"{len(starts)} sessions in the week from {week[0]}"
    return Measurement(median(samples), "ms", NEXT_BUDGET_MS,
                       how="median: services.reminders.due_reminders.due_reminders a minute "
                           "before each session's reminder of the coming week")


@figure("agenda_painted")
def agenda_painted(bench: Bench) -> Measurement:
    install_fonts(application())
    busiest = max(_coming_week(bench), key=lambda day: len(days(bench.vault, day, 1)))
    zone = bench.zone()
    now = datetime.combine(busiest, time(8, 30), tzinfo=zone).astimezone(UTC)
    worker = DatabaseWorker(ImmediateExecutor())
    window = AgendaWindow(bench.vault, worker, lambda: now)
    window.resize(560, 640)
    window.show()
    samples = []

    def load_and_paint() -> None:
        window.load(busiest)
        paint(window)

    try:
        for _ in range(max(20, bench.repeats * 4)):
            gc.collect()
            samples.append(seconds(load_and_paint) * 1000)
            settle()
        lines = len(window.view.texts())
    finally:
        window.close()
        window.deleteLater()
        settle()
        worker.shutdown()
    bench.notes["agenda_painted"] = f"{busiest}: {lines} lines; median {median(samples):.1f} ms"
    return Measurement(p95(samples), "ms", AGENDA_BUDGET_MS,
                       how="p95: the agenda read on the worker (two days, the call list, the "
                           "notes to finish), then its window painted")
