"""Session notes: the note of each session, its dated addenda, and the practice's own formats.

A note is a draft while the therapist writes it (saved as they type) and fixed once signed:
after that it only gains addenda, each dated and never edited, as clinical records are kept.
The database itself refuses to change or delete a signed note or an addendum (triggers made by
the migration), whatever code tries.

Audit: addenda and templates are audited by the flush hook like every clinical row. A note is
not: its draft is saved every few seconds while the therapist types, and an event per save
would fill the trail with copies of half-written text. The notes service writes its events
itself instead: one when a note is first created, one when it is signed (with the SHA-256 of
the text signed, so the fixed text can be checked against the trail).

The body is JSON: a list of sections in order, each `{"key", "heading", "text"}`, so a note
keeps the headings it was written under even if its template changes later. The small columns
come first, so a scan over notes (the unsigned ones) never reads the text's overflow pages.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime, text_enum
from models.enums import Language, NoteFormat


class NoteTemplate(Base):
    """A format of the practice's own: a name and headings, each with a prompt.

    `sections` is JSON: a list of `{"heading", "prompt"}`. A template in use is retired, never
    deleted, so the notes written in it keep their link.
    """

    __tablename__ = "note_template"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[Language] = mapped_column(text_enum(Language))
    sections: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SessionNote(Base):
    """The note of one session (a missed or cancelled one too): a draft until `signed_at`."""

    __tablename__ = "session_note"
    __audited__ = False  # audited by the notes service: at creation and at signing
    __table_args__ = (
        Index("ix_session_note_unsigned", "appointment_id",
              sqlite_where=text("signed_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointment.id"), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    format: Mapped[NoteFormat] = mapped_column(text_enum(NoteFormat))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("note_template.id"))
    language: Mapped[Language] = mapped_column(text_enum(Language))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    signed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    body: Mapped[str] = mapped_column(Text)


class NoteAddendum(Base):
    """A dated addition to a signed note: the only way a signed note changes."""

    __tablename__ = "note_addendum"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("session_note.id"), index=True)
    written_at: Mapped[datetime] = mapped_column(UtcDateTime)
    text: Mapped[str] = mapped_column(Text)
