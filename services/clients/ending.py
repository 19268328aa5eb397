"""Ending a client: today, or on a day a letter promised ("I will close your file on ...").

Ending frees the client's slots: every session still booked after the ending is cancelled as
the therapist's decision, with no fee. Ending today marks the client ended at once; ending on
a later day keeps them as they are until then (`ending_on`: off the call list, shown as
"Ending on ..."), and `end_due_clients` ends them when that day comes. The regular slots
the cancelled series held come back as `Ending.freed`, for the waiting list. Either is one unit of
work, undoable as one action ("Ending" for the client): Edit → Undo makes them what they
were again, their sessions booked again. Saving a client as Ended from their details
(`save_and_end_client`) saves the details and ends them in one such action.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client
from models.enums import (
    AppointmentStatus,
    BookAction,
    CancelledBy,
    ClientStatus,
    Language,
    ReasonCategory,
)
from services import validation
from services.calendar.appointments import cancel_in
from services.clients.client_records import (
    ClientDraft,
    checked_draft,
    update_client_in,
)
from services.errors import InvalidValue, NotFound
from services.labels import label
from services.practice.practice_row import practice_of, practice_zone
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable
from services.waiting_list.freed_slots import FreedSlot, freed_by


@dataclass(frozen=True)
class Ending:
    """What ending did: ended now (`ended`) or planned for `on`, the sessions cancelled, and
    the weekly or fortnightly slots that frees."""

    on: date
    ended: bool
    cancelled: tuple[datetime, ...]
    freed: tuple[FreedSlot, ...] = ()



def _cancelled_from(on: date, zone: ZoneInfo, now: datetime) -> datetime:
    """Sessions from this moment on are cancelled by an ending on `on`: from now when that
    is today or past, else from the start of the day after it."""
    if on <= now.astimezone(zone).date():
        return now
    return datetime.combine(on + timedelta(days=1), time(0), zone).astimezone(UTC)


def _booked_after(session: Session, client_id: int, after: datetime) -> list[Appointment]:
    return list(session.scalars(
        select(Appointment).where(Appointment.client_id == client_id,
                                  Appointment.status == AppointmentStatus.SCHEDULED,
                                  Appointment.starts_at >= after)
        .order_by(Appointment.starts_at)))


def sessions_to_cancel(vault: Vault, client_id: int, on: date,
                       now: datetime | None = None) -> list[datetime]:
    """When the sessions still booked after an ending on `on` start: those it cancels."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work() as session:
        after = _cancelled_from(on, practice_zone(session), now)
        return [a.starts_at for a in _booked_after(session, client_id, after)]


def _cancel_after(session: Session, client: Client, after: datetime,
                  now: datetime) -> list[Appointment]:
    """Cancel the client's sessions booked from `after` on: the therapist's decision, no fee."""
    why = label(BookAction.END_CLIENT, Language(practice_of(session).language))
    booked = _booked_after(session, client.id, after)
    for appointment in booked:
        cancel_in(session, appointment.id, CancelledBy.THERAPIST, now, ReasonCategory.OTHER,
                  why)
    return booked


def _ended(client: Client, on: date) -> None:
    client.status = ClientStatus.ENDED
    client.ended_on = on
    client.ending_on = None


def end_client(vault: Vault, client_id: int, on: date, now: datetime | None = None) -> Ending:
    """End the client on that day, and cancel their sessions booked after it.

    On or before today (practice time) they are ended now, their sessions from now on
    cancelled; on a later day they are marked as ending then (`end_due_clients` ends them),
    their sessions after that day cancelled. Audited, and undoable as one action.
    """
    validation.day(on, "ended_on")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work(Undoable(BookAction.END_CLIENT, client_id=client_id)) as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        return _end_in(session, client, on, now)


def _end_in(session: Session, client: Client, on: date, now: datetime) -> Ending:
    if client.started_on is not None and on < client.started_on:
        raise InvalidValue("The end date is before the start date.", field="ended_on")
    zone = practice_zone(session)
    booked = _cancel_after(session, client, _cancelled_from(on, zone, now), now)
    cancelled = tuple(appointment.starts_at for appointment in booked)
    freed = freed_by(session, booked, zone)
    if on <= now.astimezone(zone).date():
        _ended(client, on)
        return Ending(on, True, cancelled, freed)
    client.ending_on = on
    return Ending(on, False, cancelled, freed)


def save_and_end_client(vault: Vault, client_id: int, draft: ClientDraft,
                        now: datetime | None = None) -> Ending:
    """Save the client's details and end them, as their Edit dialog does when the status
    becomes Ended: on the draft's end date, today when it has none.

    One undoable action ("Ending" for the client): Undo brings back the details as they were,
    numbers included, and the cancelled sessions. An end date before the start date is
    refused before anything is written.
    """
    draft = checked_draft(draft)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work(Undoable(BookAction.END_CLIENT, client_id=client_id)) as session:
        on = draft.ended_on or now.astimezone(practice_zone(session)).date()
        was = session.get(Client, client_id)
        if was is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        client = update_client_in(session, client_id, replace(
            draft, status=was.status, ended_on=was.ended_on))
        return _end_in(session, client, on, now)


def keep_client(vault: Vault, client_id: int) -> None:
    """The client got in touch: their planned ending is called off (the sessions it cancelled
    stay cancelled; book again what suits them). Undoable as one action."""
    with vault.unit_of_work(Undoable(BookAction.KEEP_CLIENT, client_id=client_id)) as session:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("There is no client number {id}.", id=client_id)
        client.ending_on = None


def end_due_clients(vault: Vault, now: datetime | None = None) -> list[int]:
    """End every client whose planned ending day has come, cancelling any session booked
    after it since; returns their ids. Run when the practice is opened."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work() as session:
        today = now.astimezone(practice_zone(session)).date()
        due = list(session.scalars(select(Client).where(Client.ending_on <= today)))
        for client in due:
            on = client.ending_on
            assert on is not None
            _cancel_after(session, client, now, now)
            _ended(client, on)
        return [client.id for client in due]
