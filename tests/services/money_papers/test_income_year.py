"""The year for the accountant equals the ledger: months to the year, methods to the payments,
and what was owed at the year's end to the clients' balances on 31 December."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from models import LedgerEntry, Letter
from models.enums import Language, LedgerKind, LetterKind, PaymentMethod, WaiverReason
from services.clients.client_records import ClientDraft, create_client
from services.errors import InvalidValue
from services.money.ledger import add_entry, balance, record
from services.money_papers.income_year import (
    income_year,
    keep_income_paper,
    years_with_ledger,
)
from services.vault.practice_vault import Vault

YEAR = 2026


def test_each_month_holds_its_payments_by_method_refunds_and_waivers(vault: Vault) -> None:
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    record(vault, ann, LedgerKind.SESSION_CHARGE, 8000, day=date(YEAR, 1, 5))
    record(vault, ann, LedgerKind.PAYMENT, 5000, method=PaymentMethod.CASH, day=date(YEAR, 1, 5))
    record(vault, ann, LedgerKind.PAYMENT, 2000, method=PaymentMethod.INSURER,
           day=date(YEAR, 1, 31))
    record(vault, ann, LedgerKind.REFUND, 1500, method=PaymentMethod.CARD, day=date(YEAR, 3, 1))
    record(vault, ann, LedgerKind.WAIVER, 1000, waiver_reason=WaiverReason.GOODWILL,
           day=date(YEAR, 12, 31))
    record(vault, ann, LedgerKind.PAYMENT, 9999, method=PaymentMethod.CARD,
           day=date(YEAR + 1, 1, 1))  # next year's
    report = income_year(vault, YEAR)
    january, march, december = report.months[0], report.months[2], report.months[11]
    assert january.received == {PaymentMethod.CASH: 5000, PaymentMethod.CARD: 0,
                                PaymentMethod.TRANSFER: 0, PaymentMethod.INSURER: 2000}
    assert (january.payments, january.net, march.refunded, march.net) == (7000, 7000, 1500, -1500)
    assert december.waived[WaiverReason.GOODWILL] == 1000
    assert (report.payments, report.refunded, report.net, report.waived_total) == (
        7000, 1500, 5500, 1000)
    # 8000 charged, 7000 paid, 1500 refunded, 1000 waived by 31 December; next year's
    # payment does not count.
    assert (report.owed_at_end, report.clients_owing) == (1500, 1)
    assert report.currency == "GBP"


def test_clients_in_credit_do_not_lessen_what_others_owe(vault: Vault) -> None:
    owing = create_client(vault, ClientDraft(full_name="Ann Lee"))
    ahead = create_client(vault, ClientDraft(full_name="Bo Reyes"))
    record(vault, owing, LedgerKind.NO_SHOW_FEE, 4000, day=date(YEAR, 6, 1))
    record(vault, ahead, LedgerKind.PAYMENT, 9000, method=PaymentMethod.TRANSFER,
           day=date(YEAR, 6, 1))
    report = income_year(vault, YEAR)
    assert (report.owed_at_end, report.clients_owing) == (4000, 1)


def test_an_empty_year_is_twelve_months_of_nothing(vault: Vault) -> None:
    report = income_year(vault, YEAR)
    assert len(report.months) == 12
    assert (report.payments, report.refunded, report.waived_total, report.owed_at_end) == (
        0, 0, 0, 0)
    assert years_with_ledger(vault) == []


def test_the_years_offered_are_those_with_ledger_lines_newest_first(vault: Vault) -> None:
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    for day in (date(2023, 12, 31), date(2026, 1, 1), date(2026, 7, 7)):
        record(vault, ann, LedgerKind.SESSION_CHARGE, 8000, day=day)
    assert years_with_ledger(vault) == [2026, 2023]


@pytest.mark.parametrize("year", [0, 1899, 2201, -2026])
def test_a_year_out_of_range_is_refused(vault: Vault, year: int) -> None:
    with pytest.raises(InvalidValue) as refused:
        income_year(vault, year)
    assert refused.value.field == "year"


def test_the_paper_is_kept_as_the_years_income_of_no_client(vault: Vault) -> None:
    kept = keep_income_paper(vault, YEAR, Language.RUSSIAN, b"%PDF-1.4 the year")
    with vault.unit_of_work() as session:
        paper = session.get(Letter, kept)
        assert paper is not None
        assert (paper.kind, paper.client_id, paper.reference, paper.language, paper.pdf) == (
            LetterKind.INCOME_YEAR, None, "2026", Language.RUSSIAN, b"%PDF-1.4 the year")


# For random ledgers --------------------------------------------------------------------------

DAYS = st.dates(min_value=date(YEAR - 1, 11, 1), max_value=date(YEAR + 1, 2, 28))
LINES = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(list(LedgerKind)),
                           st.integers(0, 10**7), st.sampled_from(list(PaymentMethod)),
                           st.sampled_from(list(WaiverReason)), DAYS), max_size=30)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(LINES)
def test_the_year_equals_the_ledger_to_the_penny(
        vault: Vault,
        lines: list[tuple[int, LedgerKind, int, PaymentMethod, WaiverReason, date]]) -> None:
    with vault.unit_of_work() as session:
        session.execute(delete(LedgerEntry))
    clients = [create_client(vault, ClientDraft(full_name=name))
               for name in ("Ann Lee", "Bo Reyes", "Cy Dunn")]
    with vault.unit_of_work() as session:
        for who, kind, amount, method, reason, day in lines:
            add_entry(session, clients[who], kind, amount, method=method, waiver_reason=reason,
                      day=day)
    report = income_year(vault, YEAR)

    expected: dict[tuple[int, LedgerKind, object], int] = defaultdict(int)
    owed: dict[int, int] = defaultdict(int)
    for who, kind, amount, method, reason, day in lines:
        if day.year == YEAR:
            detail = method if kind is LedgerKind.PAYMENT else (
                reason if kind is LedgerKind.WAIVER else None)
            expected[day.month, kind, detail] += amount
        if day <= date(YEAR, 12, 31):
            owed[who] += kind.sign * amount
    for month in report.months:
        for method in PaymentMethod:
            assert month.received[method] == expected[month.month, LedgerKind.PAYMENT, method]
        for reason in WaiverReason:
            assert month.waived[reason] == expected[month.month, LedgerKind.WAIVER, reason]
        assert month.refunded == expected[month.month, LedgerKind.REFUND, None]
        assert month.payments == sum(month.received.values())
        assert month.net == month.payments - month.refunded
    assert report.payments == sum(m.payments for m in report.months) == sum(
        report.received.values())
    assert report.refunded == sum(m.refunded for m in report.months)
    assert report.net == report.payments - report.refunded
    assert report.waived_total == sum(m.waived_total for m in report.months) == sum(
        report.waived.values())
    assert report.owed_at_end == sum(b for b in owed.values() if b > 0)
    assert report.clients_owing == sum(1 for b in owed.values() if b > 0)
    if all(day <= date(YEAR, 12, 31) for *_rest, day in lines):
        # with nothing after the year, the ledger's own balances say the same
        assert report.owed_at_end == sum(max(0, balance(vault, c)) for c in clients)
