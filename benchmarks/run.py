"""`make bench`: a ten-year practice in a fresh vault, and every figure against its budget.

Run as `python -m benchmarks.run` (see `--help` for a smaller practice). Each figure is the
median of repeated runs (or their 95th percentile where the issue asks for it); where the
budget is a ratio, its floor is measured in the same run, so a slow or busy machine moves
both. Results go to benchmarks/results.json and to the screen; a missed budget is reported,
not raised: the exit code is 0 unless the benchmark itself fails.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from benchmarks import (  # noqa: F401  (registering the figures in other modules)
    block_figures,
    calendar_import_figures,
    calendar_review_figures,
    call_list_figures,
    cli_figures,
    day_close_figures,
    gui_figures,
    import_figures,
    letter_figures,
    money_paper_figures,
    note_editor_figures,
    note_figures,
    passphrase_figures,
    reminder_figures,
    search_figures,
)
from benchmarks.figures import FIGURES, IMPORT_ROWS, SEARCH_CLIENTS, Bench
from benchmarks.timing import Measurement, Skipped
from demo.notes import add_demo_notes
from demo.practice import fill_demo_practice
from services.vault.key_slots import KdfParams, tuned_kdf
from services.vault.practice_vault import create_vault

RESULTS = Path(__file__).with_name("results.json")
ROOT = Path(__file__).resolve().parent.parent
# What a fresh process of the app imports: compiled first, as an installed app has it (pip
# compiles at install; the bundle carries its .pyc), so no figure pays for compiling a module
# changed since its last run (or every one, under PYTHONDONTWRITEBYTECODE).
PACKAGES = ("benchmarks", "cli", "demo", "models", "services", "ui")
PASSPHRASE = "benchmark passphrase 2000"
# Cheap Argon2id for trying the machinery; the real run tunes it as a new practice does.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    version = sqlcipher3.dbapi2.sqlite_version
    return (f"{platform.system()} {platform.release()}; {cpu}; {os.cpu_count()} CPUs; "
            f"Python {platform.python_version()}; SQLite {version}")


def run_benchmarks(*, years: int = 10, clients: int = 2000, search_clients: int = SEARCH_CLIENTS,
                   import_rows: int = IMPORT_ROWS, repeats: int = 5,
                   kdf: KdfParams | None = None, output: Path = RESULTS,
                   only: Sequence[str] = (), say: Any = print) -> dict[str, Any]:
    """Build the practice, measure every figure (or those in `only`), write `output`."""
    results: dict[str, Any] = {"machine": machine(), "figures": {}}
    measured: dict[str, Measurement] = {}
    skipped: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="stillroom-bench-") as scratch:
        folder = Path(scratch) / "practice"
        began = time.perf_counter()
        kdf = kdf or tuned_kdf()
        vault, _code = create_vault(folder, PASSPHRASE, "Benchmark Practice",
                                    timezone="Europe/London", kdf=kdf, actor="benchmark")
        bench = Bench(folder, PASSPHRASE, vault, repeats, Path(scratch), search_clients,
                      import_rows)
        try:
            summary = fill_demo_practice(vault, years=years, clients=clients, seed=1,
                                         notes=False)
            built = time.perf_counter() - began
            before = note_figures.database_size(bench)
            assert summary.now is not None
            written = add_demo_notes(vault, seed=1, now=summary.now)
            noted = time.perf_counter() - began - built
            bench.sizes_around_notes = (before, note_figures.database_size(bench))
            say(f"Practice: {summary.clients:,} clients, {summary.appointments:,} sessions, "
                f"{summary.ledger_entries:,} ledger entries over {years} years "
                f"(built in {built:.1f} s, KDF {kdf.memory_kib // 1024} MiB "
                f"x {kdf.iterations}); {written.notes:,} session notes, {written.addenda:,} "
                f"addenda and {written.reflections:,} reflections added in {noted:.1f} s")
            for name, measure in FIGURES:
                if only and name not in only:
                    continue
                try:
                    measured[name] = measure(bench)
                except Skipped as why:
                    skipped[name] = str(why)
                    results["figures"][name] = {"skipped": True, "note": str(why)}
                    continue
                results["figures"][name] = {**measured[name].as_json(),
                                            "note": note(measured[name], bench.notes, name)}
        finally:
            bench.vault.close()
    output.write_text(json.dumps(results, indent=2) + "\n")
    say(table(measured, bench.notes))
    for name, reason in skipped.items():
        say(f"{name}: {reason}")
    say(f"Written to {output}")
    return results


def note(measurement: Measurement, notes: dict[str, str], name: str) -> str:
    """What was timed, and what the run said about it: the results file's line per figure."""
    said = notes.get(name)
    return f"{measurement.how} [{said}]" if said else measurement.how


def table(measured: dict[str, Measurement], notes: dict[str, str]) -> str:
    width = max([14, *map(len, measured)])
    lines = [f"{'figure':<{width}} {'value':>11} {'budget':>11} {'floor':>11}  {'':<6} how"]
    for name, m in measured.items():
        floor = f"{m.floor:.3f} {m.unit:<3}" if m.floor is not None else "-"
        verdict = "ok" if m.ok else "MISSED"
        lines.append(f"{name:<{width}} {m.value:>7.3f} {m.unit:<3} {m.budget:>7.3f} {m.unit:<3} "
                     f"{floor:>11}  {verdict:<6} {note(m, notes, name)}")
    missed = [name for name, m in measured.items() if not m.ok]
    lines.append(f"Budgets missed: {', '.join(missed)}" if missed else "Every budget is met.")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--clients", type=int, default=2000)
    parser.add_argument("--search-clients", type=int, default=SEARCH_CLIENTS,
                        help="clients for the larger search figure (extra ones are added)")
    parser.add_argument("--import-rows", type=int, default=IMPORT_ROWS,
                        help="rows of the client list imported for the memory figure")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--fast-kdf", action="store_true",
                        help="a cheap key derivation instead of one tuned to this machine")
    parser.add_argument("--only", nargs="*", default=(), help="figures to measure")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)
    run_benchmarks(years=args.years, clients=args.clients, search_clients=args.search_clients,
                   import_rows=args.import_rows,
                   repeats=args.repeats, kdf=FAST_KDF if args.fast_kdf else None,
                   output=args.output, only=args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
