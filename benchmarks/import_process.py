"""A client list or a calendar imported in a fresh process, and the most memory that process
held.

    python -m benchmarks.import_process FOLDER FILE.csv
    python -m benchmarks.import_process FOLDER FILE.ics

The key comes on stdin (hex), so the key derivation is not measured. Prints one JSON line:
{"clients": ...} or {"sessions": ...} (a calendar's titles matched as proposed), with
"peak_kib". No Qt is loaded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.timing import peak_kib
from services.clients.import_clients import import_clients
from services.vault.practice_vault import Vault, open_vault


def _calendar(vault: Vault, ics: Path) -> int:
    from services.calendar_import.matching import propose_matches
    from services.calendar_import.reading import read_calendar_file
    from services.calendar_import.writing import import_calendar
    from services.practice.practice_settings import read_settings

    plan = propose_matches(vault, read_calendar_file(ics, zone=read_settings(vault).timezone))
    return import_calendar(vault, plan, plan.proposed()).sessions


def main(argv: Sequence[str]) -> None:
    folder, file = Path(argv[0]), Path(argv[1])
    key = bytearray.fromhex(sys.stdin.readline().strip())
    with open_vault(folder, key) as vault:
        if file.suffix == ".ics":
            counted = {"sessions": _calendar(vault, file)}
        else:
            counted = {"clients": import_clients(vault, file)}
    print(json.dumps({**counted, "peak_kib": peak_kib()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
