"""The database worker: vault work runs off the GUI thread, one job at a time.

`DatabaseWorker.run(job, done, failed)` queues `job` on a single background thread and
hands its result to `done`, or a `StillroomError` it raised to `failed`, back on the GUI
thread through a queued signal. Any other exception is a bug: `failed` hears of it as
`Unexpected` (so a dialog does not stay busy for ever), then it is raised again on the GUI
thread, where the application's error handler (ui/crash_report.py) logs it and shows it.

A callback whose widget was closed and deleted while its job ran is dropped, not called: see
`_receiver_gone`.

`run_apart` does the same on a second thread, for a long read on a connection of its own.

Tests pass `ImmediateExecutor()`, which runs each job at once on the calling thread, so a
test reads the outcome on the next line (Picard's FakeThreadPool does the same).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from services.errors import StillroomError

T = TypeVar("T")


class ImmediateExecutor(Executor):
    """Runs each job as soon as it is submitted, on the calling thread."""

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:  # handed over with the future, as a pool would
            future.set_exception(error)
        return future


def second_in_line() -> None:
    """The thread apart gives way to the window and the database worker when the processor
    is short. Only Linux gives a thread a niceness of its own (elsewhere the call would
    change the whole process, or another one), so elsewhere it runs as the others do."""
    if sys.platform == "linux":
        thread = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, thread,
                       min(19, os.getpriority(os.PRIO_PROCESS, thread) + 10))


class Unexpected(StillroomError):
    """A job failed for a reason no rule foresaw: a bug, reported as well."""

    def __init__(self, error: BaseException) -> None:
        super().__init__("Something unexpected went wrong ({kind}). Please try again; if it "
                         "happens again, restart Stillroom.", kind=type(error).__name__)


@dataclass(frozen=True)
class _Finished:
    future: Future[Any]
    done: Callable[[Any], None]
    failed: Callable[[StillroomError], None] | None


def _held_by(callback: object) -> list[object]:
    """What a callable carries with it: a method's instance, a function's closure cells and
    default arguments, a `functools.partial`'s function and arguments."""
    if isinstance(callback, partial):
        return [callback.func, *callback.args, *callback.keywords.values()]
    held: list[object] = [getattr(callback, "__self__", None)]
    function = getattr(callback, "__func__", callback)
    for cell in getattr(function, "__closure__", None) or ():
        try:
            held.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            pass
    held.extend(getattr(function, "__defaults__", None) or ())
    held.extend((getattr(function, "__kwdefaults__", None) or {}).values())
    return held


def _receiver_gone(callback: Callable[..., None]) -> bool:
    """True when `callback` holds a QObject Qt has already deleted, so calling it would fail.

    A callback is a bound method (`self._show`), a lambda or a nested function that uses
    `self` or a widget (`lambda _ids: self.changed.emit()`), or a partial. What it holds is
    looked at, and one level further for the functions among them (a lambda that calls a
    closure over the dialog). A callback that reaches a widget only through some other object
    is not looked into.
    """
    held = _held_by(callback)
    held += [inner for item in held if callable(item) for inner in _held_by(item)]
    return any(isinstance(item, QObject) and not shiboken6.isValid(item) for item in held)


class DatabaseWorker(QObject):
    """Runs vault work in order on one thread and posts the results to the GUI thread."""

    _finished = Signal(object)

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None,
                 apart: Executor | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="stillroom-database")
        self._apart = apart or ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="stillroom-apart", initializer=second_in_line)
        self._finished.connect(self._deliver)

    def run(self, job: Callable[[], T], done: Callable[[T], None],
            failed: Callable[[StillroomError], None] | None = None) -> None:
        """Queue `job`; later, on the GUI thread, call `done(result)` or `failed(error)`."""
        self._submit(self._executor, job, done, failed)

    def run_apart(self, job: Callable[[], T], done: Callable[[T], None],
                  failed: Callable[[StillroomError], None] | None = None) -> None:
        """As `run`, on a thread of its own: for a long read on a connection of its own (the
        page check), which must not hold up the therapist's work queued meanwhile."""
        self._submit(self._apart, job, done, failed)

    def _submit(self, executor: Executor, job: Callable[[], T], done: Callable[[T], None],
                failed: Callable[[StillroomError], None] | None) -> None:
        future = executor.submit(job)
        future.add_done_callback(lambda f: self._finished.emit(_Finished(f, done, failed)))

    def shutdown(self) -> None:
        """Wait for queued jobs to finish, then stop the threads."""
        self._executor.shutdown(wait=True)
        self._apart.shutdown(wait=True)

    @Slot(object)
    def _deliver(self, finished: _Finished) -> None:
        error = finished.future.exception()
        if error is None:
            if not _receiver_gone(finished.done):
                finished.done(finished.future.result())
        elif isinstance(error, StillroomError):
            if finished.failed is None:
                raise error
            if not _receiver_gone(finished.failed):
                finished.failed(error)
        else:
            if finished.failed is not None and not _receiver_gone(finished.failed):
                finished.failed(Unexpected(error))
            raise error


def readable(error: StillroomError) -> str:
    """The error's message in the window's language, with its values filled in."""
    template = QCoreApplication.translate("StillroomError", error.template)
    try:
        return template.format(**error.values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return error.message
