from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from models import Appointment, Client
from models.enums import AppointmentStatus, Modality
from services.vault import Vault, open_vault, unlock_with_passphrase
from tests.conftest import PASSPHRASE
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

# Wednesday 18 June 2025, noon in London (British Summer Time, UTC+1).
NOW = datetime(2025, 6, 18, 11, 0, tzinfo=UTC)


def book(vault: Vault, full_name: str, starts_at: datetime, preferred_name: str = "",
         modality: Modality = Modality.IN_PERSON,
         status: AppointmentStatus = AppointmentStatus.SCHEDULED) -> None:
    now = datetime.now(UTC)
    with vault.unit_of_work() as session:
        client = Client(full_name=full_name, preferred_name=preferred_name,
                        search_key=full_name.casefold(), created_at=now)
        session.add(client)
        session.flush()
        session.add(Appointment(client_id=client.id, starts_at=starts_at, length_minutes=50,
                                modality=modality, status=status, created_at=now))


def open_window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> MainWindow:
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    return window


def cell_texts(window: MainWindow) -> list[list[str]]:
    table = window.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def test_this_weeks_sessions_are_listed_in_the_practice_time_zone(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    book(vault, "Margaret Ellis", datetime(2025, 6, 17, 9, 0, tzinfo=UTC), preferred_name="Peggy",
         modality=Modality.VIDEO, status=AppointmentStatus.ATTENDED)
    book(vault, "Tom Reyes", datetime(2025, 6, 16, 16, 30, tzinfo=UTC))
    book(vault, "Next Week", datetime(2025, 6, 23, 9, 0, tzinfo=UTC))
    book(vault, "Last Week", datetime(2025, 6, 15, 9, 0, tzinfo=UTC))

    window = open_window(qtbot, vault, worker)

    assert window.windowTitle() == "Stillroom — Quiet Room Practice"
    assert window.practice_name.text() == "Quiet Room Practice"
    rows = cell_texts(window)
    assert [row[1:] for row in rows] == [
        ["17:30–18:20", "Tom Reyes", "In person", "Booked"],
        ["10:00–10:50", "Peggy", "Video", "Attended"],
    ]
    assert rows[0][0].endswith("16 Jun") and rows[1][0].endswith("17 Jun")
    assert window.table.isVisible() and not window.empty_label.isVisible()
    assert window.zone_label.text() == "Times are in Europe/London."
    window.close()


def test_an_empty_week_says_so(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    book(vault, "Next Week", NOW + timedelta(days=7))
    window = open_window(qtbot, vault, worker)
    assert window.table.rowCount() == 0
    assert window.empty_label.isVisible() and not window.table.isVisible()
    window.close()


def test_quit_closes_the_practice_and_wipes_the_key(
        qtbot: QtBot, vault: Vault, data_dir: Path, worker: DatabaseWorker) -> None:
    window = open_window(qtbot, vault, worker)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    with qtbot.waitSignal(window.closed):
        window.quit_action.trigger()

    assert not window.isVisible() and not window.is_open
    assert not any(vault.key)
    open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)).close()
