"""The month at a glance: sessions kept and missed, income, balances by age (with the clients
who owe), and when and why clients cancel, as bar charts; previous and next month; PDF.

The report is read on the database worker; its PDF is rendered on the render thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.enums import NoShowReason
from services.day_close.month_report import AGES, MonthReport, month_report, month_report_pdf
from services.errors import StillroomError
from services.money.amounts import minor_digits, symbol_of
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.client_labels import money_text
from ui.client_tables import Row, Table
from ui.day_close.file_export import FileExport
from ui.day_close.month_charts import BarChart
from ui.day_close.month_words import (
    age_label,
    month_title,
    notice_label,
    reason_category_label,
    time_of_day_label,
    weekday_label,
)
from ui.forms import ERROR_STYLE, HINT_STYLE, clear_layout, heading_label, note_label
from ui.labels import window_label
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable


@dataclass(frozen=True)
class _Read:
    report: MonthReport
    settings: PracticeSettings


def shifted(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


CHART_MIN_WIDTH = 380


class MonthReportWindow(QWidget):
    """A window of its own over one month; ◀ ▶ move a month back or on."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, year: int, month: int,
                 parent: QWidget | None = None, *,
                 renderer: DatabaseWorker | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._vault, self._worker = vault, worker
        self.year, self.month = year, month
        self.report: MonthReport | None = None
        self.settings: PracticeSettings | None = None
        self.charts: dict[str, BarChart] = {}
        self.setWindowTitle(self.tr("The month at a glance"))
        room = self.screen().availableGeometry()  # a laptop's 1280×800 included
        self.resize(min(1100, room.width()), min(820, room.height()))

        self.previous = QPushButton(self.tr("◀ Previous month"))
        self.previous.setObjectName("previous_month")
        self.previous.setShortcut(QKeySequence("Alt+Left"))
        self.previous.clicked.connect(lambda: self.show_month(*shifted(self.year, self.month, -1)))
        self.next = QPushButton(self.tr("Next month ▶"))
        self.next.setObjectName("next_month")
        self.next.setShortcut(QKeySequence("Alt+Right"))
        self.next.clicked.connect(lambda: self.show_month(*shifted(self.year, self.month, 1)))
        self.title = heading_label("")
        self.title.setObjectName("month_title")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_pdf)
        self.export = FileExport(renderer, self)
        self.export.saved.connect(lambda path: self._say(self.tr(
            "The month report is saved as {path}.").format(path=str(path)), HINT_STYLE))
        self.export.failed.connect(lambda text: self._say(text, ERROR_STYLE))
        header = QHBoxLayout()
        header.addWidget(self.previous)
        header.addWidget(self.title, 1, Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.next)
        header.addSpacing(16)
        header.addWidget(self.save_button)

        self.message = note_label()
        self.message.setObjectName("month_message")
        self.message.hide()
        self.summary = note_label()
        self.summary.setObjectName("month_summary")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        for side in (0, 1):  # two charts a row, the same width whatever their words
            self.grid.setColumnStretch(side, 1)
            self.grid.setColumnMinimumWidth(side, CHART_MIN_WIDTH)
        self.debts_heading = plain_label(self.tr("Clients who owe, by how long"))
        font = self.debts_heading.font()
        font.setBold(True)
        self.debts_heading.setFont(font)
        self.debts = Table("month_debts", self.tr("Clients who owe, by how long"),
                           [self.tr("Client"), *(age_label(age) for age in AGES),
                            self.tr("Owes")])
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.summary)
        column.addLayout(self.grid)
        column.addSpacing(8)
        column.addWidget(self.debts_heading)
        column.addWidget(self.debts)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(self.message)
        outer.addWidget(scroll, 1)
        self.show_month(year, month)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the window, as it closes a dialog."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.title.setText(month_title(year, month))
        self.save_button.setEnabled(False)
        vault = self._vault
        self._worker.run(lambda: _Read(month_report(vault, year, month), read_settings(vault)),
                         self._show, self._failed)

    def _failed(self, error: StillroomError) -> None:
        self._say(readable(error), ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self, read: _Read) -> None:
        report = read.report
        if (report.year, report.month) != (self.year, self.month):
            return  # a newer month was asked for meanwhile
        self.report, self.settings = report, read.settings
        self._say("", HINT_STYLE)
        currency = report.currency
        self.summary.setText(self.tr(
            "Sessions kept: {kept}. Missed: {missed}. Kept by phone or video instead of "
            "cancelling: {another_way}. Charged {charged}, received {received}, waived {waived}. "
            "Owed at the month's end: {owed}.").format(
            kept=report.kept, missed=report.missed, another_way=report.kept_another_way,
            charged=money_text(report.charged, currency),
            received=money_text(report.received, currency),
            waived=money_text(report.waived, currency),
            owed=money_text(report.outstanding, currency)))
        self._build_charts(report)
        self.debts.set_rows([
            Row((debt.client_name, *(money_text(debt.aging.get(age, 0), currency)
                                     for age in AGES), money_text(debt.balance, currency)),
                debt.client_id, right_aligned=frozenset(range(1, len(AGES) + 2)))
            for debt in report.debts])
        self.debts_heading.setVisible(bool(report.debts))
        self.debts.setVisible(bool(report.debts))
        self.save_button.setEnabled(True)

    def _build_charts(self, report: MonthReport) -> None:
        currency = report.currency
        scale: int = 10 ** minor_digits(currency)

        def major(amount: int) -> float:
            return amount / scale

        def with_money(names: list[str], amounts: list[int]) -> list[str]:
            return [f"{name}  {money_text(amount, currency)}"
                    for name, amount in zip(names, amounts, strict=True)]

        count = self.tr("Sessions")
        aging = {age: sum(debt.aging.get(age, 0) for debt in report.debts) for age in AGES}
        income = [report.charged, report.received, report.waived, report.outstanding]
        charts = [
            BarChart("sessions", self.tr("Sessions kept and missed"),
                     [self.tr("Kept"), self.tr("Missed"), self.tr("Kept by phone or video")],
                     [(count, [report.kept, report.missed, report.kept_another_way])],
                     horizontal=True),
            BarChart("income", self.tr("Income ({symbol})").format(
                symbol=symbol_of(currency)),
                with_money([self.tr("Charged"), self.tr("Received"), self.tr("Waived"),
                            self.tr("Owed")], income),
                [(symbol_of(currency), [major(amount) for amount in income])],
                horizontal=True, values_in_categories=True),
            BarChart("aging", self.tr("Owed, by how long ({symbol})").format(
                symbol=symbol_of(currency)),
                with_money([age_label(age) for age in AGES], [aging[age] for age in AGES]),
                [(symbol_of(currency), [major(aging[age]) for age in AGES])], horizontal=True,
                values_in_categories=True),
            BarChart("weekday", self.tr("Cancellations by weekday"),
                     [weekday_label(day) for day in report.cancellations_by_weekday],
                     [(count, list(report.cancellations_by_weekday.values()))]),
            BarChart("time_of_day", self.tr("Cancellations by time of day"),
                     [time_of_day_label(part) for part in report.cancellations_by_time],
                     [(count, list(report.cancellations_by_time.values()))]),
            BarChart("reason", self.tr("Cancellations by reason"),
                     [reason_category_label(reason)
                      for reason in report.cancellations_by_reason] or ["—"],
                     [(count, list(report.cancellations_by_reason.values()) or [0])],
                     horizontal=True),
            BarChart("notice", self.tr("Cancellations by notice given"),
                     [notice_label(notice) for notice in report.cancellations_by_notice],
                     [(count, list(report.cancellations_by_notice.values()))],
                     horizontal=True),
            BarChart("no_show_reason", self.tr("Missed without cancelling, by reason"),
                     [window_label(NoShowReason(reason))
                      for reason in report.no_shows_by_reason],
                     [(count, list(report.no_shows_by_reason.values()))], horizontal=True),
        ]
        clear_layout(self.grid)
        self.charts = {chart.objectName(): chart for chart in charts}
        for index, chart in enumerate(charts):
            self.grid.addWidget(chart, index // 2, index % 2)

    def save_pdf(self) -> None:
        report, settings = self.report, self.settings
        if report is None or settings is None:
            return

        def write(path: Path) -> None:
            path.write_bytes(month_report_pdf(report, settings))

        self.export.ask(self, self.tr("Save the month report"),
                        f"month-report-{report.year}-{report.month:02d}.pdf",
                        [(self.tr("PDF document (*.pdf)"), "pdf")], write)
