"""Invoices and credit notes: numbered papers that never change once issued.

A mistake on an issued invoice is put right by a credit note that voids it (and a new
invoice): both are kept. Numbers run without gaps within a year, each kind its own run,
drawn from `PaperNumber` inside the transaction that issues the paper.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, text_enum
from models.enums import InvoiceKind


class Invoice(Base):
    """An invoice for one session or a period, or a credit note voiding one (`voids_id`)."""

    __tablename__ = "invoice"
    __audited__ = True
    __table_args__ = (
        UniqueConstraint("kind", "year", "sequence"),
        CheckConstraint("total >= 0", name="total_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[InvoiceKind] = mapped_column(text_enum(InvoiceKind))
    # The number as printed ("2026-0042"), from the practice's pattern when it was issued.
    number: Mapped[str] = mapped_column(String(60), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    # A credit note names the invoice it voids, and why.
    voids_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"), unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    # The paper as issued, kept whole beside the letters.
    letter_id: Mapped[int | None] = mapped_column(ForeignKey("letter.id"))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)

    lines: Mapped[list[InvoiceLine]] = relationship(
        back_populates="invoice", cascade="all, delete-orphan", order_by="InvoiceLine.position"
    )


class InvoiceLine(Base):
    """One charge on an invoice (a session, a late-cancellation or no-show fee), as issued."""

    __tablename__ = "invoice_line"
    __audited__ = True
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    ledger_entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[int] = mapped_column(Integer)

    invoice: Mapped[Invoice] = relationship(back_populates="lines")


class PaperNumber(Base):
    """The last number given to a kind of paper in a year.

    Bumped by an UPDATE in the issuing transaction, so two windows or a window and the command
    line issuing at once wait for each other and never take the same number or skip one.
    """

    __tablename__ = "paper_number"

    kind: Mapped[InvoiceKind] = mapped_column(text_enum(InvoiceKind), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)

