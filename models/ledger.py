"""The client's money: every charge, fee, payment, waiver and refund, in minor units."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UtcDateTime, text_enum
from models.enums import LedgerKind, PaymentMethod, WaiverReason


class LedgerEntry(Base):
    """One line of a client's account. The amount is never negative; the kind gives the sign."""

    __tablename__ = "ledger_entry"
    __audited__ = True
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        # Covering what a balance needs, so ten years of balances are summed from the index.
        Index("ix_ledger_entry_client_day", "client_id", "day", "kind", "amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    kind: Mapped[LedgerKind] = mapped_column(text_enum(LedgerKind))
    amount: Mapped[int] = mapped_column(Integer)
    method: Mapped[PaymentMethod | None] = mapped_column(text_enum(PaymentMethod))
    waiver_reason: Mapped[WaiverReason | None] = mapped_column(text_enum(WaiverReason))
    note: Mapped[str] = mapped_column(Text, default="")
    # The practice-local day the entry belongs to, for the end-of-day reconciliation.
    day: Mapped[date] = mapped_column(Date, index=True)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
