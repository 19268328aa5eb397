"""Reminders with an injected clock: once, N minutes before, never for a cancelled session,
never again after a restart, initials unless full names are chosen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models.enums import (
    AppointmentStatus,
    BlockKind,
    BookAction,
    CancelledBy,
    Modality,
    ReasonCategory,
)
from services.calendar.appointments import book, cancel
from services.calendar.blocks import BlockPlan, add_block
from services.clients.client_records import ClientDraft, create_client
from services.errors import InvalidValue
from services.hard_moments.session_decision import SessionDecision, decide
from services.practice.practice_settings import update_settings
from services.reminders.discreet_names import initials, shown_name
from services.reminders.due_reminders import due_reminders
from services.reminders.reminder_settings import (
    ReminderSettings,
    read_reminder_settings,
    update_reminder_settings,
)
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE

# A Tuesday in winter (London is on UTC): work starts at 09:00.
SESSION = datetime(2026, 1, 6, 14, 0, tzinfo=UTC)


def on(vault: Vault, **changes: object) -> None:
    update_reminder_settings(vault, ReminderSettings(**{"on": True, **changes}))  # type: ignore[arg-type]


def client(vault: Vault, name: str = "Ann Lee", preferred: str = "Annie") -> int:
    return create_client(vault, ClientDraft(full_name=name, preferred_name=preferred))


def at(minutes_before: float) -> datetime:
    return SESSION - timedelta(minutes=minutes_before)


def test_a_new_practice_has_reminders_off_and_nothing_is_due(vault: Vault) -> None:
    book(vault, client(vault), SESSION)
    assert read_reminder_settings(vault) == ReminderSettings(False, 10, False, True)
    assert due_reminders(vault, at(5)).sessions == ()


def test_a_reminder_comes_once_n_minutes_before(vault: Vault) -> None:
    (session_id,) = book(vault, client(vault), SESSION, modality=Modality.VIDEO)
    on(vault, agenda_at_start=False)
    early = due_reminders(vault, at(10.5))
    assert early.sessions == ()
    assert early.next_at == at(10)
    due = due_reminders(vault, at(10))
    assert [(r.appointment_id, r.minutes, r.name, r.modality) for r in due.sessions] == [
        (session_id, 10, "A. L.", Modality.VIDEO)]
    assert due.sessions[0].starts_at.tzinfo is not None
    assert due_reminders(vault, at(9)).sessions == ()
    assert due_reminders(vault, at(1)).sessions == ()


def test_the_minutes_before_are_the_therapists(vault: Vault) -> None:
    book(vault, client(vault), SESSION)
    on(vault, minutes_before=30, agenda_at_start=False)
    assert due_reminders(vault, at(31)).sessions == ()
    assert [r.minutes for r in due_reminders(vault, at(30)).sessions] == [30]


def test_a_cancelled_session_is_not_reminded_of(vault: Vault) -> None:
    (session_id,) = book(vault, client(vault), SESSION)
    on(vault, agenda_at_start=False)
    cancel(vault, session_id, CancelledBy.CLIENT, at(60 * 30), ReasonCategory.ILLNESS)
    due = due_reminders(vault, at(5))
    assert due.sessions == ()
    assert due.next_at is None


def test_a_restart_never_repeats_a_reminder(vault: Vault, data_dir: Path) -> None:
    client_id = client(vault)
    book(vault, client_id, SESSION)
    (later_id,) = book(vault, client_id, SESSION + timedelta(minutes=5), allow_conflicts=True)
    on(vault, agenda_at_start=False)
    assert len(due_reminders(vault, at(10)).sessions) == 1
    vault.close()
    reopened = open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE))
    try:
        again = due_reminders(reopened, at(6))
        assert again.sessions == ()  # the first session's reminder was given before
        assert [r.appointment_id for r in due_reminders(reopened, at(5)).sessions] == [later_id]
        assert due_reminders(reopened, at(4)).sessions == ()
    finally:
        reopened.close()


def test_full_names_only_when_chosen(vault: Vault) -> None:
    book(vault, client(vault, "Maria del Carmen Ruiz", "Carmen"), SESSION)
    book(vault, client(vault, "Tom Hale", ""), SESSION + timedelta(minutes=1), allow_conflicts=True)
    on(vault, agenda_at_start=False)
    assert [r.name for r in due_reminders(vault, at(9)).sessions] == ["M. D. C. R.", "T. H."]
    on(vault, agenda_at_start=False, full_names=True)
    book(vault, client(vault, "Ida Moss", "Ida"), SESSION + timedelta(minutes=2),
         allow_conflicts=True)
    assert [r.name for r in due_reminders(vault, at(8)).sessions] == ["Ida"]


def test_the_agenda_comes_once_when_the_working_day_starts(vault: Vault) -> None:
    on(vault)
    before_work = datetime(2026, 1, 6, 8, 30, tzinfo=UTC)
    due = due_reminders(vault, before_work)
    assert due.agenda_day is None
    assert due.next_at == datetime(2026, 1, 6, 9, 0, tzinfo=UTC)
    assert due_reminders(vault, datetime(2026, 1, 6, 9, 0, tzinfo=UTC)).agenda_day == SESSION.date()
    second = due_reminders(vault, datetime(2026, 1, 6, 9, 5, tzinfo=UTC))
    assert second.agenda_day is None
    assert second.next_at == datetime(2026, 1, 7, 9, 0, tzinfo=UTC)
    saturday = datetime(2026, 1, 10, 9, 30, tzinfo=UTC)
    assert due_reminders(vault, saturday).agenda_day is None
    assert due_reminders(vault, saturday).next_at == datetime(2026, 1, 12, 9, 0, tzinfo=UTC)


def test_no_agenda_on_a_holiday_and_the_next_comes_after_it(vault: Vault) -> None:
    on(vault)
    add_block(vault, BlockPlan(BlockKind.HOLIDAY, "Crete", first_day=date(2026, 1, 6),
                               last_day=date(2026, 1, 8)))
    due = due_reminders(vault, datetime(2026, 1, 6, 9, 30, tzinfo=UTC))
    assert due.agenda_day is None
    assert due.next_at == datetime(2026, 1, 9, 9, 0, tzinfo=UTC)


def test_no_agenda_when_the_therapist_wants_none(vault: Vault) -> None:
    on(vault, agenda_at_start=False)
    due = due_reminders(vault, datetime(2026, 1, 6, 9, 30, tzinfo=UTC))
    assert (due.agenda_day, due.next_at) == (None, None)


def test_the_preventive_step_after_a_missed_session_is_read(vault: Vault) -> None:
    """The guided "Turn on reminders" writes the setting the reminders read."""
    client_id = client(vault)
    (missed,) = book(vault, client_id, SESSION - timedelta(days=7))
    book(vault, client_id, SESSION)
    update_settings(vault, reminders=False)
    assert due_reminders(vault, at(10)).sessions == ()
    decide(vault, SessionDecision(BookAction.MISSED_BY_ME, missed,
                                  status=AppointmentStatus.MISSED_BY_THERAPIST,
                                  reminders_on=True))
    assert read_reminder_settings(vault).on
    assert [r.minutes for r in due_reminders(vault, at(9)).sessions] == [9]


def test_the_minutes_are_checked_and_nothing_is_written_when_wrong(vault: Vault) -> None:
    with pytest.raises(InvalidValue) as refused:
        update_reminder_settings(vault, ReminderSettings(True, 0))
    assert refused.value.field == "reminder_minutes"
    assert not read_reminder_settings(vault).on


def test_a_moment_without_a_zone_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidValue):
        due_reminders(vault, datetime(2026, 1, 6, 9, 0))


def test_initials_and_names() -> None:
    assert initials("ann lee") == "A. L."
    assert shown_name("Ann Lee", "Annie", False) == "A. L."
    assert shown_name("Ann Lee", "Annie", True) == "Annie"
    assert shown_name("Ann Lee", " ", True) == "Ann Lee"
