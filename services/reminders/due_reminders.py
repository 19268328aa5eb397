"""What to remind the therapist of at a moment: each session starting within the minutes they
chose, and the day's agenda once, when the working day starts.

Each reminder is marked as given in the vault as it is handed out (`Practice.reminded_until`,
the latest session start reminded of, and `Practice.agenda_shown_on`), so that a restart or a
second look never gives it again; the window only shows them. A cancelled or moved session is
no longer scheduled at its time, so it is not reminded of. With reminders off nothing is due
and nothing is marked, so turning them on reminds of what is still ahead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Appointment, Client, Practice
from models.enums import AppointmentStatus, Modality
from services.calendar.blocks import days_off_in
from services.errors import InvalidValue
from services.practice.practice_row import practice_of
from services.practice.practice_time import to_utc
from services.reminders.discreet_names import shown_name
from services.vault.practice_vault import Vault

# How far ahead the next agenda is looked for (past a long holiday, the clock's minutely look
# finds it).
AGENDA_LOOKS_AHEAD_DAYS = 8


@dataclass(frozen=True)
class SessionReminder:
    """A session about to start: `minutes` until it does, the client named as the therapist
    chose (initials unless full names)."""

    appointment_id: int
    starts_at: datetime
    minutes: int
    name: str
    modality: Modality


@dataclass(frozen=True)
class DueReminders:
    """What is due now, and when to look again (`next_at`, UTC; None while reminders are off
    or nothing lies ahead)."""

    sessions: tuple[SessionReminder, ...] = ()
    agenda_day: date | None = None
    next_at: datetime | None = None


def due_reminders(vault: Vault, now: datetime) -> DueReminders:
    with vault.unit_of_work() as session:
        return due_reminders_in(session, now)


def due_reminders_in(session: Session, now: datetime) -> DueReminders:
    """The reminders due at `now` (aware), marked as given."""
    if now.tzinfo is None:
        raise InvalidValue("A moment for reminders needs a time zone.", field="now")
    now = now.astimezone(UTC)
    p = practice_of(session)
    if not p.reminders:
        return DueReminders()
    zone = ZoneInfo(p.timezone)
    before = timedelta(minutes=p.reminder_minutes)
    horizon = now + before
    since = max(p.reminded_until or now, now)
    rows = session.execute(
        select(Appointment.id, Appointment.starts_at, Appointment.modality, Client.full_name,
               Client.preferred_name)
        .join(Client, Client.id == Appointment.client_id)
        .where(Appointment.status == AppointmentStatus.SCHEDULED,
               Appointment.starts_at > since, Appointment.starts_at <= horizon)
        .order_by(Appointment.starts_at, Appointment.id)).all()
    sessions = tuple(
        SessionReminder(id_, starts_at.astimezone(zone),
                        math.ceil((starts_at - now).total_seconds() / 60),
                        shown_name(full, preferred, p.reminder_full_names), modality)
        for id_, starts_at, modality, full, preferred in rows)
    if sessions:
        p.reminded_until = rows[-1].starts_at
    agenda_day = _agenda_due(session, p, now, zone)
    if agenda_day is not None:
        p.agenda_shown_on = agenda_day
    return DueReminders(sessions, agenda_day, _next_look(session, p, now, horizon, zone))


def _working_days(session: Session, p: Practice, first: date, days: int,
                  zone: ZoneInfo) -> set[date]:
    """The practice's working days among `days` from `first`, less those a holiday (a
    whole-day block) closes: no agenda comes on a day off."""
    last = first + timedelta(days=days - 1)
    off = days_off_in(session, first, last, zone)
    return {day for day in (first + timedelta(days=n) for n in range(days))
            if str(day.isoweekday()) in p.work_days and day not in off}


def _agenda_due(session: Session, p: Practice, now: datetime, zone: ZoneInfo) -> date | None:
    """Today, during its working hours, when its agenda was not given yet."""
    local = now.astimezone(zone)
    today = local.date()
    if (p.agenda_at_start and p.agenda_shown_on != today
            and p.work_starts <= local.time() < p.work_ends
            and today in _working_days(session, p, today, 1, zone)):
        return today
    return None


def _next_agenda(session: Session, p: Practice, now: datetime,
                 zone: ZoneInfo) -> datetime | None:
    """When the next working day starts whose agenda is still to give."""
    if not p.agenda_at_start:
        return None
    today = now.astimezone(zone).date()
    working = _working_days(session, p, today, AGENDA_LOOKS_AHEAD_DAYS, zone)
    for day in sorted(working):
        starts = to_utc(day, p.work_starts, zone)
        if p.agenda_shown_on != day and starts > now:
            return starts
    return None


def _next_look(session: Session, p: Practice, now: datetime, horizon: datetime,
               zone: ZoneInfo) -> datetime | None:
    """The next moment anything falls due: a session's reminder or a day's agenda."""
    next_start = session.scalar(
        select(func.min(Appointment.starts_at))
        .where(Appointment.status == AppointmentStatus.SCHEDULED,
               Appointment.starts_at > horizon))
    moments = [m for m in (
        next_start - timedelta(minutes=p.reminder_minutes) if next_start else None,
        _next_agenda(session, p, now, zone)) if m is not None]
    return min(moments, default=None)
