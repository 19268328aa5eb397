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

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Client, DayClose, Series
from models.audit import HEAD_MOVED, Change, append_events
from models.enums import AppointmentStatus
from services.calendar.blocks import add_block_in
from services.calendar_import.block_events import block_plan
from services.calendar_import.changes import EventChange, apply_changes_in
from services.calendar_import.decisions import Decision, ImportSummary, is_past
from services.calendar_import.events import EventKey, ImportedEvent
from services.calendar_import.import_steps import SessionsToWrite, planned_writes
from services.calendar_import.matching import CalendarPlan
from services.calendar_import.origins import Origin, origins_of
from services.clients.client_records import ClientDraft, add_client, checked_draft
from services.errors import InvalidValue, NotFound, Refused, StillroomError
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault

PastAs = Literal["attended", "booked"]
LONGEST_SESSION = 8 * 60
Progress = Callable[[int, int], None]


def import_calendar(vault: Vault, plan: CalendarPlan, decisions: Mapping[str, Decision],
                    past_as: PastAs = "attended", allow_conflicts: bool = False,
                    progress: Progress | None = None,
                    changes: Sequence[EventChange] = ()) -> ImportSummary:
    """Write what the decisions say, with the `changes` of an earlier import the therapist
    chose to apply, all of it or nothing; returns what was written."""
    if past_as not in ("attended", "booked"):
        raise InvalidValue("Past sessions are imported as attended or as booked.",
                           field="past_as")
    writes = planned_writes(plan, decisions, allow_conflicts)
    past_status = (AppointmentStatus.ATTENDED if past_as == "attended"
                   else AppointmentStatus.SCHEDULED)
    total = sum(len(s.events) for s in writes.sessions) + sum(
        len(b.events) for b in writes.blocks)
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        zone = ZoneInfo(practice.timezone)
        now = datetime.now(UTC)
        _refuse_closed_days(session, writes.sessions, zone)
        known = origins_of(session, (g.uid for g in plan.file.groups))
        clients = _clients_for(session, writes.sessions, zone)
        session.flush()
        series = [_series_for(session, each, clients[_client_key(each.decision)], zone, known,
                              practice.session_minutes)
                  for each in writes.sessions]
        blocks = [(event, add_block_in(session, block_plan(
            each.kind, event.title, event.starts_at, event.ends_at,
            whole_day=event.whole_day, zone=zone), zone))
            for each in writes.blocks for event in each.events]
        session.flush()
        if progress is not None:
            progress(len(blocks), total)
        created = (_stored(now), now.isoformat())
        sessions = [(event, clients[_client_key(each.decision)],
                     rule.id if rule is not None else None)
                    for each, rule in zip(writes.sessions, series, strict=True)
                    for event in each.events]
        first_id = _last_appointment_id(session) + 1
        rows = [_appointment(id, event, client, series_id, practice.session_minutes,
                             past_status if is_past(event.starts_at, plan.now)
                             else AppointmentStatus.SCHEDULED, created)
                for id, (event, client, series_id) in enumerate(sessions, start=first_id)]
        _insert_rows(session, "appointment", APPOINTMENT_COLUMNS, [row for row, _ in rows])
        if rows:
            session.info[HEAD_MOVED] = append_events(
                session.connection(), str(session.info.get("actor", "unknown")),
                [Change("create", "appointment", str(row[0]), {}, recorded)
                 for row, recorded in rows])
        origins = [_origin(event, created, appointment_id=row[0], series_id=series_id,
                           starts=row[3])
                   for (event, _client, series_id), (row, _) in zip(sessions, rows, strict=True)]
        origins += [_origin(event, created, block_id=block.id) for event, block in blocks]
        origins += [_origin(event, created) for event in writes.skipped]
        _insert_rows(session, "imported_event", ORIGIN_COLUMNS, origins)
        apply_changes_in(session, changes, now)
        if progress is not None:
            progress(total, total)
    return writes.summary


APPOINTMENT_COLUMNS = ("id", "client_id", "series_id", "starts_at", "length_minutes",
                       "modality", "status", "arrived_at", "cancelled_by",
                       "cancellation_arrived_at", "reason_category", "reason_text",
                       "no_show_reason", "note", "fee_override", "created_at",
                       "kept_another_way")
ORIGIN_COLUMNS = ("uid", "recurrence_id", "appointment_id", "series_id", "block_id", "title",
                  "starts_at", "ends_at", "status", "imported_at")
Spelled = tuple[str, str]  # an instant as the table stores it, and as the audit trail records it


def _stored(instant: datetime) -> str:
    """models.base.stored_instant's spelling, by isoformat: strftime takes twice as long, and
    an import spells tens of thousands."""
    return instant.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _last_appointment_id(session: Session) -> int:
    """The sessions are numbered after the last one: the unit of work holds the write lock."""
    return int(session.connection().exec_driver_sql(
        "SELECT coalesce(max(id), 0) FROM appointment").scalar() or 0)


def _insert_rows(session: Session, table: str, columns: tuple[str, ...],
                 rows: list[tuple[Any, ...]]) -> None:
    """Rows written at once, as the table stores them (see models.base): twenty thousand
    sessions through the ORM's flush take seconds."""
    if rows:
        session.connection().exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})", rows)


def _refuse_closed_days(session: Session, writes: tuple[SessionsToWrite, ...],
                        zone: ZoneInfo) -> None:
    """A closed day is read-only: a session imported onto one refuses the import."""
    closed = set(session.scalars(select(DayClose.day).where(DayClose.reopened_at.is_(None))))
    if not closed:
        return
    for each in writes:
        for event in each.events:
            day = event.starts_at.astimezone(zone).date()
            if day in closed:
                raise Refused("Line {line}: \"{title}\" on {day} falls on a day you have "
                              "closed. Reopen the day, or leave the event out.",
                              line=event.line, title=event.title, day=day.isoformat())


def _client_key(decision: Decision) -> int | str:
    if decision.client_id is not None:
        return decision.client_id
    assert decision.new_client is not None
    return decision.new_client.strip()


def _clients_for(session: Session, writes: tuple[SessionsToWrite, ...],
                 zone: ZoneInfo) -> dict[int | str, Client]:
    """The clients the sessions are for: those chosen, and those made from titles (who
    started on the day of their first session)."""
    first: dict[int | str, datetime] = {}
    for each in writes:
        key = _client_key(each.decision)
        first[key] = min(first.get(key, each.events[0].starts_at), each.events[0].starts_at)
    found: dict[int | str, Client] = {}
    for key, began in first.items():
        if isinstance(key, int):
            client = session.get(Client, key)
            if client is None:
                raise NotFound("There is no client number {id}.", id=key)
        else:
            client = add_client(session, checked_draft(ClientDraft(
                full_name=key, started_on=began.astimezone(zone).date())))
        found[key] = client
    return found


def _series_for(session: Session, sessions: SessionsToWrite, client: Client, zone: ZoneInfo,
                known: Mapping[EventKey, Origin], usual_minutes: int) -> Series | None:
    """The series the group's sessions join: the one an earlier import made, stretched to the
    new last session, or a new one from the group's first occurrence."""
    if sessions.repeat is None:
        return None
    last_day = sessions.events[-1].starts_at.astimezone(zone).date()
    earlier = next((o.series_id for k, o in known.items()
                    if k[0] == sessions.group.uid and o.series_id is not None), None)
    series = session.get(Series, earlier) if earlier is not None else None
    if series is not None and series.client_id == client.id:
        series.ends_on = max(series.ends_on or last_day, last_day)
        return series
    first = sessions.group.occurrences[0]
    local = first.starts_at.astimezone(zone)
    series = Series(client_id=client.id, repeat=sessions.repeat, first_day=local.date(),
                    local_start=local.time().replace(tzinfo=None),
                    length_minutes=_length(first, usual_minutes),
                    modality=client.preferred_modality, ends_on=last_day)
    session.add(series)
    return series


def _length(event: ImportedEvent, default: int) -> int:
    """The session's minutes: an event with no length takes the practice's usual one."""
    minutes = event.minutes
    if minutes > LONGEST_SESSION:
        raise StillroomError("Line {line}: \"{title}\" lasts more than eight hours, too long "
                             "for a session; import it as a block or skip it.",
                             line=event.line, title=event.title)
    return minutes if minutes >= 1 else default


def _appointment(id: int, event: ImportedEvent, client: Client, series_id: int | None,
                 default: int, status: AppointmentStatus,
                 created: Spelled) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """A session's row as the table stores it, and as the audit trail records a new one: the
    columns the ORM's flush would record (those given a value), instants in ISO form."""
    starts = event.starts_at.astimezone(UTC)
    length, modality = _length(event, default), client.preferred_modality.value
    row = (id, client.id, series_id, _stored(starts), length, modality, status.value, None,
           None, None, None, "", None, "", None, created[0], False)
    recorded = {"client_id": client.id, "created_at": created[1], "id": id,
                "kept_another_way": False, "length_minutes": length, "modality": modality,
                "note": "", "reason_text": "", "series_id": series_id,
                "starts_at": starts.isoformat(), "status": status.value}
    return row, recorded


def _origin(event: ImportedEvent, created: Spelled, *, appointment_id: int | None = None,
            series_id: int | None = None, block_id: int | None = None,
            starts: str | None = None) -> tuple[Any, ...]:
    """What the event was and what it became, in ORIGIN_COLUMNS' order."""
    return (event.uid, event.recurrence_id or "", appointment_id, series_id, block_id,
            event.title, starts or _stored(event.starts_at), _stored(event.ends_at),
            event.status.value, created[0])
