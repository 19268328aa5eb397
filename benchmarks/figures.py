"""The figures `make bench` reports, each a function of the benchmark practice.

A figure is registered with `@figure("name")` and returns a `Measurement`. Figures run in the
order they are registered, against one `Bench`: the ten-year practice, open. A figure that
changes what later ones see (the 10,000-client search adds clients) is registered with
`changes_practice=True` and runs after every figure that is not, whichever module registers
it (the window's figures are in benchmarks/gui_figures.py).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from benchmarks.timing import Measurement, median, p95, seconds
from demo.practice import add_demo_clients
from models import Appointment, Client, Practice
from models.enums import ClientStatus
from services.calendar.appointments import week
from services.calendar.free_slots import free_slots
from services.clients.client_panel import client_panel
from services.clients.client_records import search_clients
from services.clients.search_key import like_pattern
from services.practice.practice_time import days_bounds, monday_of
from services.vault.backup import backup
from services.vault.check import check_vault
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase

KDF_BUDGET_S = 0.5  # the upper end of the key derivation's tuning (services.vault.key_slots)
UNLOCK_BUDGET_S = 0.6
WEEK_RATIO = 4.0
SEARCH_BUDGET_MS = 10.0
PANEL_BUDGET_MS = 10.0
FREE_SLOTS_BUDGET_MS = 20.0
# Both read every page of the file, so their budgets are ratios to doing only that, measured
# in the same run. A backup's floor is the three things it must do to every byte, one after
# another: copy the file (synced), check every page's MAC, take the SHA-256 its manifest
# holds; the backup does two of them at once. A check's floor is SQLite's quick_check.
BACKUP_RATIO = 1.25
CHECK_RATIO = 1.25
SEARCH_CLIENTS = 10_000
IMPORT_ROWS = 100_000  # the largest client list the import takes


@dataclass
class Bench:
    """The open benchmark practice and what the figures need to reach it again."""

    folder: Path
    passphrase: str
    vault: Vault
    repeats: int
    scratch: Path
    search_clients: int = SEARCH_CLIENTS
    import_rows: int = IMPORT_ROWS
    notes: dict[str, str] = field(default_factory=dict)
    # The database file's size before and after the session notes were added, in bytes.
    sizes_around_notes: tuple[int, int] = (0, 0)

    def raw(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """A plain query on a pooled SQLCipher connection: no Session, no ORM, no types."""
        connection = self.vault.engine.raw_connection()
        try:
            cursor = connection.cursor()
            rows = cursor.execute(sql, params).fetchall()
            cursor.close()
            return list(rows)
        finally:
            connection.close()

    def zone(self) -> ZoneInfo:
        with self.vault.unit_of_work() as session:
            practice = session.get(Practice, 1)
            assert practice is not None
            return ZoneInfo(practice.timezone)


Measure = Callable[[Bench], Measurement]
FIGURES: list[tuple[str, Measure]] = []
_CHANGING: set[str] = set()  # figures that change the practice: they run last


def figure(name: str, *, changes_practice: bool = False) -> Callable[[Measure], Measure]:
    def register(measure: Measure) -> Measure:
        if changes_practice:
            _CHANGING.add(name)
            FIGURES.append((name, measure))
        else:
            first_changing = next((i for i, (other, _m) in enumerate(FIGURES)
                                   if other in _CHANGING), len(FIGURES))
            FIGURES.insert(first_changing, (name, measure))
        return measure
    return register


def _stored(instant: datetime) -> str:
    """An instant as the database keeps it (naive UTC text), for raw queries."""
    return instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@figure("kdf")
def kdf(bench: Bench) -> Measurement:
    samples = [seconds(lambda: unlock_with_passphrase(bench.folder, bench.passphrase))
               for _ in range(bench.repeats)]
    return Measurement(median(samples), "s", KDF_BUDGET_S,
                       how="median: unwrap the data key with the passphrase (Argon2id)")


@figure("unlock")
def unlock(bench: Bench) -> Measurement:
    bench.vault.close()
    samples = []
    derive, opening = [], []
    for _ in range(bench.repeats):
        began = time.perf_counter()
        key = unlock_with_passphrase(bench.folder, bench.passphrase)
        derived = time.perf_counter()
        opened = open_vault(bench.folder, key, actor="benchmark")
        ended = time.perf_counter()
        opened.close()
        samples.append(ended - began)
        derive.append(derived - began)
        opening.append(ended - derived)
    bench.notes["unlock"] = f"KDF {median(derive):.3f} s + open {median(opening):.3f} s"
    bench.vault = open_vault(bench.folder, unlock_with_passphrase(bench.folder, bench.passphrase),
                             actor="benchmark")
    return Measurement(median(samples), "s", UNLOCK_BUDGET_S,
                       how="median: KDF + open (lock, heal, schema, anchor; the page check is "
                           "the window's, after the week); close untimed")


def _mondays(bench: Bench) -> list[date]:
    """About twenty weeks spread over the practice's years, this week among them."""
    first = bench.raw("SELECT min(starts_at) FROM appointment")[0][0]
    start = monday_of(date.fromisoformat(str(first)[:10]) + timedelta(days=7))
    this_week = monday_of(datetime.now(bench.zone()).date())
    step = max(1, (this_week - start).days // 7 // 20)
    mondays = [start + timedelta(weeks=i) for i in range(0, (this_week - start).days // 7, step)]
    return [*mondays, this_week]


@figure("week")
def week_view(bench: Bench) -> Measurement:
    zone = bench.zone()
    sql = ("SELECT a.id, a.client_id, c.preferred_name, c.full_name, a.starts_at, "
           "a.length_minutes, a.modality, a.status, a.series_id "
           "FROM appointment a JOIN client c ON c.id = a.client_id "
           "WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at")
    service, raw = [], []
    sizes = []
    for _ in range(bench.repeats):
        for monday in _mondays(bench):
            start, end = days_bounds(monday, 7, zone)
            sizes.append(len(week(bench.vault, monday)))
            service.append(seconds(partial(week, bench.vault, monday)) * 1000)
            raw.append(seconds(partial(bench.raw, sql, (_stored(start), _stored(end)))) * 1000)
    floor = median(raw)
    bench.notes["week"] = f"{median(sizes):.0f} sessions in a median week"
    return Measurement(median(service), "ms", WEEK_RATIO * floor, floor,
                       how=f"median of {len(service)}: services.calendar.appointments.week vs raw "
                           f"indexed JOIN on a pooled connection (floor); budget {WEEK_RATIO:g}x")


@figure("client_panel")
def panel(bench: Bench) -> Measurement:
    with bench.vault.unit_of_work() as session:
        busiest = session.execute(
            select(Appointment.client_id, func.count().label("n"))
            .group_by(Appointment.client_id).order_by(func.count().desc()).limit(1)
        ).one()
    samples = [seconds(lambda: client_panel(bench.vault, busiest.client_id)) * 1000
               for _ in range(max(5, bench.repeats * 3))]
    bench.notes["client_panel"] = f"client {busiest.client_id}: {busiest.n} sessions"
    return Measurement(median(samples), "ms", PANEL_BUDGET_MS,
                       how="median: details, next and last 50 sessions, balance, contacts")


@dataclass(frozen=True)
class FreeSlotsCase:
    """Whom the free-slot figures ask for, and when: the client with the most sessions (the
    active first) and the busiest fortnight starting on one of the next four Mondays."""

    client_id: int
    sessions: int
    monday: date
    held: int

    def ask(self, bench: Bench) -> list[Any]:
        return free_slots(bench.vault, self.client_id, self.monday, days=14)


def free_slots_case(bench: Bench) -> FreeSlotsCase:
    zone = bench.zone()
    with bench.vault.unit_of_work() as session:
        longest = session.execute(
            select(Appointment.client_id, func.count().label("n"))
            .join(Client, Client.id == Appointment.client_id)
            .group_by(Appointment.client_id)
            .order_by((Client.status == ClientStatus.ACTIVE).desc(), func.count().desc())
            .limit(1)
        ).one()
    coming = monday_of(datetime.now(zone).date()) + timedelta(weeks=1)
    held = {monday: bench.raw("SELECT count(*) FROM appointment WHERE starts_at >= ? "
                              "AND starts_at < ?",
                              tuple(_stored(b) for b in days_bounds(monday, 14, zone)))[0][0]
            for monday in (coming + timedelta(weeks=i) for i in range(4))}
    monday = max(held, key=lambda m: held[m])
    return FreeSlotsCase(longest.client_id, longest.n, monday, held[monday])


@figure("free_slots")
def free_slots_figure(bench: Bench) -> Measurement:
    case = free_slots_case(bench)
    slots = case.ask(bench)
    samples = [seconds(partial(case.ask, bench)) * 1000
               for _ in range(max(10, bench.repeats * 4))]
    bench.notes["free_slots"] = (f"client {case.client_id} ({case.sessions} sessions), "
                                 f"fortnight from {case.monday}: {case.held} sessions, "
                                 f"{len(slots)} slots offered")
    return Measurement(median(samples), "ms", FREE_SLOTS_BUDGET_MS,
                       how="median: services.calendar.free_slots.free_slots, one client, two weeks")


def _typing(bench: Bench) -> list[str]:
    """What a therapist types looking for a client: 1 to 6 letters of first or last names."""
    with bench.vault.unit_of_work() as session:
        names = list(session.scalars(select(Client.full_name).order_by(Client.id).limit(400)))
    latin = [n for n in names if n[0].isascii()][:4]
    cyrillic = [n for n in names if not n[0].isascii()][:4]
    typed = []
    for name in latin + cyrillic:
        for word in (name.split()[0], name.split()[-1]):
            typed += [word[:length] for length in range(1, min(6, len(word)) + 1)]
    return typed


def _search(bench: Bench, clients: int) -> Measurement:
    typed = _typing(bench)
    sql = ("SELECT id, full_name, preferred_name, status FROM client "
           "WHERE search_key LIKE ? ESCAPE '\\' ORDER BY search_key LIMIT 50")
    service, raw = [], []
    for _ in range(bench.repeats):
        for query in typed:
            service.append(seconds(partial(search_clients, bench.vault, query)) * 1000)
            raw.append(seconds(partial(bench.raw, sql, (like_pattern(query),))) * 1000)
    return Measurement(p95(service), "ms", SEARCH_BUDGET_MS, p95(raw),
                       how=f"p95 of {len(service)} keystrokes over {clients:,} clients, "
                           "Latin and Cyrillic; floor: the same LIKE scan, raw")


@figure("search_2000")
def search_small(bench: Bench) -> Measurement:
    with bench.vault.unit_of_work() as session:
        count = session.scalar(select(func.count()).select_from(Client)) or 0
    return _search(bench, count)


def plain_copy(bench: Bench, target: Path) -> float:
    """Seconds to copy the database file to `target` and sync it."""
    database = bench.folder / "practice.stillroom"

    def copy() -> None:
        shutil.copyfile(database, target)
        with target.open("rb+") as stream:
            os.fsync(stream.fileno())

    took = seconds(copy)
    target.unlink()
    return took


def mac_check_s(bench: Bench) -> float:
    """Seconds for SQLCipher's MAC check of every page, on a plain pooled connection."""
    return seconds(partial(bench.raw, "PRAGMA cipher_integrity_check"))


def sha256_s(bench: Bench) -> float:
    """Seconds to read the database file and take its SHA-256."""
    database = bench.folder / "practice.stillroom"

    def digest() -> None:
        with database.open("rb") as stream:
            hashlib.file_digest(stream, "sha256")

    return seconds(digest)


@figure("backup")
def backup_figure(bench: Bench) -> Measurement:
    target = bench.scratch / "backups"
    target.mkdir(exist_ok=True)
    samples, copies, macs, digests = [], [], [], []
    for i in range(min(bench.repeats, 3)):
        copies.append(plain_copy(bench, target / f"plain-{i}"))
        macs.append(mac_check_s(bench))
        digests.append(sha256_s(bench))
        made = target / f"backup-{i}.zip"
        samples.append(seconds(partial(backup, bench.folder, bench.vault.key, made)))
        made.unlink()
    shutil.rmtree(target)
    size = bench.folder.joinpath("practice.stillroom").stat().st_size / 2**20
    floor = median(copies) + median(macs) + median(digests)
    bench.notes["backup"] = (f"database {size:.0f} MiB; a plain synced copy {median(copies):.3f} s "
                             f"+ the MAC check {median(macs):.3f} s + SHA-256 "
                             f"{median(digests):.3f} s")
    return Measurement(median(samples), "s", BACKUP_RATIO * floor, floor,
                       how="median: services.vault.backup.backup of the open practice (file "
                           "copied steady, hashed, zipped, synced; every page's MAC checked "
                           "alongside) vs copying the file with a sync, the MAC check and the "
                           f"SHA-256 one after another (floor); budget {BACKUP_RATIO:g}x")


def quick_check_s(bench: Bench) -> float:
    """Seconds for SQLite's quick_check of every page on a plain pooled connection."""
    return seconds(partial(bench.raw, "PRAGMA quick_check"))


@figure("check")
def check_figure(bench: Bench) -> Measurement:
    problems: list[list[str]] = []
    samples, floors = [], []
    for _ in range(min(bench.repeats, 3)):
        floors.append(quick_check_s(bench))
        samples.append(seconds(lambda: problems.append(check_vault(bench.folder,
                                                                   bench.vault.key))))
    floor = median(floors)
    bench.notes["check"] = f"quick_check alone {floor:.3f} s"
    if any(problems):
        bench.notes["check"] += f"; PROBLEMS: {problems[0][:3]}"
    return Measurement(median(samples), "s", CHECK_RATIO * floor, floor,
                       how="median: services.vault.check.check_vault (quick_check with every "
                           "page's MAC, audit trail and its records, anchor) vs quick_check "
                           f"alone (floor); budget {CHECK_RATIO:g}x")


@figure("search_10000", changes_practice=True)
def search_large(bench: Bench) -> Measurement:
    with bench.vault.unit_of_work() as session:
        count = session.scalar(select(func.count()).select_from(Client)) or 0
    if count < bench.search_clients:
        add_demo_clients(bench.vault, bench.search_clients - count, seed=2)
    return _search(bench, max(count, bench.search_clients))
