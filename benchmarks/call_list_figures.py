"""The call list's figure: the list for a day on the ten-year practice (issue 7)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from benchmarks.figures import Bench, figure
from benchmarks.timing import Measurement, median, seconds
from services.calls.call_list import call_list

CALL_LIST_BUDGET_MS = 50.0


@figure("call_list")
def call_list_figure(bench: Bench) -> Measurement:
    now = datetime.now(UTC)
    entries = call_list(bench.vault, now)
    samples = [seconds(partial(call_list, bench.vault, now)) * 1000
               for _ in range(max(5, bench.repeats * 2))]
    reasons = sum(len(e.reasons) for e in entries)
    bench.notes["call_list"] = f"{len(entries)} clients listed, {reasons} reasons"
    return Measurement(median(samples), "ms", CALL_LIST_BUDGET_MS,
                       how="median: services.calls.call_list.call_list, now, every rule")
