"""Private reflections: the therapist's own process notes about a client, kept apart.

A reflection is not part of the client's record: it never goes into a letter, the client's
record or the default export. It may be about one session (`appointment_id`), as the guided
dialogs' reflection steps write it, or about the work as a whole.

It is audited like every clinical row, but its text goes into the audit trail only as a
SHA-256 (`__audit_digest__`): the trail is exported with the rest of the book, and the
reflection's words must not leave with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime


class Reflection(Base):
    __tablename__ = "reflection"
    __audited__ = True
    __audit_digest__ = frozenset({"text"})
    __private__ = True  # left out of the export unless asked for (services/vault/export.py)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
    text: Mapped[str] = mapped_column(Text)
