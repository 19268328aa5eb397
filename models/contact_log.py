"""Every call, voicemail, text, email or letter, and the follow-up it leaves."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime, text_enum
from models.enums import ContactChannel, ContactOutcome


class ContactLogEntry(Base):
    __tablename__ = "contact_log_entry"
    __audited__ = True
    __table_args__ = (Index("ix_contact_log_entry_client_at", "client_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    channel: Mapped[ContactChannel] = mapped_column(text_enum(ContactChannel))
    # Why, as a code (services/clients/contact_reasons.py), shown in the reader's language;
    # `reason` holds words a person typed, or old words no code was found for.
    reason_code: Mapped[str | None] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[ContactOutcome] = mapped_column(text_enum(ContactOutcome))
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
