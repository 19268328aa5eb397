"""The session notes' figures, on the ten-year practice with a note for every past session.

`notes_search` is what a therapist waits for as they type in the search box: every prefix
of a few English and Russian words, over all notes and within one client's. `note_draft_save`
is one debounced save of a 300-word draft; `note_open` reads a session's note with its addenda;
`record_pdf` reads and renders a client's five-year record; `notes_size` is what the notes add
to the database file (text, index and all), against the text itself as its floor.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from functools import partial

from sqlalchemy import func, select

from benchmarks.figures import Bench, figure
from benchmarks.timing import Measurement, median, p95, seconds
from models import Appointment, NoteAddendum, SessionNote
from models.enums import Language, NoteFormat
from services.notes.note_reading import client_timeline, note_of_session
from services.notes.search import search
from services.notes.session_notes import NoteDraft, discard_draft, save_draft
from services.papers.client_record import read_client_record
from services.papers.client_record_layout import render_client_record

SEARCH_BUDGET_MS = 50.0
SAVE_BUDGET_MS = 10.0
OPEN_BUDGET_MS = 30.0
RECORD_BUDGET_S = 2.0
SIZE_RATIO = 3.0
# Words a therapist looks for, typed a letter at a time: found in many notes, in a few, or
# in none (the slowest: every note is looked at for nothing).
TYPED = ("breathing", "supervision", "grief", "manager", "insomnia",
         "тревогу", "дыхание", "супервизию", "самокритика", "бессонница")
SAVES = 200
MIB = 2**20


def database_size(bench: Bench) -> int:
    """The encrypted database file's size once its write-ahead log is folded into it."""
    bench.raw("PRAGMA wal_checkpoint(TRUNCATE)")
    return bench.folder.joinpath("practice.stillroom").stat().st_size


def _busiest_client(bench: Bench) -> tuple[int, int]:
    with bench.vault.unit_of_work() as session:
        busiest = session.execute(
            select(SessionNote.client_id, func.count().label("n"))
            .group_by(SessionNote.client_id).order_by(func.count().desc()).limit(1)).one()
    return busiest.client_id, busiest.n


@figure("notes_search")
def notes_search(bench: Bench) -> Measurement:
    client_id, _count = _busiest_client(bench)
    typed = [word[:length] for word in TYPED for length in range(2, len(word) + 1)]
    typed += ["slow breath", "дневник мыс", "sleep diary review"]
    samples, found = [], []
    for _ in range(bench.repeats):
        for query in typed:
            samples.append(seconds(partial(search, bench.vault, query)) * 1000)
            samples.append(seconds(partial(search, bench.vault, query, client_id)) * 1000)
    for query in ("тревог", "breath", "бессонница"):
        found.append(f"{query!r}: {len(search(bench.vault, query))}")
    bench.notes["notes_search"] = (f"median {median(samples):.1f} ms; 50 hits at most: "
                                   + ", ".join(found))
    return Measurement(p95(samples), "ms", SEARCH_BUDGET_MS,
                       how=f"p95 of {len(samples)} keystrokes (2 letters on), all notes and "
                           "one client's, English and Russian")


def _words(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(("slept", "badly", "work", "mother", "breathing", "calmer",
                                "tired", "talked", "about", "the", "week")) for _ in range(300))


@figure("note_draft_save")
def note_draft_save(bench: Bench) -> Measurement:
    """A 300-word draft saved as the therapist types: each save a little longer."""
    with bench.vault.unit_of_work() as session:
        upcoming = session.scalar(
            select(Appointment.id).outerjoin(SessionNote,
                                             SessionNote.appointment_id == Appointment.id)
            .where(SessionNote.id.is_(None)).order_by(Appointment.starts_at.desc()).limit(1))
    assert upcoming is not None, "the practice has sessions to come, with no note yet"
    text = _words(1)

    def draft(extra: int) -> NoteDraft:
        return NoteDraft(upcoming, NoteFormat.SOAP, Language.ENGLISH,
                         (("subjective", text + " and" * extra), ("plan", "Continue.")))

    note_id = save_draft(bench.vault, draft(0)).note_id  # the first save creates the note
    samples = [seconds(partial(save_draft, bench.vault, draft(n))) * 1000
               for n in range(1, max(SAVES, bench.repeats * 10))]
    discard_draft(bench.vault, note_id)
    bench.notes["note_draft_save"] = (f"median {median(samples):.2f} ms, slowest "
                                      f"{max(samples):.1f} ms")
    return Measurement(p95(samples), "ms", SAVE_BUDGET_MS,
                       how=f"p95 of {len(samples)} saves of a 300-word draft (one unit of work, "
                           "committed with full sync, index updated)")


@figure("note_open")
def note_open(bench: Bench) -> Measurement:
    with bench.vault.unit_of_work() as session:
        noted = list(session.scalars(select(SessionNote.appointment_id).order_by(
            SessionNote.id)))
        with_addenda = list(session.scalars(
            select(SessionNote.appointment_id).join(
                NoteAddendum, NoteAddendum.note_id == SessionNote.id).limit(20)))
    rng = random.Random(7)
    chosen = rng.sample(noted, min(40, len(noted))) + with_addenda
    samples = [seconds(partial(note_of_session, bench.vault, appointment)) * 1000
               for _ in range(max(1, bench.repeats // 2)) for appointment in chosen]
    client_id, count = _busiest_client(bench)
    timeline = [seconds(partial(client_timeline, bench.vault, client_id)) * 1000
                for _ in range(bench.repeats)]
    bench.notes["note_open"] = (f"a client's 50 latest sessions with their notes (client "
                                f"{client_id}, {count} notes): median {median(timeline):.1f} ms")
    return Measurement(median(samples), "ms", OPEN_BUDGET_MS,
                       how=f"median of {len(samples)}: services.notes.note_reading."
                           "note_of_session, a session's note with its addenda")


@figure("record_pdf")
def record_pdf(bench: Bench) -> Measurement:
    client_id, _count = _busiest_client(bench)
    with bench.vault.unit_of_work() as session:
        last = session.scalar(select(func.max(Appointment.starts_at))
                              .join(SessionNote, SessionNote.appointment_id == Appointment.id)
                              .where(Appointment.client_id == client_id))
    assert last is not None
    first = (last - timedelta(days=5 * 365)).date()

    def record() -> bytes:
        found = read_client_record(bench.vault, client_id, first=first, last=last.date())
        return render_client_record(found)

    pdf = record()  # the fonts' first subsetting is not what is timed
    found = read_client_record(bench.vault, client_id, first=first, last=last.date())
    samples = [seconds(record) for _ in range(min(bench.repeats, 3))]
    bench.notes["record_pdf"] = (f"client {client_id}: {len(found.sessions)} sessions, "
                                 f"{len(pdf) // 1024} KiB")
    return Measurement(median(samples), "s", RECORD_BUDGET_S,
                       how="median: read and render a client's five-year record "
                           "(the client with the most sessions)")


def _text_bytes(bench: Bench) -> int:
    """The notes' words as UTF-8, without their JSON: what a therapist wrote."""
    total = 0
    with bench.vault.unit_of_work() as session:
        for body in session.scalars(select(SessionNote.body)).yield_per(5000):
            total += sum(len(section["text"].encode("utf-8")) for section in json.loads(body))
    for table in ("note_addendum", "reflection"):
        sql = f"SELECT coalesce(sum(length(CAST(text AS BLOB))), 0) FROM {table}"
        total += bench.raw(sql)[0][0]
    return int(total)


@figure("notes_size")
def notes_size(bench: Bench) -> Measurement:
    before, after = bench.sizes_around_notes
    if after == 0:  # the practice was built elsewhere: all of it counts
        after = database_size(bench)
    text = _text_bytes(bench)
    growth = (after - before) / MIB
    bench.notes["notes_size"] = (f"{text / MIB:.0f} MiB of text grew the file from "
                                 f"{before / MIB:.0f} to {after / MIB:.0f} MiB: "
                                 f"{growth * MIB / max(text, 1):.2f}x")
    return Measurement(growth, "MiB", SIZE_RATIO * text / MIB, text / MIB,
                       how="what the notes, addenda and reflections add to the database file, "
                           f"against their text (floor); budget {SIZE_RATIO:g}x")
