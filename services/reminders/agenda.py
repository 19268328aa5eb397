"""The day's agenda: today and tomorrow, for the therapist at the start of the day, on paper,
and as "tomorrow" when the day is closed.

Each day lists its sessions, all but the cancelled ones (the client as the therapist chose to
name them, initials unless full names, the modality and how to reach them: the online handle
for video, else the first number they may be called on) and the other things in the day.
Today also holds who the call list says to reach and the notes still to finish.

The other things in the day come from `OTHER_THINGS`: functions that, given a Session and a
day's bounds (UTC), return `OtherThing`s; today that is the time the therapist keeps from
clients (blocks: lunch, supervision, a holiday).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client, ContactNumber
from models.enums import Language, Modality
from services.calendar.appointments import CANCELLATIONS
from services.calendar.blocks import times_in
from services.calls.call_list import CallRule, due_calls_in
from services.labels import label
from services.notes.note_reading import notes_to_finish_in
from services.practice.practice_row import practice_of
from services.practice.practice_time import days_bounds
from services.reminders.discreet_names import shown_name
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class OtherThing:
    """Something in the day that is not a session: from `starts_at` to `ends_at` (in the
    practice's zone), with what the therapist called it."""

    starts_at: datetime
    ends_at: datetime
    title: str


OtherThings = Callable[[Session, datetime, datetime], Sequence[OtherThing]]


def time_kept_from_clients(session: Session, starts: datetime,
                           ends: datetime) -> list[OtherThing]:
    """The blocks of the day from `starts` to `ends` (UTC): "Lunch · A walk", in the
    practice's language, in the practice's zone."""
    practice = practice_of(session)
    zone, language = ZoneInfo(practice.timezone), Language(practice.language)
    last = (ends - timedelta(microseconds=1)).astimezone(zone).date()
    return [OtherThing(kept.starts_at.astimezone(zone), kept.ends_at.astimezone(zone),
                       " · ".join(part for part in (label(kept.kind, language), kept.note)
                                  if part))
            for kept in times_in(session, starts.astimezone(zone).date(), last, zone)
            if kept.starts_at < ends and kept.ends_at > starts]


OTHER_THINGS: tuple[OtherThings, ...] = (time_kept_from_clients,)


@dataclass(frozen=True)
class AgendaSession:
    appointment_id: int
    starts_at: datetime
    length_minutes: int
    name: str
    modality: Modality
    reach: str


@dataclass(frozen=True)
class AgendaDay:
    day: date
    sessions: tuple[AgendaSession, ...]
    others: tuple[OtherThing, ...]


@dataclass(frozen=True)
class AgendaCall:
    """Someone the call list says to reach today, for its most urgent reason."""

    name: str
    rule: CallRule
    number: str


@dataclass(frozen=True)
class AgendaNote:
    """A note still to finish: whose session, when, and whether it is overdue."""

    name: str
    starts_at: datetime
    overdue: bool


@dataclass(frozen=True)
class Agenda:
    today: AgendaDay
    tomorrow: AgendaDay
    calls: tuple[AgendaCall, ...]
    notes: tuple[AgendaNote, ...]
    language: Language
    full_names: bool


def day_agenda(vault: Vault, day: date, now: datetime, *, full_names: bool | None = None,
               others: Sequence[OtherThings] | None = None) -> Agenda:
    """The agenda of `day` and the day after. The call list is today's (as `now` sees it),
    so it is given only when `day` is today. Names are initials unless `full_names` (by
    default as the practice's reminders choose)."""
    with vault.unit_of_work() as session:  # one read: the day, the calls, the notes
        practice = practice_of(session)
        zone = ZoneInfo(practice.timezone)
        due = due_calls_in(session, now) if now.astimezone(zone).date() == day else []
        full = practice.reminder_full_names if full_names is None else full_names
        sources = OTHER_THINGS if others is None else others
        first, second = (_day(session, d, zone, full, sources)
                         for d in (day, day + timedelta(days=1)))
        to_call = [(f, reasons) for f, reasons in due if not f.do_not_contact]
        numbers = _numbers(session, [f.client_id for f, _reasons in to_call])
        calls = tuple(AgendaCall(shown_name(f.full_name, f.preferred_name, full),
                                 reasons[0].rule, numbers.get(f.client_id, ""))
                      for f, reasons in to_call)
        to_finish = notes_to_finish_in(session, day)
        preferred = _preferred_names(session, [n.client_id for n in to_finish])
        notes = tuple(AgendaNote(shown_name(n.client_name, preferred.get(n.client_id, ""), full),
                                 n.starts_at, n.overdue) for n in to_finish)
        return Agenda(first, second, calls, notes, Language(practice.language), full)


def one_day(vault: Vault, day: date, *, full_names: bool | None = None,
            others: Sequence[OtherThings] | None = None) -> AgendaDay:
    """One day's sessions and other things (the day after a day being closed, say)."""
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        full = practice.reminder_full_names if full_names is None else full_names
        return _day(session, day, ZoneInfo(practice.timezone), full,
                    OTHER_THINGS if others is None else others)


def _day(session: Session, day: date, zone: ZoneInfo, full: bool,
         sources: Sequence[OtherThings]) -> AgendaDay:
    starts, ends = days_bounds(day, 1, zone)
    rows = session.execute(
        select(Appointment.id, Appointment.starts_at, Appointment.length_minutes,
               Appointment.modality, Appointment.client_id, Client.full_name,
               Client.preferred_name, Client.online_handle)
        .join(Client, Client.id == Appointment.client_id)
        .where(Appointment.starts_at >= starts, Appointment.starts_at < ends,
               Appointment.status.not_in(CANCELLATIONS))
        .order_by(Appointment.starts_at, Appointment.id)).all()
    numbers = _numbers(session, [row.client_id for row in rows])
    sessions = tuple(
        AgendaSession(row.id, row.starts_at.astimezone(zone), row.length_minutes,
                      shown_name(row.full_name, row.preferred_name, full), row.modality,
                      row.online_handle if row.modality == Modality.VIDEO and row.online_handle
                      else numbers.get(row.client_id, row.online_handle))
        for row in rows)
    others = sorted((thing for source in sources for thing in source(session, starts, ends)),
                    key=lambda thing: (thing.starts_at, thing.title))
    return AgendaDay(day, sessions, tuple(others))


def _numbers(session: Session, client_ids: list[int]) -> dict[int, str]:
    """Each client's first number they may be called on."""
    found: dict[int, str] = {}
    n = ContactNumber
    for client_id, number in session.execute(
            select(n.client_id, n.number).where(n.client_id.in_(client_ids), n.may_call)
            .order_by(n.client_id, n.position)):
        found.setdefault(client_id, number)
    return found


def _preferred_names(session: Session, client_ids: list[int]) -> dict[int, str]:
    return {client_id: name for client_id, name in session.execute(
        select(Client.id, Client.preferred_name).where(Client.id.in_(client_ids)))}
