from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import AuditEvent, LedgerEntry
from models.enums import (
    AppointmentStatus,
    BlockKind,
    CancelledBy,
    LedgerKind,
    PaymentMethod,
    ReasonCategory,
    WaiverReason,
)
from services.calendar.appointments import book, cancel, move, set_status
from services.calendar.blocks import BlockPlan, add_block
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import (
    Payment,
    ProblemKind,
    Refund,
    assign_payment,
    close_day,
    first_open_day,
    is_closed,
    mark,
    needs_closing,
    record_payment,
    record_refund,
    reopen_day,
    review_day,
    set_charge,
)
from services.errors import InvalidValue, Refused
from services.money.ledger import balance, lines, record
from services.money.missed_session_fees import charge_fee, waive_fee
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
FEE = 8000
DAY = date(2026, 3, 10)
S = AppointmentStatus
EVENING = datetime.combine(DAY, time(21), tzinfo=LONDON)


def at(hour: int, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    return create_client(vault, ClientDraft(full_name="Nadia Volkova"))


def session_at(vault: Vault, client_id: int, starts: datetime) -> int:
    return book(vault, client_id, starts, allow_conflicts=True)[0]


def kinds(vault: Vault) -> list[ProblemKind]:
    return [p.kind for p in review_day(vault, DAY, now=EVENING).problems]


def test_attended_is_charged_by_policy_and_no_show_takes_the_charge_away(
        vault: Vault, client_id: int) -> None:
    appointment = session_at(vault, client_id, at(10))
    mark(vault, appointment, S.ATTENDED)
    assert [(x.kind, x.amount, x.day) for x in lines(vault, client_id)] == [
        (LedgerKind.SESSION_CHARGE, FEE, DAY)]
    mark(vault, appointment, S.ATTENDED)
    assert len(lines(vault, client_id)) == 1
    set_status(vault, appointment, S.NO_SHOW)
    assert lines(vault, client_id) == []


def test_a_charge_the_therapist_edited_stays_when_the_status_changes(
        vault: Vault, client_id: int) -> None:
    appointment = session_at(vault, client_id, at(10))
    mark(vault, appointment, S.ATTENDED)
    with pytest.raises(InvalidValue) as caught:
        set_charge(vault, appointment, 5000)
    assert caught.value.field == "reason"
    set_charge(vault, appointment, 5000, "Sliding scale agreed")
    set_status(vault, appointment, S.NO_SHOW)
    assert [(x.amount, x.note) for x in lines(vault, client_id)] == [
        (5000, "Sliding scale agreed")]


def test_each_problem_is_found_and_resolved(vault: Vault, client_id: int) -> None:
    other = create_client(vault, ClientDraft(full_name="Tom Reyes"))
    scheduled = session_at(vault, client_id, at(9))
    uncharged = session_at(vault, other, at(11))
    off_policy = session_at(vault, client_id, at(13))
    set_status(vault, uncharged, S.ATTENDED)
    set_status(vault, off_policy, S.ATTENDED)
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 7000, appointment_id=off_policy, day=DAY)
    (stray,) = record_payment(vault, Payment(None, 2500, PaymentMethod.CASH, DAY))
    record_payment(vault, Payment(other, 20000, PaymentMethod.CARD, DAY))
    found = review_day(vault, DAY, now=EVENING).problems
    assert [p.kind for p in found] == [
        ProblemKind.STILL_SCHEDULED, ProblemKind.NOT_CHARGED, ProblemKind.FEE_OFF_POLICY,
        ProblemKind.PAYMENT_WITHOUT_CLIENT, ProblemKind.NEGATIVE_BALANCE]
    assert found[2].values["charged"] == 7000 and found[2].values["policy"] == FEE
    assert found[4].values["balance"] == -20000 and found[4].client_name == "Tom Reyes"
    # Before the session has ended it is not yet a problem.
    assert ProblemKind.STILL_SCHEDULED not in [
        p.kind for p in review_day(vault, DAY, now=at(9)).problems]

    mark(vault, scheduled, S.ATTENDED)
    mark(vault, uncharged, S.ATTENDED)
    set_charge(vault, off_policy, 7000, "Reduced fee, agreed in January")
    assign_payment(vault, stray, client_id)
    record_refund(vault, Refund(other, 12000, PaymentMethod.CARD, DAY, "Paid too much"))
    assert kinds(vault) == []
    review = close_day(vault, DAY, now=EVENING)
    assert review.is_closed and review.problems == ()


def test_closing_is_refused_until_each_problem_is_accepted_with_a_note(
        vault: Vault, client_id: int) -> None:
    session_at(vault, client_id, at(9))
    (key,) = [p.key for p in review_day(vault, DAY, now=EVENING).problems]
    with pytest.raises(Refused) as caught:
        close_day(vault, DAY, {key: "  "}, now=EVENING)
    assert caught.value.field == "problems" and not is_closed(vault, DAY)
    review = close_day(vault, DAY, {key: "Client rang; we will mark it tomorrow"}, now=EVENING)
    assert [(a.kind, a.client_name, a.note) for a in review.accepted] == [
        (ProblemKind.STILL_SCHEDULED, "Nadia Volkova", "Client rang; we will mark it tomorrow")]
    assert is_closed(vault, DAY)


def test_a_closed_day_refuses_edits(vault: Vault, client_id: int) -> None:
    appointment = session_at(vault, client_id, at(10))
    mark(vault, appointment, S.ATTENDED)
    close_day(vault, DAY, now=EVENING)
    attempts = [
        lambda: set_status(vault, appointment, S.NO_SHOW),
        lambda: cancel(vault, appointment, CancelledBy.CLIENT, at(8), ReasonCategory.WORK),
        lambda: move(vault, appointment, at(10, DAY + timedelta(days=1))),
        lambda: record_payment(vault, Payment(client_id, 100, PaymentMethod.CASH, DAY)),
        lambda: record(vault, client_id, LedgerKind.PAYMENT, 100, method=PaymentMethod.CASH,
                       day=DAY),
        lambda: set_charge(vault, appointment, 1, "Less"),
        lambda: record_refund(vault, Refund(client_id, 100, PaymentMethod.CASH, DAY)),
    ]
    for attempt in attempts:
        with pytest.raises(Refused, match="This day is closed; reopen it to change it."):
            attempt()
    assert balance(vault, client_id) == FEE
    # Another day is not closed.
    record_payment(vault, Payment(client_id, 100, PaymentMethod.CASH, DAY + timedelta(days=1)))


def test_reopen_needs_a_reason_is_audited_and_the_correction_is_carried(
        vault: Vault, client_id: int) -> None:
    appointment = session_at(vault, client_id, at(10))
    mark(vault, appointment, S.ATTENDED)
    record_payment(vault, Payment(client_id, FEE, PaymentMethod.CARD, DAY, (appointment,)))
    first = close_day(vault, DAY, now=EVENING)
    assert first.totals.charged == FEE and first.totals.received == FEE
    with pytest.raises(InvalidValue) as caught:
        reopen_day(vault, DAY, " ")
    assert caught.value.field == "reason"
    reopen_day(vault, DAY, "The payment was by cash, not card")
    with vault.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity == "day_close")
                                .order_by(AuditEvent.seq.desc())).first()
        assert event is not None and event.action == "update"
        assert "The payment was by cash, not card" in event.after
    review = review_day(vault, DAY, now=EVENING)
    assert not review.is_closed and review.corrections == ()
    assert [r.reason for r in review.reopened] == ["The payment was by cash, not card"]
    set_charge(vault, appointment, 6000, "Student rate")
    record_refund(vault, Refund(client_id, 2000, PaymentMethod.CARD, DAY, "Difference back"))
    again = close_day(vault, DAY, now=EVENING)
    changes = {c.what: (c.first, c.now, c.difference) for c in again.corrections}
    assert changes == {"charged": (FEE, 6000, -2000), "refunded": (0, 2000, 2000)}
    assert again.is_closed and len(again.reopened) == 1


def test_a_payment_across_sessions_is_split_oldest_first(vault: Vault, client_id: int) -> None:
    later = session_at(vault, client_id, at(15))
    earlier = session_at(vault, client_id, at(10))
    for appointment in (earlier, later):
        mark(vault, appointment, S.ATTENDED)
    ids = record_payment(vault, Payment(client_id, 20001, PaymentMethod.TRANSFER, DAY,
                                        appointment_ids=(later, earlier)))
    with vault.unit_of_work() as session:
        parts = [(e.appointment_id, e.amount) for e in
                 session.scalars(select(LedgerEntry).where(LedgerEntry.id.in_(ids)))]
    assert parts == [(earlier, FEE), (later, FEE), (None, 4001)]
    part = record_payment(vault, Payment(client_id, 1, PaymentMethod.CASH, DAY, (later,)))
    assert len(part) == 1
    assert balance(vault, client_id) == 2 * FEE - 20002
    review = review_day(vault, DAY, now=EVENING)
    assert [line.received for line in review.lines] == [FEE, FEE]
    assert review.totals.received == 20002
    assert review.totals.received_by_method == {"cash": 1, "transfer": 20001}


def test_a_waived_no_show_fee_is_not_off_policy(vault: Vault, client_id: int) -> None:
    update_settings(vault, first_missed_forgiven=False)
    missed = session_at(vault, client_id, at(10))
    set_status(vault, missed, S.NO_SHOW)
    assert kinds(vault) == [ProblemKind.FEE_OFF_POLICY]
    charge_fee(vault, missed, FEE)
    assert kinds(vault) == []


def test_an_earlier_open_day_is_a_problem_once_days_are_closed(
        vault: Vault, client_id: int) -> None:
    before = DAY - timedelta(days=7)
    session_at(vault, client_id, at(10, before - timedelta(days=1)))
    mark(vault, session_at(vault, client_id, at(10, before)), S.ATTENDED)
    assert first_open_day(vault, DAY) is None
    close_day(vault, before, now=EVENING)
    mark(vault, session_at(vault, client_id, at(10, DAY - timedelta(days=2))), S.ATTENDED)
    assert first_open_day(vault, DAY) == DAY - timedelta(days=2)
    (problem,) = review_day(vault, DAY, now=EVENING).problems
    assert problem.kind == ProblemKind.EARLIER_DAY_OPEN
    assert problem.values["day"] == DAY - timedelta(days=2)


def test_a_holiday_with_its_sessions_cancelled_is_not_left_open(
        vault: Vault, client_id: int) -> None:
    week_ago = DAY - timedelta(days=7)
    mark(vault, session_at(vault, client_id, at(10, week_ago)), S.ATTENDED)
    close_day(vault, week_ago, now=EVENING)
    holiday = [DAY - timedelta(days=3), DAY - timedelta(days=2)]
    add_block(vault, BlockPlan(BlockKind.HOLIDAY, "Away", first_day=holiday[0],
                               last_day=holiday[1]))
    for day in holiday:
        cancel(vault, session_at(vault, client_id, at(10, day)), CancelledBy.THERAPIST,
               at(9, week_ago), ReasonCategory.OTHER)
    assert first_open_day(vault, DAY) is None
    assert not needs_closing(vault, holiday[0])
    late = session_at(vault, client_id, at(12, holiday[1]))
    cancel(vault, late, CancelledBy.CLIENT, at(11, holiday[1]), ReasonCategory.WORK)
    assert first_open_day(vault, DAY) == holiday[1]  # a late cancellation's fee to see to
    assert needs_closing(vault, holiday[1])
    assert not needs_closing(vault, DAY)  # nothing booked


STATUSES = st.sampled_from([S.ATTENDED, S.ATTENDED_LATE, S.NO_SHOW, S.MISSED_BY_THERAPIST])


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sessions=st.lists(st.tuples(STATUSES, st.integers(0, 30000), st.sampled_from(
    list(PaymentMethod)), st.booleans()), min_size=1, max_size=6),
    stray=st.integers(0, 5000), refund=st.integers(0, 3000))
def test_totals_equal_the_sum_of_their_rows(vault: Vault, client_id: int, sessions: list[tuple[
        S, int, PaymentMethod, bool]], stray: int, refund: int) -> None:
    day = DAY + timedelta(days=test_totals_equal_the_sum_of_their_rows.calls)  # type: ignore
    test_totals_equal_the_sum_of_their_rows.calls += 1  # type: ignore[attr-defined]
    client = create_client(vault, ClientDraft(full_name="Ivy Lind"))
    for hour, (status, paid, method, waive) in enumerate(sessions, start=8):
        appointment = session_at(vault, client, at(hour, day))
        mark(vault, appointment, status)
        if paid:
            record_payment(vault, Payment(client, paid, method, day, (appointment,)))
        if waive and status in (S.ATTENDED, S.ATTENDED_LATE):
            waive_fee(vault, appointment, None, WaiverReason.GOODWILL)
    if stray:
        record_payment(vault, Payment(None, stray, PaymentMethod.CASH, day))
    if refund:
        record_refund(vault, Refund(client, refund, PaymentMethod.CASH, day))
    review = review_day(vault, day, now=datetime.combine(day, time(23), tzinfo=LONDON))
    totals, rows, others = review.totals, review.lines, review.account_lines

    def of(kind: LedgerKind) -> int:
        return sum(a.amount for a in others if a.kind == kind)

    assert totals.charged == sum(r.charged for r in rows) + sum(
        a.amount for a in others if a.kind.sign > 0 and a.kind != LedgerKind.REFUND)
    assert totals.received == sum(r.received for r in rows) + of(LedgerKind.PAYMENT)
    assert totals.received == sum(totals.received_by_method.values())
    assert totals.waived == sum(r.waived for r in rows) + of(LedgerKind.WAIVER)
    assert totals.refunded == refund
    assert sum(totals.sessions_by_status.values()) == len(sessions)
    owed = sum(x.signed for x in lines(vault, client) if x.day <= day)
    assert totals.outstanding == max(0, owed)
    with vault.unit_of_work() as session:
        entries = list(session.scalars(select(LedgerEntry).where(LedgerEntry.day == day)))
    assert totals.received == sum(e.amount for e in entries if e.kind == LedgerKind.PAYMENT)
    assert totals.charged == sum(e.amount for e in entries if e.kind in (
        LedgerKind.SESSION_CHARGE, LedgerKind.NO_SHOW_FEE, LedgerKind.LATE_CANCEL_FEE))


test_totals_equal_the_sum_of_their_rows.calls = 0  # type: ignore[attr-defined]


def test_every_earlier_open_day_is_listed_together(vault: Vault, client_id: int) -> None:
    before = DAY - timedelta(days=7)
    mark(vault, session_at(vault, client_id, at(10, before)), S.ATTENDED)
    close_day(vault, before, now=EVENING)
    open_days = [DAY - timedelta(days=3), DAY - timedelta(days=2), DAY - timedelta(days=1)]
    for day in open_days:
        mark(vault, session_at(vault, client_id, at(10, day)), S.ATTENDED)
    problems = review_day(vault, DAY, now=EVENING).problems
    assert [p.values["day"] for p in problems
            if p.kind == ProblemKind.EARLIER_DAY_OPEN] == open_days
    assert first_open_day(vault, DAY) == open_days[0]


def test_a_client_paying_ahead_is_shown_but_the_day_closes(
        vault: Vault, client_id: int) -> None:
    appointment = session_at(vault, client_id, at(10))
    mark(vault, appointment, S.ATTENDED)
    record_payment(vault, Payment(client_id, 3 * FEE, PaymentMethod.CARD, DAY,
                                  appointment_ids=(appointment,)))
    (credit,) = review_day(vault, DAY, now=EVENING).problems
    assert credit.kind == ProblemKind.NEGATIVE_BALANCE and not credit.kind.blocks_closing
    assert credit.values["balance"] == -2 * FEE
    closed = close_day(vault, DAY, now=EVENING)
    assert closed.is_closed and is_closed(vault, DAY)
    assert balance(vault, client_id) == -2 * FEE  # still theirs, for the sessions to come
