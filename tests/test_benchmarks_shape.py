"""`make bench` machinery on a tiny practice: the results file has the promised shape.

No timing is asserted here; the figures' values depend on the machine.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from benchmarks.figures import FIGURES
from benchmarks.gui_figures import BUNDLE_VARIABLE, bundle_program
from benchmarks.money_paper_figures import WAITS_FOR
from benchmarks.run import main, table
from benchmarks.timing import Measurement, p95

RATIO_FIGURES = {"week": 4, "first_frame": 1.5, "first_frame_remembered": 1.5,
                 "bundle_first_frame": 1.5,
                 "start_to_week": 5, "letter_one": 2,
                 "notes_size": 3, "check": 1.25, "backup": 1.25, "passwd_rotate": 2,
                 "receipt_pdf": 2, "invoice_pdf": 2, "free_slots_blocks": 2}
EXPECTED = {"kdf", "unlock", "week", "client_panel", "search_2000", "search_10000", "backup",
            "check", "first_frame", "first_frame_remembered", "start_to_week", "next_week",
            "week_during_check", "previous_week", "month_view",
            "client_panel_500", "peak_memory", "free_slots", "call_list",
            "day_close_open", "day_close_close", "day_sheet_pdf", "month_report",
            "month_report_pdf",
            "letter_one", "letters_100", "letter_size", "cli_check", "passwd_rotate",
            "import_100k_peak", "import_clients_10k",
            "notes_search", "note_draft_save", "note_open", "record_pdf", "notes_size",
            "note_editor_open", "note_keystroke", "notes_search_painted",
            "income_year", "statement_year", "invoice_issue", "receipt_pdf", "invoice_pdf",
            "reminders_next", "agenda_painted",
            "free_slots_blocks", "ics_year",
            "calendar_import_read", "calendar_import_write", "calendar_import_peak",
            "import_calendar_review", "bundle_first_frame"}


def test_a_tiny_run_writes_every_figure_in_shape(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # a bundle left in dist/ by an earlier `make package` is not this test's to start
    monkeypatch.setenv(BUNDLE_VARIABLE, str(tmp_path / "no-bundle" / "stillroom"))
    output = tmp_path / "results.json"
    code = main(["--years", "1", "--clients", "20", "--search-clients", "40",
                 "--import-rows", "200", "--repeats", "2", "--fast-kdf", "--output", str(output)])
    assert code == 0
    results = json.loads(output.read_text())
    assert set(results) == {"machine", "figures"}
    assert isinstance(results["machine"], str) and "Python" in results["machine"]
    figures = results["figures"]
    assert set(figures) == EXPECTED == {name for name, _measure in FIGURES}
    for name, values in figures.items():
        if values.get("skipped") and name == "bundle_first_frame":
            # no bundle here (`make bench` never builds one), and said so
            assert not bundle_program().is_file()
            assert set(values) == {"skipped", "note"} and "make package" in values["note"]
            continue
        if values.get("skipped"):
            # only while the module it measures is on another branch, and said so
            assert importlib.util.find_spec(WAITS_FOR[name]) is None, name
            assert set(values) == {"skipped", "note"} and WAITS_FOR[name] in values["note"]
            continue
        keys = {"value", "unit", "budget", "ok", "note"} | ({"floor"} if "floor" in values
                                                            else set())
        assert set(values) == keys, name
        assert isinstance(values["note"], str) and values["note"], name
        assert isinstance(values["value"], float | int) and values["value"] >= 0
        assert values["unit"] in ("s", "ms", "MiB", "KiB")
        assert isinstance(values["ok"], bool)
        assert values["ok"] == (values["value"] <= values["budget"])
    for name, ratio in RATIO_FIGURES.items():
        if figures[name].get("skipped"):
            continue
        assert figures[name]["floor"] > 0
        assert abs(figures[name]["budget"] - ratio * figures[name]["floor"]) < 1e-3
    # `main.py check` may take the key derivation (its floor) and half a second more.
    assert figures["cli_check"]["floor"] > 0
    assert abs(figures["cli_check"]["budget"] - figures["cli_check"]["floor"] - 0.5) < 1e-3
    # MiB, not KiB or bytes: no process showing a Qt window holds less than 20 MiB.
    assert figures["peak_memory"]["unit"] == "MiB" and figures["peak_memory"]["value"] > 20


def test_the_window_figures_run_after_the_service_figures_and_before_adding_clients() -> None:
    order = [name for name, _measure in FIGURES]  # search_10000 adds clients: it runs last
    assert order.index("check") < order.index("start_to_week")
    assert order.index("peak_memory") < order.index("search_10000") == len(order) - 1


def test_the_table_names_every_missed_budget() -> None:
    measured = {"quick": Measurement(1.0, "ms", 2.0), "slow": Measurement(3.0, "ms", 2.0, 0.5)}
    printed = table(measured, {})
    assert "Budgets missed: slow" in printed
    assert "MISSED" in printed.splitlines()[2] and "ok" in printed.splitlines()[1]
    assert table({"quick": measured["quick"]}, {}).endswith("Every budget is met.")


def test_p95_is_the_nearest_rank() -> None:
    assert p95([float(n) for n in range(1, 101)]) == 95.0
    assert p95([5.0]) == 5.0


def test_a_window_process_that_never_says_painted_is_stopped(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A bundle built before it could say "painted" would otherwise hang `make bench`."""
    from benchmarks import gui_figures

    monkeypatch.setattr(gui_figures, "PATIENCE", 1)
    with pytest.raises(RuntimeError, match="failed"):
        gui_figures._painted_in([sys.executable, "-c", "import time; time.sleep(60)"], {})
