"""What an event of an imported calendar became, so importing the calendar again adds only
what is new."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime


class EventOrigin(Base):
    """An imported event (its UID and, for one occurrence of a repeat, its recurrence id) and
    what it became: a session (with its series), a block, or nothing (skipped).

    The event as it was when imported (start, end, title, status) is kept beside it, so a
    newer export of the same calendar shows what moved, was renamed or was cancelled since.
    A session or block deleted later leaves its origin, so the event is not brought back.
    """

    __tablename__ = "imported_event"
    __table_args__ = (UniqueConstraint("uid", "recurrence_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(Text)
    recurrence_id: Mapped[str] = mapped_column(String(32), default="")
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("appointment.id", ondelete="SET NULL"), index=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    block_id: Mapped[int | None] = mapped_column(
        ForeignKey("block.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(16))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime)
