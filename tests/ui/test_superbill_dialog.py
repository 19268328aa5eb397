"""Superbills from the client panel: offered only when the practice makes them; the period and
language chosen, made on the workers, and kept with the letters once saved."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, LetterKind
from services.calendar.appointments import set_status
from services.clients.client_records import ClientDraft, update_client
from services.money_papers.paper_settings import PaperSettings, update_paper_settings
from services.papers.letters import letters_of
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import client_with_sessions
from ui.client_panel import ClientPanel
from ui.money_papers.superbill_dialog import SuperbillDialog, last_month
from ui.worker import DatabaseWorker

NOW = datetime(2026, 4, 8, 12, 0, tzinfo=UTC)  # March is the month before
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def client(vault: Vault) -> int:
    """Zoë, with three sessions attended in March at 120."""
    update_settings(vault, session_fee=12000)
    client_id, sessions = client_with_sessions(vault, "Zoë Brontë", 3)
    update_client(vault, client_id, ClientDraft(full_name="Zoë Brontë",
                                                diagnosis_codes="F41.1"))
    for appointment in sessions:
        set_status(vault, appointment, AppointmentStatus.ATTENDED, charge=True)
    return client_id


def panel_of(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client: int) -> ClientPanel:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(client)
    return panel


def test_the_panel_offers_a_superbill_only_when_the_practice_makes_them(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client: int) -> None:
    panel = panel_of(qtbot, vault, worker, client)
    assert panel.superbill_button.isHidden()
    update_paper_settings(vault, PaperSettings(superbills=True))
    panel.refresh()
    assert panel.superbill_button.isVisible()
    qtbot.mouseClick(panel.superbill_button, LEFT)
    dialog = panel.findChild(SuperbillDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "A superbill for Zoë Brontë"
    assert (dialog.first.date(), dialog.last.date()) == (QDate(2026, 3, 1), QDate(2026, 3, 31))
    dialog.close()


def superbill_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                     client: int) -> SuperbillDialog:
    """The dialog, making its PDF at once, on this thread."""
    dialog = SuperbillDialog(vault, worker, client, "Zoë Brontë", lambda: NOW, paper=worker)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_superbill_is_made_and_kept_with_the_letters_once_saved(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    update_paper_settings(vault, PaperSettings(superbills=True, npi="1234567893"))
    dialog = superbill_dialog(qtbot, vault, worker, client)
    dialog.first.setDate(QDate(2026, 3, 1))
    dialog.last.setDate(QDate(2026, 3, 10))
    qtbot.mouseClick(dialog.make_button, LEFT)
    pdf = dialog.pane.pdf
    assert pdf is not None
    text = " ".join(pdf_text(pdf).split())
    assert "Superbill" in text and "1234567893" in text and "F41.1" in text
    assert letters_of(vault, client) == []  # made, not yet given
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(tmp_path / "zoe.pdf"), "PDF files (*.pdf)"))
    with qtbot.waitSignal(dialog.kept):
        qtbot.mouseClick(dialog.pane.save_button, LEFT)
    assert (tmp_path / "zoe.pdf").read_bytes() == pdf
    kept = letters_of(vault, client)
    assert [(k.kind, k.reference) for k in kept] == [(LetterKind.SUPERBILL,
                                                     "2026-03-01 – 2026-03-10")]
    qtbot.mouseClick(dialog.pane.save_button, LEFT)  # saved again: kept once
    assert len(letters_of(vault, client)) == 1


def test_a_period_backwards_is_said_beside_it(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client: int) -> None:
    update_paper_settings(vault, PaperSettings(superbills=True))
    dialog = superbill_dialog(qtbot, vault, worker, client)
    dialog.first.setDate(QDate(2026, 3, 20))
    dialog.last.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(dialog.make_button, LEFT)
    message = dialog.findChild(QLabel, "superbill_from_error")
    assert message is not None and message.isVisible()
    assert "first day is after the last" in message.text()
    assert dialog.pane.pdf is None


def test_last_month_is_the_calendar_month_before() -> None:
    assert last_month(date(2026, 1, 15)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert last_month(date(2026, 3, 1)) == (date(2026, 2, 1), date(2026, 2, 28))
