"""A reconciled day: its totals, and whether it has been reopened since."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime


class DayClose(Base):
    __tablename__ = "day_close"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    totals: Mapped[dict[str, int]] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    reopened_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
