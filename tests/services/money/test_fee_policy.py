import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import Appointment, AuditEvent
from models.enums import (
    AppointmentStatus,
    CancelledBy,
    FeeRule,
    LedgerKind,
    PaymentMethod,
    ReasonCategory,
    WaiverReason,
)
from services.calendar.appointments import book, cancel, set_status
from services.calendar.cancellation_window import is_late_cancellation
from services.clients.client_records import ClientDraft, create_client
from services.errors import InvalidValue, Refused
from services.money.fee_policy import (
    FORGIVEN_REASON,
    LATE_AFTER_START_REASON,
    LATE_HOURS_REASON,
    LATE_MINUTES_REASON,
    NO_SHOW_REASON,
    propose_fee,
)
from services.money.ledger import balance, lines, record
from services.money.missed_session_fees import (
    charge_fee,
    waive_fee,
    waive_next_session,
    waive_uncharged_fee,
)
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
FEE = 8000
S = AppointmentStatus


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    update_settings(vault, session_fee=FEE)
    return create_client(vault, ClientDraft(full_name="Nadia Volkova"))


def session_at(vault: Vault, client_id: int, starts: datetime) -> int:
    (appointment_id,) = book(vault, client_id, starts, allow_conflicts=True)
    return appointment_id


def no_show(vault: Vault, client_id: int, starts: datetime) -> int:
    appointment_id = session_at(vault, client_id, starts)
    set_status(vault, appointment_id, S.NO_SHOW)
    return appointment_id


def late_cancellation(vault: Vault, client_id: int, starts: datetime) -> int:
    appointment_id = session_at(vault, client_id, starts)
    status = cancel(vault, appointment_id, CancelledBy.CLIENT, starts - timedelta(hours=3),
                    ReasonCategory.ILLNESS)
    assert status == S.LATE_CANCELLATION
    return appointment_id


def ledger_events(vault: Vault) -> list[AuditEvent]:
    with vault.unit_of_work() as session:
        return list(session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "ledger_entry")
            .order_by(AuditEvent.seq)))


def ledger_count(vault: Vault) -> int:
    with vault.unit_of_work() as session:
        return int(session.scalar(select(func.count()).select_from(
            select(AuditEvent.seq).where(AuditEvent.entity == "ledger_entry").subquery())) or 0)


def set_session_fee(vault: Vault, appointment_id: int, fee: int | None) -> None:
    with vault.unit_of_work() as session:
        session.get_one(Appointment, appointment_id).fee_override = fee


# The cancellation window ------------------------------------------------------------------

def test_under_a_24_hour_window_23h59_is_late_and_24h00_is_in_time(vault: Vault,
                                                                   client_id: int) -> None:
    starts = at(date(2026, 6, 10), 10)
    late_id = session_at(vault, client_id, starts)
    in_time_id = session_at(vault, client_id, starts + timedelta(days=7))
    late = cancel(vault, late_id, CancelledBy.CLIENT, starts - timedelta(hours=23, minutes=59),
                  ReasonCategory.WORK)
    in_time = cancel(vault, in_time_id, CancelledBy.CLIENT,
                     starts + timedelta(days=7) - timedelta(hours=24), ReasonCategory.WORK)
    assert (late, in_time) == (S.LATE_CANCELLATION, S.CANCELLED)
    proposal = propose_fee(vault, late_id)
    assert proposal is not None and proposal.late and proposal.amount == FEE
    assert proposal.reason == LATE_HOURS_REASON
    assert dict(proposal.reason_values) == {"hours": 23, "minutes": 59, "window": 24}
    assert proposal.explanation == ("Cancelled 23 h 59 min before the session; the practice "
                                    "asks for 24 hours' notice.")
    assert propose_fee(vault, in_time_id) is None


@settings(max_examples=400, deadline=None)
@given(offset=st.integers(min_value=0, max_value=10 * 24 * 60),
       window=st.integers(min_value=0, max_value=168),
       starts=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 1, 1),
                           timezones=st.just(UTC)))
def test_late_exactly_when_notice_is_shorter_than_the_window(offset: int, window: int,
                                                             starts: datetime) -> None:
    arrived = starts - timedelta(minutes=offset)
    assert is_late_cancellation(starts, arrived, window) == (offset < window * 60)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(min_value=0, max_value=10 * 24 * 60),
       window=st.integers(min_value=0, max_value=168),
       local_start=st.datetimes(min_value=datetime(2026, 3, 20), max_value=datetime(2026, 11, 5),
                                timezones=st.just(LONDON)))
@example(offset=60, window=1,  # the second 01:00 of the night the clocks go back
         local_start=datetime(2026, 10, 25, 1, 0, fold=1, tzinfo=LONDON))
def test_cancel_and_proposal_follow_the_window(vault: Vault, client_id: int, offset: int,
                                               window: int, local_start: datetime) -> None:
    update_settings(vault, cancel_window_hours=window)
    appointment_id = session_at(vault, client_id, local_start)
    starts = local_start.astimezone(UTC)
    status = cancel(vault, appointment_id, CancelledBy.CLIENT,
                    starts - timedelta(minutes=offset), ReasonCategory.TRAVEL)
    late = offset < window * 60
    assert status == (S.LATE_CANCELLATION if late else S.CANCELLED)
    assert (propose_fee(vault, appointment_id) is not None) == late


def test_a_night_the_clocks_go_back_counts_real_hours(vault: Vault, client_id: int) -> None:
    # Clocks go back in London at 02:00 on Sunday 25 October 2026: that night has 25 hours.
    starts = at(date(2026, 10, 25), 10)  # 10:00 GMT
    ids = [session_at(vault, client_id, starts) for _ in range(3)]
    notices = [
        at(date(2026, 10, 24), 10, 30),  # 24 h 30 min before (wall clock says 23 h 30)
        at(date(2026, 10, 24), 11, 0),   # exactly 24 real hours before
        at(date(2026, 10, 24), 11, 1),   # 23 h 59 min before
    ]
    statuses = [cancel(vault, i, CancelledBy.CLIENT, n, ReasonCategory.FORGOT)
                for i, n in zip(ids, notices, strict=True)]
    assert statuses == [S.CANCELLED, S.CANCELLED, S.LATE_CANCELLATION]


def test_a_night_the_clocks_go_forward_counts_real_hours(vault: Vault, client_id: int) -> None:
    # Clocks go forward in London at 01:00 on Sunday 29 March 2026: that night has 23 hours.
    starts = at(date(2026, 3, 29), 10)  # 10:00 BST
    first, second = (session_at(vault, client_id, starts) for _ in range(2))
    # 09:30 GMT the day before is 23 h 30 min before the start (the wall clock says 24 h 30).
    assert cancel(vault, first, CancelledBy.CLIENT, at(date(2026, 3, 28), 9, 30),
                  ReasonCategory.FORGOT) == S.LATE_CANCELLATION
    assert cancel(vault, second, CancelledBy.CLIENT, at(date(2026, 3, 28), 9, 0),
                  ReasonCategory.FORGOT) == S.CANCELLED


# Fee forms ---------------------------------------------------------------------------------

FORMS = [
    (FeeRule.FULL, 0, 8001, 8001),
    (FeeRule.FIXED, 2500, 8001, 2500),
    (FeeRule.PERCENT, 50, 8001, 4001),  # 4000.5 rounds half up
    (FeeRule.PERCENT, 33, 7550, 2492),  # 2491.5 rounds half up
    (FeeRule.PERCENT, 10, 8004, 800),   # 800.4 rounds down
]


@pytest.mark.parametrize("kind", [LedgerKind.NO_SHOW_FEE, LedgerKind.LATE_CANCEL_FEE])
@pytest.mark.parametrize(("rule", "value", "session_fee", "expected"), FORMS)
def test_every_fee_form_for_both_kinds(vault: Vault, client_id: int, kind: LedgerKind,
                                       rule: FeeRule, value: int, session_fee: int,
                                       expected: int) -> None:
    prefix = "no_show" if kind == LedgerKind.NO_SHOW_FEE else "late_cancel"
    # The other kind's rule is set to something else, so a mix-up shows.
    other = "late_cancel" if prefix == "no_show" else "no_show"
    update_settings(vault, session_fee=session_fee, **{
        f"{prefix}_fee_rule": rule, f"{prefix}_fee_value": value,
        f"{other}_fee_rule": FeeRule.FIXED, f"{other}_fee_value": 1})
    make = no_show if kind == LedgerKind.NO_SHOW_FEE else late_cancellation
    appointment_id = make(vault, client_id, at(date(2026, 6, 1), 9))
    proposal = propose_fee(vault, appointment_id)
    assert proposal is not None
    assert (proposal.kind, proposal.amount, proposal.policy_amount) == (kind, expected, expected)
    assert (proposal.rule, proposal.rule_value, proposal.session_fee) == (rule, value,
                                                                          session_fee)
    assert proposal.client_id == client_id and not proposal.forgiven
    assert proposal.late == (kind == LedgerKind.LATE_CANCEL_FEE)
    assert lines(vault, client_id) == []  # a proposal charges nothing


@pytest.mark.parametrize("make", [no_show, late_cancellation])
def test_rule_none_proposes_nothing(vault: Vault, client_id: int, make: Any) -> None:
    update_settings(vault, no_show_fee_rule=FeeRule.NONE, late_cancel_fee_rule=FeeRule.NONE,
                    first_missed_forgiven=True)
    assert propose_fee(vault, make(vault, client_id, at(date(2026, 6, 1), 9))) is None


def test_appointment_fee_beats_client_fee_beats_practice_fee(vault: Vault) -> None:
    update_settings(vault, session_fee=8000, no_show_fee_rule=FeeRule.PERCENT,
                    no_show_fee_value=50)
    usual = create_client(vault, ClientDraft(full_name="Tom Reed"))
    reduced = create_client(vault, ClientDraft(full_name="Lena Orlova", fee_override=6000))
    day = date(2026, 6, 1)
    plain = no_show(vault, usual, at(day, 9))
    by_client = no_show(vault, reduced, at(day, 10))
    by_session = no_show(vault, reduced, at(day, 11))
    free = no_show(vault, reduced, at(day, 12))
    set_session_fee(vault, by_session, 3000)
    set_session_fee(vault, free, 0)  # a free session is a fee of 0, not "no override"
    found = {i: propose_fee(vault, i) for i in (plain, by_client, by_session, free)}
    assert {i: (p.session_fee, p.amount) for i, p in found.items() if p} == {
        plain: (8000, 4000), by_client: (6000, 3000), by_session: (3000, 1500), free: (0, 0)}


# When no fee is ever proposed ----------------------------------------------------------------

def test_no_proposal_for_therapist_cancellations_in_time_or_attended(vault: Vault,
                                                                     client_id: int) -> None:
    update_settings(vault, no_show_fee_rule=FeeRule.FULL, late_cancel_fee_rule=FeeRule.FULL)
    day = date(2026, 6, 1)
    by_therapist, missed, in_time, attended, late_arrival, scheduled = (
        session_at(vault, client_id, at(day, hour)) for hour in (9, 10, 11, 12, 13, 14))
    # The therapist cancels at the last minute: still never a fee.
    assert cancel(vault, by_therapist, CancelledBy.THERAPIST, at(day, 8, 55),
                  ReasonCategory.ILLNESS) == S.CANCELLED_BY_THERAPIST
    set_status(vault, missed, S.MISSED_BY_THERAPIST)
    assert cancel(vault, in_time, CancelledBy.CLIENT, at(day, 11) - timedelta(days=2),
                  ReasonCategory.TRAVEL) == S.CANCELLED
    set_status(vault, attended, S.ATTENDED, arrived_at=at(day, 12))
    set_status(vault, late_arrival, S.ATTENDED_LATE, arrived_at=at(day, 13, 20))
    for appointment_id in (by_therapist, missed, in_time, attended, late_arrival, scheduled):
        assert propose_fee(vault, appointment_id) is None
    # A control: the same client's no-show does bring a proposal.
    assert propose_fee(vault, no_show(vault, client_id, at(day, 15))) is not None


# First missed session forgiven --------------------------------------------------------------

def test_first_miss_forgiven_then_second_charged(vault: Vault, client_id: int) -> None:
    update_settings(vault, first_missed_forgiven=True, late_cancel_fee_rule=FeeRule.FIXED,
                    late_cancel_fee_value=3000)
    other = create_client(vault, ClientDraft(full_name="Tom Reed"))
    no_show(vault, other, at(date(2026, 5, 1), 9))  # someone else's miss does not count
    first = late_cancellation(vault, client_id, at(date(2026, 6, 1), 9))
    second = no_show(vault, client_id, at(date(2026, 6, 8), 9))
    forgiven = propose_fee(vault, first)
    assert forgiven is not None
    assert (forgiven.amount, forgiven.policy_amount, forgiven.forgiven) == (0, 3000, True)
    assert forgiven.explanation.endswith(FORGIVEN_REASON)
    charged = propose_fee(vault, second)
    assert charged is not None
    assert (charged.amount, charged.forgiven) == (FEE, False)
    assert charged.explanation == NO_SHOW_REASON


def test_a_later_miss_does_not_use_up_the_first(vault: Vault, client_id: int) -> None:
    update_settings(vault, first_missed_forgiven=True)
    later = no_show(vault, client_id, at(date(2026, 7, 1), 9))
    earlier = no_show(vault, client_id, at(date(2026, 6, 1), 9))  # marked second, but earlier
    proposals = propose_fee(vault, earlier), propose_fee(vault, later)
    assert [p.forgiven if p else None for p in proposals] == [True, False]


def test_without_forgiveness_the_first_miss_is_charged(vault: Vault, client_id: int) -> None:
    update_settings(vault, first_missed_forgiven=False)
    proposal = propose_fee(vault, no_show(vault, client_id, at(date(2026, 6, 1), 9)))
    assert proposal is not None and (proposal.amount, proposal.forgiven) == (FEE, False)


def test_reason_for_short_notice_and_notice_after_the_start(vault: Vault,
                                                            client_id: int) -> None:
    starts = at(date(2026, 6, 3), 9)
    short, after = (session_at(vault, client_id, starts + timedelta(hours=h)) for h in (0, 2))
    cancel(vault, short, CancelledBy.CLIENT, starts - timedelta(minutes=40), ReasonCategory.WORK)
    cancel(vault, after, CancelledBy.CLIENT, starts + timedelta(hours=2, minutes=5),
           ReasonCategory.WORK)
    first, second = propose_fee(vault, short), propose_fee(vault, after)
    assert first is not None and second is not None
    assert (first.reason, dict(first.reason_values)) == (
        LATE_MINUTES_REASON, {"hours": 0, "minutes": 40, "window": 24})
    assert second.reason == LATE_AFTER_START_REASON


# Charging ----------------------------------------------------------------------------------

def test_charge_writes_one_audited_entry_on_the_session_day(vault: Vault,
                                                            client_id: int) -> None:
    # 00:30 in London on 2 June is 23:30 UTC on 1 June: the entry belongs to 2 June.
    appointment_id = no_show(vault, client_id, at(date(2026, 6, 2), 0, 30))
    before = ledger_count(vault)
    entry_id = charge_fee(vault, appointment_id, 6500, note="Agreed on the phone")
    (line,) = lines(vault, client_id)
    assert (line.id, line.kind, line.amount, line.appointment_id, line.day, line.note) == (
        entry_id, LedgerKind.NO_SHOW_FEE, 6500, appointment_id, date(2026, 6, 2),
        "Agreed on the phone")
    events = ledger_events(vault)
    assert len(events) == before + 1
    after = json.loads(events[-1].after)
    assert events[-1].action == "create" and events[-1].actor == "test"
    assert (after["id"], after["kind"], after["amount"], after["appointment_id"]) == (
        entry_id, "no_show_fee", 6500, appointment_id)
    assert balance(vault, client_id) == 6500


def test_late_cancellation_is_charged_as_a_late_cancel_fee(vault: Vault, client_id: int) -> None:
    appointment_id = late_cancellation(vault, client_id, at(date(2026, 6, 2), 9))
    charge_fee(vault, appointment_id, 4000)
    assert [(x.kind, x.amount) for x in lines(vault, client_id)] == [
        (LedgerKind.LATE_CANCEL_FEE, 4000)]


def test_charge_is_refused_twice_for_attended_and_for_nothing(vault: Vault,
                                                              client_id: int) -> None:
    missed = no_show(vault, client_id, at(date(2026, 6, 2), 9))
    attended = session_at(vault, client_id, at(date(2026, 6, 2), 11))
    set_status(vault, attended, S.ATTENDED)
    therapist = session_at(vault, client_id, at(date(2026, 6, 2), 13))
    set_status(vault, therapist, S.MISSED_BY_THERAPIST)
    with pytest.raises(Refused) as caught:
        charge_fee(vault, missed, 0)
    assert caught.value.field == "amount"
    charge_fee(vault, missed, FEE)
    with pytest.raises(Refused, match="already has a fee of £80.00"):
        charge_fee(vault, missed, FEE)
    for other in (attended, therapist):
        with pytest.raises(Refused) as caught:
            charge_fee(vault, other, FEE)
        assert caught.value.field == "status"
    with pytest.raises(InvalidValue):
        charge_fee(vault, missed, -5)
    assert [x.amount for x in lines(vault, client_id)] == [FEE]
    assert ledger_count(vault) == 1


def test_a_waived_fee_is_not_charged_again(vault: Vault, client_id: int) -> None:
    missed = no_show(vault, client_id, at(date(2026, 6, 2), 9))
    charge_fee(vault, missed, FEE)
    waive_fee(vault, missed, None, WaiverReason.GOODWILL)
    with pytest.raises(Refused):
        charge_fee(vault, missed, FEE)
    assert balance(vault, client_id) == 0


# Waivers -----------------------------------------------------------------------------------

def test_a_waiver_needs_a_reason_and_other_needs_a_note(vault: Vault, client_id: int) -> None:
    missed = no_show(vault, client_id, at(date(2026, 6, 2), 9))
    charge_fee(vault, missed, FEE)
    with pytest.raises(InvalidValue) as caught:
        waive_fee(vault, missed, None, None)
    assert caught.value.field == "reason"
    for note in ("", "   ", "sorry"):
        with pytest.raises(InvalidValue) as caught:
            waive_fee(vault, missed, None, WaiverReason.OTHER, note)
        assert caught.value.field == "note"
    assert [x.kind for x in lines(vault, client_id)] == [LedgerKind.NO_SHOW_FEE]
    waive_fee(vault, missed, None, WaiverReason.OTHER, "  Bus strike across the city ")
    waiver = lines(vault, client_id)[-1]
    assert (waiver.kind, waiver.waiver_reason, waiver.note) == (
        LedgerKind.WAIVER, WaiverReason.OTHER, "Bus strike across the city")


def test_waiving_a_charged_fee_restores_the_balance(vault: Vault, client_id: int) -> None:
    update_settings(vault, session_fee=8001, late_cancel_fee_rule=FeeRule.PERCENT,
                    late_cancel_fee_value=50)
    attended = session_at(vault, client_id, at(date(2026, 6, 1), 9))
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 8001, appointment_id=attended)
    record(vault, client_id, LedgerKind.PAYMENT, 3000, method=PaymentMethod.CARD)
    before = balance(vault, client_id)
    missed = late_cancellation(vault, client_id, at(date(2026, 6, 8), 9))
    proposal = propose_fee(vault, missed)
    assert proposal is not None and proposal.amount == 4001
    charge_fee(vault, missed, proposal.amount)
    assert balance(vault, client_id) == before + 4001
    events = ledger_count(vault)
    part = waive_fee(vault, missed, 1000, WaiverReason.ILLNESS)
    rest = waive_fee(vault, missed, None, WaiverReason.ILLNESS)
    assert balance(vault, client_id) == before == 5001
    waivers = {x.id: x.amount for x in lines(vault, client_id) if x.kind == LedgerKind.WAIVER}
    assert waivers == {part: 1000, rest: 3001}
    assert ledger_count(vault) == events + 2
    with pytest.raises(Refused, match="nothing to waive"):
        waive_fee(vault, missed, None, WaiverReason.ILLNESS)


def test_a_waiver_cannot_exceed_what_is_charged_or_be_nothing(vault: Vault,
                                                              client_id: int) -> None:
    missed = no_show(vault, client_id, at(date(2026, 6, 2), 9))
    charge_fee(vault, missed, 4000)
    with pytest.raises(Refused, match="Only £40.00 is charged"):
        waive_fee(vault, missed, 4001, WaiverReason.GOODWILL)
    with pytest.raises(Refused) as caught:
        waive_fee(vault, missed, 0, WaiverReason.GOODWILL)
    assert caught.value.field == "amount"
    assert balance(vault, client_id) == 4000


def test_therapist_missed_session_charge_is_waived(vault: Vault, client_id: int) -> None:
    charged, uncharged = (session_at(vault, client_id, at(date(2026, 6, 2), h)) for h in (9, 11))
    for appointment_id in (charged, uncharged):
        set_status(vault, appointment_id, S.MISSED_BY_THERAPIST)
    record(vault, client_id, LedgerKind.SESSION_CHARGE, FEE, appointment_id=charged)
    waiver_id = waive_fee(vault, charged, None, WaiverReason.THERAPIST_ERROR)
    assert balance(vault, client_id) == 0
    assert lines(vault, client_id)[-1].id == waiver_id
    with pytest.raises(Refused, match="nothing to waive"):
        waive_fee(vault, uncharged, None, WaiverReason.THERAPIST_ERROR)
    assert len(lines(vault, client_id)) == 2


def test_waive_next_session_ties_to_the_next_scheduled_one(vault: Vault) -> None:
    update_settings(vault, session_fee=FEE)
    client_id = create_client(vault, ClientDraft(full_name="Nadia Volkova", fee_override=7000))
    missed = session_at(vault, client_id, at(date(2026, 6, 2), 9))
    set_status(vault, missed, S.MISSED_BY_THERAPIST)
    cancelled = session_at(vault, client_id, at(date(2026, 6, 9), 9))
    cancel(vault, cancelled, CancelledBy.CLIENT, at(date(2026, 6, 1), 9), ReasonCategory.TRAVEL)
    following = session_at(vault, client_id, at(date(2026, 6, 23), 9))
    upcoming = session_at(vault, client_id, at(date(2026, 6, 16), 9))
    set_session_fee(vault, following, 1)  # a different fee, so a wrong choice would show
    before = ledger_count(vault)
    waiver_id = waive_next_session(vault, client_id, WaiverReason.THERAPIST_ERROR,
                                   after=at(date(2026, 6, 2), 10))
    (line,) = lines(vault, client_id)
    assert (line.id, line.appointment_id, line.amount, line.waiver_reason) == (
        waiver_id, upcoming, 7000, WaiverReason.THERAPIST_ERROR)
    assert ledger_count(vault) == before + 1
    with pytest.raises(Refused, match="already has its fee waived"):
        waive_next_session(vault, client_id, WaiverReason.THERAPIST_ERROR,
                           after=at(date(2026, 6, 2), 10))
    # Once the session is held and charged, the charge and the waiver cancel out.
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 7000, appointment_id=upcoming)
    assert balance(vault, client_id) == 0
    with pytest.raises(Refused, match="no session booked"):
        waive_next_session(vault, client_id, WaiverReason.GOODWILL,
                           after=at(date(2026, 6, 23), 9))
    with pytest.raises(InvalidValue) as caught:
        waive_next_session(vault, client_id, WaiverReason.OTHER, "oops")
    assert caught.value.field == "note"
    assert len(lines(vault, client_id)) == 2


def test_waive_next_session_looks_from_now_by_default(vault: Vault, client_id: int) -> None:
    now = datetime.now(UTC)
    session_at(vault, client_id, now - timedelta(days=1))  # still open, but in the past
    upcoming = session_at(vault, client_id, now + timedelta(days=3))
    waive_next_session(vault, client_id, WaiverReason.GOODWILL)
    assert [(x.appointment_id, x.amount) for x in lines(vault, client_id)] == [(upcoming, FEE)]


# A cancellation not yet made: the proposal for when its notice came -------------------------

def test_a_cancellation_proposal_follows_when_the_notice_came(vault: Vault,
                                                             client_id: int) -> None:
    from services.money.fee_policy import propose_cancellation_fee

    update_settings(vault, late_cancel_fee_rule=FeeRule.PERCENT, late_cancel_fee_value=50)
    starts = at(date(2026, 6, 10), 10)
    appointment_id = session_at(vault, client_id, starts)
    late = propose_cancellation_fee(vault, appointment_id,
                                    starts - timedelta(hours=23, minutes=59))
    assert late is not None
    assert (late.kind, late.amount, late.late, late.reason) == (
        LedgerKind.LATE_CANCEL_FEE, FEE // 2, True, LATE_HOURS_REASON)
    assert dict(late.reason_values) == {"hours": 23, "minutes": 59, "window": 24}
    short = propose_cancellation_fee(vault, appointment_id, starts - timedelta(minutes=40))
    assert short is not None and dict(short.reason_values)["minutes"] == 40
    after = propose_cancellation_fee(vault, appointment_id, starts + timedelta(minutes=5))
    assert after is not None and after.reason == LATE_AFTER_START_REASON
    assert propose_cancellation_fee(vault, appointment_id, starts - timedelta(hours=24)) is None
    update_settings(vault, cancel_window_hours=48)
    assert propose_cancellation_fee(vault, appointment_id,
                                    starts - timedelta(hours=24)) is not None
    # Nothing was written: the session is still booked, with no cancellation on it.
    with vault.unit_of_work() as session:
        stored = session.get_one(Appointment, appointment_id)
        assert (stored.status, stored.cancelled_by, stored.cancellation_arrived_at) == (
            S.SCHEDULED, None, None)


def test_a_cancellation_proposal_is_the_client_s_even_after_a_therapist_cancellation(
    vault: Vault, client_id: int
) -> None:
    from services.money.fee_policy import propose_cancellation_fee

    starts = at(date(2026, 6, 10), 10)
    appointment_id = session_at(vault, client_id, starts)
    cancel(vault, appointment_id, CancelledBy.THERAPIST, starts - timedelta(hours=2),
           ReasonCategory.ILLNESS)
    proposal = propose_cancellation_fee(vault, appointment_id, starts - timedelta(hours=2))
    assert proposal is not None and proposal.amount == FEE
    with pytest.raises(InvalidValue):
        propose_cancellation_fee(vault, appointment_id, datetime(2026, 6, 9, 10))


def test_a_fee_let_go_before_it_was_charged_is_recorded_and_costs_nothing(
        vault: Vault, client_id: int) -> None:
    missed = no_show(vault, client_id, at(date(2026, 11, 2), 10))
    attended = session_at(vault, client_id, at(date(2026, 11, 3), 10))
    set_status(vault, attended, S.ATTENDED)
    owed = balance(vault, client_id)
    waive_uncharged_fee(vault, missed, FEE, WaiverReason.GOODWILL)
    assert balance(vault, client_id) == owed
    kinds = [(line.kind, line.amount) for line in lines(vault, client_id)
             if line.appointment_id == missed]
    assert kinds == [(LedgerKind.NO_SHOW_FEE, FEE), (LedgerKind.WAIVER, FEE)]
    before = ledger_count(vault)
    with pytest.raises(Refused):
        waive_uncharged_fee(vault, attended, FEE, WaiverReason.GOODWILL)
    with pytest.raises(InvalidValue):
        waive_uncharged_fee(vault, missed, FEE, None)
    assert ledger_count(vault) == before
