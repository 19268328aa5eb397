"""Writing a session's note: drafts saved as the therapist types, signing, dated addenda.

Each is one small unit of work, committed before it returns (the database is in WAL mode with
full sync), so a draft saved is a draft kept, even if the process is killed a moment later.
The window debounces the typing and saves on its database worker, never on a keystroke.

A signed note is fixed: `save_draft` refuses it, and a change is an addendum below it, dated,
never edited. The audit trail records a note's creation and its signing (with the SHA-256 of
the text signed) and every addendum; not each draft save (models/note.py says why).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, NoteAddendum, SessionNote
from models.audit import Change, append_events
from models.enums import Language, NoteFormat
from services import validation
from services.errors import InvalidValue, NotFound, Refused
from services.notes.note_formats import FormatChoice, format_in
from services.notes.note_reading import Addendum, Note, note_in
from services.vault.practice_vault import Vault

SECTION_LIMIT = 50_000
ADDENDUM_LIMIT = 20_000
SIGNED = ("This note was signed on {date}, so it cannot be changed. Add an addendum below it "
          "instead.")


@dataclass(frozen=True)
class NoteDraft:
    """What the editor holds for a session's note: its format and the text under each
    heading, by the heading's key (`FormatChoice.sections`). Headings left out are empty."""

    appointment_id: int
    format: NoteFormat
    language: Language
    texts: tuple[tuple[str, str], ...]  # (section key, text)
    template_id: int | None = None


@dataclass(frozen=True)
class SavedDraft:
    """A draft as kept: `created` the first time, `changed` False when nothing was new."""

    note_id: int
    updated_at: datetime
    created: bool = False
    changed: bool = True


def _instant(at: datetime | None, field: str) -> datetime:
    if at is None:
        return datetime.now(UTC)
    if at.tzinfo is None:
        raise InvalidValue("A moment needs a time zone.", field=field)
    validation.day(at, field)
    return at.astimezone(UTC)


def _body(choice: FormatChoice, texts: Sequence[tuple[str, str]]) -> str:
    """The note's sections as stored: every heading of the format in order, with its text."""
    known = {section.key for section in choice.sections}
    given: dict[str, str] = {}
    for key, text in texts:
        if key not in known:
            raise InvalidValue("{key} is not a heading of this format.", field="sections",
                               key=key)
        given[key] = validation.text(text.replace("\r\n", "\n"), f"sections.{key}",
                                     limit=SECTION_LIMIT)
    sections = [{"key": s.key, "heading": s.heading, "text": given.get(s.key, "")}
                for s in choice.sections]
    return json.dumps(sections, ensure_ascii=False, separators=(",", ":"))


def body_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _audit(session: Session, action: str, note_id: int, before: dict[str, Any],
           after: dict[str, Any]) -> None:
    append_events(session.connection(), str(session.info.get("actor", "unknown")),
                  [Change(action, "session_note", str(note_id), before, after)])


def save_draft(vault: Vault, draft: NoteDraft, at: datetime | None = None) -> SavedDraft:
    """Keep the draft of a session's note, creating the note the first time.

    Refused when the note is signed. Saving the same text again writes nothing. `at` (for
    tests) is the moment of the save; now by default."""
    at = _instant(at, "at")
    with vault.unit_of_work() as session:
        return _save_draft_in(session, draft, at)


def _save_draft_in(session: Session, draft: NoteDraft, at: datetime) -> SavedDraft:
    note = session.scalar(select(SessionNote)
                          .where(SessionNote.appointment_id == draft.appointment_id))
    choice = format_in(session, draft.format, draft.template_id, draft.language)
    body = _body(choice, draft.texts)
    if note is None:
        return _first_draft(session, draft, choice, body, at)
    if note.signed_at is not None:
        raise Refused(SIGNED, field="sections", date=note.signed_at.date().isoformat())
    if (note.body, note.format, note.template_id, note.language) == (
            body, choice.format, choice.template_id, draft.language):
        return SavedDraft(note.id, note.updated_at, changed=False)
    note.body, note.format, note.template_id = body, choice.format, choice.template_id
    note.language, note.updated_at = Language(draft.language), at
    return SavedDraft(note.id, at)


def _first_draft(session: Session, draft: NoteDraft, choice: FormatChoice, body: str,
                 at: datetime) -> SavedDraft:
    appointment = session.get(Appointment, draft.appointment_id)
    if appointment is None:
        raise NotFound("There is no session number {id}.", id=draft.appointment_id)
    note = SessionNote(appointment_id=appointment.id, client_id=appointment.client_id,
                       format=choice.format, template_id=choice.template_id,
                       language=Language(draft.language), created_at=at, updated_at=at,
                       body=body)
    session.add(note)
    session.flush()
    _audit(session, "create", note.id, {}, {
        "appointment_id": note.appointment_id, "client_id": note.client_id,
        "format": note.format, "template_id": note.template_id, "language": note.language,
        "created_at": at})
    return SavedDraft(note.id, at, created=True)


def _note(session: Session, note_id: int) -> SessionNote:
    note = session.get(SessionNote, note_id)
    if note is None:
        raise NotFound("There is no note number {id}.", id=note_id)
    return note


def sign(vault: Vault, note_id: int, at: datetime | None = None) -> Note:
    """Sign the note at `at` (now by default): from then on it is fixed, and only addenda
    are added. Refused when it is already signed or has nothing written in it."""
    at = _instant(at, "at")
    with vault.unit_of_work() as session:
        return _sign_in(session, _note(session, note_id), at)


def save_and_sign(vault: Vault, draft: NoteDraft, at: datetime | None = None) -> Note:
    """The editor's Sign: the draft as last typed saved and signed together, or neither
    (an empty note is not signed, and no empty draft is left behind)."""
    at = _instant(at, "at")
    with vault.unit_of_work() as session:
        saved = _save_draft_in(session, draft, at)
        return _sign_in(session, _note(session, saved.note_id), at)


def _sign_in(session: Session, note: SessionNote, at: datetime) -> Note:
    if note.signed_at is not None:
        raise Refused("This note was already signed on {date}.",
                      date=note.signed_at.date().isoformat())
    if not any(s["text"].strip() for s in json.loads(note.body)):
        raise Refused("There is nothing written in this note to sign.", field="sections")
    note.signed_at = at
    session.flush()
    _audit(session, "sign", note.id, {"signed_at": None}, {
        "signed_at": at, "format": note.format, "template_id": note.template_id,
        "language": note.language, "body_sha256": body_sha256(note.body)})
    return note_in(session, note)


def add_addendum(vault: Vault, note_id: int, text: str, at: datetime | None = None) -> Addendum:
    """Add a dated addendum below a signed note (audited). Refused before signing: until
    then the draft itself is edited. `at` is when it is written: now by default, never before
    the signature."""
    at = _instant(at, "at")
    text = validation.text(text.replace("\r\n", "\n"), "text", limit=ADDENDUM_LIMIT).strip()
    if not text:
        raise InvalidValue("An addendum needs some text.", field="text")
    with vault.unit_of_work() as session:
        note = _note(session, note_id)
        if note.signed_at is None:
            raise Refused("An addendum is added to a signed note. This note is still a draft: "
                          "change the draft itself.")
        if at < note.signed_at:
            raise InvalidValue("An addendum is dated after the note was signed.", field="at")
        addendum = NoteAddendum(note_id=note.id, written_at=at, text=text)
        session.add(addendum)
        session.flush()
        return Addendum(addendum.id, note.id, at, text)


def discard_draft(vault: Vault, note_id: int) -> None:
    """Throw away a draft begun for the wrong session (audited, with the SHA-256 of what it
    held). A signed note is never discarded."""
    with vault.unit_of_work() as session:
        note = _note(session, note_id)
        if note.signed_at is not None:
            raise Refused(SIGNED, date=note.signed_at.date().isoformat())
        _audit(session, "delete", note.id, {
            "appointment_id": note.appointment_id, "client_id": note.client_id,
            "format": note.format, "body_sha256": body_sha256(note.body)}, {})
        session.delete(note)
