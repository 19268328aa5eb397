"""Letters made for a client, kept whole so they can be opened again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from models.base import Base, UtcDateTime, text_enum
from models.enums import Language, LetterKind


class Letter(Base):
    __tablename__ = "letter"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[LetterKind] = mapped_column(text_enum(LetterKind))
    language: Mapped[Language] = mapped_column(text_enum(Language))
    made_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sha256: Mapped[str] = mapped_column(String(64))
    edited_text: Mapped[str] = mapped_column(Text, default="")
    # What a money paper is of, for the list to name it (an invoice's number, a statement's
    # period) and, for a receipt, the payment or refund it acknowledges (schema 0010).
    reference: Mapped[str] = mapped_column(String(100), default="")
    ledger_entry_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary))
