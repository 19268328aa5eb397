"""Private reflections: the therapist's own process notes, kept apart from the client's record.

A reflection is read only here, on its own: it is never part of a session's note, a letter,
the client's record or the default export, and whatever shows one marks it as private. It may
be about one session or about the work with the client as a whole. The guided dialogs'
reflection steps write one inside their own unit of work (`add_reflection_in`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client, Reflection
from services import validation
from services.errors import InvalidValue, NotFound
from services.vault.practice_vault import Vault

LIMIT = 20_000


@dataclass(frozen=True)
class ReflectionDraft:
    client_id: int
    text: str
    appointment_id: int | None = None


@dataclass(frozen=True)
class PrivateReflection:
    """A reflection as read back; `private` is always True, for whatever shows it."""

    id: int
    client_id: int
    appointment_id: int | None
    written_at: datetime
    text: str
    private: bool = True


def add_reflection_in(session: Session, draft: ReflectionDraft,
                      at: datetime | None = None) -> PrivateReflection:
    """`add_reflection` inside the caller's unit of work."""
    text = validation.text(draft.text.replace("\r\n", "\n"), "reflection", limit=LIMIT).strip()
    if not text:
        raise InvalidValue("A reflection needs some text.", field="reflection")
    if at is not None and at.tzinfo is None:
        raise InvalidValue("A moment needs a time zone.", field="at")
    at = (at or datetime.now(UTC)).astimezone(UTC)
    if session.get(Client, draft.client_id) is None:
        raise NotFound("There is no client number {id}.", id=draft.client_id)
    if draft.appointment_id is not None:
        appointment = session.get(Appointment, draft.appointment_id)
        if appointment is None or appointment.client_id != draft.client_id:
            raise NotFound("There is no session number {id} for this client.",
                           id=draft.appointment_id)
    reflection = Reflection(client_id=draft.client_id, appointment_id=draft.appointment_id,
                            written_at=at, text=text)
    session.add(reflection)
    session.flush()
    return _private(reflection)


def add_reflection(vault: Vault, draft: ReflectionDraft,
                   at: datetime | None = None) -> PrivateReflection:
    """Keep a private reflection about a client, or one of their sessions."""
    with vault.unit_of_work() as session:
        return add_reflection_in(session, draft, at)


def _private(reflection: Reflection) -> PrivateReflection:
    return PrivateReflection(reflection.id, reflection.client_id, reflection.appointment_id,
                             reflection.written_at, reflection.text)


def reflections_of(vault: Vault, client_id: int, *,
                   appointment_id: int | None = None) -> tuple[PrivateReflection, ...]:
    """The client's reflections, newest first; only those about one session when asked."""
    statement = select(Reflection).where(Reflection.client_id == client_id)
    if appointment_id is not None:
        statement = statement.where(Reflection.appointment_id == appointment_id)
    with vault.unit_of_work() as session:
        return tuple(_private(r) for r in session.scalars(
            statement.order_by(Reflection.written_at.desc(), Reflection.id.desc())))
