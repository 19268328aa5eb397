"""`invoice`, `void-invoice`, `invoices`: numbers, totals and due dates printed, the PDF written,
one clear line and exit 1 on a refusal."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE
from tests.services.money_papers.invoice_book import charged_client, pay


@pytest.fixture
def client(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[int]]:
    assert run(data_dir, "init", "--fee", "80", "--name", "Birch Room",
               "--timezone", "Europe/London") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        made = charged_client(vault, name="=HYPERLINK(\"x\") Brook", sessions=3)
        pay(vault, made[0], 8000)
    capsys.readouterr()
    return made


def test_a_month_is_invoiced_voided_and_invoiced_again(
        data_dir: Path, tmp_path: Path, client: tuple[int, list[int]],
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "invoice.pdf"
    assert run(data_dir, "invoice", "--client", str(client[0]), "--from", "2026-11-01",
               "--to", "2026-11-30", "--out", str(out), "--lang", "ru") == 0
    said = capsys.readouterr().out
    number = re.search(r"Invoice (\d{4}-0001): £240\.00, due \d{4}-\d\d-\d\d\.", said)
    assert number is not None, said
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert f"Счёт {number[1]}" in text and "£240.00" in text
    note = tmp_path / "credit.pdf"
    assert run(data_dir, "void-invoice", number[1], "--reason", "Wrong period",
               "--out", str(note)) == 0
    assert "Credit note CN-" in capsys.readouterr().out
    assert "Wrong period" in "".join(
        page.extract_text() for page in PdfReader(io.BytesIO(note.read_bytes())).pages)
    assert run(data_dir, "invoice", "--client", "Brook", "--session", str(client[1][0])) == 0
    assert "-0002: £80.00" in capsys.readouterr().out
    sheet = tmp_path / "invoices.csv"
    assert run(data_dir, "invoices", "--client", "Brook", "--csv", str(sheet)) == 0
    rows = list(csv.reader(io.StringIO(sheet.read_text("utf-8"))))
    assert [row[6] for row in rows[1:]] == ["Paid", "", "Voided"]
    assert rows[1][4:6] == ["80.00", "80.00"]


@pytest.mark.parametrize(("arguments", "message"), [
    (["--from", "2026-11-30", "--to", "2026-11-01"], "must end on or after"),
    (["--from", "2025-01-01", "--to", "2025-01-31"], "Nothing to invoice"),
    ([], "needs --session ID, or --from DATE and --to DATE"),
])
def test_a_refused_invoice_is_one_line_and_exit_1(
        data_dir: Path, client: tuple[int, list[int]], capsys: pytest.CaptureFixture[str],
        arguments: list[str], message: str) -> None:
    assert run(data_dir, "invoice", "--client", str(client[0]), *arguments) == 1
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1


def test_voiding_twice_is_refused(data_dir: Path, client: tuple[int, list[int]],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "invoice", "--client", str(client[0]), "--session",
               str(client[1][1])) == 0
    number = capsys.readouterr().out.split()[1].rstrip(":")
    assert run(data_dir, "void-invoice", number, "--reason", "Duplicate") == 0
    assert run(data_dir, "void-invoice", number, "--reason", "Again") == 1
    assert "already voided" in capsys.readouterr().err
