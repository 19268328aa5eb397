"""Everything the client panel shows, read in one unit of work.

One read per showing: the panel is opened again and again as the therapist goes down the
list, and each unit of work of its own (the practice row loaded again, a transaction begun
and ended) costs about as much as the queries in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from models import Appointment
from services.calendar.appointments import CalendarEntry
from services.clients.client_pattern import ClientPattern, client_pattern_in
from services.clients.client_records import ClientDetails, client_details
from services.clients.contact_log import Contact, contacts_of
from services.money.ledger import LedgerLine, balance_of, lines_of
from services.money_papers.invoice_status import (
    InvoiceSummary,
    invoices_in,
    session_invoice_numbers,
)
from services.practice.practice_row import practice_of
from services.practice.practice_settings import PracticeSettings, settings_of
from services.vault.practice_vault import Vault

RECENT_SESSIONS = 50
RECENT_LEDGER_LINES = 100


@dataclass(frozen=True)
class ClientPanel:
    details: ClientDetails
    next_sessions: tuple[CalendarEntry, ...]
    past_sessions: tuple[CalendarEntry, ...]
    balance: int
    contacts: tuple[Contact, ...]
    settings: PracticeSettings
    # The newest lines of the client's account first (the balance covers all of them).
    ledger: tuple[LedgerLine, ...] = ()
    pattern: ClientPattern | None = None  # when and why they cancel or miss, over a year
    superbills: bool = False  # the practice makes superbills: the account offers one
    # The number of the live invoice each session shown is on (sessions on none left out).
    session_invoices: dict[int, str] = field(default_factory=dict)
    invoices: tuple[InvoiceSummary, ...] = ()  # invoices and credit notes, newest first


def client_panel(vault: Vault, client_id: int, now: datetime | None = None) -> ClientPanel:
    """Details, next and last 50 sessions with the invoice each is on, the balance, the
    newest ledger lines, contacts, invoices, the client's own pattern of cancelling and
    missing, and the practice's settings they are shown by."""
    now = now or datetime.now(UTC)
    with vault.unit_of_work() as session:
        details = client_details(session, client_id)
        name = details.draft.preferred_name or details.draft.full_name
        practice = practice_of(session)
        zone = ZoneInfo(practice.timezone)

        def sessions(upcoming: bool) -> tuple[CalendarEntry, ...]:
            start = Appointment.starts_at
            rows = session.execute(
                select(Appointment.id, start, Appointment.length_minutes, Appointment.modality,
                       Appointment.status, Appointment.series_id)
                .where(Appointment.client_id == client_id,
                       start >= now if upcoming else start < now)
                .order_by(start if upcoming else start.desc())
                .limit(RECENT_SESSIONS)
            )
            return tuple(CalendarEntry(id, client_id, name, at, length, modality, status, series)
                         for id, at, length, modality, status, series in rows)

        upcoming, past = sessions(True), sessions(False)
        return ClientPanel(
            details, upcoming, past, balance_of(session, client_id),
            tuple(contacts_of(session, client_id)), settings_of(practice),
            tuple(lines_of(session, client_id, newest_first=True, limit=RECENT_LEDGER_LINES)),
            client_pattern_in(session, client_id, zone, now), practice.superbills,
            session_invoice_numbers(session, (entry.id for entry in (*upcoming, *past))),
            tuple(invoices_in(session, client_id, now.astimezone(zone).date())))
