"""The command line's figure: `python main.py check` on the ten-year practice, in a fresh process.

Most of a command's time is the key derivation, tuned to take about a third of a second on the
therapist's computer, and, on years of notes, SQLite's quick_check of every page. So the floor
is the two of them, measured in the same run (the data key unwrapped with the practice's own
KDF parameters; quick_check on a plain connection), and the budget is that floor plus half a
second for everything else: starting Python, importing the services (no Qt), opening the
database read-only, the audit trail and its records.
"""

from __future__ import annotations

import os
import time

from benchmarks.cli_process import ROOT, run_script
from benchmarks.figures import Bench, figure, quick_check_s
from benchmarks.timing import Measurement, median, seconds
from services.vault.key_file import read_key_file
from services.vault.key_slots import unwrap
from services.vault.practice_vault import PASSPHRASE_VARIABLE, VaultPaths

CLI_OVER_KDF_S = 0.5


@figure("cli_check")
def cli_check(bench: Bench) -> Measurement:
    slot = read_key_file(VaultPaths(bench.folder).keys).passphrase
    env = {**os.environ, PASSPHRASE_VARIABLE: bench.passphrase}
    arguments = ["--data-dir", str(bench.folder), "check"]
    kdf, pages, command = [], [], []
    for _ in range(bench.repeats):
        kdf.append(seconds(lambda: unwrap(slot, bench.passphrase)))
        pages.append(quick_check_s(bench))
        began = time.perf_counter()
        finished = run_script(ROOT / "main.py", arguments, env)
        command.append(time.perf_counter() - began)
        if finished.code != 0 or finished.output.strip() != "OK":
            raise RuntimeError(f"main.py check did not say OK: {finished.errors.strip()}")
        if finished.qt_modules:
            raise RuntimeError(f"main.py check loaded Qt: {', '.join(finished.qt_modules)}")
    floor = median(kdf) + median(pages)
    value = median(command)
    budget = floor + CLI_OVER_KDF_S
    bench.notes["cli_check"] = (f"KDF {median(kdf):.3f} s + quick_check {median(pages):.3f} s "
                                f"+ {CLI_OVER_KDF_S:g} s; margin {budget - value:+.3f} s; no Qt "
                                "module loaded")
    return Measurement(value, "s", budget, floor,
                       how="median: `python main.py check` in a fresh process vs the KDF "
                           "(services.vault.key_slots.unwrap) and quick_check as floor; budget "
                           f"floor + {CLI_OVER_KDF_S:g} s")
