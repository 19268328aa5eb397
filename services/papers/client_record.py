"""A client's record, for a records request or a transfer: what it holds, read in one unit of
work into plain values (rendered by `services.papers.client_record_layout`, on any thread).

The record holds the client's details, their sessions in the chosen days (oldest first, with
each one's status, its note under its headings and the addenda below it) and the letters sent
to them in those days. Private reflections are never read here: they are not part of the
record. A note still a draft is printed marked as one, so it is seen to be unfinished.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models import Appointment, Letter
from models.enums import ClientStatus, Language, LetterKind, PaperSize
from services import validation
from services.clients.client_records import PhoneNumber, client_details
from services.errors import InvalidValue
from services.notes.note_reading import SessionWithNote, notes_of_sessions
from services.papers.letterhead import Letterhead
from services.practice.practice_settings import read_settings
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class RecordDetails:
    full_name: str
    preferred_name: str
    email: str
    address: str
    numbers: tuple[PhoneNumber, ...]
    status: ClientStatus
    started_on: date | None
    ended_on: date | None


@dataclass(frozen=True)
class RecordLetter:
    kind: LetterKind
    made_at: datetime
    language: Language


@dataclass(frozen=True)
class ClientRecord:
    """Everything the record prints. `first` and `last` are the days asked for (None: from
    the first session, or up to the day it is made)."""

    client_id: int
    details: RecordDetails
    sessions: tuple[SessionWithNote, ...]  # in the practice's time; no reflections
    letters: tuple[RecordLetter, ...]
    language: Language
    made_on: date
    first: date | None
    last: date
    letterhead: Letterhead
    paper: PaperSize
    timezone: str = "UTC"  # the practice's: every time is printed in it


def read_client_record(vault: Vault, client_id: int, *, first: date | None = None,
                       last: date | None = None, language: Language | None = None,
                       now: datetime | None = None) -> ClientRecord:
    """The client's record for the days from `first` to `last` (both included; by default
    everything up to today), in `language` (the practice's by default). Only sessions that
    have begun by `now` are in it: a record tells what happened."""
    settings = read_settings(vault)
    zone = ZoneInfo(settings.timezone)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    today = now.astimezone(zone).date()
    last = last or today
    for day, field in ((first, "from"), (last, "to")):
        if day is not None:
            validation.day(day, field)
    if first is not None and first > last:
        raise InvalidValue("The record's first day is after its last.", field="from")
    start = to_utc(first, time(0), zone) if first is not None else None
    end = min(to_utc(last + timedelta(days=1), time(0), zone), now)
    with vault.unit_of_work() as session:
        found = client_details(session, client_id)
        statement = (select(Appointment.id, Appointment.starts_at, Appointment.length_minutes,
                            Appointment.modality, Appointment.status)
                     .where(Appointment.client_id == client_id, Appointment.starts_at < end)
                     .order_by(Appointment.starts_at, Appointment.id))
        letters = (select(Letter.kind, Letter.made_at, Letter.language)
                   .where(Letter.client_id == client_id, Letter.made_at < end)
                   .order_by(Letter.made_at, Letter.id))
        if start is not None:
            statement = statement.where(Appointment.starts_at >= start)
            letters = letters.where(Letter.made_at >= start)
        rows = list(session.execute(statement))
        notes = notes_of_sessions(session, [row.id for row in rows])
        sent = [RecordLetter(kind, made_at.astimezone(zone), language)
                for kind, made_at, language in session.execute(letters)]
    draft = found.draft
    details = RecordDetails(draft.full_name, draft.preferred_name, draft.email, draft.address,
                            draft.numbers, draft.status, draft.started_on, draft.ended_on)
    sessions = tuple(SessionWithNote(row.id, row.starts_at.astimezone(zone),
                                     row.length_minutes, row.modality, row.status,
                                     notes.get(row.id))
                     for row in rows)
    return ClientRecord(client_id, details, sessions, tuple(sent),
                        Language(language or settings.language), today, first, last,
                        Letterhead.of_practice(settings), settings.paper_size, settings.timezone)
