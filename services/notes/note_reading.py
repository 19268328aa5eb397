"""Reading notes: a session's note with its addenda, a client's sessions with their notes
(newest first), and the notes still to finish. Plain frozen values, never ORM objects.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Appointment, Client, NoteAddendum, Reflection, SessionNote
from models.enums import AppointmentStatus, Language, Modality, NoteFormat
from services.errors import NotFound
from services.practice.practice_row import practice_of
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault

TIMELINE = 50


@dataclass(frozen=True)
class NoteSection:
    """One heading of a note and what is written under it."""

    key: str
    heading: str
    text: str


@dataclass(frozen=True)
class Addendum:
    id: int
    note_id: int
    written_at: datetime
    text: str


@dataclass(frozen=True)
class Note:
    """A session's note: a draft until `signed_at`, then fixed, with its addenda oldest
    first."""

    id: int
    appointment_id: int
    client_id: int
    format: NoteFormat
    language: Language
    sections: tuple[NoteSection, ...]
    created_at: datetime
    updated_at: datetime
    signed_at: datetime | None = None
    template_id: int | None = None
    addenda: tuple[Addendum, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def is_empty(self) -> bool:
        return not any(section.text.strip() for section in self.sections)


@dataclass(frozen=True)
class SessionWithNote:
    """A session in the client's timeline, with its note (None: none written yet) and how
    many private reflections are about it (their words are read apart)."""

    appointment_id: int
    starts_at: datetime
    length_minutes: int
    modality: Modality
    status: AppointmentStatus
    note: Note | None = None
    reflections: int = 0


@dataclass(frozen=True)
class NoteToFinish:
    """A note still a draft: its session, and the days since the session's day. `overdue`
    once more days have passed than the practice allows (a problem when closing a day)."""

    note_id: int
    appointment_id: int
    client_id: int
    client_name: str
    starts_at: datetime
    days: int
    overdue: bool


def sections_of(body: str) -> tuple[NoteSection, ...]:
    return tuple(NoteSection(s["key"], s["heading"], s["text"]) for s in json.loads(body))


def _note(note: SessionNote, addenda: Sequence[NoteAddendum] = ()) -> Note:
    return Note(note.id, note.appointment_id, note.client_id, NoteFormat(note.format),
                Language(note.language), sections_of(note.body), note.created_at,
                note.updated_at, note.signed_at, note.template_id,
                tuple(Addendum(a.id, a.note_id, a.written_at, a.text) for a in addenda))


def _addenda_of(session: Session, note_ids: Sequence[int]) -> dict[int, list[NoteAddendum]]:
    found: dict[int, list[NoteAddendum]] = defaultdict(list)
    if note_ids:
        for addendum in session.scalars(
                select(NoteAddendum).where(NoteAddendum.note_id.in_(note_ids))
                .order_by(NoteAddendum.written_at, NoteAddendum.id)):
            found[addendum.note_id].append(addendum)
    return found


def note_in(session: Session, note: SessionNote) -> Note:
    """A note row as a plain value, with its addenda."""
    return _note(note, _addenda_of(session, [note.id])[note.id])


def note_of_session(vault: Vault, appointment_id: int) -> Note | None:
    """The session's note with its addenda; None when none is written yet."""
    with vault.unit_of_work() as session:
        note = session.scalar(select(SessionNote)
                              .where(SessionNote.appointment_id == appointment_id))
        return None if note is None else note_in(session, note)


def read_note(vault: Vault, note_id: int) -> Note:
    with vault.unit_of_work() as session:
        note = session.get(SessionNote, note_id)
        if note is None:
            raise NotFound("There is no note number {id}.", id=note_id)
        return note_in(session, note)


def notes_of_sessions(session: Session,
                      appointment_ids: Sequence[int]) -> dict[int, Note]:
    """The notes of these sessions, by session, each with its addenda."""
    if not appointment_ids:
        return {}
    notes = list(session.scalars(select(SessionNote)
                                 .where(SessionNote.appointment_id.in_(appointment_ids))))
    addenda = _addenda_of(session, [n.id for n in notes])
    return {n.appointment_id: _note(n, addenda[n.id]) for n in notes}


def sessions_with_notes(vault: Vault, appointment_ids: Sequence[int]) -> frozenset[int]:
    """Which of these sessions have a note begun (the calendar's menu says "Open note…")."""
    if not appointment_ids:
        return frozenset()
    with vault.unit_of_work() as session:
        return frozenset(session.scalars(
            select(SessionNote.appointment_id)
            .where(SessionNote.appointment_id.in_(appointment_ids))))


def client_timeline(vault: Vault, client_id: int, *, before: datetime | None = None,
                    limit: int = TIMELINE) -> tuple[SessionWithNote, ...]:
    """The client's sessions that began before `before` (default now), newest first, with
    their notes: the newest `limit` of them; ask again with the last one's start for more."""
    before = before or datetime.now(UTC)
    with vault.unit_of_work() as session:
        if session.get(Client, client_id) is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        rows = list(session.execute(
            select(Appointment.id, Appointment.starts_at, Appointment.length_minutes,
                   Appointment.modality, Appointment.status)
            .where(Appointment.client_id == client_id, Appointment.starts_at < before)
            .order_by(Appointment.starts_at.desc(), Appointment.id.desc()).limit(limit)))
        ids = [row.id for row in rows]
        notes = notes_of_sessions(session, ids)
        reflections: dict[int | None, int] = {
            about: count for about, count in session.execute(
                select(Reflection.appointment_id, func.count())
                .where(Reflection.appointment_id.in_(ids)).group_by(Reflection.appointment_id))
        } if ids else {}
    return tuple(SessionWithNote(row.id, row.starts_at, row.length_minutes, row.modality,
                                 row.status, notes.get(row.id), reflections.get(row.id, 0))
                 for row in rows)


def notes_to_finish_in(session: Session, today: date) -> list[NoteToFinish]:
    """`notes_to_finish` inside the caller's unit of work."""
    practice = practice_of(session)
    zone = ZoneInfo(practice.timezone)
    allowed = practice.unsigned_note_days
    tomorrow = to_utc(today + timedelta(days=1), time(0), zone)
    rows = session.execute(
        select(SessionNote.id, SessionNote.appointment_id, SessionNote.client_id,
               Appointment.starts_at, Client.full_name)
        .join(Appointment, Appointment.id == SessionNote.appointment_id)
        .join(Client, Client.id == SessionNote.client_id)
        # Found through the unsigned notes' own index (a few rows), not the sessions' times
        # (every session of ten years): coalesce keeps SQLite off the sessions' index.
        .where(SessionNote.signed_at.is_(None),
               func.coalesce(Appointment.starts_at, None) < tomorrow)
        .order_by(Appointment.starts_at, SessionNote.id))
    found = []
    for note_id, appointment_id, client_id, starts_at, name in rows:
        days = (today - starts_at.astimezone(zone).date()).days
        found.append(NoteToFinish(note_id, appointment_id, client_id, name,
                                  starts_at.astimezone(zone), days, days > allowed))
    return found


def notes_to_finish(vault: Vault, today: date) -> tuple[NoteToFinish, ...]:
    """Every note still a draft whose session began by the end of `today` (the practice's
    day), oldest first; those unsigned for more days than the practice allows are `overdue`.
    A session with no note begun is not listed: there is nothing to finish."""
    with vault.unit_of_work() as session:
        return tuple(notes_to_finish_in(session, today))
