"""What the therapist chose for reminders: on or off, how long before a session, full names or
initials, and the day's agenda when the working day starts.

Reminders are off in a new practice. They are turned on here (Settings) or by the guided
step after a missed session (`services.hard_moments.session_decision`, which writes
`Practice.reminders` through the practice's settings); either way `due_reminders` reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from services import validation
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault

MINUTES_BEFORE = (1, 120)


@dataclass(frozen=True)
class ReminderSettings:
    on: bool = False
    minutes_before: int = 10
    full_names: bool = False
    agenda_at_start: bool = True



def reminder_settings_in(session: Session) -> ReminderSettings:
    p = practice_of(session)
    return ReminderSettings(p.reminders, p.reminder_minutes, p.reminder_full_names,
                            p.agenda_at_start)


def read_reminder_settings(vault: Vault) -> ReminderSettings:
    with vault.unit_of_work() as session:
        return reminder_settings_in(session)


def check_reminder_settings(wanted: ReminderSettings) -> None:
    """InvalidValue (on `reminder_minutes`) when the minutes are out of range."""
    low, high = MINUTES_BEFORE
    validation.whole_number(wanted.minutes_before, "reminder_minutes", low, high)


def update_reminder_settings(vault: Vault, wanted: ReminderSettings) -> ReminderSettings:
    """Save the reminder settings; InvalidValue (on `reminder_minutes`) writes nothing."""
    check_reminder_settings(wanted)
    with vault.unit_of_work() as session:
        p = practice_of(session)
        p.reminders = bool(wanted.on)
        p.reminder_minutes = wanted.minutes_before
        p.reminder_full_names = bool(wanted.full_names)
        p.agenda_at_start = bool(wanted.agenda_at_start)
        return reminder_settings_in(session)
