"""`income --year --out`: the year for the accountant from a script, CSV or a kept PDF."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Letter
from models.enums import Language, LedgerKind, LetterKind, PaymentMethod
from services.clients.client_records import ClientDraft, create_client
from services.money.ledger import record
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE


@pytest.fixture
def practice(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A practice made from the command line with 1,200.00 received by card in March 2026."""
    assert run(data_dir, "init", "--fee", "80", "--name", "Quiet Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        client = create_client(vault, ClientDraft(full_name="Ann Lee"))
        record(vault, client, LedgerKind.PAYMENT, 120000, method=PaymentMethod.CARD,
               day=date(2026, 3, 4))
    capsys.readouterr()
    return data_dir


def kept_years(data_dir: Path) -> list[tuple[LetterKind, int | None, str, Language]]:
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault, \
            vault.unit_of_work() as session:
        return [tuple(row) for row in session.execute(  # type: ignore[misc]
            select(Letter.kind, Letter.client_id, Letter.reference, Letter.language)
            .where(Letter.kind == LetterKind.INCOME_YEAR))]


def test_the_csv_is_written_and_not_kept(practice: Path, tmp_path: Path) -> None:
    out = tmp_path / "income.csv"
    assert run(practice, "income", "--year", "2026", "--out", str(out)) == 0
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[0][2] == "Card, GBP" and rows[3][2] == "1200.00" and rows[-1][0] == "Total"
    assert out.stat().st_mode & 0o777 == 0o600
    assert kept_years(practice) == []


def test_the_pdf_is_written_in_the_language_asked_and_kept(
        practice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "income.PDF"
    assert run(practice, "income", "--year", "2026", "--out", str(out), "--lang", "ru") == 0
    assert "kept as paper" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Доход за 2026 год" in text
    assert kept_years(practice) == [(LetterKind.INCOME_YEAR, None, "2026", Language.RUSSIAN)]


@pytest.mark.parametrize(("year", "out", "says"), [
    ("twenty", "income.csv", "twenty is not a year"),
    ("1066", "income.csv", "a year between 1900 and 2200"),
    ("2026", "income.xlsx", "as .csv or .pdf, not .xlsx"),
    ("2026", "income", "not a file with no extension"),
])
def test_a_bad_year_or_extension_is_refused_plainly(
        practice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        year: str, out: str, says: str) -> None:
    assert run(practice, "income", "--year", year, "--out", str(tmp_path / out)) == 1
    error = capsys.readouterr().err
    assert says in error and "Traceback" not in error
    assert not (tmp_path / out).exists()
