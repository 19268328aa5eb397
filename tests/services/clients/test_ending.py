"""Ending a client: kept and audited in one unit of work, undone and redone as one action;
their future sessions cancelled; an ending on a later day ends them on that day."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import Appointment, AuditEvent
from models.enums import AppointmentStatus, BookAction, ClientStatus
from services.calendar.appointments import book, delete, set_status
from services.calls.call_list import call_list
from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    read_client,
    update_client,
)
from services.clients.ending import (
    end_client,
    end_due_clients,
    keep_client,
    save_and_end_client,
    sessions_to_cancel,
)
from services.errors import InvalidValue, NotFound
from services.money.ledger import balance
from services.practice.practice_settings import update_settings
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from tests.services.book_state import book_state

STARTED = date(2026, 1, 5)


@pytest.fixture
def zoe(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Zoe Hart", started_on=STARTED))


def test_ending_a_client_is_kept_and_audited(vault: Vault, zoe: int) -> None:
    end_client(vault, zoe, date(2026, 11, 22))
    details = read_client(vault, zoe).draft
    assert (details.status, details.ended_on) == (ClientStatus.ENDED, date(2026, 11, 22))
    with vault.unit_of_work() as session:
        after = session.scalars(select(AuditEvent.after).where(
            AuditEvent.entity == "client").order_by(AuditEvent.seq.desc())).first()
    assert after is not None and "ended" in after
    done = vault.history.next_undo()
    assert done is not None and (done.action, done.client_name) == (BookAction.END_CLIENT,
                                                                     "Zoe Hart")


def test_undo_makes_the_client_what_they_were_and_redo_ends_them_again(
        vault: Vault, zoe: int) -> None:
    before = book_state(vault, with_audit=False)
    end_client(vault, zoe, date(2026, 11, 22))
    after = book_state(vault, with_audit=False)
    assert undo(vault) is not None
    assert book_state(vault, with_audit=False) == before
    assert read_client(vault, zoe).draft.status == ClientStatus.ACTIVE
    assert redo(vault) is not None
    assert book_state(vault, with_audit=False) == after


@pytest.mark.parametrize(("client", "on", "refusal"), [
    (None, date(2025, 12, 31), InvalidValue),  # before they started
    (404, date(2026, 11, 22), NotFound),
])
def test_a_refused_ending_changes_nothing(vault: Vault, zoe: int, client: int | None, on: date,
                                          refusal: type[Exception]) -> None:
    before = book_state(vault)
    with pytest.raises(refusal):
        end_client(vault, client or zoe, on)
    assert book_state(vault) == before
    assert vault.history.next_undo() is None


NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def _booked(vault: Vault, client_id: int) -> dict[datetime, AppointmentStatus]:
    with vault.unit_of_work() as session:
        return {a.starts_at: a.status for a in session.scalars(
            select(Appointment).where(Appointment.client_id == client_id))}


def test_ending_today_cancels_every_future_session_as_mine_with_no_fee(
        vault: Vault, zoe: int) -> None:
    past = book(vault, zoe, NOW - timedelta(days=7))[0]
    set_status(vault, past, AppointmentStatus.ATTENDED)
    future = [NOW + timedelta(days=d, hours=1) for d in (0, 7, 14)]
    for at in future:
        book(vault, zoe, at)
    balance_before = balance(vault, zoe)
    assert sessions_to_cancel(vault, zoe, NOW.date(), now=NOW) == future
    ending = end_client(vault, zoe, NOW.date(), now=NOW)
    assert ending.ended and ending.cancelled == tuple(future)
    statuses = _booked(vault, zoe)
    assert all(statuses[at] == AppointmentStatus.CANCELLED_BY_THERAPIST for at in future)
    assert statuses[NOW - timedelta(days=7)] == AppointmentStatus.ATTENDED
    assert balance(vault, zoe) == balance_before
    assert undo(vault) is not None
    assert set(_booked(vault, zoe).values()) == {AppointmentStatus.ATTENDED,
                                                 AppointmentStatus.SCHEDULED}
    assert read_client(vault, zoe).draft.status == ClientStatus.ACTIVE


def test_ending_on_a_later_day_keeps_sessions_until_then_and_ends_on_the_day(
        vault: Vault, zoe: int) -> None:
    on = date(2026, 12, 18)
    book(vault, zoe, NOW + timedelta(days=7))
    after_then = datetime(2026, 12, 21, 10, 0, tzinfo=UTC)
    book(vault, zoe, after_then)
    ending = end_client(vault, zoe, on, now=NOW)
    assert not ending.ended and ending.cancelled == (after_then,)
    details = read_client(vault, zoe)
    assert (details.draft.status, details.ending_on) == (ClientStatus.ACTIVE, on)
    assert end_due_clients(vault, datetime(2026, 12, 17, 23, 0, tzinfo=UTC)) == []
    booked_since = datetime(2026, 12, 28, 10, 0, tzinfo=UTC)
    book(vault, zoe, booked_since)
    assert end_due_clients(vault, datetime(2026, 12, 18, 9, 0, tzinfo=UTC)) == [zoe]
    details = read_client(vault, zoe)
    assert (details.draft.status, details.draft.ended_on, details.ending_on) == (
        ClientStatus.ENDED, on, None)
    statuses = _booked(vault, zoe)
    assert statuses[booked_since] == AppointmentStatus.CANCELLED_BY_THERAPIST
    assert statuses[NOW + timedelta(days=7)] == AppointmentStatus.SCHEDULED


def test_undoing_a_planned_ending_forgets_the_day(vault: Vault, zoe: int) -> None:
    before = book_state(vault, with_audit=False)
    end_client(vault, zoe, date(2026, 12, 18), now=NOW)
    assert undo(vault) is not None
    assert book_state(vault, with_audit=False) == before
    assert read_client(vault, zoe).ending_on is None


def test_a_client_ending_on_a_later_day_is_off_the_call_list_meanwhile(
        vault: Vault, zoe: int) -> None:
    last = book(vault, zoe, NOW - timedelta(days=30))[0]
    set_status(vault, last, AppointmentStatus.ATTENDED)
    assert zoe in {entry.client_id for entry in call_list(vault, NOW)}
    end_client(vault, zoe, date(2026, 12, 18), now=NOW)
    for later in (NOW, NOW + timedelta(days=7), NOW + timedelta(days=13)):
        assert zoe not in {entry.client_id for entry in call_list(vault, later)}


def test_a_planned_ending_is_called_off_when_the_client_gets_in_touch(
        vault: Vault, zoe: int) -> None:
    end_client(vault, zoe, date(2026, 12, 18), now=NOW)
    keep_client(vault, zoe)
    assert read_client(vault, zoe).ending_on is None
    assert end_due_clients(vault, datetime(2026, 12, 19, tzinfo=UTC)) == []
    assert read_client(vault, zoe).draft.status == ClientStatus.ACTIVE
    done = vault.history.next_undo()
    assert done is not None and done.action == BookAction.KEEP_CLIENT


SPRING = datetime(2027, 3, 20, 12, 0, tzinfo=UTC)  # the clocks go forward in London on 28 March


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days_ahead=st.integers(0, 14), session_hours=st.integers(-24, 24 * 21))
def test_an_ending_cancels_exactly_the_sessions_after_its_day(
        vault: Vault, zoe: int, days_ahead: int, session_hours: int) -> None:
    """A session is cancelled by an ending on day D when it is still to come and, for a day
    ahead, starts on a later local day than D: never one on D itself, whatever the clocks do."""
    update_settings(vault, timezone="Europe/London")
    zone = ZoneInfo("Europe/London")
    on = SPRING.astimezone(zone).date() + timedelta(days=days_ahead)
    starts = SPRING + timedelta(hours=session_hours)
    [session] = book(vault, zoe, starts)
    try:
        cancelled = sessions_to_cancel(vault, zoe, on, now=SPRING) == [starts]
        expected = starts >= SPRING and (days_ahead == 0 or starts.astimezone(zone).date() > on)
        assert cancelled == expected
    finally:
        delete(vault, session)


def test_saving_a_client_as_ended_is_one_step_and_undo_takes_back_details_and_ending(
        vault: Vault, zoe: int) -> None:
    coming = NOW + timedelta(days=3)
    book(vault, zoe, coming)
    update_client(vault, zoe, replace(read_client(vault, zoe).draft, numbers=(
        PhoneNumber("+44 7700 900111", "home"),)))
    before = book_state(vault, with_audit=False)
    edited = replace(read_client(vault, zoe).draft, status=ClientStatus.ENDED,
                     email="zoe@example.org", numbers=(PhoneNumber("+44 7700 900123"),))
    ending = save_and_end_client(vault, zoe, edited, now=NOW)
    assert (ending.on, ending.ended, ending.cancelled) == (NOW.date(), True, (coming,))
    saved = read_client(vault, zoe).draft
    assert (saved.status, saved.ended_on, saved.email, saved.numbers[0].number) == (
        ClientStatus.ENDED, NOW.date(), "zoe@example.org", "+44 7700 900123")
    assert _booked(vault, zoe) == {coming: AppointmentStatus.CANCELLED_BY_THERAPIST}
    after = book_state(vault, with_audit=False)
    done = undo(vault)
    assert done is not None and done.action == BookAction.END_CLIENT
    assert book_state(vault, with_audit=False) == before
    kept = read_client(vault, zoe).draft
    assert (kept.status, kept.email, [n.number for n in kept.numbers]) == (
        ClientStatus.ACTIVE, "", ["+44 7700 900111"])
    assert _booked(vault, zoe) == {coming: AppointmentStatus.SCHEDULED}
    assert redo(vault) is not None
    assert book_state(vault, with_audit=False) == after


def test_saving_as_ended_on_a_later_day_marks_the_client_as_ending_then(
        vault: Vault, zoe: int) -> None:
    later = NOW.date() + timedelta(days=10)
    edited = replace(read_client(vault, zoe).draft, status=ClientStatus.ENDED, ended_on=later)
    assert not save_and_end_client(vault, zoe, edited, now=NOW).ended
    details = read_client(vault, zoe)
    assert (details.draft.status, details.ending_on) == (ClientStatus.ACTIVE, later)


def test_saving_as_ended_before_the_client_started_changes_nothing(vault: Vault) -> None:
    starts = NOW.date() + timedelta(days=5)
    client = create_client(vault, ClientDraft(full_name="Ivy Moss", started_on=starts))
    before = book_state(vault)
    with pytest.raises(InvalidValue):  # ended today, before the start day
        save_and_end_client(vault, client, ClientDraft(
            full_name="Ivy Moss", email="ivy@example.org", status=ClientStatus.ENDED,
            started_on=starts), now=NOW)
    assert book_state(vault) == before
    assert vault.history.next_undo() is None
