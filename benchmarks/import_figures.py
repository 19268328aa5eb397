"""Importing a large client list: 100,000 rows in bounded memory (issue: hardening, part 6)."""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.cli_process import ROOT
from benchmarks.figures import Bench, figure
from benchmarks.timing import Measurement
from services.vault.key_slots import KdfParams
from services.vault.practice_vault import create_vault

PEAK_MIB = 300


@figure("import_100k_peak")
def import_100k_peak(bench: Bench) -> Measurement:
    folder = bench.scratch / "import-practice"
    vault, _code = create_vault(folder, bench.passphrase, "Import practice",
                                kdf=KdfParams(8 * 1024, 1, 1))
    key = bytes(vault.key).hex()
    vault.close()
    rows = bench.import_rows
    csv_file = bench.scratch / "clients.csv"
    with csv_file.open("w", encoding="utf-8", newline="") as handle:
        handle.write("name,phone,email,address,notes\n")
        for i in range(rows):
            handle.write(f'Client Number {i},+44 7700 {i % 1_000_000:06d},client{i}@example.org,'
                         f'"{i} Long Lane\nLeeds",Came through a friend; prefers mornings.\n')
    done = subprocess.run([sys.executable, "-m", "benchmarks.import_process", str(folder),
                           str(csv_file)], input=key + "\n", cwd=ROOT, capture_output=True,
                          text=True, timeout=900, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["clients"] != rows:
        raise RuntimeError(f"imported {result['clients']} clients, not {rows}")
    size_mib = csv_file.stat().st_size / 2**20
    bench.notes["import_100k_peak"] = f"{rows:,} rows, {size_mib:.1f} MiB file"
    return Measurement(result["peak_kib"] / 1024, "MiB", PEAK_MIB,
                       how=f"peak resident memory (VmHWM) of a fresh process importing {rows:,} "
                           "client rows in one transaction")
