"""The line a long command keeps moving while the therapist waits (cli/progress.py)."""

from __future__ import annotations

import io
import time

import pytest

import cli.progress
from cli.progress import Waiting

WORDS = {"copying": "Copying…", "checking": "Checking…"}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_into_a_pipe_nothing_is_written() -> None:
    stream = io.StringIO()
    with Waiting(WORDS, stream) as waiting:
        waiting("copying")
        waiting("checking")
    assert stream.getvalue() == ""


def test_on_a_terminal_the_seconds_move_on_the_stage_line(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(cli.progress.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(cli.progress, "TICK_S", 0.01)
    stream = Terminal()
    with Waiting(WORDS, stream) as waiting:
        waiting("copying")
        clock[0] += 3
        deadline = time.perf_counter() + 10
        while "Copying… 3 s" not in stream.getvalue() and time.perf_counter() < deadline:
            time.sleep(0.01)
        waiting("checking")
    # Each stage on a line of its own, the last one ended too; the line is written again
    # only when what it says changes, however often the ticker looks.
    assert stream.getvalue() == "\rCopying…\rCopying… 3 s\n\rChecking…\n"
