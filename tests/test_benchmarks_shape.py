"""`make bench` machinery on a tiny practice: the results file has the promised shape.

No timing is asserted here; the figures' values depend on the machine.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.figures import FIGURES
from benchmarks.run import main, table
from benchmarks.timing import Measurement, p95

RATIO_FIGURES = {"week"}
EXPECTED = {"kdf", "unlock", "week", "client_panel", "search_2000", "search_10000", "backup",
            "check"}


def test_a_tiny_run_writes_every_figure_in_shape(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    code = main(["--years", "1", "--clients", "20", "--search-clients", "40", "--repeats", "2",
                 "--fast-kdf", "--output", str(output)])
    assert code == 0
    results = json.loads(output.read_text())
    assert set(results) == {"machine", "figures"}
    assert isinstance(results["machine"], str) and "Python" in results["machine"]
    figures = results["figures"]
    assert set(figures) == EXPECTED == {name for name, _measure in FIGURES}
    for name, values in figures.items():
        keys = {"value", "unit", "budget", "ok"} | ({"floor"} if "floor" in values else set())
        assert set(values) == keys, name
        assert isinstance(values["value"], float | int) and values["value"] >= 0
        assert values["unit"] in ("s", "ms")
        assert isinstance(values["ok"], bool)
        assert values["ok"] == (values["value"] <= values["budget"])
    for name in RATIO_FIGURES:
        assert figures[name]["floor"] > 0
        assert abs(figures[name]["budget"] - 4 * figures[name]["floor"]) < 1e-3


def test_the_table_names_every_missed_budget() -> None:
    measured = {"quick": Measurement(1.0, "ms", 2.0), "slow": Measurement(3.0, "ms", 2.0, 0.5)}
    printed = table(measured, {})
    assert "Budgets missed: slow" in printed
    assert "MISSED" in printed.splitlines()[2] and "ok" in printed.splitlines()[1]
    assert table({"quick": measured["quick"]}, {}).endswith("Every budget is met.")


def test_p95_is_the_nearest_rank() -> None:
    assert p95([float(n) for n in range(1, 101)]) == 95.0
    assert p95([5.0]) == 5.0
