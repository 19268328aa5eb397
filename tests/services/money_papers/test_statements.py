"""A statement equals the ledger to the penny: opening + the period's lines == closing ==
the balance at the period's end, for any history; what is owed is aged by the charges still
unpaid, and the ages add up to it."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from models import Letter
from models.enums import Language, LedgerKind, LetterKind, PaymentMethod, WaiverReason
from services.clients.client_records import ClientDraft, create_client
from services.errors import InvalidValue, NotFound
from services.money.ledger import record
from services.money_papers.statement_layout import statement_csv
from services.money_papers.statements import keep_statement, statement
from services.vault.practice_vault import Vault

START = date(2026, 1, 1)
NOW = datetime(2026, 12, 5, 12, tzinfo=UTC)

histories = st.lists(
    st.tuples(st.sampled_from(list(LedgerKind)), st.integers(min_value=0, max_value=50_000),
              st.integers(min_value=0, max_value=400)),
    max_size=15,
)
periods = st.tuples(st.integers(min_value=0, max_value=400),
                    st.integers(min_value=0, max_value=200))


def add(vault: Vault, client: int, kind: LedgerKind, amount: int, day: date) -> int:
    return record(vault, client, kind, amount, method=PaymentMethod.CARD,
                  waiver_reason=WaiverReason.GOODWILL, day=day)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(histories, periods)
def test_the_statement_equals_the_ledger_to_the_penny(
        vault: Vault, drawn: list[tuple[LedgerKind, int, int]], period: tuple[int, int]) -> None:
    client = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    for kind, amount, offset in drawn:
        add(vault, client, kind, amount, START + timedelta(days=offset))
    period_from = START + timedelta(days=period[0])
    period_to = period_from + timedelta(days=period[1])
    figures = statement(vault, client, period_from, period_to, now=NOW)

    def signed(kind: LedgerKind, amount: int) -> int:
        return kind.sign * amount

    at_end = sum(signed(k, a) for k, a, o in drawn if START + timedelta(days=o) <= period_to)
    before = sum(signed(k, a) for k, a, o in drawn if START + timedelta(days=o) < period_from)
    assert figures.opening == before
    assert figures.opening + sum(e.paper.line.signed for e in figures.lines) \
        == figures.closing == at_end
    assert all(period_from <= e.paper.line.day <= period_to for e in figures.lines)
    if figures.lines:
        assert figures.lines[-1].balance == figures.closing
    if figures.closing > 0:
        assert sum(figures.ageing.buckets) == figures.closing
    assert all(bucket >= 0 for bucket in figures.ageing.buckets)


def test_what_is_owed_is_aged_by_the_charges_still_unpaid(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    end = date(2026, 6, 30)
    for days_ago in (0, 20, 50, 80, 200):
        add(vault, client, LedgerKind.SESSION_CHARGE, 1000, end - timedelta(days=days_ago))
    # A payment settles the oldest charge and half of the next one.
    add(vault, client, LedgerKind.PAYMENT, 1500, end)
    figures = statement(vault, client, date(2026, 6, 1), end, now=NOW)
    # Due 14 days after the charge (the practice's terms): 0, 20, 50 and 80 days ago are
    # not yet due, 6, 36 and 66 days overdue.
    assert figures.ageing.buckets == (1000, 1000, 1000, 500, 0)
    assert figures.closing == 3500


def test_the_period_must_not_end_before_it_starts(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    with pytest.raises(InvalidValue) as refused:
        statement(vault, client, date(2026, 2, 1), date(2026, 1, 31))
    assert refused.value.field == "period_to"
    with pytest.raises(NotFound):
        statement(vault, 999, date(2026, 1, 1), date(2026, 1, 31))


def test_the_statement_is_kept_with_its_period(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    add(vault, client, LedgerKind.SESSION_CHARGE, 8000, date(2026, 3, 3))
    kept = keep_statement(vault, client, START, date(2026, 12, 31), now=NOW)
    with vault.unit_of_work() as session:
        letter = session.get(Letter, kept.letter_id)
        assert letter is not None
        assert (letter.kind, letter.reference, letter.client_id, letter.pdf) == (
            LetterKind.STATEMENT, "2026-01-01 – 2026-12-31", client, kept.pdf)


def pdf_text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\u00a0", " ")


def test_the_pdf_holds_the_figures_in_english_and_russian(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    add(vault, client, LedgerKind.SESSION_CHARGE, 8000, date(2025, 12, 1))
    add(vault, client, LedgerKind.SESSION_CHARGE, 8000, date(2026, 3, 3))
    add(vault, client, LedgerKind.PAYMENT, 5000, date(2026, 3, 3))
    english = pdf_text(keep_statement(vault, client, START, date(2026, 12, 31), now=NOW).pdf)
    for figure in ("Statement of account", "Ruth Hale", "Opening balance", "£80.00",
                   "Payment (Card)", "Closing balance", "£110.00", "Over 90 days",
                   "1 January 2026 – 31 December 2026"):
        assert figure in english, figure
    russian = pdf_text(keep_statement(vault, client, START, date(2026, 12, 31), now=NOW,
                                      language=Language.RUSSIAN).pdf)
    for figure in ("Выписка по счёту", "Остаток на начало периода", "80,00 £",
                   "Оплата (Карта)", "110,00 £", "Более 90 дней"):
        assert figure in russian, figure
    reader = PdfReader(io.BytesIO(keep_statement(vault, client, START, date(2026, 12, 31)).pdf))
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


def test_the_csv_adds_up_and_no_cell_is_a_formula(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ruth Hale"))
    record(vault, client, LedgerKind.SESSION_CHARGE, 8000, day=date(2026, 3, 3))
    record(vault, client, LedgerKind.PAYMENT, 9000, method=PaymentMethod.CASH,
           day=date(2026, 3, 4))
    figures = statement(vault, client, START, date(2026, 12, 31), now=NOW)
    rows = list(csv.reader(io.StringIO(statement_csv(figures, Language.ENGLISH).lstrip("\ufeff"))))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["date", "description", "entry_code"]
    lines = [r for r in body if r[2] in {k.value for k in LedgerKind}]
    charged = sum(int(r[6] or 0) for r in lines)
    paid = sum(int(r[7] or 0) for r in lines)
    closing = next(r for r in body if r[2] == "closing")
    assert (charged, paid, int(closing[8]), closing[5]) == (8000, 9000, -1000, "-10.00")
    for cell in (c for r in body for c in r[:3]):
        assert not cell.startswith(("=", "+", "-", "@"))
