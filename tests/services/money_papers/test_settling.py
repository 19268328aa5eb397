"""Matching payments and waivers to charges: every penny is matched once, a payment tied to a
session settles it first, and the rest go to the oldest charges still open."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from models.enums import LedgerKind
from services.money.ledger import LedgerLine
from services.money_papers.settling import settle

DAY = date(2026, 1, 1)


def line(number: int, kind: LedgerKind, amount: int, offset: int = 0,
         session: int | None = None) -> LedgerLine:
    return LedgerLine(number, DAY + timedelta(days=offset), kind, amount, session, None, None,
                      "")


drawn_lines = st.lists(
    st.tuples(st.sampled_from(list(LedgerKind)), st.integers(0, 20_000), st.integers(0, 60),
              st.one_of(st.none(), st.integers(1, 4))),
    max_size=20,
).map(lambda rows: [line(n, *row) for n, row in enumerate(rows, 1)])


@given(drawn_lines)
def test_every_penny_is_matched_once(lines: list[LedgerLine]) -> None:
    settled = settle(lines)
    for credit in (x for x in lines if x.kind.sign < 0):
        matched = sum(amount for _, amount in settled.matches[credit.id])
        assert matched + settled.unspent[credit.id] == credit.amount
    for charge in (x for x in lines if x.kind.sign > 0):
        paid = sum(amount for matches in settled.matches.values()
                   for charged, amount in matches if charged == charge.id)
        assert paid + settled.unpaid[charge.id] == charge.amount
        assert settled.unpaid[charge.id] >= 0
    balance = sum(x.signed for x in lines)
    assert sum(settled.unpaid.values()) - sum(settled.unspent.values()) == balance
    if balance > 0:
        assert sum(settled.unspent.values()) == 0


def test_a_tied_payment_settles_its_session_then_the_oldest() -> None:
    lines = [line(1, LedgerKind.SESSION_CHARGE, 8000, 0, session=1),
             line(2, LedgerKind.SESSION_CHARGE, 8000, 7, session=2),
             line(3, LedgerKind.PAYMENT, 10000, 8, session=2),
             line(4, LedgerKind.PAYMENT, 3000, 9)]
    settled = settle(lines)
    assert settled.matches[3] == [(1, 2000), (2, 8000)]
    assert settled.matches[4] == [(1, 3000)]
    assert settled.unpaid == {1: 3000, 2: 0}
