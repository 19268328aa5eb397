"""A client with charged sessions, for the tests of invoices and credit notes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from models.enums import LedgerKind, PaymentMethod
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.money.ledger import record
from services.vault.practice_vault import Vault

# Issued on 5 December 2026 (London); sessions from 2 November at 10:00 London.
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
FIRST = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
FEE = 8000


def charged_client(vault: Vault, name: str = "Ada Brook", sessions: int = 3,
                   address: str = "1 Mill Lane\nLeeds") -> tuple[int, list[int]]:
    """A client with `sessions` weekly sessions, each charged FEE on its day."""
    client = create_client(vault, ClientDraft(full_name=name, address=address))
    ids = []
    for week in range(sessions):
        starts = FIRST + timedelta(days=7 * week)
        appointment = book(vault, client, starts, allow_conflicts=True)[0]
        record(vault, client, LedgerKind.SESSION_CHARGE, FEE, appointment_id=appointment,
               day=starts.date())
        ids.append(appointment)
    return client, ids


def pay(vault: Vault, client: int, amount: int, day: date = date(2026, 12, 1)) -> None:
    record(vault, client, LedgerKind.PAYMENT, amount, method=PaymentMethod.CARD, day=day)
