"""The client's chart: dated entries added to the chart notes by the guided dialogs.

A chart is a running document; each entry starts with its date and a heading ("Missed
session", "Repair plan"), so the therapist reads the story in order in the client's panel.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from models import Client
from services import validation
from services.errors import InvalidValue, NotFound
from services.vault.practice_vault import Vault


def chart_entry(day: date, heading: str, text: str) -> str:
    """One entry as it stands in the chart: '2026-11-22 — Missed session', then the text."""
    return f"{day.isoformat()} — {heading}\n{text.strip()}"


def add_to_chart(vault: Vault, client_id: int, day: date, heading: str, text: str) -> None:
    """Add a dated entry at the end of the client's chart notes (audited like every edit)."""
    with vault.unit_of_work() as session:
        add_to_chart_in(session, client_id, day, heading, text)


def add_to_chart_in(session: Session, client_id: int, day: date, heading: str,
                    text: str) -> None:
    """`add_to_chart` inside the caller's unit of work."""
    heading = validation.text(heading, "heading", multiline=False, limit=200)
    text = validation.text(text, "text", limit=20_000)
    if not text.strip():
        raise InvalidValue("There is nothing to add to the chart.", field="text")
    validation.day(day, "day")
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    entry = chart_entry(day, heading, text)
    earlier = client.chart_notes.rstrip()
    client.chart_notes = f"{earlier}\n\n{entry}" if earlier else entry
