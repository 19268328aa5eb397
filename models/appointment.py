"""Sessions in the calendar, and the weekly or fortnightly series they may belong to."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Text, Time, false
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime, text_enum
from models.enums import (
    AppointmentStatus,
    CancelledBy,
    Modality,
    NoShowReason,
    ReasonCategory,
    Repeat,
)


class Series(Base):
    """A repeating booking, kept as its rule in local wall-clock time.

    The rule is local so that a 10:00 session stays at 10:00 across a daylight-saving change.
    """

    __tablename__ = "series"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    repeat: Mapped[Repeat] = mapped_column(text_enum(Repeat))
    first_day: Mapped[date] = mapped_column(Date)
    local_start: Mapped[time] = mapped_column(Time)
    length_minutes: Mapped[int] = mapped_column(Integer)
    modality: Mapped[Modality] = mapped_column(text_enum(Modality))
    ends_on: Mapped[date | None] = mapped_column(Date)


class Appointment(Base):
    __tablename__ = "appointment"
    __audited__ = True
    __table_args__ = (
        CheckConstraint("length_minutes between 1 and 480", name="length"),
        Index("ix_appointment_client_start", "client_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    length_minutes: Mapped[int] = mapped_column(Integer)
    modality: Mapped[Modality] = mapped_column(text_enum(Modality))
    status: Mapped[AppointmentStatus] = mapped_column(
        text_enum(AppointmentStatus), default=AppointmentStatus.SCHEDULED
    )
    arrived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancelled_by: Mapped[CancelledBy | None] = mapped_column(text_enum(CancelledBy))
    cancellation_arrived_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reason_category: Mapped[ReasonCategory | None] = mapped_column(text_enum(ReasonCategory))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    # Why a no-show happened, when the therapist learned it (the month's review counts them).
    no_show_reason: Mapped[NoShowReason | None] = mapped_column(text_enum(NoShowReason))
    note: Mapped[str] = mapped_column(Text, default="")
    fee_override: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # Kept by phone or video instead of being cancelled (the month at a glance counts them).
    kept_another_way: Mapped[bool] = mapped_column(default=False, server_default=false())
