"""A small book for the notes' tests: clients with sessions, and notes written in them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.enums import Language, NoteFormat
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.notes.session_notes import NoteDraft, SavedDraft, save_draft
from services.vault.practice_vault import Vault

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def client_with_sessions(vault: Vault, name: str, count: int = 3,
                         first: datetime = MONDAY) -> tuple[int, list[int]]:
    """A client with `count` weekly sessions from `first`: (client id, session ids)."""
    client_id = create_client(vault, ClientDraft(full_name=name))
    sessions = [book(vault, client_id, first + timedelta(weeks=n), allow_conflicts=True)[0]
                for n in range(count)]
    return client_id, sessions


def soap(appointment_id: int, subjective: str = "", plan: str = "",
         language: Language = Language.ENGLISH) -> NoteDraft:
    return NoteDraft(appointment_id, NoteFormat.SOAP, language,
                     (("subjective", subjective), ("plan", plan)))


def write(vault: Vault, appointment_id: int, text: str,
          language: Language = Language.ENGLISH, at: datetime | None = None) -> SavedDraft:
    """A free-text draft of the session's note."""
    return save_draft(vault, NoteDraft(appointment_id, NoteFormat.FREE, language,
                                       (("note", text),)), at=at)
