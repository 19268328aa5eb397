"""The record of every time the practice reached out to a client, and what came of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Client, ContactLogEntry
from models.enums import ContactChannel, ContactOutcome, Language
from services import validation
from services.clients.contact_reasons import is_reason_code, reason_words
from services.errors import NotFound
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class Contact:
    id: int
    at: datetime
    channel: ContactChannel
    reason: str  # words a person typed, or old words with no code
    outcome: ContactOutcome
    note: str
    follow_up_on: date | None
    appointment_id: int | None
    reason_code: str | None = None  # services/clients/contact_reasons.py

    def reason_in(self, language: Language) -> str:
        """Why, in `language` (the words kept, where there is no code)."""
        return reason_words(self.reason_code, self.reason, language)


def log_contact(
    vault: Vault,
    client_id: int,
    channel: ContactChannel,
    outcome: ContactOutcome,
    *,
    reason: str = "",
    note: str = "",
    follow_up_on: date | None = None,
    appointment_id: int | None = None,
    at: datetime | None = None,
) -> int:
    """Record a call, message or letter and its outcome; returns the entry's id.

    `reason` is a code from `contact_reasons.reason_code`, or words a person typed."""
    with vault.unit_of_work() as session:
        return log_contact_in(session, client_id, channel, outcome, reason=reason, note=note,
                              follow_up_on=follow_up_on, appointment_id=appointment_id, at=at)


def log_contact_in(
    session: Session,
    client_id: int,
    channel: ContactChannel,
    outcome: ContactOutcome,
    *,
    reason: str = "",
    note: str = "",
    follow_up_on: date | None = None,
    appointment_id: int | None = None,
    at: datetime | None = None,
) -> int:
    """`log_contact` inside the caller's unit of work."""
    if session.get(Client, client_id) is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    if follow_up_on is not None:
        validation.day(follow_up_on, "follow_up_on")
    coded = is_reason_code(reason)
    entry = ContactLogEntry(
        client_id=client_id, appointment_id=appointment_id,
        at=(at or datetime.now(UTC)).astimezone(UTC), channel=channel, outcome=outcome,
        reason_code=reason if coded else None,
        reason="" if coded else validation.text(reason, "reason", multiline=False, limit=200),
        note=validation.text(note, "note", limit=5000), follow_up_on=follow_up_on,
    )
    session.add(entry)
    session.flush()
    return entry.id


def contacts_of(session: Session, client_id: int, limit: int = 50) -> list[Contact]:
    """The newest contacts first."""
    entries = session.scalars(
        select(ContactLogEntry).where(ContactLogEntry.client_id == client_id)
        .order_by(ContactLogEntry.at.desc()).limit(limit)
    )
    return [Contact(e.id, e.at, e.channel, e.reason, e.outcome, e.note, e.follow_up_on,
                    e.appointment_id, e.reason_code) for e in entries]
