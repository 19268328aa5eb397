"""A line that moves while a long command works: what it is doing, and for how long.

On a terminal, a stage's words are followed by the seconds it has taken so far, rewritten in
place every half second, so a therapist waiting on years of notes sees that it is still going.
Into a file or a pipe (a script, a scheduled backup) nothing is written: there stderr keeps to
what the command has to say about the practice.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Mapping
from typing import TextIO

TICK_S = 0.5


class Waiting:
    """The services' `progress` for a command (services/vault/progress.py), used as a
    context manager around the job: `with Waiting(WORDS) as waiting: job(progress=waiting)`."""

    def __init__(self, words: Mapping[str, str], stream: TextIO | None = None) -> None:
        self._words = words
        self._stream = stream or sys.stderr
        self._moving = self._stream.isatty()
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._ticker = threading.Thread(target=self._tick, name="stillroom-waiting", daemon=True)
        self._line = ""
        self._shown = ""  # what the line says now: written again only when it changes
        self._began = 0.0

    def __call__(self, stage: str) -> None:
        """A stage begins: its words, on a line of their own."""
        if not self._moving:
            return
        with self._lock:
            self._end_line()
            self._line, self._began = self._words[stage], time.monotonic()
            self._show()

    def __enter__(self) -> Waiting:
        if self._moving:
            self._ticker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        if self._ticker.is_alive():
            self._ticker.join()
        with self._lock:
            self._end_line()
            self._line = ""

    def _tick(self) -> None:
        while not self._stopped.wait(TICK_S):
            with self._lock:
                if self._line:
                    self._show()

    def _show(self) -> None:
        seconds = int(time.monotonic() - self._began)
        shown = f"\r{self._line} {seconds} s" if seconds else f"\r{self._line}"
        if shown != self._shown:
            self._stream.write(shown)
            self._stream.flush()
            self._shown = shown

    def _end_line(self) -> None:
        if self._line:
            self._stream.write("\n")
            self._stream.flush()
            self._shown = ""
