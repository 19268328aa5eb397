"""Searching everything written about clients as the therapist types: notes (drafts too),
addenda, charts and private reflections, in any case, accents and script.

One MATCH on the index (models/note_search.py) gives the texts that hold every word typed,
each word as a beginning; their rows give the words back, and each hit carries a snippet with
the found words as offsets (the window highlights them; nothing here is markup), the client,
and for a note the session, one click away. Of each kind the texts written last are taken,
then shown newest first: by the session's start for a note, by the day written for an
addendum or reflection; charts after them.

A search for one client is narrowed inside the index by the client's word, and every hit is
checked against the client again when its row is read: a client-scoped search never returns
another client's words.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session, aliased

from models import Appointment, Client, NoteAddendum, Reflection, SessionNote
from models.note_search import SEARCH_TABLE, Source, source_of
from services.notes.search_words import (
    SNIPPET,
    Snippet,
    found_spans,
    match_expression,
    query_words,
    snippet,
)
from services.vault.practice_vault import Vault

LIMIT = 50
FETCH = 500  # rowids read from the index at a time


class Writing(enum.StrEnum):
    """Where words were found; a reflection is private."""

    NOTE = "note"
    ADDENDUM = "addendum"
    REFLECTION = "reflection"
    CHART = "chart"


WRITING = {Source.NOTE: Writing.NOTE, Source.ADDENDUM: Writing.ADDENDUM,
           Source.REFLECTION: Writing.REFLECTION, Source.CHART: Writing.CHART}


@dataclass(frozen=True)
class SearchHit:
    """One text that holds the words searched for.

    `snippet` is one line around the first found word and `marks` the (start, end) offsets of
    the found words in it. `heading` is the note's section it is from. `appointment_id` and
    `starts_at` are the session it is about (a note or addendum always, a reflection perhaps),
    `note_id` the note (for an addendum, the note it is added to), `source_id` the row in its
    own table. `written_at` is when it was written (a chart has no date). A reflection is
    `private`: shown marked as such, and never printed in the client's record.
    """

    writing: Writing
    client_id: int
    client_name: str
    snippet: str
    marks: tuple[tuple[int, int], ...]
    source_id: int
    heading: str = ""
    appointment_id: int | None = None
    starts_at: datetime | None = None
    note_id: int | None = None
    written_at: datetime | None = None

    @property
    def private(self) -> bool:
        return self.writing == Writing.REFLECTION

    @property
    def when(self) -> datetime | None:
        """The moment the hit is ordered by: the session for a note, else when written."""
        return self.starts_at if self.writing == Writing.NOTE else self.written_at


def _matching_rowids(session: Session, expression: str, limit: int,
                     private: bool) -> dict[Source, list[int]]:
    """The newest `limit` row ids of each source whose text matches, newest first.

    The index is read newest rowid first: charts, reflections and addenda come before the
    notes (the largest source), so reading stops once enough notes are found."""
    found: dict[Source, list[int]] = {source: [] for source in Source}
    cursor = session.connection().exec_driver_sql(
        f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? ORDER BY rowid DESC",
        (expression,))
    try:
        while len(found[Source.NOTE]) < limit:
            rows = cursor.fetchmany(FETCH)
            if not rows:
                break
            for (rowid,) in rows:
                source, row_id = source_of(rowid)
                if len(found[source]) < limit and (private or source != Source.REFLECTION):
                    found[source].append(row_id)
    finally:
        cursor.close()
    return found


def _hit(writing: Writing, words: Sequence[str], parts: Iterable[tuple[str, str]],
         source_id: int, client_id: int, client_name: str, appointment_id: int | None = None,
         starts_at: datetime | None = None, note_id: int | None = None,
         written_at: datetime | None = None) -> SearchHit:
    """A hit, its snippet from the first part (heading, text) that holds a found word."""
    texts = list(parts)
    heading, found = (texts[0][0], snippet(texts[0][1], words, [])) if texts else ("",
                                                                                 Snippet(""))
    for part_heading, part in texts:
        spans = found_spans(part, words, SNIPPET)
        if spans:
            heading, found = part_heading, snippet(part, words, spans)
            break
    return SearchHit(writing, client_id, client_name, found.text, found.marks, source_id,
                     heading, appointment_id, starts_at, note_id, written_at)


def _sections(body: str) -> list[tuple[str, str]]:
    return [(section["heading"], section["text"]) for section in json.loads(body)]


def _notes(session: Session, ids: list[int], words: Sequence[str],
           client_id: int | None) -> list[SearchHit]:
    statement = (
        select(SessionNote.id, SessionNote.appointment_id, SessionNote.client_id,
               SessionNote.body, SessionNote.updated_at, Appointment.starts_at,
               Client.full_name)
        .join(Appointment, Appointment.id == SessionNote.appointment_id)
        .join(Client, Client.id == SessionNote.client_id)
        .where(SessionNote.id.in_(ids)))
    if client_id is not None:
        statement = statement.where(SessionNote.client_id == client_id)
    return [_hit(Writing.NOTE, words, _sections(body), note, owner, name, session_id, starts,
                 note, updated)
            for note, session_id, owner, body, updated, starts, name in session.execute(statement)]


def _addenda(session: Session, ids: list[int], words: Sequence[str],
             client_id: int | None) -> list[SearchHit]:
    statement = (
        select(NoteAddendum.id, NoteAddendum.note_id, NoteAddendum.written_at,
               NoteAddendum.text, SessionNote.appointment_id, SessionNote.client_id,
               Appointment.starts_at, Client.full_name)
        .join(SessionNote, SessionNote.id == NoteAddendum.note_id)
        .join(Appointment, Appointment.id == SessionNote.appointment_id)
        .join(Client, Client.id == SessionNote.client_id)
        .where(NoteAddendum.id.in_(ids)))
    if client_id is not None:
        statement = statement.where(SessionNote.client_id == client_id)
    return [_hit(Writing.ADDENDUM, words, [("", body)], addendum, owner, name, session_id,
                 starts, note, written)
            for addendum, note, written, body, session_id, owner, starts, name
            in session.execute(statement)]


def _reflections(session: Session, ids: list[int], words: Sequence[str],
                 client_id: int | None) -> list[SearchHit]:
    about = aliased(Appointment)
    statement = (
        select(Reflection.id, Reflection.client_id, Reflection.appointment_id,
               Reflection.written_at, Reflection.text, about.starts_at, Client.full_name)
        .join(Client, Client.id == Reflection.client_id)
        .outerjoin(about, about.id == Reflection.appointment_id)
        .where(Reflection.id.in_(ids)))
    if client_id is not None:
        statement = statement.where(Reflection.client_id == client_id)
    return [_hit(Writing.REFLECTION, words, [("", body)], reflection, owner, name, session_id,
                 starts, None, written)
            for reflection, owner, session_id, written, body, starts, name
            in session.execute(statement)]


def _charts(session: Session, ids: list[int], words: Sequence[str],
            client_id: int | None) -> list[SearchHit]:
    statement = select(Client.id, Client.chart_notes, Client.full_name).where(
        Client.id.in_(ids))
    if client_id is not None:
        statement = statement.where(Client.id == client_id)
    return [_hit(Writing.CHART, words, [("", chart)], owner, owner, name)
            for owner, chart, name in session.execute(statement)]


READERS = {Source.NOTE: _notes, Source.ADDENDUM: _addenda, Source.REFLECTION: _reflections,
           Source.CHART: _charts}
EARLIEST = datetime.min.replace(tzinfo=UTC)


def search(vault: Vault, typed: str, client_id: int | None = None, limit: int = LIMIT, *,
           include_private: bool = True) -> tuple[SearchHit, ...]:
    """Texts holding every word typed (each as a beginning, from two letters), for one
    client or all; without private reflections when not asked for.

    Of each kind (notes, addenda, reflections, charts) the `limit` written last are read, and
    of all of them the `limit` newest are returned, newest first (`SearchHit.when`).

    Nothing typed worth looking up (no word of two letters) finds nothing. Whatever is typed,
    quotes and FTS5 words included, is searched for as words: it never raises."""
    words = query_words(typed)
    if not words or limit < 1:
        return ()
    expression = match_expression(words, client_id)
    with vault.unit_of_work() as session:
        found = _matching_rowids(session, expression, limit, include_private)
        hits = [hit for source, ids in found.items() if ids
                for hit in READERS[source](session, ids, words, client_id)]
    hits.sort(key=lambda hit: (hit.when is not None, hit.when or EARLIEST, hit.source_id),
              reverse=True)
    return tuple(hits[:limit])


def index_size(vault: Vault) -> int:
    """How many texts the index holds: every note, addendum, reflection and chart written."""
    with vault.unit_of_work() as session:
        return int(session.execute(text(f"SELECT count(*) FROM {SEARCH_TABLE}_docsize"))
                   .scalar_one())
