"""People waiting for a regular time with the therapist, and the times that suit them."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, text_enum
from models.enums import Modality, WaitingStatus


class WaitingPerson(Base):
    """Someone who asked for a regular time, not yet a client.

    The row stays when they are booked (`client_id` is the client they became) or removed
    (`status_reason` says why), with `status_changed_at` the moment either happened.
    """

    __tablename__ = "waiting_person"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # None: any way of meeting suits them.
    modality: Mapped[Modality | None] = mapped_column(text_enum(Modality))
    any_time: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    waiting_since: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[WaitingStatus] = mapped_column(
        text_enum(WaitingStatus), default=WaitingStatus.WAITING, index=True)
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    times: Mapped[list[WaitingTime]] = relationship(
        back_populates="person", cascade="all, delete-orphan",
        order_by=lambda: [WaitingTime.weekday, WaitingTime.local_from])


class WaitingTime(Base):
    """A weekday and the hours of it that suit a waiting person, in local wall-clock time."""

    __tablename__ = "waiting_time"
    __audited__ = True
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday"),
        CheckConstraint("local_from < local_to", name="hours_in_order"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("waiting_person.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # ISO: Monday 1 ... Sunday 7
    local_from: Mapped[time] = mapped_column(Time)
    local_to: Mapped[time] = mapped_column(Time)

    person: Mapped[WaitingPerson] = relationship(back_populates="times")
