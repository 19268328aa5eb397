"""`import-calendar FILE.ics [--dry-run] [--from] [--to] [--create-clients] [--past]
[--book-clashes] [--apply-changes]` as a therapist switching calendars runs it."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

import services.vault.practice_vault
from models import Appointment, Block, Client
from models.enums import AppointmentStatus
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import command
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.calendar_import.calendar_files import (
    APPLE,
    GOOGLE,
    OUTLOOK,
    calendar_file,
    calendar_of,
    one_event,
)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.vault.practice_vault, "tuned_kdf", lambda: FAST_KDF)
    monkeypatch.setenv("STILLROOM_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    practice = tmp_path / "practice"
    assert command(["--data-dir", str(practice), "init", "--fee", "80",
                    "--timezone", "Europe/London"]) == 0
    capsys.readouterr()
    return practice


def book(folder: Path) -> tuple[list[str], list[AppointmentStatus], int]:
    with open_vault(folder, unlock_with_passphrase(folder, PASSPHRASE)) as vault, \
            vault.unit_of_work() as session:
        return (list(session.scalars(select(Client.full_name).order_by(Client.id))),
                list(session.scalars(select(Appointment.status).order_by(Appointment.starts_at))),
                session.scalar(select(func.count()).select_from(Block)) or 0)


def run(folder: Path, *arguments: str) -> int:
    return command(["--data-dir", str(folder), "import-calendar", *arguments])


def test_the_dry_run_prints_the_summary_and_the_matches_and_writes_nothing(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ics = calendar_file(tmp_path, GOOGLE)
    assert run(folder, str(ics), "--dry-run", "--to", "2025-01-31") == 0
    out = capsys.readouterr().out
    assert "Events: 6, under 2 titles" in out
    assert "  Session with Maya Okafor (4 events, no client) → sessions of a new client, " \
           "Maya Okafor" in out
    assert "  Tom Reyes (2 events, no client) → sessions of a new client, Tom Reyes" in out
    assert "Sessions: 6 (6 past, 0 ahead), in 2 series" in out and "New clients: 2" in out
    assert "Nothing was written (dry run)." in out
    assert book(folder) == ([], [], 0)


def test_unsure_titles_are_refused_with_their_list_unless_clients_are_created(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ics = calendar_file(tmp_path, OUTLOOK)
    assert run(folder, str(ics)) == 1
    err = capsys.readouterr().err
    assert "1 titles do not surely name a client, so nothing was imported" in err
    assert "  Okafor, Maya" in err
    assert book(folder) == ([], [], 0)
    assert run(folder, str(ics), "--create-clients", "--past", "booked") == 0
    assert "Imported 1 sessions, 1 blocks and 1 new clients." in capsys.readouterr().out
    assert book(folder) == (["Maya Okafor"], [AppointmentStatus.SCHEDULED], 1)
    assert run(folder, str(ics)) == 0
    out = capsys.readouterr().out
    assert "Okafor, Maya (1 events, sure) → sessions of Maya Okafor" in out
    assert "Already imported: 2" in out and "Nothing new to import." in out
    assert book(folder) == (["Maya Okafor"], [AppointmentStatus.SCHEDULED], 1)


def test_changes_are_listed_and_applied_only_when_asked(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(folder, str(calendar_file(tmp_path, APPLE)), "--create-clients") == 0
    cancelled = APPLE.replace("END:VCALENDAR", (
        "BEGIN:VEVENT\nUID:5D1C-APPLE-LENA\nRECURRENCE-ID;TZID=Europe/London:20250505T110000\n"
        "DTSTART;TZID=Europe/London:20250505T110000\nDTEND;TZID=Europe/London:20250505T115000\n"
        "STATUS:CANCELLED\nSUMMARY:Lena Park\nEND:VEVENT\nEND:VCALENDAR"))
    later = calendar_file(tmp_path, cancelled, "later.ics")
    capsys.readouterr()
    assert run(folder, str(later)) == 0
    out = capsys.readouterr().out
    assert "Changed in the calendar since it was imported: 1" in out
    assert "  cancelled: Lena Park, 2025-05-05 11:00" in out
    assert "add --apply-changes to apply them" in out
    assert AppointmentStatus.CANCELLED_BY_THERAPIST not in book(folder)[1]
    assert run(folder, str(later), "--apply-changes") == 0
    assert "Applied 1 changes." in capsys.readouterr().out
    assert book(folder)[1][0] is AppointmentStatus.CANCELLED_BY_THERAPIST


def test_a_bad_file_or_date_exits_1_and_writes_nothing(
        folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = calendar_file(tmp_path, calendar_of(one_event(
        "a", "20250602T090000Z", "20250602T095000Z", "Ann")).replace("UID:a\n", "UID:a\nnope\n"))
    assert run(folder, str(broken), "--create-clients") == 1
    assert "Line 6: this is not a calendar line" in capsys.readouterr().err
    assert run(folder, str(calendar_file(tmp_path, GOOGLE)), "--from", "June") == 1
    assert "June is not a date" in capsys.readouterr().err
    assert run(folder, str(tmp_path / "missing.ics")) == 1
    assert "cannot be read" in capsys.readouterr().err
    assert book(folder) == ([], [], 0)
