"""`call-list` on the command line: initials unless --full, as text or CSV."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest

from cli.run import main
from models.enums import AppointmentStatus
from services.calendar.appointments import book, set_status
from services.clients.client_records import link_acquaintances
from services.vault.practice_vault import Vault
from tests.cli.test_commands import command
from tests.conftest import PASSPHRASE
from tests.services.calls.test_call_list import DAY, at, new_client

LATER = DAY + timedelta(days=8)


@pytest.fixture
def practice(vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Ann's last session, on DAY, left nothing booked; Bo and Cy, who know each other, are
    booked back to back the day after LATER."""
    monkeypatch.setenv("STILLROOM_PASSPHRASE", PASSPHRASE)
    ann = new_client(vault, "Ann Marie Lee")
    (session,) = book(vault, ann, at(DAY))
    set_status(vault, session, AppointmentStatus.ATTENDED, arrived_at=at(DAY))
    bo, cy = new_client(vault, "Bo Park"), new_client(vault, "Cy Ode")
    link_acquaintances(vault, bo, cy)
    book(vault, bo, at(LATER + timedelta(days=1), 10))
    book(vault, cy, at(LATER + timedelta(days=1), 11), allow_conflicts=True)
    vault.close()
    return data_dir


def run(folder: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert command(["--data-dir", str(folder), "call-list", "--date", LATER.isoformat(),
                    *args]) == 0
    return capsys.readouterr().out


def test_text_shows_initials_and_no_numbers_unless_full(
    practice: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    text = run(practice, capsys)
    assert text.splitlines()[0] == f"Call list for {LATER.isoformat()}: 3 clients"
    assert "A.M.L." in text and "No next session booked" in text and "8 days" in text
    assert "with C.O." in text and "with B.P." in text
    assert "Ann" not in text and "Park" not in text and "7700" not in text
    full = run(practice, capsys, "--full")
    assert "Ann Marie Lee" in full and "with Cy Ode" in full
    assert "+44 7700 900123 (call, voicemail)" in full


def test_csv_has_a_row_per_reason(practice: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(run(practice, capsys, "--format", "csv"))))
    assert [(r["rule_code"], r["client"], r["other_client"]) for r in rows] == [
        ("scheduling_mistake", "B.P.", "C.O."), ("scheduling_mistake", "C.O.", "B.P."),
        ("no_next_session", "A.M.L.", "")]
    # The rule in the practice's words, as the call list in the window heads its group.
    assert [r["rule"] for r in rows] == ["Scheduling mistakes to fix"] * 2 + [
        "No next session booked"]
    assert rows[2]["days"] == "8" and rows[2]["when"] == f"{DAY.isoformat()} 10:00"
    full = list(csv.DictReader(io.StringIO(run(practice, capsys, "--format", "csv", "--full"))))
    assert full[2]["client"] == "Ann Marie Lee" and "7700" in full[2]["numbers"]


def test_a_bad_date_is_a_usage_error(practice: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(practice), "call-list", "--date", "tomorrow"])
    assert exit_.value.code == 2


def test_no_csv_cell_is_a_formula_not_even_an_initial(
    vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STILLROOM_PASSPHRASE", PASSPHRASE)
    name = "=cmd|' /C calc'!A0"
    client = new_client(vault, name)
    (session,) = book(vault, client, at(DAY))
    set_status(vault, session, AppointmentStatus.ATTENDED, arrived_at=at(DAY))
    vault.close()
    initials = list(csv.reader(io.StringIO(run(data_dir, capsys, "--format", "csv"))))[1]
    assert initials[1] == "'=./.C."  # the initials of "=cmd…" begin with = too
    full = list(csv.DictReader(io.StringIO(run(data_dir, capsys, "--format", "csv", "--full"))))
    assert full[0]["client"] == "'" + name and full[0]["days"] == "8"
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in full[0].values())
