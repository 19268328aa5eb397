"""Files the therapist asked for (letters, day sheets, reports): made and written on a thread
of their own, never on the GUI thread and never on the database worker, where they would hold
up the vault's work."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path

from ui.worker import DatabaseWorker


@cache
def paper_worker() -> DatabaseWorker:
    """The app's one thread for making, saving and printing PDFs and other files."""
    return DatabaseWorker(ThreadPoolExecutor(max_workers=1, thread_name_prefix="stillroom-paper"))


def written(path: Path, write: Callable[[Path], object]) -> str:
    """Run `write(path)`: '' when done, else why the file could not be written."""
    try:
        write(path)
    except OSError as error:
        return error.strerror or str(error)
    return ""
