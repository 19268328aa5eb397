"""`agenda`: the day's agenda printed, or written as a PDF; initials unless --full."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE

DAY = date(2026, 3, 10)


@pytest.fixture
def practice(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A practice made from the command line, with Ann Lee's session on DAY at 10:00."""
    assert run(data_dir, "init", "--fee", "80", "--name", "Quiet Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        update_settings(vault, timezone="Europe/London")
        ann = create_client(vault, ClientDraft(full_name="Ann Lee", preferred_name="Annie"))
        book(vault, ann, datetime(2026, 3, 10, 10, 0, tzinfo=UTC))
    capsys.readouterr()
    return data_dir


def test_the_agenda_is_printed_with_initials(practice: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(practice, "agenda", "--date", DAY.isoformat()) == 0
    printed = capsys.readouterr().out
    assert "Today — Tuesday 10 March 2026" in printed
    assert "10:00–10:50 · A. L. · In person" in printed
    assert "Annie" not in printed and "Ann Lee" not in printed
    assert "Tomorrow — Wednesday 11 March 2026" in printed


def test_full_names_only_when_asked(practice: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(practice, "agenda", "--date", DAY.isoformat(), "--full") == 0
    assert "10:00–10:50 · Annie · In person" in capsys.readouterr().out


def test_the_pdf_is_written_where_asked_and_never_inside_the_data_folder(
        practice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "agenda.pdf"
    assert run(practice, "agenda", "--date", DAY.isoformat(), "--format", "pdf",
               "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    capsys.readouterr()
    assert run(practice, "agenda", "--format", "pdf") == 1
    assert "--out FILE.pdf" in capsys.readouterr().err
    assert run(practice, "agenda", "--format", "pdf", "--out", str(practice / "a.pdf")) == 1
    assert "inside the practice's folder" in capsys.readouterr().err


def test_a_date_that_is_not_one_is_refused(practice: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert run(practice, "agenda", "--date", "10/03/2026") == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
