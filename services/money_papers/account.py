"""A client's account as the money papers read it: every line with the session it is for.

Receipts and statements print a line's session by its local day and time, and the client
as the papers address them (a payer other than the client, a parent say, when one is set).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client, LedgerEntry
from services.errors import NotFound
from services.money.ledger import LINE_COLUMNS, LedgerLine


@dataclass(frozen=True)
class PaperClient:
    """Whom a money paper is about, and who pays (empty: the client)."""

    id: int
    full_name: str
    payer_name: str


@dataclass(frozen=True)
class PaperLine:
    """A ledger line and, when it is for a session, when that session began (local)."""

    line: LedgerLine
    session_start: datetime | None


def paper_client(session: Session, client_id: int) -> PaperClient:
    """The three columns a paper needs, not the client's whole row."""
    found = session.execute(select(Client.id, Client.full_name, Client.payer_name)
                            .where(Client.id == client_id)).one_or_none()
    if found is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    return PaperClient(*found)


def account_of(session: Session, client_id: int, zone: ZoneInfo) -> list[PaperLine]:
    """Every line of the client's account, by day and then in the order entered.

    One query, each line with its session's start beside it: years of sessions would
    otherwise be looked up again by a list of their ids, which costs more than the lines.
    """
    rows = session.execute(
        select(*LINE_COLUMNS, Appointment.starts_at)
        .outerjoin(Appointment, Appointment.id == LedgerEntry.appointment_id)
        .where(LedgerEntry.client_id == client_id).order_by(LedgerEntry.day, LedgerEntry.id))
    return [PaperLine(LedgerLine(*row[:-1]),
                      row.starts_at.astimezone(zone) if row.starts_at is not None else None)
            for row in rows]
