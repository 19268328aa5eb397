import csv
import io
from datetime import date
from pathlib import Path

import pytest

from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE
from tests.services.day_close.test_day_sheet import DAY, closed_day


@pytest.fixture
def practice(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A practice made from the command line, with DAY closed."""
    assert run(data_dir, "init", "--fee", "80", "--name", "Quiet Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        from services.practice.practice_settings import update_settings

        update_settings(vault, timezone="Europe/London")
        closed_day(vault)
    capsys.readouterr()
    return data_dir


def test_day_sheet_writes_a_closed_day_and_refuses_an_open_or_unknown_one(
        practice: Path, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
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


def test_a_day_sheet_goes_nowhere_inside_the_data_folder_and_ends_owner_only(
        practice: Path, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    inside = data_dir / "sheet.csv"
    assert run(data_dir, "day-sheet", "--date", DAY.isoformat(), "--out", str(inside)) == 1
    assert "inside the practice's folder" in capsys.readouterr().err
    assert not inside.exists()
    out = tmp_path / "sheet.csv"
    out.write_text("yesterday's sheet")
    out.chmod(0o644)
    assert run(data_dir, "day-sheet", "--date", DAY.isoformat(), "--out", str(out)) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert "charged_minor" in out.read_text("utf-8-sig")


def test_a_full_disk_is_said_plainly(
        practice: Path, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    import services.vault.private_files as private_files


    def no_space(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(private_files.os, "write", no_space)
    out = tmp_path / "sheet.csv"
    assert run(data_dir, "day-sheet", "--date", DAY.isoformat(), "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "The disk is full" in err and "Traceback" not in err
    assert not out.exists()
