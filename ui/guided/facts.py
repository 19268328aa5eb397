"""What a guided dialog reads once as it opens: the practice, the client, the fee, free times.

`read_session_facts` runs on the database worker and returns plain values; the pages are
filled from them and nothing else is read until Finish.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from models.enums import AppointmentStatus
from services.calendar.appointments import CalendarEntry
from services.calendar.free_slots import FreeSlot, free_slots
from services.clients.client_records import ClientDetails, read_client
from services.hard_moments.second_session import is_second_session
from services.money.fee_policy import FeeProposal, propose_fee
from services.money.missed_session_fees import FeeSoFar, fee_so_far
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault

# The reschedule step offers free times over this many days from today.
RESCHEDULE_DAYS = 14


@dataclass(frozen=True)
class SessionFacts:
    """The session a guided dialog is about, and what its pages show, as plain values."""

    entry: CalendarEntry
    settings: PracticeSettings
    client: ClientDetails
    now: datetime
    proposal: FeeProposal | None = None
    fee: FeeSoFar = FeeSoFar()  # the no-show or late-cancellation fee decided before, if any
    slots: tuple[FreeSlot, ...] = ()
    # The client has met the therapist once before: a missed second session needs extra care.
    second_session: bool = False

    @property
    def zone(self) -> ZoneInfo:
        return self.settings.zone

    @property
    def currency(self) -> str:
        return self.settings.currency

    @property
    def today(self) -> date:
        """The practice-local day the dialog was opened."""
        return self.now.astimezone(self.zone).date()

    @property
    def client_name(self) -> str:
        """The name the therapist calls the client by."""
        return self.client.draft.preferred_name or self.client.draft.full_name


def read_session_facts(vault: Vault, entry: CalendarEntry, now: datetime, *,
                       fee_as: AppointmentStatus | None = None,
                       with_slots: bool = False) -> SessionFacts:
    """Read what a guided dialog shows. On the database worker.

    `fee_as`: the status the dialog will give the session, for the policy's fee proposal
    and the fee already charged or waived for the session (None: no fee step). `with_slots`: the
    client's free times over the next two weeks, as long as the session.
    """
    settings = read_settings(vault)
    client = read_client(vault, entry.client_id)
    proposal, fee = None, FeeSoFar()
    if fee_as is not None:
        proposal = propose_fee(vault, entry.id, fee_as)
        fee = fee_so_far(vault, entry.id)
    slots: tuple[FreeSlot, ...] = ()
    if with_slots:
        today = now.astimezone(settings.zone).date()
        slots = tuple(free_slots(vault, entry.client_id, today, RESCHEDULE_DAYS,
                                 length_minutes=entry.length_minutes, now=now))
    return SessionFacts(entry, settings, client, now, proposal, fee, slots,
                        is_second_session(vault, entry.id))
