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

from models import Appointment, Client
from services.errors import NotFound
from services.money.ledger import LedgerLine, lines_of


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
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    return PaperClient(client.id, client.full_name, client.payer_name)


def account_of(session: Session, client_id: int, zone: ZoneInfo) -> list[PaperLine]:
    """Every line of the client's account, by day and then in the order entered."""
    lines = lines_of(session, client_id)
    ids = {line.appointment_id for line in lines if line.appointment_id is not None}
    starts: dict[int, datetime] = {
        appointment_id: starts_at for appointment_id, starts_at in session.execute(
            select(Appointment.id, Appointment.starts_at).where(Appointment.id.in_(ids)))}
    return [PaperLine(line, starts[line.appointment_id].astimezone(zone)
                      if line.appointment_id is not None else None) for line in lines]
