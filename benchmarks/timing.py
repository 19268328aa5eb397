"""Timing helpers: a stopwatch, medians and the 95th percentile, and what a figure reports."""

from __future__ import annotations

import math
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


class Skipped(Exception):  # noqa: N818 - what the run reports: the figure was skipped
    """A figure that cannot be measured here; its message is the note the results keep."""


@dataclass(frozen=True)
class Measurement:
    """One figure: its value against its budget, in the same unit.

    `floor` is the cost of the same work done as plainly as possible, measured in the same run;
    where the budget is a ratio to it (`budget = ratio * floor`) the machine's speed cancels out.
    `how` says in words what was timed, for the printed table.
    """

    value: float
    unit: str
    budget: float
    floor: float | None = None
    how: str = ""

    @property
    def ok(self) -> bool:
        return self.value <= self.budget

    def as_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {"value": round(self.value, 4), "unit": self.unit,
                                  "budget": round(self.budget, 4)}
        if self.floor is not None:
            result["floor"] = round(self.floor, 4)
        result["ok"] = self.ok
        return result


def seconds(action: Callable[[], object]) -> float:
    """How long one call takes, in seconds."""
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def median(samples: Sequence[float]) -> float:
    return float(statistics.median(samples))


def p95(samples: Sequence[float]) -> float:
    """The 95th percentile by nearest rank: 95 % of the samples took no longer."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def peak_kib() -> int:
    """The most memory this process has held (resident set), in KiB.

    Linux keeps `ru_maxrss` across exec, so a child started by a large parent (the benchmark,
    after a 256 MiB key derivation) reports the parent's peak; `VmHWM` is this image's own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes
