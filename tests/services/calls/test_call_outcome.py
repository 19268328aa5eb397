"""A call's outcome: written whole with the time booked, or not at all; undone as one action;
unanswered calls count up to the closing letter."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from models.enums import AppointmentStatus, BookAction, ContactOutcome, Language, Modality
from services.calendar.appointments import book, find_entry, set_status
from services.calls import call_outcome
from services.calls.call_list import CallRule, attempts_of, call_list
from services.calls.call_outcome import (
    CallBooking,
    CallOutcome,
    CallRecord,
    Decision,
    record_call_outcome,
)
from services.clients.contact_log import Contact, contacts_of
from services.errors import Conflicts, InvalidValue, NotFound, Refused
from services.practice.practice_settings import update_settings
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from tests.services.book_state import book_state
from tests.services.calls.test_call_list import DAY, at, new_client, rules

NO_ANSWER = ContactOutcome.NO_ANSWER
CALLED = at(DAY + timedelta(days=8))
NEXT_WEEK = at(DAY + timedelta(days=14), 11)


def lapsed_client(vault: Vault) -> int:
    """A client whose last session, attended on DAY, left nothing booked."""
    client = new_client(vault, "Ann Lee")
    (session,) = book(vault, client, at(DAY))
    set_status(vault, session, AppointmentStatus.ATTENDED, arrived_at=at(DAY))
    return client


def record_call(vault: Vault, client_id: int, outcome: ContactOutcome, *,
                rule: CallRule = CallRule.NO_NEXT_SESSION, **decided: Any) -> CallRecord:
    return record_call_outcome(vault, CallOutcome(client_id, outcome, rule, **decided))


def contacts(vault: Vault, client_id: int) -> list[Contact]:
    with vault.unit_of_work() as session:
        return contacts_of(session, client_id)


def booked_again(client_id: int, starts_at: datetime = NEXT_WEEK,
                 moving: int | None = None) -> CallOutcome:
    return CallOutcome(client_id, ContactOutcome.REACHED, CallRule.NO_NEXT_SESSION,
                       Decision.BOOKED, note="Tuesdays again",
                       booking=CallBooking(starts_at, 50, Modality.VIDEO, moving=moving),
                       reason="Call list: no session booked; booked a session", at=CALLED)


def test_an_outcome_is_written_to_the_contact_log(vault: Vault) -> None:
    ann = lapsed_client(vault)
    record = record_call(vault, ann, ContactOutcome.REACHED, decision=Decision.NO_DECISION,
                         note="Thinking about it", at=CALLED)
    (contact,) = contacts(vault, ann)
    assert (contact.id, contact.reason_code, contact.outcome, contact.note) == (
        record.contact_id, "call_list:no_next_session:no_decision", ContactOutcome.REACHED,
        "Thinking about it")
    assert contact.reason_in(Language.RUSSIAN) == "Список звонков: Следующая сессия не назначена"
    assert (record.attempts, record.offer_closing_letter, record.booked_id) == (0, False, None)


def test_a_booked_call_is_written_whole_and_named_for_undo(vault: Vault) -> None:
    ann = lapsed_client(vault)
    record = record_call_outcome(vault, booked_again(ann))
    assert record.booked_id is not None
    booked = find_entry(vault, record.booked_id)
    assert (booked.client_id, booked.starts_at, booked.modality, booked.status) == (
        ann, NEXT_WEEK, Modality.VIDEO, AppointmentStatus.SCHEDULED)
    (contact,) = contacts(vault, ann)
    assert (contact.id, contact.appointment_id, contact.reason, contact.note) == (
        record.contact_id, record.booked_id, "Call list: no session booked; booked a session",
        "Tuesdays again")
    done = vault.history.next_undo()
    assert done is not None and (done.action, done.client_name) == (BookAction.CALL, "Ann Lee")


def test_a_session_booked_by_mistake_is_moved_rather_than_booked_again(vault: Vault) -> None:
    ann = lapsed_client(vault)
    (mistaken,) = book(vault, ann, NEXT_WEEK + timedelta(days=1), length_minutes=80)
    record = record_call_outcome(vault, booked_again(ann, moving=mistaken))
    assert record.booked_id == mistaken
    moved = find_entry(vault, mistaken)
    assert (moved.starts_at, moved.length_minutes) == (NEXT_WEEK, 80)  # its own length kept
    assert contacts(vault, ann)[0].appointment_id == mistaken


def test_another_clients_session_is_not_moved(vault: Vault) -> None:
    ann = lapsed_client(vault)
    bob = new_client(vault, "Bob Stone")
    (bobs,) = book(vault, bob, NEXT_WEEK + timedelta(days=1))
    before = book_state(vault)
    with pytest.raises(NotFound) as refused:
        record_call_outcome(vault, booked_again(ann, moving=bobs))
    assert refused.value.part == "booking"
    assert book_state(vault) == before


def test_a_clash_on_the_booking_writes_nothing_and_names_the_booking(vault: Vault) -> None:
    ann = lapsed_client(vault)
    book(vault, new_client(vault, "Bob Stone"), NEXT_WEEK)
    before = book_state(vault)
    with pytest.raises(Conflicts) as refused:
        record_call_outcome(vault, booked_again(ann))
    assert refused.value.part == "booking"
    assert book_state(vault) == before
    assert contacts(vault, ann) == []
    assert vault.history.next_undo() is None


def test_call_back_needs_a_day_and_comes_back_as_a_follow_up_on_it(vault: Vault) -> None:
    ann = lapsed_client(vault)
    before = book_state(vault)
    with pytest.raises(InvalidValue) as refused:
        record_call(vault, ann, ContactOutcome.REACHED, decision=Decision.CALL_BACK, at=CALLED)
    assert (refused.value.field, refused.value.part) == ("follow_up_on", "contact")
    assert book_state(vault) == before
    back = date(2026, 6, 20)
    record_call(vault, ann, ContactOutcome.REACHED, decision=Decision.CALL_BACK,
                follow_up_on=back, reason="Call back", at=CALLED)
    assert rules(vault, at(back - timedelta(days=1)), ann) == []
    assert rules(vault, at(back), ann)[0] == CallRule.FOLLOW_UP_DUE


# The one function each part of the call goes through.
PART_FUNCTIONS = {"booking": ("book_in", "move_in"), "contact": ("log_contact_in",)}


@pytest.mark.parametrize("refused_at", list(PART_FUNCTIONS))
@pytest.mark.parametrize("moving", [False, True])
def test_a_refusal_at_any_part_changes_nothing(
        vault: Vault, monkeypatch: pytest.MonkeyPatch, refused_at: str, moving: bool) -> None:
    ann = lapsed_client(vault)
    mistaken = book(vault, ann, NEXT_WEEK + timedelta(days=1))[0] if moving else None
    before = book_state(vault)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise Refused("No.")

    for name in PART_FUNCTIONS[refused_at]:
        monkeypatch.setattr(call_outcome, name, refuse)
    with pytest.raises(Refused) as refused:
        record_call_outcome(vault, booked_again(ann, moving=mistaken))
    assert refused.value.part == refused_at
    assert book_state(vault) == before


@pytest.mark.parametrize("moving", [False, True])
def test_undo_takes_the_call_and_its_booking_back_to_the_row_and_redo_makes_them_again(
        vault: Vault, moving: bool) -> None:
    ann = lapsed_client(vault)
    mistaken = book(vault, ann, NEXT_WEEK + timedelta(days=1))[0] if moving else None
    before = book_state(vault, with_audit=False)
    record_call_outcome(vault, booked_again(ann, moving=mistaken))
    after = book_state(vault, with_audit=False)
    assert after != before

    undone = undo(vault)
    assert undone is not None and undone.action == BookAction.CALL
    assert book_state(vault, with_audit=False) == before
    assert redo(vault) == undone
    assert book_state(vault, with_audit=False) == after


def test_unanswered_calls_count_up_to_the_closing_letter_and_reset_when_reached(
    vault: Vault,
) -> None:
    update_settings(vault, call_attempts=3)
    ann = lapsed_client(vault)
    day = DAY + timedelta(days=8)
    counts = [record_call(vault, ann, outcome, at=at(day, hour))
              for hour, outcome in ((9, NO_ANSWER), (11, ContactOutcome.VOICEMAIL))]
    assert [(r.attempts, r.offer_closing_letter) for r in counts] == [(1, False), (2, False)]
    assert call_list(vault, at(day, 12))[0].attempts == 2
    third = record_call(vault, ann, NO_ANSWER, at=at(day, 13))
    assert (third.attempts, third.offer_closing_letter) == (3, True)
    record_call(vault, ann, ContactOutcome.REACHED, at=at(day, 14))
    with vault.unit_of_work() as session:
        assert attempts_of(session, ann, at(DAY)) == 0
    again = record_call(vault, ann, NO_ANSWER, at=at(day, 15))
    assert (again.attempts, again.offer_closing_letter) == (1, False)


@pytest.mark.parametrize(("outcome", "decision"), [
    (ContactOutcome.DECLINED, Decision.NO_DECISION),
    (ContactOutcome.REACHED, Decision.WANTS_TO_STOP),
])
def test_declining_or_wanting_to_stop_offers_the_closing_letter(
    vault: Vault, outcome: ContactOutcome, decision: Decision,
) -> None:
    ann = lapsed_client(vault)
    record = record_call(vault, ann, outcome, decision=decision, at=CALLED)
    assert record.offer_closing_letter


def test_attempts_count_from_the_session_the_call_is_about(vault: Vault) -> None:
    ann = new_client(vault, "Ann Lee")
    record_call(vault, ann, NO_ANSWER, rule=CallRule.NOT_HEARD_FROM,
                at=at(DAY - timedelta(days=2)))
    (session,) = book(vault, ann, at(DAY))
    record = record_call(vault, ann, NO_ANSWER, rule=CallRule.LATE_NOW, appointment_id=session,
                         at=at(DAY, 10, 20))
    assert record.attempts == 1
    with vault.unit_of_work() as unit:
        assert attempts_of(unit, ann, None) == 2
