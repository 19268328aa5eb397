"""Importing client lists: 100,000 rows in bounded memory (issue: hardening, part 6), and a
10,000-row export of another system read, checked and written within two seconds (issue 17)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.cli_process import ROOT
from benchmarks.figures import Bench, figure
from benchmarks.timing import Measurement, median
from services.clients.import_clients import import_clients
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


CLIENT_LIST_ROWS = 10_000
CLIENT_LIST_BUDGET_S = 2.0


def _client_list(path: Path, rows: int) -> None:
    """A list as another practice system exports it: Windows-1252, semicolons, split names,
    dates of birth with slashes and the address in parts."""
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write("First Name;Last Name;Preferred Name;Email;Mobile Phone;Date of Birth;"
                     "Address;City;State;Zip;Insurance ID\n")
        for i in range(rows):
            handle.write(f"Zoë {i};Brontë-{i % 97};;client{i}@example.org;+1 555 {i:07d};"
                         f"{i % 12 + 1:02d}/{i % 28 + 1:02d}/{1940 + i % 60};{i} Elm St;"
                         f"Springfield;IL;62704;XJ-{i}\n")


@figure("import_clients_10k")
def import_clients_10k(bench: Bench) -> Measurement:
    rows = min(CLIENT_LIST_ROWS, bench.import_rows)
    csv_file = bench.scratch / "client-list.csv"
    _client_list(csv_file, rows)
    samples = []
    for attempt in range(min(bench.repeats, 3)):
        vault, _code = create_vault(bench.scratch / f"client-list-{attempt}", bench.passphrase,
                                    "Client list", kdf=KdfParams(8 * 1024, 1, 1))
        with vault:
            began = time.perf_counter()
            imported = import_clients(vault, csv_file)
            samples.append(time.perf_counter() - began)
        if imported != rows:
            raise RuntimeError(f"imported {imported} clients, not {rows}")
    bench.notes["import_clients_10k"] = f"{rows:,} rows, Windows-1252, semicolons"
    return Measurement(median(samples), "s", CLIENT_LIST_BUDGET_S,
                       how=f"median: read, recognise, check and import {rows:,} client rows "
                           "(a fresh practice each time)")
