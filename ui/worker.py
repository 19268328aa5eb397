"""The database worker: vault work runs off the GUI thread, one job at a time.

`DatabaseWorker.run(job, done, failed)` queues `job` on a single background thread and
hands its result to `done`, or a `StillroomError` it raised to `failed`, back on the GUI
thread through a queued signal. Any other exception is a bug: `failed` hears of it as
`Unexpected` (so a dialog does not stay busy for ever), then it is raised again on the GUI
thread, where the application's error handling reports it.

Tests pass `ImmediateExecutor()`, which runs each job at once on the calling thread, so a
test reads the outcome on the next line (Picard's FakeThreadPool does the same).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass
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


def _receiver_gone(callback: Callable[..., None]) -> bool:
    """True when `callback` is a method of a widget Qt has already deleted."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class DatabaseWorker(QObject):
    """Runs vault work in order on one thread and posts the results to the GUI thread."""

    _finished = Signal(object)

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor or ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="stillroom-database")
        self._finished.connect(self._deliver)

    def run(self, job: Callable[[], T], done: Callable[[T], None],
            failed: Callable[[StillroomError], None] | None = None) -> None:
        """Queue `job`; later, on the GUI thread, call `done(result)` or `failed(error)`."""
        future = self._executor.submit(job)
        future.add_done_callback(lambda f: self._finished.emit(_Finished(f, done, failed)))

    def shutdown(self) -> None:
        """Wait for queued jobs to finish, then stop the thread."""
        self._executor.shutdown(wait=True)

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
