"""A client list imported in a fresh process, and the most memory that process held.

    python -m benchmarks.import_process FOLDER FILE.csv

The key comes on stdin (hex), so the key derivation is not measured. Prints one JSON line:
{"clients": ..., "peak_kib": ...}. No Qt is loaded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.timing import peak_kib
from services.clients.import_clients import import_clients
from services.vault.practice_vault import open_vault


def main(argv: Sequence[str]) -> None:
    folder, csv_file = Path(argv[0]), Path(argv[1])
    key = bytearray.fromhex(sys.stdin.readline().strip())
    with open_vault(folder, key) as vault:
        clients = import_clients(vault, csv_file)
    print(json.dumps({"clients": clients, "peak_kib": peak_kib()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
