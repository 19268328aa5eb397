"""Clients: adding and editing them, finding them as the therapist types, their panel."""

from __future__ import annotations

import enum
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, false, func, or_, select
from sqlalchemy.orm import Session

from models import Acquaintance, Appointment, Client, ContactNumber
from models.enums import AppointmentStatus, ClientStatus, Modality
from services import validation
from services.clients.diagnosis_codes import diagnosis_codes
from services.clients.search_key import fold, like_pattern
from services.errors import Ambiguous, InvalidValue, NotFound, Refused
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class PhoneNumber:
    number: str
    label: str = ""
    may_call: bool = True
    may_voicemail: bool = False
    may_text: bool = False


@dataclass(frozen=True)
class ClientDraft:
    """What the therapist types for a new client or an edit; checked by `checked_draft`."""

    full_name: str
    preferred_name: str = ""
    email: str = ""
    address: str = ""
    numbers: tuple[PhoneNumber, ...] = ()
    preferred_modality: Modality = Modality.IN_PERSON
    online_handle: str = ""
    status: ClientStatus = ClientStatus.ACTIVE
    started_on: date | None = None
    ended_on: date | None = None
    fee_override: int | None = None
    do_not_contact: bool = False
    chart_notes: str = ""
    # For money papers only (invoices, superbills): nothing else shows them.
    date_of_birth: date | None = None
    diagnosis_codes: str = ""
    payer_name: str = ""
    billing_address: str = ""


@dataclass(frozen=True)
class ClientSummary:
    id: int
    full_name: str
    preferred_name: str
    status: ClientStatus


@dataclass(frozen=True)
class ListedClient:
    """A client as the client list shows them: names, status and their next booked session."""

    id: int
    full_name: str
    preferred_name: str
    status: ClientStatus
    next_session: datetime | None = None

    @property
    def display_name(self) -> str:
        return self.preferred_name or self.full_name


class ListOrder(enum.StrEnum):
    NAME = "name"
    SURNAME = "surname"
    NEXT_SESSION = "next_session"


def surname_key(full_name: str) -> tuple[str, str]:
    """Sort by the last word of the full name ("O'Brien" among the O's), then the whole name."""
    folded = fold(full_name)
    return folded.rpartition(" ")[2], folded


@dataclass(frozen=True)
class ClientListing:
    """The clients a search found, and whether more matched than were listed."""

    clients: tuple[ListedClient, ...]
    more: bool = False


# The client list shows at most this many; a practice has 30 to 80 active clients.
LIST_LIMIT = 100


@dataclass(frozen=True)
class ClientDetails:
    """The client as kept; `ending_on` is the day an ending is planned for (set only by
    `services.clients.ending`, so not part of what the therapist edits)."""

    id: int
    draft: ClientDraft
    acquaintances: tuple[ClientSummary, ...] = field(default=())
    ending_on: date | None = None


# Where the day has begun anywhere on Earth: no one's date of birth is after it.
EARLIEST_ZONE = timedelta(hours=14)
FIRST_BIRTH_YEAR = 1900


def birth_date(value: date | None, field: str = "date_of_birth") -> date | None:
    """A date of birth from 1900 up to today (today in the earliest time zone, so a baby born
    today counts wherever the practice is), or InvalidValue."""
    if value is None:
        return None
    if value.year < FIRST_BIRTH_YEAR:
        raise InvalidValue("Please give a date of birth from {year} on.", field=field,
                           year=FIRST_BIRTH_YEAR)
    if value > (datetime.now(UTC) + EARLIEST_ZONE).date():
        raise InvalidValue("A date of birth cannot be in the future.", field=field)
    return value


def checked_draft(draft: ClientDraft) -> ClientDraft:
    """The draft with its text tidied, or InvalidValue naming the first field at fault."""
    if draft.started_on and draft.ended_on and draft.ended_on < draft.started_on:
        raise InvalidValue("The end date is before the start date.", field="ended_on")
    for day_field in ("started_on", "ended_on"):
        value = getattr(draft, day_field)
        if value is not None:
            validation.day(value, day_field)
    if draft.fee_override is not None:
        validation.money(draft.fee_override, "fee_override")
    numbers = tuple(
        PhoneNumber(
            validation.phone(n.number, f"numbers.{i}"),
            validation.text(n.label, f"numbers.{i}.label", multiline=False, limit=40),
            n.may_call, n.may_voicemail, n.may_text,
        )
        for i, n in enumerate(draft.numbers)
    )
    return ClientDraft(
        full_name=validation.name(draft.full_name, "full_name"),
        preferred_name=validation.name(draft.preferred_name, "preferred_name", required=False),
        email=validation.email(draft.email),
        address=validation.text(draft.address, "address", limit=1000),
        numbers=numbers,
        preferred_modality=Modality(draft.preferred_modality),
        online_handle=validation.text(draft.online_handle, "online_handle", multiline=False,
                                      limit=200),
        status=ClientStatus(draft.status),
        started_on=draft.started_on,
        ended_on=draft.ended_on,
        fee_override=draft.fee_override,
        do_not_contact=draft.do_not_contact,
        chart_notes=validation.text(draft.chart_notes, "chart_notes"),
        date_of_birth=birth_date(draft.date_of_birth),
        diagnosis_codes=diagnosis_codes(draft.diagnosis_codes),
        payer_name=validation.name(draft.payer_name, "payer_name", required=False),
        billing_address=validation.text(draft.billing_address, "billing_address", limit=1000),
    )


def column_values(draft: ClientDraft) -> dict[str, Any]:
    """The client's columns as a checked draft gives them (its numbers apart)."""
    return {
        "full_name": draft.full_name, "preferred_name": draft.preferred_name,
        "search_key": fold(f"{draft.full_name} {draft.preferred_name}"),
        "email": draft.email, "address": draft.address,
        "preferred_modality": draft.preferred_modality, "online_handle": draft.online_handle,
        "status": draft.status, "started_on": draft.started_on, "ended_on": draft.ended_on,
        "fee_override": draft.fee_override, "do_not_contact": draft.do_not_contact,
        "chart_notes": draft.chart_notes, "date_of_birth": draft.date_of_birth,
        "diagnosis_codes": draft.diagnosis_codes, "payer_name": draft.payer_name,
        "billing_address": draft.billing_address,
    }


def number_values(number: PhoneNumber, position: int) -> dict[str, Any]:
    """A contact number's columns, the client's first number at position 0."""
    return {"position": position, "label": number.label, "number": number.number,
            "may_call": number.may_call, "may_voicemail": number.may_voicemail,
            "may_text": number.may_text}


def _apply(client: Client, draft: ClientDraft) -> None:
    for name, value in column_values(draft).items():
        setattr(client, name, value)
    client.numbers = [ContactNumber(**number_values(n, i)) for i, n in enumerate(draft.numbers)]


def add_client(session: Session, draft: ClientDraft) -> Client:
    """Add an already checked client inside the caller's unit of work."""
    client = Client(created_at=datetime.now(UTC))
    _apply(client, draft)
    session.add(client)
    return client


def create_client(vault: Vault, draft: ClientDraft) -> int:
    draft = checked_draft(draft)
    with vault.unit_of_work() as session:
        client = add_client(session, draft)
        session.flush()
        return client.id


def update_client(vault: Vault, client_id: int, draft: ClientDraft) -> None:
    draft = checked_draft(draft)
    with vault.unit_of_work() as session:
        update_client_in(session, client_id, draft)


def update_client_in(session: Session, client_id: int, draft: ClientDraft) -> Client:
    """Write an already checked draft over the client, inside the caller's unit of work."""
    client = _client(session, client_id)
    _apply(client, draft)
    return client


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    return client


def _summary(client: Client) -> ClientSummary:
    return ClientSummary(client.id, client.full_name, client.preferred_name, client.status)


def client_details(session: Session, client_id: int) -> ClientDetails:
    client = _client(session, client_id)
    draft = ClientDraft(
        full_name=client.full_name, preferred_name=client.preferred_name, email=client.email,
        address=client.address,
        numbers=tuple(PhoneNumber(n.number, n.label, n.may_call, n.may_voicemail, n.may_text)
                      for n in client.numbers),
        preferred_modality=client.preferred_modality, online_handle=client.online_handle,
        status=client.status, started_on=client.started_on, ended_on=client.ended_on,
        fee_override=client.fee_override, do_not_contact=client.do_not_contact,
        chart_notes=client.chart_notes, date_of_birth=client.date_of_birth,
        diagnosis_codes=client.diagnosis_codes, payer_name=client.payer_name,
        billing_address=client.billing_address,
    )
    others = session.scalars(
        select(Client).join(
            Acquaintance,
            or_(
                (Acquaintance.client_id == client_id) & (Acquaintance.other_client_id == Client.id),
                (Acquaintance.other_client_id == client_id) & (Acquaintance.client_id == Client.id),
            ),
        ).order_by(Client.full_name)
    )
    return ClientDetails(client.id, draft, tuple(_summary(o) for o in others), client.ending_on)


def named(query: str) -> ColumnElement[bool]:
    """Clients whose name holds the query, folded; a query of punctuation alone finds none."""
    if not fold(query):
        return false()
    return Client.search_key.like(like_pattern(query))


def search_clients(
    vault: Vault, query: str, status: ClientStatus | None = None, limit: int = 50
) -> list[ClientSummary]:
    """Clients whose name holds what was typed, ignoring case and accents, in any script."""
    statement = select(Client.id, Client.full_name, Client.preferred_name, Client.status)
    if query.strip():
        statement = statement.where(named(query))
    if status is not None:
        statement = statement.where(Client.status == status)
    statement = statement.order_by(Client.search_key).limit(limit)
    with vault.unit_of_work() as session:
        return [ClientSummary(*row) for row in session.execute(statement)]


def next_sessions_of(
    session: Session, client_ids: Collection[int], now: datetime
) -> dict[int, datetime]:
    """The first booked (scheduled) session at or after `now` of each of these clients.

    One indexed lookup per client (appointment by client and start): meant for the few dozen
    clients a list shows, not for the whole practice.
    """
    if not client_ids:
        return {}
    rows = session.execute(
        select(Appointment.client_id, func.min(Appointment.starts_at))
        .where(Appointment.client_id.in_(list(client_ids)),
               Appointment.starts_at >= now,
               Appointment.status == AppointmentStatus.SCHEDULED)
        .group_by(Appointment.client_id)
    )
    return {client_id: starts_at for client_id, starts_at in rows if starts_at is not None}


def list_clients(
    vault: Vault,
    query: str = "",
    status: ClientStatus | None = None,
    *,
    now: datetime | None = None,
    order: ListOrder = ListOrder.NAME,
    limit: int = LIST_LIMIT,
) -> ClientListing:
    """What the client list shows: the search as `search_clients` does it, with next sessions.

    Ordered by name, by surname (the full name's last word), or by next session (soonest
    first, then those with none, by name). The orders other than by name sort the clients
    listed: when more match than `limit`, the listing says so and the therapist narrows the
    search.
    """
    now = now or datetime.now(UTC)
    statement = select(Client.id, Client.full_name, Client.preferred_name, Client.status)
    if query.strip():
        statement = statement.where(named(query))
    if status is not None:
        statement = statement.where(Client.status == status)
    statement = statement.order_by(Client.search_key).limit(limit + 1)
    with vault.unit_of_work() as session:
        rows = list(session.execute(statement))
        more = len(rows) > limit
        rows = rows[:limit]
        upcoming = next_sessions_of(session, [row.id for row in rows], now)
    clients = [ListedClient(id, full, preferred, client_status, upcoming.get(id))
               for id, full, preferred, client_status in rows]
    if order == ListOrder.SURNAME:
        clients.sort(key=lambda c: surname_key(c.full_name))
    if order == ListOrder.NEXT_SESSION:
        clients.sort(key=lambda c: (c.next_session is None,
                                    c.next_session or datetime.min.replace(tzinfo=UTC)))
    return ClientListing(tuple(clients), more)


def read_client(vault: Vault, client_id: int) -> ClientDetails:
    """One client's details in a unit of work of their own (for the edit dialog)."""
    with vault.unit_of_work() as session:
        return client_details(session, client_id)


def update_address(vault: Vault, client_id: int, address: str) -> str:
    """Replace only the client's postal address (added from a letter); returns it as kept."""
    address = validation.text(address, "address", limit=1000).strip()
    with vault.unit_of_work() as session:
        _client(session, client_id).address = address
    return address


def update_chart_notes(vault: Vault, client_id: int, notes: str) -> str:
    """Replace only the client's chart notes (edited in place); returns them as kept."""
    notes = validation.text(notes, "chart_notes")
    with vault.unit_of_work() as session:
        client = _client(session, client_id)
        if client.chart_notes != notes:
            client.chart_notes = notes
    return notes


def find_client(vault: Vault, name_or_id: str) -> ClientSummary:
    """One client by number or by name, as the command line takes it."""
    with vault.unit_of_work() as session:
        if name_or_id.strip().isdigit():
            return _summary(_client(session, int(name_or_id)))
        folded = fold(name_or_id)
        matches = list(session.scalars(
            select(Client).where(named(name_or_id))
            .order_by(Client.search_key).limit(20)
        ))
    exact = [c for c in matches if folded in (fold(c.full_name), fold(c.preferred_name))]
    if len(exact) == 1 or len(matches) == 1:
        return _summary((exact or matches)[0])
    if not matches:
        raise NotFound("No client is called {name}.", name=name_or_id)
    raise Ambiguous("More than one client is called {name}:", [
        f"{c.id}: {c.full_name}" for c in (exact or matches)
    ], name=name_or_id)


def link_acquaintances(vault: Vault, client_id: int, other_id: int, note: str = "") -> None:
    """Record that two clients know each other, so they are not booked back to back."""
    if client_id == other_id:
        raise Refused("A client cannot be linked to themselves.", field="acquaintances")
    low, high = sorted((client_id, other_id))
    with vault.unit_of_work() as session:
        _client(session, low), _client(session, high)
        if session.get(Acquaintance, (low, high)) is None:
            session.add(Acquaintance(client_id=low, other_client_id=high,
                                     note=validation.text(note, "note", limit=200)))


def unlink_acquaintances(vault: Vault, client_id: int, other_id: int) -> None:
    low, high = sorted((client_id, other_id))
    with vault.unit_of_work() as session:
        link = session.get(Acquaintance, (low, high))
        if link is not None:
            session.delete(link)


def acquaintance_ids(session: Session, client_id: int) -> set[int]:
    rows = session.execute(
        select(Acquaintance.client_id, Acquaintance.other_client_id).where(
            or_(Acquaintance.client_id == client_id, Acquaintance.other_client_id == client_id)
        )
    )
    return {a if b == client_id else b for a, b in rows}
