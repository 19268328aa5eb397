"""`receipt` and `statement` from a script: the paper written and kept, the figures printed,
and one clear line (exit 1) when refused."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.enums import LedgerKind, PaymentMethod
from services.clients.client_records import ClientDraft, create_client
from services.money.ledger import record
from services.papers.letters import letters_of
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE


@pytest.fixture
def account(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, int, int]:
    """A practice with Ann's charge, her payment and the charge's line (ids)."""
    assert run(data_dir, "init", "--fee", "80", "--name", "Quiet Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
        charge = record(vault, ann, LedgerKind.SESSION_CHARGE, 8000, day=date(2026, 3, 3))
        paid = record(vault, ann, LedgerKind.PAYMENT, 5000, method=PaymentMethod.CARD,
                      day=date(2026, 3, 4))
    capsys.readouterr()
    return ann, paid, charge


def test_receipt_writes_the_pdf_once_and_says_when_it_was_kept(
        data_dir: Path, tmp_path: Path, account: tuple[int, int, int],
        capsys: pytest.CaptureFixture[str]) -> None:
    ann, paid, _ = account
    out = tmp_path / "receipt.pdf"
    assert run(data_dir, "receipt", "--payment", str(paid), "--out", str(out)) == 0
    assert f"Receipt R-{paid} made and kept" in capsys.readouterr().out
    text = PdfReader(out).pages[0].extract_text()
    assert "£50.00" in text and "Still owed: £30.00" in text
    assert run(data_dir, "receipt", "--payment", str(paid), "--lang", "ru") == 0
    assert "already kept" in capsys.readouterr().out
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        assert [kept.reference for kept in letters_of(vault, ann)] == [f"R-{paid}"]


def test_receipt_for_a_charge_is_refused_in_one_line(
        data_dir: Path, account: tuple[int, int, int],
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "receipt", "--payment", str(account[2])) == 1
    err = capsys.readouterr().err
    assert "not for a charge or a waiver" in err and "Traceback" not in err


def test_statement_prints_writes_csv_and_keeps_the_pdf(
        data_dir: Path, tmp_path: Path, account: tuple[int, int, int],
        capsys: pytest.CaptureFixture[str]) -> None:
    period = ("--from", "2026-01-01", "--to", "2026-12-31")
    assert run(data_dir, "statement", "--client", "Ann Lee", *period) == 0
    printed = capsys.readouterr().out
    assert "opening balance £0.00" in printed and "closing balance £30.00" in printed
    sheet = tmp_path / "statement.csv"
    assert run(data_dir, "statement", "--client", "Ann", *period, "--out", str(sheet)) == 0
    rows = list(csv.DictReader(io.StringIO(sheet.read_text("utf-8-sig"))))
    assert [r["balance_minor"] for r in rows if r["entry_code"] == "closing"] == ["3000"]
    pdf = tmp_path / "statement.pdf"
    assert run(data_dir, "statement", "--client", str(account[0]), *period, "--lang", "ru",
               "--out", str(pdf)) == 0
    assert "Выписка по счёту" in PdfReader(pdf).pages[0].extract_text()
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        assert [kept.reference for kept in letters_of(vault, account[0])] == [
            "2026-01-01 – 2026-12-31"]
    capsys.readouterr()
    assert run(data_dir, "statement", "--client", "Ann", "--from", "2026-02-01",
               "--to", "2026-01-01") == 1
    assert "must end on or after" in capsys.readouterr().err
    assert run(data_dir, "statement", "--client", "Ann", "--from", "1/2/2026",
               "--to", "2026-01-01") == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
