"""The practice's window: its name and this week's sessions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.appointments import CalendarEntry, week
from services.errors import StillroomError
from services.practice_settings import read_settings
from services.practice_time import monday_of
from services.vault import Vault
from ui.forms import ERROR_STYLE, HINT_STYLE, heading_label, note_label
from ui.labels import modality_label, status_label
from ui.worker import DatabaseWorker, readable


@dataclass(frozen=True)
class ThisWeek:
    practice_name: str
    zone: ZoneInfo
    monday: date
    sessions: list[CalendarEntry]


def read_this_week(vault: Vault, now: datetime) -> ThisWeek:
    """The practice's name and the sessions of the local week that holds `now`."""
    settings = read_settings(vault)
    zone = settings.zone
    monday = monday_of(now.astimezone(zone).date())
    return ThisWeek(settings.practice_name, zone, monday, week(vault, monday))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MainWindow(QMainWindow):
    """The open practice. Closing the window closes the vault, then emits `closed`."""

    closed = Signal()
    COLUMNS, CLIENT = 5, 2
    COLUMN_GAP = 24  # room between one column's text and the next

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._worker = worker
        self._now = now
        self.setWindowTitle(self.tr("Stillroom"))
        self.resize(860, 560)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(self.tr("Ctrl+Q")))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        self.quit_action = quit_action
        self.menuBar().addMenu(self.tr("&File")).addAction(quit_action)

        self.practice_name = heading_label("")
        self.week_label = QLabel()
        self.zone_label = note_label()
        self.zone_label.setStyleSheet(HINT_STYLE)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Client"), self.tr("Modality"),
             self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty_label = QLabel(self.tr("No sessions are booked this week."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.error_label = note_label()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.practice_name)
        layout.addWidget(self.week_label)
        layout.addWidget(self.zone_label)
        layout.addSpacing(6)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        self.setCentralWidget(central)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.statusBar().addPermanentWidget(self.busy)
        self.busy.hide()
        self.refresh()

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def refresh(self) -> None:
        """Read the practice and this week's sessions again, on the worker."""
        if self._vault is None:
            return
        vault, now = self._vault, self._now()
        self.busy.show()
        self.statusBar().showMessage(self.tr("Reading this week's sessions…"))
        self._worker.run(lambda: read_this_week(vault, now), self._show_week, self._not_read)

    def _show_week(self, this_week: ThisWeek) -> None:
        self.busy.hide()
        self.statusBar().clearMessage()
        self.error_label.hide()
        self.setWindowTitle(self.tr("Stillroom — {practice}").format(
            practice=this_week.practice_name))
        self.practice_name.setText(this_week.practice_name)
        locale = QLocale()
        first = locale.toString(qdate(this_week.monday), QLocale.FormatType.LongFormat)
        self.week_label.setText(self.tr("This week, from {monday}").format(monday=first))
        self.zone_label.setText(self.tr("Times are in {zone}.").format(zone=this_week.zone.key))

        sessions = sorted(this_week.sessions, key=lambda entry: entry.starts_at)
        self.table.setRowCount(len(sessions))
        for row, entry in enumerate(sessions):
            starts = entry.starts_at.astimezone(this_week.zone)
            ends = (entry.starts_at + timedelta(minutes=entry.length_minutes)).astimezone(
                this_week.zone)
            cells = (
                locale.toString(qdate(starts.date()), "ddd d MMM"),
                self.tr("{start}–{end}").format(start=starts.strftime("%H:%M"),
                                                end=ends.strftime("%H:%M")),
                entry.client_name,
                modality_label(entry.modality),
                status_label(entry.status),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.COLUMNS):
            if column != self.CLIENT:
                self.table.setColumnWidth(column, self.table.columnWidth(column) + self.COLUMN_GAP)
        self.table.setVisible(bool(sessions))
        self.empty_label.setVisible(not sessions)

    def _not_read(self, error: StillroomError) -> None:
        self.busy.hide()
        self.statusBar().clearMessage()
        self.error_label.setText(readable(error))
        self.error_label.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            # After any read still queued; the key is wiped and the lock released.
            self._worker.run(vault.close, self._vault_closed)
        event.accept()

    def _vault_closed(self, _nothing: None) -> None:
        self.closed.emit()
