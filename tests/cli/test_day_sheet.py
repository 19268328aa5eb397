import csv
import io
from datetime import date
from pathlib import Path

import pytest

from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE
from tests.services.day_close.test_day_sheet import DAY, closed_day


def test_day_sheet_writes_a_closed_day_and_refuses_an_open_or_unknown_one(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "init", "--name", "Quiet Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        from services.practice.practice_settings import update_settings

        update_settings(vault, timezone="Europe/London")
        closed_day(vault)
    out = tmp_path / "sheet.csv"
    assert run(data_dir, "day-sheet", "--date", DAY.isoformat(), "--out", str(out)) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert rows[-1]["charged_minor"] == "14050"
    pdf = tmp_path / "sheet.pdf"
    assert run(data_dir, "day-sheet", "--date", DAY.isoformat(), "--out", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert run(data_dir, "day-sheet", "--date", "2026-03-11", "--out", str(out)) == 1
    assert "nothing on 2026-03-11" in capsys.readouterr().err
    assert run(data_dir, "day-sheet", "--date", "10/03/2026", "--out", str(out)) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert date.fromisoformat(DAY.isoformat()) == DAY
