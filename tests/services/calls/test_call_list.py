"""The call list's rules, each at its threshold and either side of it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enums import (
    AppointmentStatus,
    CancelledBy,
    ClientStatus,
    ContactChannel,
    ContactOutcome,
    ReasonCategory,
)
from services.calendar.appointments import book, cancel, delete, set_status
from services.calls.call_list import CallListEntry, CallRule, call_list, initials_of
from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    link_acquaintances,
    read_client,
    update_client,
)
from services.clients.contact_log import log_contact
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 6, 1)  # a Monday
NUMBER = PhoneNumber("+44 7700 900123", "mobile", may_voicemail=True)


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def new_client(vault: Vault, name: str, **details: object) -> int:
    draft = ClientDraft(full_name=name, numbers=(NUMBER,), started_on=date(2026, 1, 5))
    return create_client(vault, ClientDraft(**{**draft.__dict__, **details}))  # type: ignore[arg-type]


def listed(vault: Vault, now: datetime) -> dict[int, CallListEntry]:
    return {entry.client_id: entry for entry in call_list(vault, now)}


def rules(vault: Vault, now: datetime, client_id: int) -> list[CallRule]:
    entry = listed(vault, now).get(client_id)
    return [r.rule for r in entry.reasons] if entry else []


def test_late_now_from_the_late_call_minutes_until_the_session_would_have_ended(
    vault: Vault,
) -> None:
    ann = new_client(vault, "Ann Marie Lee")
    (session,) = book(vault, ann, at(DAY), length_minutes=50)
    assert rules(vault, at(DAY, 10, 14), ann) == []
    entry = listed(vault, at(DAY, 10, 15))[ann]
    assert (entry.rule, entry.reasons[0].appointment_id, entry.reasons[0].days) == (
        CallRule.LATE_NOW, session, 15)
    assert (entry.initials, entry.numbers) == ("A.M.L.", (NUMBER,))
    assert rules(vault, at(DAY, 10, 50), ann) == []
    set_status(vault, session, AppointmentStatus.SCHEDULED, arrived_at=at(DAY, 10, 16))
    assert rules(vault, at(DAY, 10, 20), ann) == []


def test_a_no_show_stays_listed_with_its_attempts_until_the_client_answers(
    vault: Vault,
) -> None:
    ann = new_client(vault, "Ann Lee")
    (session,) = book(vault, ann, at(DAY))
    set_status(vault, session, AppointmentStatus.NO_SHOW)
    log_contact(vault, ann, ContactChannel.TEXT, ContactOutcome.SENT, at=at(DAY, 9))
    assert rules(vault, at(DAY, 12), ann) == [CallRule.NO_SHOW_NOT_CONTACTED]
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.NO_ANSWER, at=at(DAY, 12, 30))
    log_contact(vault, ann, ContactChannel.VOICEMAIL, ContactOutcome.VOICEMAIL, at=at(DAY, 13))
    log_contact(vault, ann, ContactChannel.TEXT, ContactOutcome.SENT, at=at(DAY, 13, 5))
    entry = listed(vault, at(DAY + timedelta(days=3)))[ann]
    assert (entry.rule, entry.attempts) == (CallRule.NO_SHOW_NOT_CONTACTED, 2)
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.REACHED, at=at(DAY, 15))
    assert rules(vault, at(DAY, 16), ann) == []


def test_a_no_show_leaves_the_list_when_the_therapist_sets_a_day_to_try_again(
    vault: Vault,
) -> None:
    ann = new_client(vault, "Ann Lee")
    (session,) = book(vault, ann, at(DAY))
    set_status(vault, session, AppointmentStatus.NO_SHOW)
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.NO_ANSWER, at=at(DAY, 12),
                follow_up_on=DAY + timedelta(days=2))
    assert rules(vault, at(DAY, 13), ann) == []
    assert rules(vault, at(DAY + timedelta(days=2)), ann) == [CallRule.FOLLOW_UP_DUE]


def test_no_next_session_after_the_follow_up_days_and_not_with_a_session_ahead(
    vault: Vault,
) -> None:
    ann = new_client(vault, "Ann Lee")
    (session,) = book(vault, ann, at(DAY))
    set_status(vault, session, AppointmentStatus.ATTENDED, arrived_at=at(DAY))
    assert rules(vault, at(DAY + timedelta(days=6), 23, 59), ann) == []
    reason = listed(vault, at(DAY + timedelta(days=7), 0, 1))[ann].reasons[0]
    assert (reason.rule, reason.appointment_id, reason.days) == (
        CallRule.NO_NEXT_SESSION, session, 7)
    book(vault, ann, at(DAY + timedelta(days=30)))
    assert rules(vault, at(DAY + timedelta(days=8)), ann) == []


def test_a_reached_call_holds_the_lapsed_rules_back_for_the_follow_up_days(
    vault: Vault,
) -> None:
    ann = new_client(vault, "Ann Lee")
    (session,) = book(vault, ann, at(DAY))
    set_status(vault, session, AppointmentStatus.ATTENDED, arrived_at=at(DAY))
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.REACHED,
                at=at(DAY + timedelta(days=8)))
    assert rules(vault, at(DAY + timedelta(days=14)), ann) == []
    assert rules(vault, at(DAY + timedelta(days=15)), ann) == [CallRule.NO_NEXT_SESSION]


def test_cancelled_and_not_rebooked_after_the_follow_up_days(vault: Vault) -> None:
    ann = new_client(vault, "Ann Lee")
    (session,) = book(vault, ann, at(DAY))
    cancel(vault, session, CancelledBy.CLIENT, at(DAY - timedelta(days=3)), ReasonCategory.WORK)
    assert rules(vault, at(DAY + timedelta(days=6)), ann) == []
    assert rules(vault, at(DAY + timedelta(days=7)), ann) == [CallRule.CANCELLED_NOT_REBOOKED]


def test_not_heard_from_after_the_silence_days_counting_sessions_and_contacts(
    vault: Vault,
) -> None:
    update_settings(vault, silence_days=30)
    ann = new_client(vault, "Ann Lee", started_on=DAY)
    assert rules(vault, at(DAY + timedelta(days=29)), ann) == []
    reason = listed(vault, at(DAY + timedelta(days=30)))[ann].reasons[0]
    assert (reason.rule, reason.at, reason.days) == (CallRule.NOT_HEARD_FROM, None, 30)
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.NO_ANSWER,
                at=at(DAY + timedelta(days=31)))
    assert rules(vault, at(DAY + timedelta(days=32)), ann) == [CallRule.NOT_HEARD_FROM]
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.REACHED,
                at=at(DAY + timedelta(days=33)))
    assert rules(vault, at(DAY + timedelta(days=62)), ann) == []
    assert rules(vault, at(DAY + timedelta(days=63)), ann) == [CallRule.NOT_HEARD_FROM]


def test_ended_and_paused_clients_are_not_lapsed(vault: Vault) -> None:
    ended = new_client(vault, "Ann Lee", status=ClientStatus.ENDED)
    paused = new_client(vault, "Bo Park", status=ClientStatus.PAUSED)
    now = at(DAY + timedelta(days=400))
    assert set(listed(vault, now)) == set()
    log_contact(vault, paused, ContactChannel.CALL, ContactOutcome.REACHED, at=at(DAY),
                follow_up_on=DAY + timedelta(days=10))
    log_contact(vault, ended, ContactChannel.CALL, ContactOutcome.REACHED, at=at(DAY),
                follow_up_on=DAY + timedelta(days=10))
    assert rules(vault, now, paused) == [CallRule.FOLLOW_UP_DUE]
    assert ended not in listed(vault, now)


def test_a_follow_up_is_due_on_its_day_until_a_later_contact_reaches_the_client(
    vault: Vault,
) -> None:
    ann = new_client(vault, "Ann Lee")
    book(vault, ann, at(DAY + timedelta(days=60)))  # booked ahead: only the follow-up counts
    due = DAY + timedelta(days=5)
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.REACHED, at=at(DAY),
                note="Talk about the summer", follow_up_on=due)
    assert rules(vault, at(due - timedelta(days=1), 23, 59), ann) == []
    reason = listed(vault, at(due, 0, 1))[ann].reasons[0]
    assert (reason.rule, reason.follow_up_on, reason.note) == (
        CallRule.FOLLOW_UP_DUE, due, "Talk about the summer")
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.NO_ANSWER, at=at(due, 11))
    assert rules(vault, at(due, 12), ann) == [CallRule.FOLLOW_UP_DUE]
    assert listed(vault, at(due, 12))[ann].attempts == 1
    log_contact(vault, ann, ContactChannel.CALL, ContactOutcome.REACHED, at=at(due, 13))
    assert rules(vault, at(due, 14), ann) == []


def test_acquaintances_back_to_back_within_the_gap_are_a_mistake_for_both(
    vault: Vault,
) -> None:
    update_settings(vault, waiting_room_gap_minutes=15)
    ann, bo = new_client(vault, "Ann Lee"), new_client(vault, "Bo Park")
    link_acquaintances(vault, ann, bo)
    day = DAY + timedelta(days=3)
    book(vault, ann, at(day, 10), length_minutes=50)  # ends 10:50
    (at_gap,) = book(vault, bo, at(day, 11, 5), allow_conflicts=True)
    assert ann not in listed(vault, at(DAY))
    delete(vault, at_gap)
    book(vault, bo, at(day, 11, 4), allow_conflicts=True)
    entries = listed(vault, at(DAY))
    assert entries[ann].reasons[0].other_client_id == bo
    assert (entries[bo].reasons[0].other_client_name, entries[bo].reasons[0].note) == (
        "Ann Lee", "acquaintances")


def test_a_double_booking_in_the_coming_weeks_only(vault: Vault) -> None:
    update_settings(vault, scheduling_weeks=2)
    ann, bo = new_client(vault, "Ann Lee"), new_client(vault, "Bo Park")
    book(vault, ann, at(DAY + timedelta(days=14)))
    book(vault, bo, at(DAY + timedelta(days=14), 10, 30), allow_conflicts=True)
    assert listed(vault, at(DAY)) == {}
    reason = listed(vault, at(DAY + timedelta(days=1)))[bo].reasons[0]
    assert (reason.rule, reason.note) == (CallRule.SCHEDULING_MISTAKE, "overlap")


def test_do_not_contact_is_listed_only_for_scheduling_fixes_and_marked(vault: Vault) -> None:
    ann, bo = new_client(vault, "Ann Lee"), new_client(vault, "Bo Park", do_not_contact=True)
    (missed,) = book(vault, bo, at(DAY))
    set_status(vault, missed, AppointmentStatus.NO_SHOW)
    assert bo not in listed(vault, at(DAY, 12))
    book(vault, ann, at(DAY + timedelta(days=2)))
    book(vault, bo, at(DAY + timedelta(days=2), 10, 20), allow_conflicts=True)
    entry = listed(vault, at(DAY, 12))[bo]
    assert entry.do_not_contact and [r.rule for r in entry.reasons] == [
        CallRule.SCHEDULING_MISTAKE]
    details = read_client(vault, bo)
    update_client(vault, bo, details.draft.__class__(
        **{**details.draft.__dict__, "status": ClientStatus.ENDED}))
    assert bo not in listed(vault, at(DAY, 12))


def test_a_client_matching_two_rules_is_listed_once_most_urgent_first(vault: Vault) -> None:
    update_settings(vault, silence_days=10, follow_up_days=7)
    ann = new_client(vault, "Ann Lee")
    (session,) = book(vault, ann, at(DAY))
    set_status(vault, session, AppointmentStatus.ATTENDED, arrived_at=at(DAY))
    entries = call_list(vault, at(DAY + timedelta(days=12)))
    assert [e.client_id for e in entries] == [ann]
    assert [r.rule for r in entries[0].reasons] == [CallRule.NO_NEXT_SESSION,
                                                    CallRule.NOT_HEARD_FROM]
    assert entries[0].rule == CallRule.NO_NEXT_SESSION


def three_to_call(vault: Vault) -> tuple[int, int, int]:
    """Late now at 09:49 (booked at 09:00), late later (09:30, 90 minutes), and lapsed."""
    early, late_one, lapsed = (new_client(vault, n) for n in ("Cy Ode", "Ann Lee", "Bo Park"))
    (old,) = book(vault, lapsed, at(DAY - timedelta(days=20)))
    set_status(vault, old, AppointmentStatus.ATTENDED, arrived_at=at(DAY - timedelta(days=20)))
    book(vault, early, at(DAY, 9))
    book(vault, late_one, at(DAY, 9, 30), length_minutes=90, allow_conflicts=True)
    return early, late_one, lapsed


def test_the_list_is_sorted_by_urgency_then_time(vault: Vault) -> None:
    early, late_one, lapsed = three_to_call(vault)
    order = [e.client_id for e in call_list(vault, at(DAY, 9, 49))]
    assert order[:3] == [early, late_one, lapsed]


def test_initials() -> None:
    assert initials_of("Анна  Петрова") == "А.П."
    assert initials_of("ann lee") == "A.L."


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start_minutes=st.integers(0, 180), waited=st.integers(0, 60))
def test_late_now_counts_real_minutes_across_the_spring_clock_change(
    vault: Vault, start_minutes: int, waited: int,
) -> None:
    """Around 01:00 UTC on 29 March 2026 London's clocks jump an hour; lateness is in real
    minutes from the start, listed from the late-call minutes until the session's end."""
    client = new_client(vault, "Ann Lee")
    start = datetime(2026, 3, 28, 23, 30, tzinfo=UTC) + timedelta(minutes=start_minutes)
    (session,) = book(vault, client, start, length_minutes=50, allow_conflicts=True)
    try:
        now = start + timedelta(minutes=waited)
        expected = [CallRule.LATE_NOW] if 15 <= waited < 50 else []
        assert rules(vault, now, client)[:1] == expected
    finally:
        delete(vault, session)


CONTACTS = st.lists(st.tuples(st.sampled_from(list(ContactOutcome)), st.integers(-48, 48),
                              st.booleans()), max_size=5)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contacts=CONTACTS)
def test_a_no_show_stays_until_an_answer_or_a_day_to_try_again_comes_after_it(
    vault: Vault, contacts: list[tuple[ContactOutcome, int, bool]],
) -> None:
    """Whatever came before the no-show, and any number of unanswered calls or messages after
    it: listed, with those calls counted, until a contact after it reached the client or set a
    day to try again."""
    client = new_client(vault, "Ann Lee")
    missed_at = at(DAY)
    (missed,) = book(vault, client, missed_at, allow_conflicts=True)
    set_status(vault, missed, AppointmentStatus.NO_SHOW)
    for outcome, hours, follow_up in contacts:
        log_contact(vault, client, ContactChannel.CALL, outcome,
                    at=missed_at + timedelta(hours=hours),
                    follow_up_on=DAY + timedelta(days=30) if follow_up else None)
    after = [(outcome, follow_up) for outcome, hours, follow_up in contacts if hours > 0]
    decided = any(outcome in (ContactOutcome.REACHED, ContactOutcome.DECLINED) or follow_up
                  for outcome, follow_up in after)
    entry = listed(vault, at(DAY + timedelta(days=3), 12)).get(client)
    listed_rules = [r.rule for r in entry.reasons] if entry else []
    assert (CallRule.NO_SHOW_NOT_CONTACTED in listed_rules) == (not decided)
    if not decided:
        assert entry is not None and entry.attempts == sum(
            outcome in (ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL,
                        ContactOutcome.WRONG_NUMBER) for outcome, _follow_up in after)


def test_the_agendas_calls_are_the_call_lists_in_its_order(vault: Vault) -> None:
    from services.calls.call_list import due_calls_in

    early, late_one, lapsed = three_to_call(vault)
    now = at(DAY, 9, 49)
    with vault.unit_of_work() as session:
        due = due_calls_in(session, now)
    assert [(f.client_id, reasons, f.do_not_contact) for f, reasons in due] == [
        (e.client_id, e.reasons, e.do_not_contact) for e in call_list(vault, now)]
    assert [f.client_id for f, _reasons in due][:3] == [early, late_one, lapsed]
