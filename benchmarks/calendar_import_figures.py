"""Importing a calendar (issue 17): three years of 150 weekly clients (about 20,000 sessions)
read, matched and summed up within three seconds, written within two, in at most 300 MiB."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.cli_process import ROOT
from benchmarks.figures import IMPORT_ROWS, Bench, figure
from benchmarks.timing import Measurement, median
from services.calendar_import.decisions import import_summary
from services.calendar_import.matching import propose_matches
from services.calendar_import.reading import read_calendar_file
from services.calendar_import.writing import import_calendar
from services.clients.client_records import ClientDraft, create_client
from services.vault.key_slots import KdfParams
from services.vault.practice_vault import Vault, create_vault

SERIES = 150
YEARS = 3
READ_BUDGET_S = 3.0
WRITE_BUDGET_S = 2.0
PEAK_MIB = 300
ZONE = "Europe/London"
FIRST_MONDAY = date(2023, 1, 2)


FIRST_NAMES = ("Ann", "Ben", "Chloé", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonah",
               "Kasia", "Luca", "Maya", "Nils", "Olga")
SURNAMES = ("Abbott", "Brontë", "Castillo", "Dunmore", "Eriksen", "Fairley", "Gallo", "Hale",
            "Iyer", "Jovanović")
SUMMER_BREAK_WEEKS = (30, 82, 134)  # one week off each summer, taken out of every repeat


def client_name(n: int) -> str:
    return f"{FIRST_NAMES[n % len(FIRST_NAMES)]} {SURNAMES[n // len(FIRST_NAMES) % len(SURNAMES)]}"


def calendar_text(series: int, years: int = YEARS) -> str:
    """A practice's calendar as Google exports it: each client weekly at their hour on their
    weekday for `years` years, with a week off each summer."""
    until = FIRST_MONDAY + timedelta(days=365 * years)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Benchmark//EN",
             f"X-WR-TIMEZONE:{ZONE}"]
    for n in range(series):
        day = FIRST_MONDAY + timedelta(days=n % 5)
        at = f"T{8 + (n // 5) % 11:02d}{(n % 2) * 10:02d}00"
        breaks = ",".join(f"{day + timedelta(weeks=week):%Y%m%d}{at}"
                          for week in SUMMER_BREAK_WEEKS)
        lines += ["BEGIN:VEVENT", f"UID:client-{n}@benchmark",
                  f"DTSTART;TZID={ZONE}:{day:%Y%m%d}{at}",
                  f"DTEND;TZID={ZONE}:{day:%Y%m%d}{at[:-4]}5000",
                  f"RRULE:FREQ=WEEKLY;UNTIL={until:%Y%m%d}", f"EXDATE;TZID={ZONE}:{breaks}",
                  f"SUMMARY:Session with {client_name(n)}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def series_for(bench: Bench) -> int:
    """150 clients in the real run; fewer when the machinery is tried on a tiny practice."""
    return SERIES if bench.import_rows >= IMPORT_ROWS else max(3, bench.import_rows // 20)


def _calendar(bench: Bench) -> Path:
    path = bench.scratch / "calendar.ics"
    if not path.exists():
        path.write_text(calendar_text(series_for(bench)), encoding="utf-8", newline="")
    return path


def _practice(bench: Bench, name: str) -> Vault:
    """A practice with the calendar's clients in it (as a client list brought them in)."""
    vault, _code = create_vault(bench.scratch / name, bench.passphrase, "Calendar practice",
                                timezone=ZONE, kdf=KdfParams(8 * 1024, 1, 1))
    for n in range(series_for(bench)):
        create_client(vault, ClientDraft(full_name=client_name(n)))
    return vault


@figure("calendar_import_read")
def calendar_import_read(bench: Bench) -> Measurement:
    path = _calendar(bench)
    samples = []
    events = 0
    with _practice(bench, "calendar-read") as vault:
        for _ in range(min(bench.repeats, 3)):
            began = time.perf_counter()
            file = read_calendar_file(path, zone=ZONE)
            plan = propose_matches(vault, file)
            summary = import_summary(plan, plan.proposed())
            samples.append(time.perf_counter() - began)
            events = summary.sessions
    bench.notes["calendar_import_read"] = f"{events:,} sessions in {series_for(bench)} series"
    return Measurement(median(samples), "s", READ_BUDGET_S,
                       how="median: read the .ics file, expand its repeats, match each title "
                           "and sum up the import")


@figure("calendar_import_write")
def calendar_import_write(bench: Bench) -> Measurement:
    file = read_calendar_file(_calendar(bench), zone=ZONE)
    samples = []
    written = 0
    for attempt in range(min(bench.repeats, 3)):
        with _practice(bench, f"calendar-write-{attempt}") as vault:
            plan = propose_matches(vault, file)
            began = time.perf_counter()
            written = import_calendar(vault, plan, plan.proposed()).sessions
            samples.append(time.perf_counter() - began)
    bench.notes["calendar_import_write"] = f"{written:,} sessions in {series_for(bench)} " \
                                           "series, each in the audit trail"
    return Measurement(median(samples), "s", WRITE_BUDGET_S,
                       how="median: write every session, series, new client and imported "
                           "event in one unit of work (a fresh practice each time)")


@figure("calendar_import_peak")
def calendar_import_peak(bench: Bench) -> Measurement:
    vault = _practice(bench, "calendar-peak")
    key = bytes(vault.key).hex()
    vault.close()
    done = subprocess.run([sys.executable, "-m", "benchmarks.import_process",
                           str(bench.scratch / "calendar-peak"), str(_calendar(bench))],
                          input=key + "\n", cwd=ROOT, capture_output=True, text=True,
                          timeout=900, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    bench.notes["calendar_import_peak"] = f"{result['sessions']:,} sessions"
    return Measurement(result["peak_kib"] / 1024, "MiB", PEAK_MIB,
                       how="peak resident memory (VmHWM) of a fresh process reading, matching "
                           "and importing the calendar")
