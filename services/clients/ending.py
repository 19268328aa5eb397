"""Ending a client: they are marked ended on a day (a termination letter offers it).

One unit of work, undoable as one action ("Ending" for the client): Edit → Undo makes them
what they were again, with their end date as it was.
"""

from __future__ import annotations

from datetime import date

from models import Client
from models.enums import BookAction, ClientStatus
from services import validation
from services.errors import InvalidValue, NotFound
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable


def end_client(vault: Vault, client_id: int, on: date) -> None:
    """Mark the client ended on that day; audited, and undoable."""
    validation.day(on, "ended_on")
    with vault.unit_of_work(Undoable(BookAction.END_CLIENT, client_id=client_id)) as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        if client.started_on is not None and on < client.started_on:
            raise InvalidValue("The end date is before the start date.", field="ended_on")
        client.status = ClientStatus.ENDED
        client.ended_on = on
