from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from models.enums import BlockKind
from services.calendar.appointments import book
from services.calendar.blocks import BlockPlan, add_block
from services.clients.client_records import ClientDraft, create_client
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2030, 6, 3)


@pytest.fixture
def practice(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A practice made from the command line: Anna on Monday at ten, a holiday on Friday."""
    assert run(data_dir, "init", "--fee", "80", "--name", "Quiet Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        update_settings(vault, timezone="Europe/London")
        anna = create_client(vault, ClientDraft(full_name="Anna Petrova"))
        book(vault, anna, datetime.combine(MONDAY, time(10), tzinfo=LONDON))
        add_block(vault, BlockPlan(BlockKind.HOLIDAY, first_day=date(2030, 6, 7),
                                   last_day=date(2030, 6, 7)))
    capsys.readouterr()
    return data_dir


def summaries(path: Path) -> list[str]:
    return [str(e["SUMMARY"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_the_calendar_is_written_owner_only_with_initials_by_default(
        practice: Path, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "week.ics"
    out.write_text("last week's")
    out.chmod(0o644)
    assert run(data_dir, "export-calendar", str(out), "--from", "2030-06-03",
               "--to", "2030-06-09") == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.stat().st_mode & 0o777 == 0o600
    assert summaries(out) == ["A.P.", "Holiday"]
    assert run(data_dir, "export-calendar", str(out), "--from", "2030-06-03",
               "--to", "2030-06-05", "--names", "full") == 0
    assert summaries(out) == ["Anna Petrova"]
    assert run(data_dir, "export-calendar", str(out), "--names", "none") == 0
    assert summaries(out) == ["Session", "Holiday"]  # everything ahead, from today


def test_bad_days_and_the_data_folder_are_refused(
        practice: Path, data_dir: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "week.ics"
    assert run(data_dir, "export-calendar", str(out), "--from", "3/6/2030") == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert run(data_dir, "export-calendar", str(out), "--from", "2030-06-09",
               "--to", "2030-06-03") == 1
    assert "cannot come before" in capsys.readouterr().err
    inside = data_dir / "week.ics"
    assert run(data_dir, "export-calendar", str(inside)) == 1
    assert "inside the practice's folder" in capsys.readouterr().err
    assert not out.exists() and not inside.exists()
