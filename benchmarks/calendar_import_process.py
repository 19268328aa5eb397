"""A calendar imported in a fresh process, and the most memory that process held.

    python -m benchmarks.calendar_import_process FOLDER FILE.ics

The key comes on stdin (hex), so the key derivation is not measured. Prints one JSON line:
{"sessions": ..., "peak_kib": ...}. No Qt is loaded.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.timing import peak_kib
from services.calendar_import.matching import propose_matches
from services.calendar_import.reading import read_calendar_file
from services.calendar_import.writing import import_calendar
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import open_vault


def main(argv: Sequence[str]) -> None:
    folder, ics = Path(argv[0]), Path(argv[1])
    key = bytearray.fromhex(sys.stdin.readline().strip())
    with open_vault(folder, key) as vault:
        file = read_calendar_file(ics, zone=read_settings(vault).timezone)
        plan = propose_matches(vault, file)
        sessions = import_calendar(vault, plan, plan.proposed()).sessions
    print(json.dumps({"sessions": sessions, "peak_kib": peak_kib()}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
