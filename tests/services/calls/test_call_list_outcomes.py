"""Working the call list: outcomes go to the contact log; attempts lead to a closing letter."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.enums import AppointmentStatus, ContactOutcome
from services.calendar.appointments import book, set_status
from services.calls.call_list import CallRule, Decision, attempts_of, call_list, record_call
from services.clients.contact_log import contacts_of
from services.errors import InvalidValue
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.services.calls.test_call_list import DAY, at, new_client, rules

NO_ANSWER = ContactOutcome.NO_ANSWER


def lapsed_client(vault: Vault) -> int:
    """A client whose last session, attended on DAY, left nothing booked."""
    client = new_client(vault, "Ann Lee")
    (session,) = book(vault, client, at(DAY))
    set_status(vault, session, AppointmentStatus.ATTENDED, arrived_at=at(DAY))
    return client


def test_an_outcome_is_written_to_the_contact_log(vault: Vault) -> None:
    ann = lapsed_client(vault)
    record = record_call(vault, ann, ContactOutcome.REACHED, rule=CallRule.NO_NEXT_SESSION,
                         decision=Decision.BOOKED, note="Tuesdays again",
                         at=at(DAY + timedelta(days=8)))
    with vault.unit_of_work() as session:
        (contact,) = contacts_of(session, ann)
    assert (contact.id, contact.reason, contact.outcome, contact.note) == (
        record.contact_id, "no_next_session: booked", ContactOutcome.REACHED, "Tuesdays again")
    assert (record.attempts, record.offer_closing_letter) == (0, False)


def test_call_back_needs_a_day_and_comes_back_as_a_follow_up_on_it(vault: Vault) -> None:
    ann = lapsed_client(vault)
    called = at(DAY + timedelta(days=8))
    with pytest.raises(InvalidValue) as refused:
        record_call(vault, ann, ContactOutcome.REACHED, rule=CallRule.NO_NEXT_SESSION,
                    decision=Decision.CALL_BACK, at=called)
    assert refused.value.field == "follow_up_on"
    back = date(2026, 6, 20)
    record_call(vault, ann, ContactOutcome.REACHED, rule=CallRule.NO_NEXT_SESSION,
                decision=Decision.CALL_BACK, follow_up_on=back, reason="Call back", at=called)
    assert rules(vault, at(back - timedelta(days=1)), ann) == []
    assert rules(vault, at(back), ann)[0] == CallRule.FOLLOW_UP_DUE


def test_unanswered_calls_count_up_to_the_closing_letter_and_reset_when_reached(
    vault: Vault,
) -> None:
    update_settings(vault, call_attempts=3)
    ann = lapsed_client(vault)
    day = DAY + timedelta(days=8)
    counts = [record_call(vault, ann, outcome, rule=CallRule.NO_NEXT_SESSION, at=at(day, hour))
              for hour, outcome in ((9, NO_ANSWER), (11, ContactOutcome.VOICEMAIL))]
    assert [(r.attempts, r.offer_closing_letter) for r in counts] == [(1, False), (2, False)]
    assert call_list(vault, at(day, 12))[0].attempts == 2
    third = record_call(vault, ann, NO_ANSWER, rule=CallRule.NO_NEXT_SESSION, at=at(day, 13))
    assert (third.attempts, third.offer_closing_letter) == (3, True)
    record_call(vault, ann, ContactOutcome.REACHED, rule=CallRule.NO_NEXT_SESSION,
                at=at(day, 14))
    with vault.unit_of_work() as session:
        assert attempts_of(session, ann, at(DAY)) == 0
    again = record_call(vault, ann, NO_ANSWER, rule=CallRule.NO_NEXT_SESSION, at=at(day, 15))
    assert (again.attempts, again.offer_closing_letter) == (1, False)


@pytest.mark.parametrize(("outcome", "decision"), [
    (ContactOutcome.DECLINED, Decision.NO_DECISION),
    (ContactOutcome.REACHED, Decision.WANTS_TO_STOP),
])
def test_declining_or_wanting_to_stop_offers_the_closing_letter(
    vault: Vault, outcome: ContactOutcome, decision: Decision,
) -> None:
    ann = lapsed_client(vault)
    record = record_call(vault, ann, outcome, rule=CallRule.NO_NEXT_SESSION, decision=decision,
                         at=at(DAY + timedelta(days=8)))
    assert record.offer_closing_letter


def test_attempts_count_from_the_session_the_call_is_about(vault: Vault) -> None:
    ann = new_client(vault, "Ann Lee")
    record_call(vault, ann, NO_ANSWER, rule=CallRule.NOT_HEARD_FROM, at=at(DAY - timedelta(days=2)))
    (session,) = book(vault, ann, at(DAY))
    record = record_call(vault, ann, NO_ANSWER, rule=CallRule.LATE_NOW, appointment_id=session,
                         at=at(DAY, 10, 20))
    assert record.attempts == 1
    with vault.unit_of_work() as unit:
        assert attempts_of(unit, ann, None) == 2
