"""The practice's settings as plain values, and changing them within the vault's limits."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from models import Practice
from models.enums import Envelope, FeeRule, Language, PaperSize
from services import validation
from services.errors import InvalidValue
from services.money.amounts import minor_digits
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class PracticeSettings:
    practice_name: str
    therapist_name: str
    credentials: str
    address: str
    phone: str
    email: str
    letterhead: str
    language: Language
    currency: str
    timezone: str
    paper_size: PaperSize
    envelope: Envelope
    work_starts: time
    work_ends: time
    work_days: str
    session_minutes: int
    session_fee: int
    cancel_window_hours: int
    late_cancel_fee_rule: FeeRule
    late_cancel_fee_value: int
    no_show_fee_rule: FeeRule
    no_show_fee_value: int
    first_missed_forgiven: bool
    late_call_minutes: int
    follow_up_days: int
    silence_days: int
    waiting_room_gap_minutes: int
    call_attempts: int
    scheduling_weeks: int
    reminders: bool
    idle_lock_minutes: int

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


NAMES = [f.name for f in fields(PracticeSettings)]


def read_settings(vault: Vault) -> PracticeSettings:
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        return settings_of(practice)


def settings_of(practice: Practice) -> PracticeSettings:
    return PracticeSettings(**{name: getattr(practice, name) for name in NAMES})


def checked_settings(settings: PracticeSettings) -> PracticeSettings:
    """The settings tidied, or InvalidValue naming the first field at fault."""
    s = settings
    validation.time_zone(s.timezone)
    minor_digits(s.currency)
    if s.work_ends <= s.work_starts:
        raise InvalidValue("The working day must end after it starts.", field="work_ends")
    if not s.work_days or any(ch not in "1234567" for ch in s.work_days):
        raise InvalidValue("Please choose at least one working day.", field="work_days")
    for fee_field in ("session_fee", "late_cancel_fee_value", "no_show_fee_value"):
        validation.money(getattr(s, fee_field), fee_field)
    for rule_field in ("late_cancel_fee_rule", "no_show_fee_rule"):
        value_field = rule_field.replace("_rule", "_value")
        if getattr(s, rule_field) == FeeRule.PERCENT and getattr(s, value_field) > 100:
            raise InvalidValue("A share must be from 0 to 100 per cent.", field=value_field)
    validation.session_length(s.session_minutes, "session_minutes")
    validation.whole_number(s.cancel_window_hours, "cancel_window_hours", 0, 168)
    validation.whole_number(s.late_call_minutes, "late_call_minutes", 1, 120)
    validation.whole_number(s.follow_up_days, "follow_up_days", 1, 365)
    validation.whole_number(s.silence_days, "silence_days", 1, 730)
    validation.whole_number(s.waiting_room_gap_minutes, "waiting_room_gap_minutes", 0, 240)
    validation.whole_number(s.idle_lock_minutes, "idle_lock_minutes", 1, 240)
    validation.whole_number(s.call_attempts, "call_attempts", 1, 10)
    validation.whole_number(s.scheduling_weeks, "scheduling_weeks", 1, 26)
    return replace(
        s,
        practice_name=validation.name(s.practice_name, "practice_name"),
        therapist_name=validation.name(s.therapist_name, "therapist_name", required=False),
        timezone=s.timezone.strip(),
        credentials=validation.text(s.credentials, "credentials", multiline=False, limit=200),
        address=validation.text(s.address, "address", limit=1000),
        phone=validation.phone(s.phone) if s.phone.strip() else "",
        email=validation.email(s.email),
        letterhead=validation.text(s.letterhead, "letterhead", limit=2000),
        language=Language(s.language),
        paper_size=PaperSize(s.paper_size),
        envelope=Envelope(s.envelope),
    )


def update_settings(vault: Vault, **changes: Any) -> PracticeSettings:
    """Change some settings; all are checked before anything is written."""
    with vault.unit_of_work() as session:
        return update_settings_in(session, **changes)


def update_settings_in(session: Session, **changes: Any) -> PracticeSettings:
    """`update_settings` inside the caller's unit of work."""
    unknown = set(changes) - set(NAMES)
    if unknown:
        raise InvalidValue("Unknown setting: {names}", names=", ".join(sorted(unknown)))
    practice = practice_of(session)
    updated = checked_settings(replace(settings_of(practice), **changes))
    for name, value in asdict(updated).items():
        if getattr(practice, name) != value:
            setattr(practice, name, value)
    return updated
