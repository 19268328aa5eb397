"""Whether a session is the client's second: they have met the therapist once before.

A missed or late-cancelled second session asks for extra care, so the guided dialogs say so.
Only sessions that took place count as meetings (attended, on time or late); a first booking
that was missed or cancelled is not a first meeting.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Appointment
from models.enums import AppointmentStatus
from services.errors import NotFound
from services.vault.practice_vault import Vault

MET = (AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE)


def is_second_session(vault: Vault, appointment_id: int) -> bool:
    with vault.unit_of_work() as session:
        return is_second_session_in(session, appointment_id)


def is_second_session_in(session: Session, appointment_id: int) -> bool:
    """True when exactly one earlier session of the same client took place."""
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound("There is no session number {id}.", id=appointment_id)
    met = session.execute(select(func.count()).where(
        Appointment.client_id == appointment.client_id,
        Appointment.starts_at < appointment.starts_at,
        Appointment.status.in_(MET))).scalar_one()
    return bool(met == 1)
