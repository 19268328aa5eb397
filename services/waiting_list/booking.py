"""Booking someone from the waiting list: they become a client with their first session or
series, in one unit of work, so a refused booking leaves no client behind.

Undoable as one action: Edit → Undo takes back the client, the sessions and the change on
the list together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from models import Appointment, WaitingPerson
from models.enums import BookAction, Modality, Repeat, WaitingStatus
from services.calendar.appointments import book_in
from services.calendar.free_slots import FreeSlot, free_slots
from services.clients.client_records import ClientDraft, PhoneNumber, add_client, checked_draft
from services.errors import part
from services.practice.practice_row import practice_zone
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable
from services.waiting_list.slot_fit import suits
from services.waiting_list.waiting_people import person_in, waiting_of

# free_slots reads at most this many days; all its slots are read, then those that suit kept.
SEARCH_DAYS = 28
EVERY_SLOT = 1000


@dataclass(frozen=True)
class BookedFromList:
    """The client the person became, and the sessions booked for them."""

    client_id: int
    appointment_ids: tuple[int, ...]


def _client_draft(person: WaitingPerson, modality: Modality) -> ClientDraft:
    return checked_draft(ClientDraft(
        full_name=person.full_name, preferred_name=person.preferred_name, email=person.email,
        numbers=(PhoneNumber(person.phone),) if person.phone else (),
        preferred_modality=modality))


def book_from_waiting_list(
    vault: Vault,
    person_id: int,
    starts_at: datetime,
    *,
    length_minutes: int | None = None,
    modality: Modality | None = None,
    repeat: Repeat | None = None,
    occurrences: int = 1,
    allow_conflicts: bool = False,
    now: datetime | None = None,
) -> BookedFromList:
    """Make the person a client and book their session, or their weekly or fortnightly
    series (`book_in`'s rules: a clash or a block refuses unless allowed), and mark them
    booked. All of it or nothing."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work(Undoable(BookAction.BOOK_FROM_WAITING)) as session:
        person = person_in(session, person_id)
        way = Modality(modality or person.modality or Modality.IN_PERSON)
        client = add_client(session, _client_draft(person, way))
        session.flush()
        with part("booking"):
            ids = book_in(session, client.id, starts_at, length_minutes, way, repeat,
                          occurrences, allow_conflicts)
        first = session.get(Appointment, ids[0])
        assert first is not None
        zone = practice_zone(session)
        client.started_on = first.starts_at.astimezone(zone).date()
        person.status = WaitingStatus.BOOKED
        person.status_changed_at = now
        person.client_id = client.id
        return BookedFromList(client.id, tuple(ids))


def suitable_free_slots(vault: Vault, person_id: int, first_day: date,
                        days: int = SEARCH_DAYS, length_minutes: int | None = None,
                        now: datetime | None = None, limit: int = 20) -> list[FreeSlot]:
    """The soonest open slots (working hours, clear of sessions and blocks) that suit the
    person, up to `limit`, in the way of meeting they prefer."""
    with vault.unit_of_work() as session:
        person = waiting_of(person_in(session, person_id))
        zone = practice_zone(session)
    slots = free_slots(vault, None, first_day, days, length_minutes, now, EVERY_SLOT)
    way = person.draft.modality or Modality.IN_PERSON
    found = []
    for slot in slots:
        local = slot.starts_at.astimezone(zone)
        if suits(person.draft, local.isoweekday(), local.time(), slot.length_minutes, way):
            found.append(FreeSlot(slot.starts_at, slot.length_minutes, way, slot.reason))
    return found[:limit]

