"""The year for the accountant: a year chosen from those the ledger holds, its income by month
and by payment method in a table, what was waived and what was owed at its end, saved as CSV
or PDF, or printed.

The figures are read on the database worker; the PDF is rendered on the paper thread in the
practice's language, as the command line makes it. A PDF that leaves Stillroom (saved or
printed) is kept in the practice, once for each year shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import Language, PaymentMethod, WaiverReason
from services.errors import StillroomError
from services.money_papers.income_layout import income_csv, income_pdf
from services.money_papers.income_year import (
    IncomeMonth,
    IncomeYear,
    income_year,
    keep_income_paper,
    years_with_ledger,
)
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.client_labels import money_text, payment_method_label, waiver_reason_label
from ui.day_close.file_export import FileExport
from ui.forms import ERROR_STYLE, HINT_STYLE, heading_label, note_label
from ui.letters.paper_pane import PaperPane
from ui.paper_files import paper_worker
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable


@dataclass(frozen=True)
class _Opened:
    years: list[int]
    settings: PracticeSettings


def two_lines(name: str) -> str:
    """A long column name over two lines ("Bank / transfer"), so the columns stay narrow."""
    if len(name) <= 10 or " " not in name:
        return name
    middle = len(name) // 2
    space = min((i for i, ch in enumerate(name) if ch == " "), key=lambda i: abs(i - middle))
    return f"{name[:space]}\n{name[space + 1:]}"


class IncomeYearDialog(QDialog):
    """The year's figures on screen, and the paper and spreadsheet made from them."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, today: date, *,
                 paper: DatabaseWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._paper = paper or paper_worker()
        self._today = today
        self.report: IncomeYear | None = None
        self.settings: PracticeSettings | None = None
        self._kept_years: set[int] = set()
        self.setWindowTitle(self.tr("The year for the accountant"))
        self.setSizeGripEnabled(True)

        self.year = QComboBox()
        self.year.setObjectName("income_year")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.title = heading_label(self.tr("Income"))
        self.title.setObjectName("income_title")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(plain_label(self.tr("Year:")))
        top.addWidget(self.year)
        self.explained = note_label()
        self.explained.setObjectName("income_explained")
        self.message = note_label()
        self.message.setObjectName("income_message")
        self.message.hide()

        columns = [self.tr("Month"), *(payment_method_label(m) for m in PaymentMethod),
                   self.tr("Received"), self.tr("Refunded"), self.tr("Net"), self.tr("Waived")]
        self.table = QTableWidget(13, len(columns))
        self.table.setObjectName("income_table")
        self.table.setAccessibleName(self.tr("Income by month"))
        self.table.setHorizontalHeaderLabels([two_lines(name) for name in columns])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.waived = note_label()
        self.waived.setObjectName("income_waived")
        self.owed = note_label()
        self.owed.setObjectName("income_owed")

        self.export = FileExport(self._paper, self)
        self.export.saved.connect(lambda path: self._say(
            self.tr("Saved as {path}.").format(path=str(path)), HINT_STYLE))
        self.export.failed.connect(lambda text: self._say(text, ERROR_STYLE))
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.csv_button.setObjectName("save_csv")
        self.csv_button.setToolTip(self.tr("Save the months as a spreadsheet file"))
        self.csv_button.clicked.connect(self.save_csv)
        self.pane = PaperPane(self._paper, self.tr("Making the paper…"))
        self.pane.preview.hide()  # the table above is what the therapist reads here
        self.pane.save_button.setToolTip(self.tr("Save the year as a PDF file (Ctrl+S)"))
        self.pane.delivered.connect(self._keep)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pane, 1)
        bottom.addWidget(self.csv_button)
        bottom.addWidget(self.close_button)

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.explained)
        column.addWidget(self.message)
        column.addWidget(self.table, 10)  # as tall as it may be; the rest goes below
        column.addWidget(self.waived)
        column.addWidget(self.owed)
        column.addStretch(1)
        column.addLayout(bottom)
        room = self.screen().availableGeometry()  # a laptop's 1280×800 included
        self.resize(min(1000, room.width()), min(700, room.height()))
        self._enable(False)
        worker.run(lambda: _Opened(years_with_ledger(vault), read_settings(vault)),
                   self._opened, self._failed)

    def _enable(self, ready: bool) -> None:
        self.csv_button.setEnabled(ready)
        self.pane.set_enabled_for(ready)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _failed(self, error: StillroomError) -> None:
        self._say(readable(error), ERROR_STYLE)

    def _opened(self, opened: _Opened) -> None:
        self.settings = opened.settings
        years = opened.years or [self._today.year]
        if not opened.years:
            self._say(self.tr("Nothing has been entered in the ledger yet, so every month "
                              "is empty."), HINT_STYLE)
        last_full = self._today.year - 1  # the year a tax return is usually for
        self.year.blockSignals(True)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)
        chosen = self.year.findData(last_full)
        self.year.setCurrentIndex(max(chosen, 0))
        self._year_chosen()

    def show_year(self, year: int) -> None:
        self.year.setCurrentIndex(self.year.findData(year))

    def _year_chosen(self) -> None:
        year = self.year.currentData()
        if year is None:
            return
        self.title.setText(self.tr("Income for {year}").format(year=year))
        self._enable(False)
        self.pane.forget(self.tr("Making the paper…"))
        vault = self._vault
        self._worker.run(lambda: income_year(vault, year), self._show, self._failed)

    def _show(self, report: IncomeYear) -> None:
        settings = self.settings
        if report.year != self.year.currentData() or settings is None:
            return  # another year was chosen meanwhile
        self.report = report
        currency = report.currency
        self.explained.setText(self.tr(
            "Money received, refunded and waived in each month of {year}, by the practice's "
            "own days. The paper and the spreadsheet are in the practice's language.").format(
            year=report.year))
        rows: list[IncomeMonth | IncomeYear] = [*report.months, report]
        names = [*(self._month_name(m.month) for m in report.months), self.tr("Total")]
        for row, (name, figures) in enumerate(zip(names, rows, strict=True)):
            amounts = [*(figures.received[m] for m in PaymentMethod), figures.payments,
                       figures.refunded, figures.net, figures.waived_total]
            self._set(row, 0, name, total=figures is report)
            for column, amount in enumerate(amounts, start=1):
                self._set(row, column, money_text(amount, currency), total=figures is report,
                          right=True)
        waived = report.waived
        self.waived.setText(self.tr(
            "Waived, by reason: {reasons}. Stillroom keeps no separate write-offs; “{goodwill}” "
            "and “{other}” are the nearest to one.").format(
            reasons="; ".join(f"{waiver_reason_label(reason)} {money_text(amount, currency)}"
                              for reason, amount in waived.items()),
            goodwill=waiver_reason_label(WaiverReason.GOODWILL),
            other=waiver_reason_label(WaiverReason.OTHER)))
        owing = report.clients_owing
        owed = (self.tr("Owed at the year's end (31 December): {amount}, by one client.")
                if owing == 1 else
                self.tr("Owed at the year's end (31 December): {amount}, by %n clients.", "",
                        owing))
        self.owed.setText(owed.format(amount=money_text(report.owed_at_end, currency)))
        self._fit_table()
        self.csv_button.setEnabled(True)
        self._paper.run(lambda: income_pdf(report, settings), self._rendered, self._failed)

    def _fit_table(self) -> None:
        """As tall as its thirteen rows, so the figures below it follow on."""
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setMinimumHeight(min(rows, 8 * table.rowHeight(0)))  # scrolls on a small screen
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows
                               + 2 * table.frameWidth())

    def _month_name(self, month: int) -> str:
        name = self.locale().standaloneMonthName(month)
        return name[:1].upper() + name[1:]  # Russian names its months in small letters

    def _set(self, row: int, column: int, text: str, *, total: bool, right: bool = False) -> None:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if total:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, column, item)

    def _rendered(self, pdf: bytes) -> None:
        report = self.report
        if report is None or report.year != self.year.currentData():
            return
        self.pane.set_pdf(pdf, f"income-{report.year}.pdf")
        self.pane.set_enabled_for(True)

    def _keep(self) -> None:
        """The PDF left Stillroom: keep it in the practice, once for the year shown."""
        report, settings, pdf = self.report, self.settings, self.pane.pdf
        if report is None or settings is None or pdf is None or report.year in self._kept_years:
            return
        self._kept_years.add(report.year)
        vault, language = self._vault, Language(settings.language)
        self._worker.run(lambda: keep_income_paper(vault, report.year, language, pdf),
                         lambda _kept: None, self._failed)

    def save_csv(self) -> None:
        report, settings = self.report, self.settings
        if report is None or settings is None:
            return

        def write(path: Path) -> None:
            path.write_text(income_csv(report, settings.language), encoding="utf-8", newline="")

        self.export.ask(self, self.tr("Save the year as CSV"), f"income-{report.year}.csv",
                        [(self.tr("CSV spreadsheet (*.csv)"), "csv")], write)
