"""Sessions whose client has not arrived: past the late-call minutes, still only booked.

The window shows them as a notice with the client's number, and for a session by video the
client's video handle (Skype, WhatsApp, Zoom...), so the therapist can reach them where they
are while there is still time for the session to happen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Practice
from models.enums import AppointmentStatus, Modality
from services.calendar.appointments import CalendarEntry, between
from services.clients.client_records import PhoneNumber, client_details
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class LateArrival:
    entry: CalendarEntry
    minutes_late: int
    numbers: tuple[PhoneNumber, ...]
    # The client's video handle, for a session by video ("" otherwise, or when none is kept).
    video_handle: str = ""


def late_now(vault: Vault, now: datetime | None = None) -> list[LateArrival]:
    """Booked sessions that started at least the late-call minutes ago and have not ended."""
    with vault.unit_of_work() as session:
        return late_now_in(session, (now or datetime.now(UTC)).astimezone(UTC))


def late_now_in(session: Session, now: datetime) -> list[LateArrival]:
    """`late_now` inside the caller's unit of work (the call list's)."""
    minutes = session.execute(select(Practice.late_call_minutes)).scalar_one()
    started = [entry for entry in between(session, now - timedelta(hours=8), now)
               if entry.status == AppointmentStatus.SCHEDULED]
    arrived = set(session.scalars(
        select(Appointment.id).where(Appointment.id.in_([e.id for e in started]),
                                     Appointment.arrived_at.is_not(None))))
    late = []
    for entry in started:
        waited = now - entry.starts_at
        ended = waited >= timedelta(minutes=entry.length_minutes)
        if entry.id in arrived or ended or waited < timedelta(minutes=minutes):
            continue
        draft = client_details(session, entry.client_id).draft
        handle = draft.online_handle if entry.modality == Modality.VIDEO else ""
        late.append(LateArrival(entry, int(waited.total_seconds() // 60), draft.numbers,
                                handle))
    return late
