"""Backing up to a chosen folder when the day is closed, keeping the last few there."""

import zipfile
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from models.enums import LedgerKind, PaymentMethod
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import is_closed, mark
from services.money.ledger import record
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.conftest import HeldExecutor
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.day_close.closing_backup import ClosingBackup
from ui.worker import DatabaseWorker, ImmediateExecutor

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 6, 16)
EVENING = datetime(2026, 6, 16, 19, 30, tzinfo=LONDON)


@pytest.fixture
def paid_day(vault: Vault) -> None:
    """One session attended, charged by policy and paid: a day with nothing to put right."""
    update_settings(vault, session_fee=6000, timezone="Europe/London")
    client_id = create_client(vault, ClientDraft(full_name="Anna Petrova"))
    [session] = book(vault, client_id, datetime.combine(DAY, time(10), tzinfo=LONDON))
    mark(vault, session, "attended")
    record(vault, client_id, LedgerKind.PAYMENT, 6000, method=PaymentMethod.CARD, day=DAY)


def choose_folder(qtbot: QtBot, backup: ClosingBackup, folder: Path,
                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))
    qtbot.mouseClick(backup.choose, Qt.MouseButton.LeftButton)


def close(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> CloseDayDialog:
    dialog = CloseDayDialog(vault, worker, DAY, now=lambda: EVENING,
                            renderer=DatabaseWorker(ImmediateExecutor()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.close_day_button.isEnabled())
    with qtbot.waitSignal(dialog.day_closed):
        qtbot.mouseClick(dialog.close_day_button, Qt.MouseButton.LeftButton)
    return dialog


def test_closing_the_day_backs_up_to_the_chosen_folder_and_keeps_the_last_few(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, paid_day: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    older = [stick / f"stillroom-backup-2026060{day}-190000.zip" for day in (1, 2, 3)]
    for path in older:
        path.write_bytes(b"an older backup")
    opened = CloseDayDialog(vault, worker, DAY, now=lambda: EVENING)
    qtbot.addWidget(opened)
    choose_folder(qtbot, opened.closing_backup, stick, monkeypatch)
    opened.closing_backup.keep.setValue(2)
    assert opened.closing_backup.enabled.isChecked()
    opened.close()

    dialog = close(qtbot, vault, worker)

    assert is_closed(vault, DAY)
    kept = sorted(path.name for path in stick.iterdir())
    assert len(kept) == 2 and kept[0] == older[-1].name
    with zipfile.ZipFile(stick / kept[1]) as written:
        assert {"practice.stillroom", "practice.keys", "manifest.json"} <= set(written.namelist())
    said = dialog.closing_backup.said
    assert said.isVisible() and said.text().startswith("Backed up to ")
    assert "the last 2 backups are kept there" in said.text()


def test_while_the_backup_runs_a_bar_moves_and_says_where_it_goes(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, paid_day: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    held = HeldExecutor()
    dialog = CloseDayDialog(vault, worker, DAY, now=lambda: EVENING,
                            renderer=DatabaseWorker(held))
    qtbot.addWidget(dialog)
    choose_folder(qtbot, dialog.closing_backup, stick, monkeypatch)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.close_day_button.isEnabled())
    with qtbot.waitSignal(dialog.day_closed):
        qtbot.mouseClick(dialog.close_day_button, Qt.MouseButton.LeftButton)

    backing_up = dialog.closing_backup
    assert backing_up.busy.isVisible() and backing_up.busy.maximum() == 0  # a moving bar
    assert backing_up.said.text() == f"Backing up to {stick}…"
    assert list(stick.iterdir()) == []
    held.release()
    qtbot.waitUntil(lambda: backing_up.said.text().startswith("Backed up to "))
    assert not backing_up.busy.isVisible()
    assert len(list(stick.iterdir())) == 1


def test_a_missing_folder_is_said_and_the_day_is_closed_all_the_same(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, paid_day: None, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    opened = CloseDayDialog(vault, worker, DAY, now=lambda: EVENING)
    qtbot.addWidget(opened)
    choose_folder(qtbot, opened.closing_backup, stick, monkeypatch)
    opened.close()
    stick.rmdir()  # the stick was taken out

    dialog = close(qtbot, vault, worker)

    assert is_closed(vault, DAY)
    said = dialog.closing_backup.said
    assert said.isVisible() and "Is the USB stick plugged in?" in said.text()


def test_no_folder_no_backup_and_the_choice_is_remembered_on_this_computer(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = ClosingBackup()
    qtbot.addWidget(first)
    assert not first.enabled.isEnabled() and not first.enabled.isChecked()
    assert first.place.text() == "no folder chosen yet"
    choose_folder(qtbot, first, tmp_path, monkeypatch)
    first.keep.setValue(5)

    again = ClosingBackup()
    qtbot.addWidget(again)
    assert again.enabled.isChecked() and again.place.text() == str(tmp_path)
    assert again.keep.value() == 5
