"""Invoicing from the client panel: choose, see the lines and total, issue, see the paper; the
invoice listed with its state, its number beside the session; voiding by a credit note."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Invoice
from services.vault.practice_vault import Vault
from tests.services.money_papers.invoice_book import FEE, NOW, charged_client, pay
from tests.ui.conftest import type_text
from ui.client_panel import ClientPanel
from ui.money_papers.invoice_dialog import InvoiceDialog, last_month
from ui.money_papers.void_dialog import VoidDialog
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")


def panel_for(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client: int) -> ClientPanel:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(900, 1000)
    panel.show()
    panel.show_client(client)
    return panel


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_last_month_is_the_calendar_month_before() -> None:
    assert last_month(date(2026, 12, 5)) == (date(2026, 11, 1), date(2026, 11, 30))
    assert last_month(date(2027, 1, 31)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_a_month_is_invoiced_from_the_panel_and_shown_on_its_sessions(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client, _sessions = charged_client(vault, sessions=3)
    pay(vault, client, FEE)
    panel = panel_for(qtbot, vault, worker, client)
    assert panel.invoices.none.isVisible()

    click(qtbot, panel.invoices.invoice_button)
    dialog = panel.invoices.dialog
    assert isinstance(dialog, InvoiceDialog) and dialog.isVisible()
    assert dialog.period.isChecked()
    assert (dialog.first.date(), dialog.last.date()) == (QDate(2026, 11, 1), QDate(2026, 11, 30))
    assert dialog.lines.topLevelItemCount() == 3
    assert dialog.lines.texts(0)[1] == "Session 2\u00a0November 2026, 10:00, in person"
    assert dialog.total.text() == "Total: £240.00"
    assert dialog.issue_button.isEnabled() and not dialog.pane.isVisible()

    click(qtbot, dialog.issue_button)
    assert dialog.heading.text() == "Invoice 2026-0001 is issued"
    assert dialog.pane.isVisible() and not dialog.chooser.isVisible()
    document = dialog.pane.preview.document
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() == 1
    with vault.unit_of_work() as session:
        [invoice] = session.scalars(select(Invoice)).all()
        assert (invoice.number, invoice.total) == ("2026-0001", 3 * FEE)

    assert panel.invoices.table.texts(0) == [
        "2026-0001", "Sat 5 Dec 2026", "Sat 19 Dec 2026", "£240.00", "£80.00", "Part paid"]
    assert panel.past_sessions.texts(0)[3].endswith("· invoice 2026-0001")
    assert panel.letters.table.texts(0)[1] == "Invoice 2026-0001"
    dialog.close()


def test_nothing_to_invoice_is_said_by_the_period_and_issues_nothing(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client, sessions = charged_client(vault, sessions=1)
    dialog = InvoiceDialog(vault, worker, client, lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first.setDate(QDate(2026, 10, 1))
    dialog.last.setDate(QDate(2026, 10, 31))
    error = dialog.findChild(type(dialog.total), "invoice_from_error")
    assert error is not None and error.isVisible()
    assert error.text().startswith("Nothing to invoice")
    assert not dialog.issue_button.isEnabled() and not dialog.lines.isVisible()

    click(qtbot, dialog.one_session)
    assert dialog.sessions.currentData() == sessions[0]
    assert dialog.total.text() == "Total: £80.00" and dialog.issue_button.isEnabled()
    assert not error.isVisible()
    with vault.unit_of_work() as session:
        assert session.scalars(select(Invoice)).all() == []
    dialog.close()


def test_an_invoice_is_voided_from_the_panel_with_a_reason(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    from services.money_papers.invoices import issue_invoice
    client, sessions = charged_client(vault, sessions=1)
    issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    panel = panel_for(qtbot, vault, worker, client)
    table = panel.invoices.table
    assert not panel.invoices.void_button.isEnabled()
    table.setCurrentItem(table.topLevelItem(0))
    assert panel.invoices.void_button.isEnabled()

    click(qtbot, panel.invoices.void_button)
    dialog = panel.invoices.dialog
    assert isinstance(dialog, VoidDialog) and dialog.heading.text() == "Void invoice 2026-0001"
    click(qtbot, dialog.void_button)
    error = dialog.findChild(type(dialog.heading), "void_reason_error")
    assert error is not None and error.text() == "Please say why the invoice is voided."
    type_text(dialog.reason, "Charged the wrong fee")
    click(qtbot, dialog.void_button)
    assert dialog.heading.text() == "Invoice 2026-0001 is voided by credit note CN-2026-0001"
    assert dialog.pane.preview.document.pageCount() == 1
    with vault.unit_of_work() as session:
        note = session.scalar(select(Invoice).where(Invoice.number == "CN-2026-0001"))
        assert note is not None and note.reason == "Charged the wrong fee"

    assert [table.texts(row)[5] for row in range(2)] == ["Voids 2026-0001",
                                                         "Voided by CN-2026-0001"]
    assert not panel.past_sessions.texts(0)[3].endswith("2026-0001")
    dialog.close()


def test_close_the_day_shows_the_invoice_a_session_is_on(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    from services.money_papers.invoices import issue_invoice
    from tests.services.money_papers.invoice_book import FIRST
    from ui.day_close.close_day_dialog import CloseDayDialog
    client, sessions = charged_client(vault, sessions=2)
    issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    dialog = CloseDayDialog(vault, worker, FIRST.date(), now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.texts(0)[2] == "Booked · invoice 2026-0001"
    dialog.close()


def test_the_panel_shows_its_invoices_from_its_one_read(qtbot: QtBot, vault: Vault) -> None:
    from services.money_papers.invoices import issue_invoice
    from tests.ui.conftest import HeldExecutor

    client, sessions = charged_client(vault, sessions=1)
    issue_invoice(vault, client, appointment_id=sessions[0], now=NOW)
    held = HeldExecutor()
    panel = ClientPanel(vault, DatabaseWorker(held), lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(client)
    assert len(held.jobs) == 1  # the panel's read, nothing else yet
    job, future = held.jobs.pop(0)
    future.set_result(job())
    qtbot.waitUntil(lambda: panel.client_id == client)
    assert panel.invoices.table.isVisible() and panel.invoices.table.texts(0)[0] == "2026-0001"
    assert panel.past_sessions.texts(0)[3].endswith("· invoice 2026-0001")
    held.release()  # the notes, reflections and letters read after it
