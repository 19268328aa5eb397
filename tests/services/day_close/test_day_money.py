"""Each close-the-day action is one unit of work: written whole or not at all, undone as one
action in the client's name, back to the row, and made again by redo; never on a closed day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest

from models.enums import AppointmentStatus, BookAction, PaymentMethod
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close import day_money
from services.day_close.reconciliation import (
    Payment,
    Refund,
    assign_payment,
    close_day,
    mark,
    record_payment,
    record_refund,
    reopen_day,
    review_day,
    set_charge,
)
from services.errors import Refused
from services.practice.practice_settings import update_settings
from services.undo import CLOSED, redo, undo
from services.vault.practice_vault import Vault
from tests.services.book_state import book_state
from tests.services.day_close.test_reconciliation import DAY, EVENING, FEE, at

S = AppointmentStatus


@pytest.fixture
def ann(vault: Vault) -> int:
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    return create_client(vault, ClientDraft(full_name="Ann Lee"))


@pytest.fixture
def sessions(vault: Vault, ann: int) -> tuple[int, int]:
    """Ann's two sessions on DAY, attended and charged the fee each."""
    booked = (book(vault, ann, at(10))[0], book(vault, ann, at(15))[0])
    for appointment in booked:
        set_status(vault, appointment, S.ATTENDED, charge=True)
    return booked


def undone_and_redone(vault: Vault, act: Callable[[], object], action: BookAction,
                      name: str) -> None:
    """`act` changes the book; undo puts every table back to the row; redo makes it again."""
    before = book_state(vault, with_audit=False)
    act()
    after = book_state(vault, with_audit=False)
    assert after != before
    done = vault.history.next_undo()
    assert done is not None and (done.action, done.client_name) == (action, name)
    assert undo(vault) == done
    assert book_state(vault, with_audit=False) == before
    assert redo(vault) == done
    assert book_state(vault, with_audit=False) == after


def test_marking_a_session_is_undone_with_its_charge(vault: Vault, ann: int) -> None:
    (appointment,) = book(vault, ann, at(10))
    undone_and_redone(vault, lambda: mark(vault, appointment, S.ATTENDED), BookAction.ATTENDED,
                      "Ann Lee")
    undone_and_redone(vault, lambda: mark(vault, appointment, S.ATTENDED_LATE),
                      BookAction.ATTENDED_LATE, "Ann Lee")


def test_a_charge_set_by_hand_is_undone(vault: Vault, sessions: tuple[int, int]) -> None:
    undone_and_redone(vault, lambda: set_charge(vault, sessions[0], 5000, "Sliding scale"),
                      BookAction.CHARGE, "Ann Lee")


def test_a_payment_spread_over_sessions_is_one_action(
        vault: Vault, ann: int, sessions: tuple[int, int]) -> None:
    payment = Payment(ann, 2 * FEE + 500, PaymentMethod.CARD, DAY, sessions, "Both sessions")
    undone_and_redone(vault, lambda: record_payment(vault, payment), BookAction.PAYMENT,
                      "Ann Lee")


def test_a_part_payment_and_a_refund_are_undone(
        vault: Vault, ann: int, sessions: tuple[int, int]) -> None:
    part = Payment(ann, 2500, PaymentMethod.CASH, DAY, (sessions[1],))
    undone_and_redone(vault, lambda: record_payment(vault, part), BookAction.PAYMENT, "Ann Lee")
    refund = Refund(ann, 1000, PaymentMethod.CASH, DAY, "Paid twice")
    undone_and_redone(vault, lambda: record_refund(vault, refund), BookAction.REFUND, "Ann Lee")


def test_a_payment_nobody_owns_yet_and_saying_whose_it_is(vault: Vault, ann: int) -> None:
    loose = Payment(None, 3000, PaymentMethod.CASH, DAY)
    undone_and_redone(vault, lambda: record_payment(vault, loose), BookAction.PAYMENT, "")
    (ledger_id,) = record_payment(vault, loose)
    undone_and_redone(vault, lambda: assign_payment(vault, ledger_id, ann), BookAction.PAYMENT,
                      "Ann Lee")


@pytest.mark.parametrize("refused_at", [0, 1, 2])
def test_a_payment_refused_on_any_of_its_parts_writes_none_of_them(
        vault: Vault, ann: int, sessions: tuple[int, int], refused_at: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Paid for two sessions with some left over: three entries; a refusal at any of them
    leaves the book as it was."""
    before = book_state(vault)
    made: list[object] = []
    add_entry = day_money.add_entry

    def add_or_refuse(*args: object, **kwargs: object) -> object:
        if len(made) == refused_at:
            raise Refused("No.")
        made.append(add_entry(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(day_money, "add_entry", add_or_refuse)
    with pytest.raises(Refused):
        record_payment(vault, Payment(ann, 2 * FEE + 500, PaymentMethod.CARD, DAY, sessions))
    assert len(made) == refused_at
    assert book_state(vault) == before


@pytest.mark.parametrize("act", [
    lambda vault, ann, sessions: set_charge(vault, sessions[0], 1, "Less"),
    lambda vault, ann, sessions: record_payment(
        vault, Payment(ann, 100, PaymentMethod.CASH, DAY, sessions)),
    lambda vault, ann, sessions: record_refund(vault, Refund(ann, 100, PaymentMethod.CASH, DAY)),
    lambda vault, ann, sessions: mark(vault, sessions[0], S.ATTENDED_LATE),
])
def test_a_closed_day_refuses_each_action_and_nothing_changes(
        vault: Vault, ann: int, sessions: tuple[int, int],
        act: Callable[[Vault, int, tuple[int, int]], object]) -> None:
    close_day(vault, DAY, now=EVENING)
    before = book_state(vault)
    with pytest.raises(Refused, match="This day is closed"):
        act(vault, ann, sessions)
    assert book_state(vault) == before


def test_a_payment_on_a_day_closed_since_cannot_be_undone_until_it_is_reopened(
        vault: Vault, ann: int, sessions: tuple[int, int]) -> None:
    record_payment(vault, Payment(ann, 2 * FEE, PaymentMethod.CARD, DAY, sessions))
    close_day(vault, DAY, now=EVENING)
    before = book_state(vault)
    with pytest.raises(Refused) as refused:
        undo(vault)
    assert refused.value.message == CLOSED.format(day=DAY.isoformat())
    assert refused.value.message == ("This cannot be undone: it changed 2026-03-10, which is "
                                     "closed. Reopen the day first if it needs correcting.")
    assert book_state(vault) == before
    reopen_day(vault, DAY, "The card payment failed")
    done = undo(vault)
    assert done is not None and done.action == BookAction.PAYMENT
    assert review_day(vault, DAY, now=EVENING).totals.received == 0


def test_a_payment_entered_for_another_day_is_refused_on_that_day_only(
        vault: Vault, ann: int) -> None:
    """Undo looks at the day the money was entered for, not the day it was typed."""
    later = date(2026, 3, 11)
    record_payment(vault, Payment(ann, FEE, PaymentMethod.CASH, later))
    close_day(vault, DAY, now=EVENING)
    assert undo(vault) is not None
    assert review_day(vault, later, now=datetime.combine(later, time(21), tzinfo=EVENING.tzinfo)
                      ).totals.received == 0
