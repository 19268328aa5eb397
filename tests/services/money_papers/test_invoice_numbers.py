"""Numbers follow the practice's pattern and run without gaps, each kind and year its own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.enums import InvoiceKind
from services.errors import InvalidValue
from services.money_papers.invoice_numbers import check_pattern, number_text, take_number
from services.vault.practice_vault import Vault


@pytest.mark.parametrize(("pattern", "printed"), [
    ("YYYY-####", "2026-0042"), ("INV/###/YYYY", "INV/042/2026"), ("CN-YYYY-####", "CN-2026-0042"),
    ("YYYY##", "202642"), ("Счёт YYYY-#####", "Счёт 2026-00042"),
])
def test_a_number_follows_the_pattern(pattern: str, printed: str) -> None:
    assert number_text(pattern, 2026, 42) == printed


@given(st.integers(min_value=1, max_value=10**7), st.integers(min_value=1, max_value=6))
def test_a_number_is_never_cut_to_its_run(sequence: int, width: int) -> None:
    printed = number_text("YYYY-" + "#" * width, 2026, sequence)
    assert printed.startswith("2026-")
    assert int(printed.removeprefix("2026-")) == sequence
    assert len(printed) == 5 + max(width, len(str(sequence)))


@pytest.mark.parametrize("pattern", ["####", "YYYY", "YYYY-##-##", "YYYY\n###", "#" * 41 + "YYYY"])
def test_a_pattern_without_one_year_and_one_number_is_refused(pattern: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        check_pattern(pattern)
    assert refused.value.field == "invoice_pattern"


def test_numbers_run_on_per_kind_and_year_and_a_rollback_gives_one_back(vault: Vault) -> None:
    with vault.unit_of_work() as session:
        taken = [take_number(session, InvoiceKind.INVOICE, 2026) for _ in range(3)]
        taken.append(take_number(session, InvoiceKind.CREDIT_NOTE, 2026))
        taken.append(take_number(session, InvoiceKind.INVOICE, 2027))
    with pytest.raises(RuntimeError), vault.unit_of_work() as session:
        take_number(session, InvoiceKind.INVOICE, 2026)
        raise RuntimeError("the issuing failed")
    with vault.unit_of_work() as session:
        taken.append(take_number(session, InvoiceKind.INVOICE, 2026))
    assert taken == [1, 2, 3, 1, 1, 4]
