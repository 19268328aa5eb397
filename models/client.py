"""Clients, the numbers we may reach them on, and who knows whom."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UtcDateTime, text_enum
from models.enums import ClientStatus, Modality


class Client(Base):
    __tablename__ = "client"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    # The name folded for search (case and accents removed); kept in step by the service.
    search_key: Mapped[str] = mapped_column(String(420))
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    preferred_modality: Mapped[Modality] = mapped_column(
        text_enum(Modality), default=Modality.IN_PERSON
    )
    online_handle: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[ClientStatus] = mapped_column(
        text_enum(ClientStatus), default=ClientStatus.ACTIVE, index=True
    )
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    # The day the client is to be ended, promised in a letter; None once ended or never set.
    ending_on: Mapped[date | None] = mapped_column(Date)
    fee_override: Mapped[int | None] = mapped_column(Integer)
    do_not_contact: Mapped[bool] = mapped_column(default=False)
    chart_notes: Mapped[str] = mapped_column(Text, default="")
    # What money papers need and nothing else shows (schema 0010): the date of birth and
    # ICD-10 diagnosis codes a superbill asks for, and who pays when it is not the client
    # (a parent, say), with the address their invoices go to.
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    diagnosis_codes: Mapped[str] = mapped_column(String(200), default="")
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    billing_address: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    numbers: Mapped[list[ContactNumber]] = relationship(
        back_populates="client",
        cascade="all, delete-orphan",
        order_by="ContactNumber.position",
    )


class ContactNumber(Base):
    """A phone number with what the client agreed we may do with it."""

    __tablename__ = "contact_number"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(40), default="")
    number: Mapped[str] = mapped_column(String(40))
    may_call: Mapped[bool] = mapped_column(default=True)
    may_voicemail: Mapped[bool] = mapped_column(default=False)
    may_text: Mapped[bool] = mapped_column(default=False)

    client: Mapped[Client] = relationship(back_populates="numbers")


class Acquaintance(Base):
    """Two clients who know each other and must not meet in the waiting room.

    Stored once per pair, the smaller id first.
    """

    __tablename__ = "acquaintance"
    __audited__ = True
    __table_args__ = (CheckConstraint("client_id < other_client_id", name="ordered_pair"),)

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True
    )
    other_client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    note: Mapped[str] = mapped_column(String(200), default="")
