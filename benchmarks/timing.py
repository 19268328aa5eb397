"""Timing helpers: a stopwatch, medians and the 95th percentile, and what a figure reports."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any


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
