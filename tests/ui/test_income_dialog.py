"""The year for the accountant in the window: the years the ledger holds, the months' figures,
saved as CSV or PDF or printed, the PDF kept once in the practice."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Letter
from models.enums import Language, LedgerKind, LetterKind, PaymentMethod, WaiverReason
from services.clients.client_records import ClientDraft, create_client
from services.money.ledger import record
from services.vault.practice_vault import Vault
from tests.ui.test_letter_dialog import printing_to
from tests.ui.test_main_window import NOW, Clock, open_window
from ui.money_papers.income_dialog import IncomeYearDialog
from ui.worker import DatabaseWorker, ImmediateExecutor

pytestmark = pytest.mark.usefixtures("english_money")

TODAY = date(2027, 2, 10)  # the tax return is for 2026


@pytest.fixture
def ledger(vault: Vault) -> None:
    """2025: 60.00 in cash. 2026: 1,200.50 by card in March, 40.00 refunded and 25.00 waived
    for goodwill in November, 95.00 still owed at the end by one client."""
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    record(vault, ann, LedgerKind.PAYMENT, 6000, method=PaymentMethod.CASH, day=date(2025, 5, 5))
    record(vault, ann, LedgerKind.SESSION_CHARGE, 9500 + 6000 + 120050 - 4000 + 2500,
           day=date(2026, 3, 3))
    record(vault, ann, LedgerKind.PAYMENT, 120050, method=PaymentMethod.CARD,
           day=date(2026, 3, 3))
    record(vault, ann, LedgerKind.REFUND, 4000, method=PaymentMethod.CARD, day=date(2026, 11, 2))
    record(vault, ann, LedgerKind.WAIVER, 2500, waiver_reason=WaiverReason.GOODWILL,
           day=date(2026, 11, 2))


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, ledger: None) -> IncomeYearDialog:
    shown = IncomeYearDialog(vault, worker, TODAY, paper=DatabaseWorker(ImmediateExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def row(dialog: IncomeYearDialog, number: int) -> list[str]:
    table = dialog.table
    return [table.item(number, column).text() for column in range(table.columnCount())]


def kept(vault: Vault) -> list[tuple[str, Language, bytes]]:
    with vault.unit_of_work() as session:
        return [tuple(r) for r in session.execute(  # type: ignore[misc]
            select(Letter.reference, Letter.language, Letter.pdf)
            .where(Letter.kind == LetterKind.INCOME_YEAR))]


def test_the_last_full_year_is_shown_with_its_months_and_totals(
        dialog: IncomeYearDialog) -> None:
    assert [dialog.year.itemText(i) for i in range(dialog.year.count())] == ["2026", "2025"]
    assert dialog.year.currentText() == "2026"
    assert dialog.title.text() == "Income for 2026"
    header = [dialog.table.horizontalHeaderItem(c).text()
              for c in range(dialog.table.columnCount())]
    assert header == ["Month", "Cash", "Card", "Bank\ntransfer", "Insurer", "Received",
                      "Refunded", "Net", "Waived"]
    assert row(dialog, 2) == ["March", "£0.00", "£1,200.50", "£0.00", "£0.00", "£1,200.50",
                              "£0.00", "£1,200.50", "£0.00"]
    assert row(dialog, 12) == ["Total", "£0.00", "£1,200.50", "£0.00", "£0.00", "£1,200.50",
                               "£40.00", "£1,160.50", "£25.00"]
    assert dialog.table.item(12, 0).font().bold()
    assert "Goodwill £25.00" in dialog.waived.text()
    assert "no separate write-offs" in dialog.waived.text()
    assert dialog.owed.text() == "Owed at the year's end (31 December): £95.00, by one client."


def test_another_year_is_read_when_chosen(dialog: IncomeYearDialog) -> None:
    dialog.show_year(2025)
    assert dialog.title.text() == "Income for 2025"
    assert row(dialog, 4)[:2] == ["May", "£60.00"]
    assert row(dialog, 12)[5] == "£60.00"
    assert dialog.report is not None and dialog.report.year == 2025


def test_saved_as_csv_the_months_and_their_total(
        qtbot: QtBot, dialog: IncomeYearDialog, vault: Vault, tmp_path: Path) -> None:
    dialog.csv_button.click()
    file_dialog = dialog.export.file_dialog
    assert file_dialog is not None
    target = tmp_path / "income.csv"
    with qtbot.waitSignal(dialog.export.saved):
        file_dialog.selectFile(str(target))
        file_dialog.accept()
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0][2] == "Card, GBP" and rows[3][2] == "1200.50"
    assert rows[-1][:2] == ["Total", "0.00"]
    assert str(target) in dialog.message.text()
    assert kept(vault) == []  # a spreadsheet is not a paper


def test_saved_as_pdf_and_kept_once(
        dialog: IncomeYearDialog, vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "income.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    assert dialog.pane.save_button.isEnabled()
    dialog.pane.save_button.click()
    dialog.pane.save_button.click()  # saved twice: kept once
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert "Income for 2026" in text
    assert "Saved as" in dialog.pane.message.text()
    [(reference, language, pdf)] = kept(vault)
    assert (reference, language, pdf) == ("2026", Language.ENGLISH, target.read_bytes())


def test_printed_and_kept(
        dialog: IncomeYearDialog, vault: Vault, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    printed = tmp_path / "printed.pdf"
    printing_to(monkeypatch, printed)
    dialog.pane.print_button.click()
    assert len(pypdf.PdfReader(printed).pages) == 1
    assert [reference for reference, _language, _pdf in kept(vault)] == ["2026"]


def test_an_empty_ledger_says_so_and_offers_this_year(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    shown = IncomeYearDialog(vault, worker, TODAY, paper=DatabaseWorker(ImmediateExecutor()))
    qtbot.addWidget(shown)
    assert shown.year.currentText() == "2027"
    assert "Nothing has been entered" in shown.message.text()
    assert row(shown, 12)[5] == "£0.00"


def test_the_practice_menu_opens_it(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                                    ledger: None) -> None:
    window = open_window(qtbot, vault, worker, Clock())
    practice_menu = window.menuBar().actions()[0].menu()
    assert window.menus.income_year in practice_menu.actions()
    assert window.menus.income_year.text() == "The &year for the accountant…"
    window.menus.income_year.trigger()
    dialog = window.findChild(IncomeYearDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.year.currentText() == str(NOW.year - 1)
    dialog.close()
