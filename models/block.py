"""Time the therapist keeps from clients: admin, supervision, training, a holiday, lunch."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Date, Integer, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime, text_enum
from models.enums import BlockKind, Repeat


class Block(Base):
    """A block of time, once or repeating, kept as its rule in local wall-clock time.

    Like a series, the rule is local, so lunch at 12:30 stays at 12:30 across a clock change.
    A block of hours has `local_start` and `local_end` on its one day; a block of whole days
    (a holiday) has neither and runs from `first_day` to `last_day`. A repeating block repeats
    the whole span every week or fortnight until `repeat_until` (or for good).
    """

    __tablename__ = "block"
    __audited__ = True
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="days_in_order"),
        CheckConstraint("(local_start IS NULL) = (local_end IS NULL)", name="hours_paired"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[BlockKind] = mapped_column(text_enum(BlockKind))
    note: Mapped[str] = mapped_column(Text, default="")
    first_day: Mapped[date] = mapped_column(Date, index=True)
    last_day: Mapped[date] = mapped_column(Date)
    local_start: Mapped[time | None] = mapped_column(Time)
    local_end: Mapped[time | None] = mapped_column(Time)
    repeat: Mapped[Repeat | None] = mapped_column(text_enum(Repeat))
    repeat_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    @property
    def whole_days(self) -> bool:
        return self.local_start is None
