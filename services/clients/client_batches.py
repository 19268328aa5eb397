"""Checked clients written many at once: the import's write.

An imported list is thousands of clients. Added one by one through the ORM, each costs an
object, its attribute events and its own audit entry built from them, and that is most of
an import's time. Here a batch is two inserts (the clients, then their numbers) and one
append to the audit trail, with the same rows and the same audit entries as `add_client`
would leave: every column the draft gives, the row's id and when it was added.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from models import Client, ContactNumber
from models.audit import HEAD_MOVED, Change, append_events
from models.base import Base
from services.clients.client_records import ClientDraft, column_values, number_values

Checked = tuple[ClientDraft, date | None]  # a checked draft, and the date of birth to keep


def add_clients(session: Session, clients: Sequence[Checked]) -> None:
    """Add already checked clients in the caller's unit of work, numbered after the last."""
    if not clients:
        return
    added = datetime.now(UTC)
    client_id = session.scalar(select(func.max(Client.id))) or 0
    number_id = session.scalar(select(func.max(ContactNumber.id))) or 0
    client_rows: list[dict[str, Any]] = []
    number_rows: list[dict[str, Any]] = []
    changes: list[Change] = []
    for draft, born in clients:
        client_id += 1
        row = {**column_values(draft), "date_of_birth": born, "id": client_id,
               "created_at": added}
        client_rows.append(row)
        changes.append(Change("create", Client.__tablename__, str(client_id), {}, row))
        for position, number in enumerate(draft.numbers):
            number_id += 1
            values = {**number_values(number, position), "id": number_id,
                      "client_id": client_id}
            number_rows.append(values)
            changes.append(Change("create", ContactNumber.__tablename__, str(number_id), {},
                                  values))
    session.execute(insert(Base.metadata.tables[Client.__tablename__]), client_rows)
    if number_rows:
        session.execute(insert(Base.metadata.tables[ContactNumber.__tablename__]), number_rows)
    session.info[HEAD_MOVED] = append_events(
        session.connection(), str(session.info.get("actor", "unknown")), changes)
