"""Writing an import: new clients, sessions (weekly and fortnightly repeats as series), blocks,
and the origin of every event, in one unit of work, or nothing.

Sessions are written as Series and Appointment rows here rather than through `book_in`: a
series imported from a calendar began in the past, may have had occurrences moved or taken
out, and runs to hundreds of sessions, where `book_in` books a fresh rule of at most 104. Clashes
with the book were found when the plan was made (`clashes`) and are left out unless the
therapist chose to book them anyway. A past session is attended (or stays booked for the
therapist to close); no fee is charged for it: the old system kept the money.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from models import Appointment, Client, EventOrigin, Practice, Series
from models.enums import AppointmentStatus
from services.calendar.blocks import add_block_in
from services.calendar_import.block_events import block_plan
from services.calendar_import.decisions import Decision, ImportSummary, is_past
from services.calendar_import.events import ImportedEvent
from services.calendar_import.import_steps import SessionsToWrite, planned_writes
from services.calendar_import.matching import CalendarPlan
from services.calendar_import.origins import origins_of
from services.clients.client_records import ClientDraft, add_client, checked_draft
from services.errors import InvalidValue, NotFound, StillroomError
from services.vault.practice_vault import Vault

PastAs = Literal["attended", "booked"]
LONGEST_SESSION = 8 * 60
Progress = Callable[[int, int], None]


def import_calendar(vault: Vault, plan: CalendarPlan, decisions: Mapping[str, Decision],
                    past_as: PastAs = "attended", allow_conflicts: bool = False,
                    progress: Progress | None = None) -> ImportSummary:
    """Write what the decisions say, all of it or nothing; returns what was written."""
    if past_as not in ("attended", "booked"):
        raise InvalidValue("Past sessions are imported as attended or as booked.",
                           field="past_as")
    writes = planned_writes(plan, decisions, allow_conflicts)
    past_status = (AppointmentStatus.ATTENDED if past_as == "attended"
                   else AppointmentStatus.SCHEDULED)
    total = sum(len(s.events) for s in writes.sessions) + sum(
        len(b.events) for b in writes.blocks)
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        assert practice is not None, "every vault is created with its practice row"
        zone = ZoneInfo(practice.timezone)
        now = datetime.now(UTC)
        known = origins_of(session, (g.uid for g in plan.file.groups))
        clients = _clients_for(session, writes.sessions)
        origins: list[EventOrigin] = []
        done = 0
        for sessions in writes.sessions:
            client = clients[_client_key(sessions.decision)]
            series_id = _series_for(session, sessions, client, zone, known)
            booked = [_appointment(event, client, series_id, practice.session_minutes,
                                   past_status if is_past(event.starts_at, plan.now)
                                   else AppointmentStatus.SCHEDULED, now)
                      for event in sessions.events]
            session.add_all(booked)
            session.flush()
            origins += [_origin(event, now, appointment_id=a.id, series_id=series_id)
                        for event, a in zip(sessions.events, booked, strict=True)]
            done += len(booked)
            if progress is not None:
                progress(done, total)
        for blocks in writes.blocks:
            for event in blocks.events:
                block = add_block_in(session, block_plan(
                    blocks.kind, event.title, event.starts_at, event.ends_at,
                    whole_day=event.whole_day, zone=zone), zone)
                session.flush()
                origins.append(_origin(event, now, block_id=block.id))
            done += len(blocks.events)
            if progress is not None:
                progress(done, total)
        origins += [_origin(event, now) for event in writes.skipped]
        session.add_all(origins)
    return writes.summary


def _client_key(decision: Decision) -> int | str:
    if decision.client_id is not None:
        return decision.client_id
    assert decision.new_client is not None
    return decision.new_client.strip()


def _clients_for(session: Session, writes: tuple[SessionsToWrite, ...]) -> dict[int | str, Client]:
    """The clients the sessions are for: those chosen, and those made from titles."""
    found: dict[int | str, Client] = {}
    for each in writes:
        key = _client_key(each.decision)
        if key in found:
            continue
        if isinstance(key, int):
            client = session.get(Client, key)
            if client is None:
                raise NotFound("There is no client number {id}.", id=key)
        else:
            client = add_client(session, checked_draft(ClientDraft(full_name=key)))
            session.flush()
        found[key] = client
    return found


def _series_for(session: Session, sessions: SessionsToWrite, client: Client, zone: ZoneInfo,
                known: Mapping[tuple[str, str], object]) -> int | None:
    """The series the group's sessions join: the one an earlier import made, stretched to the
    new last session, or a new one from the group's first occurrence."""
    if sessions.repeat is None:
        return None
    last_day = sessions.events[-1].starts_at.astimezone(zone).date()
    earlier = [getattr(o, "series_id", None) for k, o in known.items()
               if k[0] == sessions.group.uid]
    series_id = next((s for s in earlier if s is not None), None)
    if series_id is not None:
        series = session.get(Series, series_id)
        if series is not None:
            series.ends_on = max(series.ends_on or last_day, last_day)
            return series.id
    first = sessions.group.occurrences[0]
    local = first.starts_at.astimezone(zone)
    series = Series(client_id=client.id, repeat=sessions.repeat, first_day=local.date(),
                    local_start=local.time().replace(tzinfo=None),
                    length_minutes=_length(first, LONGEST_SESSION),
                    modality=client.preferred_modality, ends_on=last_day)
    session.add(series)
    session.flush()
    return series.id


def _length(event: ImportedEvent, default: int) -> int:
    """The session's minutes: an event with no length takes the practice's usual one."""
    minutes = event.minutes
    if minutes > LONGEST_SESSION:
        raise StillroomError("Line {line}: \"{title}\" lasts more than eight hours, too long "
                             "for a session; import it as a block or skip it.",
                             line=event.line, title=event.title)
    return minutes if minutes >= 1 else default


def _appointment(event: ImportedEvent, client: Client, series_id: int | None, default: int,
                 status: AppointmentStatus, now: datetime) -> Appointment:
    return Appointment(client_id=client.id, series_id=series_id, starts_at=event.starts_at,
                       length_minutes=_length(event, default), modality=client.preferred_modality,
                       status=status, created_at=now)


def _origin(event: ImportedEvent, now: datetime, *, appointment_id: int | None = None,
            series_id: int | None = None, block_id: int | None = None) -> EventOrigin:
    return EventOrigin(uid=event.uid, recurrence_id=event.recurrence_id or "",
                       appointment_id=appointment_id, series_id=series_id, block_id=block_id,
                       title=event.title, starts_at=event.starts_at, ends_at=event.ends_at,
                       status=event.status.value, imported_at=now)

