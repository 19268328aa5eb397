"""The command line ends a client whose ending day has come, as the window does on opening;
`check` alone never writes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from models import Appointment
from models.enums import AppointmentStatus, ClientStatus
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client, read_client
from services.clients.ending import end_client
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase
from tests.cli.test_commands import command
from tests.conftest import PASSPHRASE

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def ending_yesterday(vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Zoe, whose file a letter said would close yesterday, with a session booked since for
    tomorrow."""
    monkeypatch.setenv("STILLROOM_PASSPHRASE", PASSPHRASE)
    today = datetime.now(LONDON).date()
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    end_client(vault, zoe, today - timedelta(days=1), now=datetime.now(UTC) - timedelta(days=3))
    book(vault, zoe, datetime.combine(today + timedelta(days=1), time(10), LONDON))
    vault.close()
    return zoe


def state(data_dir: Path, client_id: int) -> tuple[ClientStatus, list[AppointmentStatus]]:
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        with vault.unit_of_work() as session:
            sessions = list(session.scalars(select(Appointment.status).where(
                Appointment.client_id == client_id)))
        return read_client(vault, client_id).draft.status, sessions


def test_a_command_that_reads_the_book_ends_a_client_whose_day_has_come(
        data_dir: Path, ending_yesterday: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert command(["--data-dir", str(data_dir), "check"]) == 0
    assert state(data_dir, ending_yesterday) == (ClientStatus.ACTIVE,
                                                 [AppointmentStatus.SCHEDULED])
    capsys.readouterr()

    assert command(["--data-dir", str(data_dir), "call-list"]) == 0
    assert "1 client whose ending day had come is now marked ended." in capsys.readouterr().err
    assert state(data_dir, ending_yesterday) == (
        ClientStatus.ENDED, [AppointmentStatus.CANCELLED_BY_THERAPIST])
    assert command(["--data-dir", str(data_dir), "call-list"]) == 0
    assert "ending day" not in capsys.readouterr().err  # once ended, nothing more to say
