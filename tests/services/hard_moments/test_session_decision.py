"""A guided dialog's decision is written whole or not at all, and undone as one action."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import Appointment, LedgerEntry
from models.enums import (
    AppointmentStatus,
    BookAction,
    ContactChannel,
    ContactOutcome,
    LedgerKind,
    Modality,
    NoShowReason,
    WaiverReason,
)
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client, read_client
from services.day_close.reconciliation import close_day, reopen_day, review_day
from services.errors import Refused
from services.hard_moments import session_decision
from services.hard_moments.session_decision import (
    ChartEntry,
    ContactRecord,
    NewBooking,
    SessionDecision,
    Waiver,
    decide,
)
from services.notes.reflections import reflections_of
from services.practice.practice_settings import update_settings
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from tests.services.book_state import book_state

LONDON = ZoneInfo("Europe/London")
FEE = 6000
PAST = datetime.combine(date.today() - timedelta(days=2), time(10), tzinfo=LONDON)
NEXT_WEEK = datetime.combine(date.today() + timedelta(days=7), time(11), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    update_settings(vault, session_fee=FEE)
    return create_client(vault, ClientDraft(full_name="Ann Lee"))


@pytest.fixture
def attended(vault: Vault, client_id: int) -> int:
    """A past session marked attended, so charged its £60 fee."""
    (appointment_id,) = book(vault, client_id, PAST)
    set_status(vault, appointment_id, AppointmentStatus.ATTENDED, charge=True)
    return appointment_id


def ledger(vault: Vault) -> list[tuple[LedgerKind, int]]:
    with vault.unit_of_work() as session:
        return [(e.kind, e.amount) for e in session.scalars(select(LedgerEntry).order_by(
            LedgerEntry.id))]


def status_of(vault: Vault, appointment_id: int) -> AppointmentStatus:
    with vault.unit_of_work() as session:
        appointment = session.get(Appointment, appointment_id)
        assert appointment is not None
        return appointment.status


def no_show(appointment_id: int, fee: int = 3000) -> SessionDecision:
    return SessionDecision(
        BookAction.NO_SHOW, appointment_id, status=AppointmentStatus.NO_SHOW, fee=fee,
        contact=ContactRecord(ContactChannel.CALL, ContactOutcome.VOICEMAIL, "After a no-show"),
        booking=NewBooking(NEXT_WEEK, 50, Modality.VIDEO),
        chart=ChartEntry(date.today(), "No-show", "Did not come, and did not cancel."))


def test_a_refused_fee_leaves_the_attended_session_and_its_charge(
        vault: Vault, attended: int, monkeypatch: pytest.MonkeyPatch) -> None:
    before = book_state(vault)

    def refuse(*_args: object, **_kwargs: object) -> int:
        raise Refused("This session already has a fee.", field="amount")

    monkeypatch.setattr(session_decision, "charge_fee_in", refuse)
    with pytest.raises(Refused) as refused:
        decide(vault, no_show(attended))
    assert refused.value.part == "fee"
    assert status_of(vault, attended) == AppointmentStatus.ATTENDED
    assert ledger(vault) == [(LedgerKind.SESSION_CHARGE, FEE)]
    assert book_state(vault) == before
    assert vault.history.next_undo() is None


def test_a_no_show_is_written_whole(vault: Vault, attended: int) -> None:
    booked = decide(vault, no_show(attended))
    assert status_of(vault, attended) == AppointmentStatus.NO_SHOW
    assert ledger(vault) == [(LedgerKind.NO_SHOW_FEE, 3000)]  # the session charge no longer fits
    assert len(booked) == 1 and status_of(vault, booked[0]) == AppointmentStatus.SCHEDULED
    done = vault.history.next_undo()
    assert done is not None and (done.action, done.client_name) == (BookAction.NO_SHOW, "Ann Lee")


# The one function each part of a decision goes through, and a decision with every part.
PART_FUNCTIONS = {
    "status": ("set_status_in",), "fee": ("charge_fee_in",), "contact": ("log_contact_in",),
    "booking": ("book_in",), "waiver": ("waive_fee_in", "waive_next_session_in"),
    "reminders": ("update_settings_in",), "chart": ("add_to_chart_in",),
    "reflection": ("add_reflection_in",),
}


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(refused_at=st.sampled_from(list(PART_FUNCTIONS)), fee=st.integers(1, 20_000),
       waived=st.booleans())
def test_a_refusal_at_any_part_changes_nothing(vault: Vault, attended: int, refused_at: str,
                                               fee: int, waived: bool) -> None:
    decision = SessionDecision(
        BookAction.MISSED_BY_ME, attended, status=AppointmentStatus.NO_SHOW, fee=fee,
        contact=ContactRecord(ContactChannel.CALL, ContactOutcome.REACHED, "Checking in"),
        booking=NewBooking(NEXT_WEEK + timedelta(minutes=fee % 600), 50, Modality.PHONE),
        waiver=Waiver(WaiverReason.GOODWILL, amount=fee if waived else 0, next_session=True,
                      after=datetime.now(UTC)),
        reminders_on=True,
        chart=ChartEntry(date.today(), "Heading", "Text"), reflection="Mine alone.")
    before = book_state(vault)
    names = PART_FUNCTIONS[refused_at]
    originals = {name: getattr(session_decision, name) for name in names}

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise Refused("No.")

    for name in names:  # hypothesis runs many examples in one test: no monkeypatch fixture
        setattr(session_decision, name, refuse)
    try:
        with pytest.raises(Refused) as refused:
            decide(vault, decision)
    finally:
        for name, original in originals.items():
            setattr(session_decision, name, original)
    assert refused.value.part == refused_at, refused.value.message
    assert book_state(vault) == before
    assert reflections_of(vault, decision_client(vault, attended)) == ()


def decision_client(vault: Vault, appointment_id: int) -> int:
    with vault.unit_of_work() as session:
        appointment = session.get(Appointment, appointment_id)
        assert appointment is not None
        return appointment.client_id


def test_a_reflection_is_kept_private_apart_from_the_chart_and_undone_with_the_rest(
        vault: Vault, client_id: int, attended: int) -> None:
    decide(vault, replace(no_show(attended), reflection="  I felt let down, then worried.  "))
    (kept,) = reflections_of(vault, client_id)
    assert (kept.text, kept.appointment_id, kept.private) == (
        "I felt let down, then worried.", attended, True)
    assert "let down" not in read_client(vault, client_id).draft.chart_notes
    undo(vault)
    assert reflections_of(vault, client_id) == ()
    redo(vault)
    assert [r.text for r in reflections_of(vault, client_id)] == [
        "I felt let down, then worried."]


def test_a_reflection_alone_is_a_decision_and_blank_is_none(attended: int) -> None:
    assert SessionDecision(BookAction.NO_SHOW, attended, reflection="Mine.").changes_anything()
    assert not SessionDecision(BookAction.NO_SHOW, attended, reflection=" \n").changes_anything()


def test_undo_restores_the_session_and_its_ledger_to_the_row_and_redo_makes_it_again(
        vault: Vault, attended: int) -> None:
    before = book_state(vault, with_audit=False)
    decide(vault, no_show(attended))
    after = book_state(vault, with_audit=False)

    undone = undo(vault)
    assert undone is not None and undone.action == BookAction.NO_SHOW
    assert book_state(vault, with_audit=False) == before
    assert vault.history.next_undo() is None
    redone = redo(vault)
    assert redone == undone
    assert book_state(vault, with_audit=False) == after
    assert undo(vault) == undone
    assert book_state(vault, with_audit=False) == before


def test_a_new_action_forgets_what_could_be_redone(vault: Vault, attended: int,
                                                   client_id: int) -> None:
    decide(vault, no_show(attended))
    undo(vault)
    assert vault.history.next_redo() is not None
    book(vault, client_id, NEXT_WEEK + timedelta(days=1), undoable=_booking(client_id))
    assert vault.history.next_redo() is None
    assert redo(vault) is None


def _booking(client_id: int) -> session_decision.Undoable:
    return session_decision.Undoable(BookAction.BOOK, client_id)


def test_a_closed_day_refuses_undo_and_nothing_changes(vault: Vault, attended: int) -> None:
    decide(vault, no_show(attended, fee=0))
    problems = review_day(vault, PAST.date()).problems
    close_day(vault, PAST.date(), accepted={p.key: "Seen in a test" for p in problems})
    before = book_state(vault)
    with pytest.raises(Refused, match="closed"):
        undo(vault)
    assert book_state(vault) == before
    assert vault.history.next_undo() is not None  # still there once the day is reopened
    reopen_day(vault, PAST.date(), "A session was marked by mistake")
    assert undo(vault) is not None
    assert status_of(vault, attended) == AppointmentStatus.ATTENDED


def test_undo_never_overwrites_what_changed_since(vault: Vault, attended: int) -> None:
    decide(vault, no_show(attended, fee=0))
    set_status(vault, attended, AppointmentStatus.ATTENDED_LATE)  # not undoable, made after
    before = book_state(vault)
    with pytest.raises(Refused, match="changed again"):
        undo(vault)
    assert book_state(vault) == before


def reason_of(vault: Vault, appointment_id: int) -> NoShowReason | None:
    with vault.unit_of_work() as session:
        appointment = session.get(Appointment, appointment_id)
        assert appointment is not None
        return appointment.no_show_reason


def test_a_no_show_keeps_why_it_happened_until_undone_or_marked_otherwise(
        vault: Vault, client_id: int) -> None:
    (missed,) = book(vault, client_id, PAST)
    decide(vault, replace(no_show(missed), no_show_reason=NoShowReason.FORGOT))
    assert (status_of(vault, missed), reason_of(vault, missed)) == (
        AppointmentStatus.NO_SHOW, NoShowReason.FORGOT)
    undo(vault)
    assert reason_of(vault, missed) is None
    redo(vault)
    assert reason_of(vault, missed) == NoShowReason.FORGOT
    set_status(vault, missed, AppointmentStatus.ATTENDED_LATE)
    assert reason_of(vault, missed) is None


def test_a_reason_for_not_coming_is_refused_for_a_session_that_is_no_no_show(
        vault: Vault, attended: int) -> None:
    before = book_state(vault)
    with pytest.raises(Refused) as refused:
        decide(vault, SessionDecision(BookAction.NO_SHOW, attended,
                                      no_show_reason=NoShowReason.UNWELL))
    assert refused.value.part == "no_show_reason"
    assert book_state(vault) == before
