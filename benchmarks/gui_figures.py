"""The window's figures (issue 3): start to the painted week, stepping weeks and months, a long
client's panel, and the peak memory of a fresh process showing the practice.

Each runs the real widgets in this process on a QApplication (offscreen unless QT_QPA_PLATFORM
says otherwise) with an `ImmediateExecutor` worker, so the database reads happen inside the
calls timed. "Painted" is `gui_process.paint`: the layouts waiting done, then every pixel of
the widget drawn. Between two samples, what is still posted is delivered untimed, as an idle
event loop would between two clicks.

A window opens the practice itself (and closes it when it closes), so these figures close the
bench's vault first and open it again afterwards. `client_panel_500` gives the busiest client
enough past sessions if the demo gave none 500; the figures registered before these (the
service figures) see the practice as the demo left it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, insert, select

from benchmarks import remembered_keychain
from benchmarks.figures import Bench, figure
from benchmarks.gui_process import draw, paint, settle
from benchmarks.timing import Measurement, Skipped, median
from models import Appointment
from models.audit import Change, append_events
from models.enums import AppointmentStatus
from services.practice.practice_time import monday_of
from services.vault.key_file import read_key_file, write_key_file
from services.vault.practice_vault import open_vault
from services.vault.vault_paths import VaultPaths
from ui.app import install_fonts
from ui.calendar.periods import MONTH, WEEK
from ui.client_panel import ClientPanel
from ui.first_frame import FIRST_FRAME_VARIABLE
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker, ImmediateExecutor, second_in_line

# Issue 18's budgets: the first usable window (the unlock dialog, or with the key remembered
# the window's frame) within 1.5x a bare window's process, the week with its sessions (key
# remembered) within 5x.
FIRST_FRAME_RATIO = 1.5
START_RATIO = 5.0
STEP_BUDGET_MS = 16.0
MONTH_BUDGET_MS = 30.0
LONG_PANEL_BUDGET_MS = 30.0
MEMORY_BUDGET_MIB = 150.0
LONG_CLIENT_SESSIONS = 500
WEEKS_STEPPED = 10  # per repeat, each way
MONTHS_STEPPED = 3  # per repeat, after switching to the month
PANEL_SIZE = (460, 800)  # about the client dock's width beside the calendar
ROOT = Path(__file__).resolve().parent.parent
PATIENCE = 120  # seconds a started window process may take before it counts as failed
BUNDLE_VARIABLE = "STILLROOM_BUNDLE"  # a bundle built elsewhere than dist/ (its program)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["stillroom-benchmark"])
    return cast(QApplication, app)


@contextmanager
def _practice_for_windows(bench: Bench) -> Iterator[bytearray]:
    """The data key, with the bench's vault closed so windows can open the practice; on the
    way out the vault is open again and the key's copy wiped. The app's font meanwhile."""
    app = application()
    font = app.font()
    install_fonts(app)
    key = bytearray(bench.vault.key)
    bench.vault.close()
    try:
        yield key
    finally:
        bench.vault = open_vault(bench.folder, bytearray(key), actor="benchmark")
        key[:] = bytes(len(key))
        app.setFont(font)


@contextmanager
def _key_remembered(bench: Bench) -> Iterator[str]:
    """The practice's key file saying the key is remembered, as after "Remember on this
    computer", for as long as the figure runs; yields what a fresh process reads on stdin to
    play the keychain (the vault id and the key): no key derivation is timed."""
    keys = VaultPaths(bench.folder).keys
    kept = keys.read_bytes()
    key_file = read_key_file(keys)
    with _practice_for_windows(bench) as key:
        write_key_file(keys, key_file.with_remembered(True))
        try:
            yield f"{key_file.vault_id} {key.hex()}"
        finally:
            keys.write_bytes(kept)


def exposed(widget: QWidget) -> None:
    """Show `widget` and wait until the platform has exposed it, so a repaint draws at once."""
    widget.show()
    handle = widget.windowHandle()
    deadline = time.monotonic() + 5
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if handle is None or not handle.isExposed():
        raise RuntimeError("The window was never exposed: nothing could be painted.")


class _Paints(QObject):
    """Counts the paint events of one widget, to be sure a figure measured real painting."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _window(folder: Path, key: bytearray) -> MainWindow:
    """The window with its page check done before anything is measured."""
    window = MainWindow(open_vault(folder, bytearray(key), actor="benchmark"),
                        DatabaseWorker(ImmediateExecutor(), apart=ImmediateExecutor()))
    exposed(window)
    return window


def _close(window: QWidget) -> None:
    window.close()  # a MainWindow closes its practice
    window.deleteLater()
    settle()


@contextmanager
def _open_window(bench: Bench) -> Iterator[MainWindow]:
    with _practice_for_windows(bench) as key:
        window = _window(bench.folder, key)
        paint(window)
        settle()
        try:
            yield window
        finally:
            _close(window)


def painted_ms(action: Callable[[], object], widget: QWidget, watched: QWidget) -> float:
    """Milliseconds from calling `action` to `widget` painted on screen (what it shows, into
    the window's backing store), checking that `watched` really was painted."""
    paints = _Paints(watched)
    began = time.perf_counter()
    action()
    draw(widget)
    took = (time.perf_counter() - began) * 1000
    watched.removeEventFilter(paints)
    if not paints.count:
        raise RuntimeError(f"{type(watched).__name__} was not painted: nothing was measured.")
    return took


def _busy_stretch(bench: Bench, weeks: int) -> date:
    """The Monday that starts the `weeks` consecutive weeks with the most sessions."""
    per_day = bench.raw("SELECT substr(starts_at, 1, 10), count(*) FROM appointment GROUP BY 1")
    per_week: dict[date, int] = {}
    for day, count in per_day:
        monday = monday_of(date.fromisoformat(day))
        per_week[monday] = per_week.get(monday, 0) + count

    def sessions(first: date) -> int:
        return sum(per_week.get(first + timedelta(weeks=i), 0) for i in range(weeks))

    return max(sorted(per_week), key=sessions)


@figure("first_frame")
def first_frame(bench: Bench) -> Measurement:
    """The app started as the therapist starts it (`python main.py`), to the unlock dialog
    painted."""
    with _practice_for_windows(bench):
        value, floor, starts = _against_bare(bench, lambda: _as_the_app(bench.folder))
    return Measurement(value, "ms", FIRST_FRAME_RATIO * floor, floor,
                       how=f"median of {starts} starts of the app (python main.py "
                           f"--data-dir, {FIRST_FRAME_VARIABLE}=1: ui/first_frame.py) to the "
                           "unlock dialog painted, the database code loading behind it; floor: "
                           "a fresh process showing a bare PySide6 window of the main window's "
                           f"shape; budget {FIRST_FRAME_RATIO:g}x")


@figure("first_frame_remembered")
def first_frame_remembered(bench: Bench) -> Measurement:
    """The app started as the therapist starts it with the key remembered, to the window's
    frame with its empty week painted (the practice opening behind it)."""
    with _key_remembered(bench) as secret:
        value, floor, starts = _against_bare(bench, lambda: _as_the_app(bench.folder, secret))
    return Measurement(value, "ms", FIRST_FRAME_RATIO * floor, floor,
                       how=f"median of {starts} starts of the app (python main.py "
                           f"--data-dir, {FIRST_FRAME_VARIABLE}=1), the key remembered (a "
                           "keychain in memory: benchmarks/remembered_keychain.py): the "
                           "window's frame with an empty week painted, the practice opening "
                           "behind it; floor: a fresh process showing a bare PySide6 window of "
                           f"the main window's shape; budget {FIRST_FRAME_RATIO:g}x")


@figure("start_to_week")
def start_to_week(bench: Bench) -> Measurement:
    """A fresh process, as the therapist starts Stillroom with the key remembered, to the
    week painted with its sessions."""
    with _key_remembered(bench) as secret:
        value, floor, starts = _against_bare(
            bench, lambda: _fresh_process([str(bench.folder)], secret))
    return Measurement(value, "ms", START_RATIO * floor, floor,
                       how=f"median of {starts} fresh processes (python -m "
                           "benchmarks.gui_process), the key remembered (a keychain in memory, "
                           "so the KDF is excluded): as the app starts, the window's frame, "
                           "opening the practice behind it, the window and its week painted; "
                           "floor: a fresh process showing a bare PySide6 window of the same "
                           f"shape; budget {START_RATIO:g}x")


def _step_weeks(bench: Bench, forward: bool) -> Measurement:
    first = _busy_stretch(bench, WEEKS_STEPPED + 1)
    start = first if forward else first + timedelta(weeks=WEEKS_STEPPED)
    samples, sessions = [], []
    with _open_window(bench) as window:
        calendar = window.calendar
        step = calendar.next_period if forward else calendar.previous_period
        for _ in range(bench.repeats):
            calendar.go_to(start)
            paint(calendar)
            settle()
            for _ in range(WEEKS_STEPPED):
                samples.append(painted_ms(step, calendar, calendar.time_grid))
                sessions.append(len(calendar.time_grid.entries()))
                settle()
    if not any(sessions):
        raise RuntimeError("The week view showed no sessions: nothing was measured.")
    name = "next_week" if forward else "previous_week"
    bench.notes[name] = f"{median(sessions):.0f} sessions in a median week stepped to"
    return Measurement(median(samples), "ms", STEP_BUDGET_MS,
                       how=f"median of {len(samples)}: "
                           f"calendar.{'next' if forward else 'previous'}_period() -> days() "
                           "on the worker -> set_entries -> paint, busiest weeks")


@figure("next_week")
def next_week(bench: Bench) -> Measurement:
    return _step_weeks(bench, forward=True)


@figure("previous_week")
def previous_week(bench: Bench) -> Measurement:
    return _step_weeks(bench, forward=False)


class _CheckingOnAndOn(ThreadPoolExecutor):
    """The thread apart as the window has it, where the page check it is given reads again
    and again until `stop()`: every step measured is served while it reads, on a practice of
    any size."""

    def __init__(self) -> None:
        super().__init__(max_workers=1, thread_name_prefix="benchmark-check",
                         initializer=second_in_line)
        self._stopped = threading.Event()
        self.checks = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        def on_and_on() -> Any:
            while True:
                result = fn(*args, **kwargs)
                self.checks += 1
                if self._stopped.is_set():
                    return result

        return super().submit(on_and_on)

    def stop(self) -> int:
        """Let the check end; how many times it read every page."""
        self._stopped.set()
        self.shutdown(wait=True)
        return self.checks


@figure("week_during_check")
def week_during_check(bench: Bench) -> Measurement:
    """The next week just after start, while the check of every page reads (on the database
    worker it held the week's navigation for seconds)."""
    first = _busy_stretch(bench, WEEKS_STEPPED + 1)
    samples: list[float] = []
    with _practice_for_windows(bench) as key:
        for _ in range(bench.repeats):
            checking = _CheckingOnAndOn()
            window = MainWindow(open_vault(bench.folder, bytearray(key), actor="benchmark"),
                                DatabaseWorker(ImmediateExecutor(), apart=checking))
            exposed(window)  # the week is shown: the check has started
            calendar = window.calendar
            calendar.go_to(first)
            for _ in range(WEEKS_STEPPED):
                samples.append(painted_ms(calendar.next_period, calendar, calendar.time_grid))
            if not checking.stop():
                raise RuntimeError("The page check never ran: nothing was measured.")
            _close(window)
    return Measurement(median(samples), "ms", STEP_BUDGET_MS,
                       how=f"median of {len(samples)} weeks stepped (as next_week) in a "
                           "window just opened, while Vault.check_integrity reads every page "
                           "on its own thread and connection (again and again, so on any "
                           "practice)")


@figure("month_view")
def month_view(bench: Bench) -> Measurement:
    start = _busy_stretch(bench, 4 * (MONTHS_STEPPED + 1))
    switching, stepping, sessions = [], [], []
    with _open_window(bench) as window:
        calendar = window.calendar
        for _ in range(bench.repeats):
            calendar.go_to(start)
            paint(calendar)
            settle()
            switching.append(painted_ms(partial(calendar.set_mode, MONTH), calendar,
                                         calendar.month_view))
            sessions.append(sum(len(day) for day in calendar.month_view.by_day.values()))
            settle()
            for _ in range(MONTHS_STEPPED):
                stepping.append(painted_ms(calendar.next_period, calendar,
                                            calendar.month_view))
                sessions.append(sum(len(day) for day in calendar.month_view.by_day.values()))
                settle()
            calendar.set_mode(WEEK)
            settle()
    bench.notes["month_view"] = (f"switch from the week {median(switching):.1f} ms, next month "
                                 f"{median(stepping):.1f} ms; {median(sessions):.0f} sessions "
                                 "in a median month shown")
    samples = switching + stepping
    return Measurement(median(samples), "ms", MONTH_BUDGET_MS,
                       how=f"median of {len(samples)}: week -> month (set_mode) and next month, "
                           "each with days() on the worker, layout and paint")


def _long_client(bench: Bench) -> tuple[int, int]:
    """The client with the most past sessions, given enough to have LONG_CLIENT_SESSIONS:
    weekly ones before their first, attended. Returns (client id, sessions added)."""
    now = datetime.now(UTC)
    with bench.vault.unit_of_work() as session:
        client_id, past = session.execute(
            select(Appointment.client_id, func.count()).where(Appointment.starts_at < now)
            .group_by(Appointment.client_id).order_by(func.count().desc()).limit(1)
        ).one()
        missing = LONG_CLIENT_SESSIONS - past
        if missing <= 0:
            return client_id, 0
        first = session.scalars(select(Appointment).where(Appointment.client_id == client_id)
                                .order_by(Appointment.starts_at).limit(1)).one()
        rows = []
        for week in range(1, missing + 1):
            starts = first.starts_at - timedelta(weeks=week)
            rows.append({"client_id": client_id, "starts_at": starts,
                         "length_minutes": first.length_minutes, "modality": first.modality,
                         "status": AppointmentStatus.ATTENDED, "arrived_at": starts,
                         "reason_text": "", "note": "", "created_at": starts})
        session.execute(insert(Appointment.metadata.tables[Appointment.__tablename__]), rows)
        append_events(session.connection(), bench.vault.actor, [Change(
            "benchmark", "client", str(client_id), {}, {"past_sessions_added": missing})])
    return client_id, missing


@figure("client_panel_500")
def long_client_panel(bench: Bench) -> Measurement:
    client_id, added = _long_client(bench)
    with bench.vault.unit_of_work() as session:
        other = session.scalar(select(func.min(Appointment.client_id))
                               .where(Appointment.client_id != client_id))
    samples = []
    with _practice_for_windows(bench) as key:
        vault = open_vault(bench.folder, bytearray(key), actor="benchmark")
        try:
            panel = ClientPanel(vault, DatabaseWorker(ImmediateExecutor()))
            panel.resize(*PANEL_SIZE)
            exposed(panel)
            for _ in range(max(5, bench.repeats * 3)):
                if other is not None:  # from another client's panel, as the list is used
                    panel.show_client(other)
                    paint(panel)
                settle()
                samples.append(painted_ms(partial(panel.show_client, client_id), panel,
                                           panel.past_sessions.viewport()))
                if panel.client_id != client_id:
                    raise RuntimeError(f"The panel did not show client {client_id}.")
            rows = panel.past_sessions.topLevelItemCount()
            _close(panel)
        finally:
            vault.close()
    bench.notes["client_panel_500"] = (
        f"client {client_id}: {LONG_CLIENT_SESSIONS}+ past sessions"
        + (f" ({added} added before their first)" if added else "")
        + f", {rows} rows in the past table")
    return Measurement(median(samples), "ms", LONG_PANEL_BUDGET_MS,
                       how=f"median of {len(samples)}: ClientPanel.show_client (client_panel + "
                           f"read_settings on the worker, the tables) and paint, "
                           f"{PANEL_SIZE[0]}x{PANEL_SIZE[1]}")


def _against_bare(bench: Bench, start: Callable[[], tuple[float, str]]
                  ) -> tuple[float, float, int]:
    """The median milliseconds of `start()` and of a bare window's process (the floor),
    started by turns so that both see the machine alike; and how many of each."""
    samples, floors = [], []
    for _ in range(min(bench.repeats, 5)):
        floors.append(_fresh_process(["--bare"])[0])
        samples.append(start()[0])
    return median(samples), median(floors), len(samples)


def _as_the_app(folder: Path, secret: str | None = None,
                program: tuple[str, ...] = (sys.executable, str(ROOT / "main.py"))
                ) -> tuple[float, str]:
    """Start the app (`python main.py`, or a bundle's `program`) on FOLDER as the therapist
    starts Stillroom, saying when its first window is painted (ui/first_frame.py); with
    `secret`, the keychain in memory holds the key (benchmarks/remembered_keychain.py reads
    it from stdin)."""
    variables = {FIRST_FRAME_VARIABLE: "1"}
    if secret is not None:
        variables["PYTHON_KEYRING_BACKEND"] = remembered_keychain.BACKEND
    return _painted_in([*program, "--data-dir", str(folder)], variables, secret)


def _fresh_process(arguments: list[str], secret: str | None = None) -> tuple[float, str]:
    """Start `python -m benchmarks.gui_process ...`: milliseconds to "painted", last line."""
    return _painted_in([sys.executable, "-m", "benchmarks.gui_process", *arguments], {},
                       secret)


def _painted_in(command: list[str], variables: dict[str, str],
                secret: str | None = None) -> tuple[float, str]:
    """Start `command` (`secret` on its stdin): milliseconds to the "painted" it prints
    first, and the last line it printed. One that has not finished in `PATIENCE` seconds
    is stopped and counts as failed (a bundle built before it could say "painted" never
    would)."""
    environment = {**os.environ, **variables}
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()
    with subprocess.Popen(command, cwd=ROOT, env=environment, text=True, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdin is not None and child.stdout is not None
        if secret is not None:
            child.stdin.write(secret + "\n")
            child.stdin.flush()
        watchdog = threading.Timer(PATIENCE, child.kill)
        watchdog.start()
        try:
            first = child.stdout.readline()
            painted = (time.perf_counter() - began) * 1000
            rest, errors = child.communicate()
        finally:
            watchdog.cancel()
    if first.strip() != "painted" or child.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} {' '.join(command[1:3])} failed "
                           f"({child.returncode}): {(first + rest + errors).strip()[-2000:]}")
    return painted, (rest.strip().splitlines() or [""])[-1]


def bundle_program() -> Path:
    """The bundle `make package` builds (dist/stillroom/stillroom), or the one
    STILLROOM_BUNDLE names (its program)."""
    return Path(os.environ.get(BUNDLE_VARIABLE) or ROOT / "dist" / "stillroom" / "stillroom")


@figure("bundle_first_frame")
def bundle_first_frame(bench: Bench) -> Measurement:
    """As first_frame, from the desktop bundle: its program started (it says when its first
    window is painted: ui/first_frame.py) to the unlock dialog painted."""
    program = bundle_program()
    if not program.is_file():
        raise Skipped(f"skipped: no bundle at {program}; run make package first")

    def start() -> tuple[float, str]:
        try:
            return _as_the_app(bench.folder, program=(str(program),))
        except RuntimeError as failed:
            raise Skipped(f"skipped: the bundle at {program} did not say it painted "
                          f"({str(failed)[:200]}); build it again with make package"
                          ) from failed

    with _practice_for_windows(bench):
        value, floor, starts = _against_bare(bench, start)
    return Measurement(value, "ms", FIRST_FRAME_RATIO * floor, floor,
                       how=f"median of {starts} starts of the bundle ({program}, "
                           f"{FIRST_FRAME_VARIABLE}=1) to the unlock dialog painted, beside "
                           "first_frame from the source; floor: a fresh process showing a bare "
                           f"PySide6 window; budget {FIRST_FRAME_RATIO:g}x")


@figure("peak_memory")
def peak_memory(bench: Bench) -> Measurement:
    client_id, _added = _long_client(bench)
    peaks = []
    with _key_remembered(bench) as secret:
        for _ in range(min(bench.repeats, 3)):
            _painted, last = _fresh_process([str(bench.folder), "--client", str(client_id)],
                                            secret)
            peaks.append(json.loads(last)["peak_kib"] / 1024)
    bench.notes["peak_memory"] = f"key remembered (KDF excluded); peaks {min(peaks):.0f}-" \
                                 f"{max(peaks):.0f} MiB"
    return Measurement(median(peaks), "MiB", MEMORY_BUDGET_MIB,
                       how=f"median of {len(peaks)} fresh processes (python -m "
                           "benchmarks.gui_process): peak resident memory (VmHWM) over starting "
                           "as the app does with the key remembered, the week, 8 weeks "
                           "stepped, 3 months, a 500-session client's panel")
