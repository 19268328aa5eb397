"""The demo practice's session notes, addenda and private reflections.

Every past session has a note of 150 to 400 words, in the client's language (a Russian client's
notes are in Russian), in the format the therapist keeps with that client, each heading filled
from the invented sentences of `demo.note_texts` (a session that did not happen gets a note of
what happened instead). Notes are signed an hour or two after their session; of the last week's
some are still drafts, and two from about ten days ago are left unsigned, so the days left open
show a note to finish. A few signed notes have an addendum, and some sessions (more of the
missed ones) a private reflection.

Rows are written with bulk inserts, a few thousand at a time so the ten-year practice needs
little memory; the database's triggers keep the search index in step.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from demo.note_texts import ADDENDA, REFLECTIONS, SENTENCES, TOPICS
from models import Appointment, Client, NoteAddendum, Practice, Reflection, SessionNote
from models.audit import Change, append_events
from models.enums import AppointmentStatus, Language, NoteFormat
from services.errors import Refused
from services.notes.note_formats import FormatChoice, built_in
from services.vault.practice_vault import Vault

FORMATS = (NoteFormat.SOAP, NoteFormat.FREE, NoteFormat.DAP, NoteFormat.BIRP)
FORMAT_WEIGHTS = (40, 25, 20, 15)
# The kinds of sentence written under each heading of a format, for a session that happened.
KINDS: dict[NoteFormat, dict[str, tuple[str, ...]]] = {
    NoteFormat.FREE: {"note": ("subjective", "observation", "intervention", "response",
                               "assessment", "plan")},
    NoteFormat.SOAP: {"subjective": ("subjective",), "objective": ("observation",),
                      "assessment": ("assessment", "response"), "plan": ("plan",)},
    NoteFormat.DAP: {"data": ("subjective", "observation", "intervention"),
                     "assessment": ("response", "assessment"), "plan": ("plan",)},
    NoteFormat.BIRP: {"behaviour": ("subjective", "observation"),
                      "intervention": ("intervention",), "response": ("response",),
                      "plan": ("plan", "assessment")},
}
HAPPENED = (AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE)
MISSED = (AppointmentStatus.NO_SHOW, AppointmentStatus.MISSED_BY_THERAPIST)
WORDS = (150, 400)
RECENT = timedelta(days=7)
LEFT_UNSIGNED = 2  # notes of about ten days ago still drafts: a problem when closing a day
CHUNK = 2000
Row = dict[str, Any]


@dataclass(frozen=True)
class DemoNotes:
    notes: int
    addenda: int
    reflections: int


@dataclass
class _Client:
    language: Language
    note_format: NoteFormat
    topics: tuple[str, ...]


def _headings(note_format: NoteFormat, happened: bool) -> dict[str, tuple[str, ...]]:
    if happened:
        return KINDS[note_format]
    keys = list(KINDS[note_format])
    if len(keys) == 1:
        return {keys[0]: ("missed", "missed_plan", "plan")}
    return {key: ("missed_plan", "plan") if key == keys[-1] else ("missed",) for key in keys}


def note_sections(rng: random.Random, choice: FormatChoice, client: _Client,
                  happened: bool) -> list[dict[str, str]]:
    """The note's headings with their text: sentences taken in turn for each heading, each
    sentence once at most, until the note holds its number of words, between 150 and 400."""
    sentences = SENTENCES[client.language.value]
    headings = _headings(choice.format, happened)
    topic, other = rng.sample(client.topics, 2)
    pools = {kind: _shuffled(rng, sentences[kind])
             for kinds in headings.values() for kind in kinds}
    turns = dict.fromkeys(headings, 0)
    texts: dict[str, list[str]] = {key: [] for key in headings}
    words, target = 0, rng.randint(WORDS[0], WORDS[1] - 40)
    if not happened:  # a session that did not happen says so first
        opening = sentences["missed"][0]
        pools["missed"].remove(opening)
        texts[next(iter(headings))].append(opening)
        words = len(opening.split())

    def take(key: str) -> str | None:
        kinds = headings[key]
        for step in range(len(kinds)):
            kind = kinds[(turns[key] + step) % len(kinds)]
            if pools[kind]:
                turns[key] += step + 1
                return pools[kind].pop()
        return None

    while words < target:
        taken = False
        for key in headings:
            sentence = take(key) if words < target else None
            if sentence is None:
                continue
            taken = True
            sentence = sentence.format(topic=topic, topic2=other)
            if words + len(sentence.split()) <= WORDS[1]:
                texts[key].append(sentence)
                words += len(sentence.split())
        if not taken:
            break
    return [{"key": s.key, "heading": s.heading, "text": _paragraphs(rng, texts[s.key])}
            for s in choice.sections]


def _shuffled(rng: random.Random, pool: Sequence[str]) -> list[str]:
    """The pool from a random place, either way round: cheaper than a shuffle, and varied
    enough for invented notes (a hundred thousand of them for the benchmark)."""
    start = int(rng.random() * len(pool))
    turned = [*pool[start:], *pool[:start]]
    return turned if rng.random() < 0.5 else turned[::-1]


def _paragraphs(rng: random.Random, sentences: list[str]) -> str:
    parts, start = [], 0
    while start < len(sentences):
        size = rng.randint(2, 4)
        parts.append(" ".join(sentences[start:start + size]))
        start += size
    return "\n\n".join(parts)


def _clients(rng: random.Random, languages: dict[int, Language]) -> dict[int, _Client]:
    return {client_id: _Client(language, rng.choices(FORMATS, weights=FORMAT_WEIGHTS)[0],
                               tuple(rng.sample(TOPICS[language.value], 3)))
            for client_id, language in sorted(languages.items())}


def _left_unsigned(rng: random.Random, past: list[Row], today: date, zone: ZoneInfo) -> set[int]:
    """Notes of sessions eight to fourteen days ago, left as drafts."""
    window = [a["id"] for a in past
              if 8 <= (today - a["starts_at"].astimezone(zone).date()).days <= 14]
    return set(rng.sample(window, min(LEFT_UNSIGNED, len(window))))


def _chunks(rows: Iterator[Row]) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_demo_notes(session: Session, seed: int, languages: dict[int, Language],
                     appointments: Sequence[Row], now: datetime, today: date,
                     zone: ZoneInfo) -> DemoNotes:
    """Write the notes, addenda and reflections of every session begun before `now`, each
    client's in their language. `appointments` are rows with the session's id, client_id,
    starts_at, length_minutes and status, in the order of their start."""
    rng = random.Random(seed * 1_000_003 + 11)
    clients = _clients(rng, languages)
    choices = {(f, lang): built_in(f, lang) for f in FORMATS for lang in Language}
    past = [a for a in appointments if a["starts_at"] < now]
    drafts = _left_unsigned(rng, past, today, zone)
    addenda: list[Row] = []
    reflections: list[Row] = []

    def notes() -> Iterator[Row]:
        for note_id, a in enumerate(past, start=1):
            client = clients[a["client_id"]]
            ended = a["starts_at"] + timedelta(minutes=a["length_minutes"])
            created = min(ended + timedelta(minutes=rng.randint(10, 180)), now)
            updated = min(created + timedelta(minutes=rng.randint(1, 30)), now)
            signed: datetime | None = updated + timedelta(minutes=rng.randint(0, 2880))
            if (a["id"] in drafts or signed is None or signed >= now
                    or (now - a["starts_at"] < RECENT and rng.random() < 0.35)):
                signed = None
            choice = choices[(client.note_format, client.language)]
            sections = note_sections(rng, choice, client, a["status"] in HAPPENED)
            _extras(rng, note_id, a, client, signed, created, now, addenda, reflections)
            yield {"id": note_id, "appointment_id": a["id"], "client_id": a["client_id"],
                   "format": client.note_format, "template_id": None,
                   "language": client.language, "created_at": created, "updated_at": updated,
                   "signed_at": signed,
                   "body": json.dumps(sections, ensure_ascii=False, separators=(",", ":"))}

    count = 0
    for chunk in _chunks(notes()):
        session.execute(insert(SessionNote), chunk)
        count += len(chunk)
    for model, rows in ((NoteAddendum, addenda), (Reflection, reflections)):
        for start in range(0, len(rows), CHUNK):
            session.execute(insert(model), rows[start:start + CHUNK])
    return DemoNotes(count, len(addenda), len(reflections))


def _extras(rng: random.Random, note_id: int, a: Row, client: _Client,
            signed: datetime | None, written: datetime, now: datetime, addenda: list[Row],
            reflections: list[Row]) -> None:
    """Perhaps an addendum to a signed note, perhaps a reflection on the session."""
    language = client.language.value
    if signed is not None and rng.random() < 0.03:
        at = signed + timedelta(days=rng.randint(1, 30), minutes=rng.randint(0, 600))
        if at < now:
            addenda.append({"id": len(addenda) + 1, "note_id": note_id, "written_at": at,
                            "text": rng.choice(ADDENDA[language])})
    if rng.random() < (0.25 if a["status"] in MISSED else 0.04):
        about = a["id"] if rng.random() < 0.9 else None
        reflections.append({"id": len(reflections) + 1, "client_id": a["client_id"],
                            "appointment_id": about, "written_at": written,
                            "text": rng.choice(REFLECTIONS[language])})


def _russian(name: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in name)


def add_demo_notes(vault: Vault, *, seed: int = 1, now: datetime) -> DemoNotes:
    """Write the demo's notes into a demo practice filled without them (for measuring what
    notes add to a practice). `now` is the demo's: the middle of its `today`."""
    with vault.unit_of_work() as session:
        if session.scalar(select(func.count()).select_from(SessionNote)):
            raise Refused("This practice already has notes.")
        practice = session.get(Practice, 1)
        if practice is None:
            raise Refused("This vault has no practice to fill.")
        zone = ZoneInfo(practice.timezone)
        languages = {client_id: Language.RUSSIAN if _russian(name) else Language.ENGLISH
                     for client_id, name in session.execute(select(Client.id, Client.full_name))}
        rows = [row._asdict() for row in session.execute(
            select(Appointment.id, Appointment.client_id, Appointment.starts_at,
                   Appointment.length_minutes, Appointment.status)
            .where(Appointment.starts_at < now).order_by(Appointment.starts_at, Appointment.id))]
        written = write_demo_notes(session, seed, languages, rows, now,
                                   now.astimezone(zone).date(), zone)
        append_events(session.connection(), vault.actor,
                      [Change("demo", "session_note", "all", {}, {"seed": seed, **vars(written)})])
        return written
