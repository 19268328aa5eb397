"""The client panel's tables: sessions, the account and the contact log, as rows of words."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
)

from models.enums import LedgerKind
from services.calendar.appointments import CalendarEntry
from services.clients.contact_log import Contact
from services.money.ledger import LedgerLine
from ui.client_labels import (
    channel_label,
    day_text,
    ledger_kind_label,
    money_text,
    outcome_label,
    payment_method_label,
    time_text,
    waiver_reason_label,
)
from ui.i18n import window_language
from ui.labels import modality_label, status_label
from ui.money_papers.invoice_words import with_invoice
from ui.plain_text import literal

VISIBLE_ROWS = 8
MIN_COLUMN = 36  # a cut column still shows a letter or two and its ellipsis


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    key: int | None = None  # the session or line the row stands for
    tooltip: str = ""
    right_aligned: frozenset[int] = frozenset()


def column_widths(natural: Sequence[int], give_way: Sequence[int], room: int) -> list[int]:
    """Each column's width in `room`: as natural when all fit; else the `give_way` columns,
    in that order, give up room (down to MIN_COLUMN each) until the rest fit whole."""
    widths = list(natural)
    for column in give_way:
        over = sum(widths) - room
        if over <= 0:
            break
        widths[column] = max(MIN_COLUMN, min(widths[column], natural[column] - over))
    return widths


class Table(QTreeWidget):
    """A read-only table as tall as its rows, up to VISIBLE_ROWS, then it scrolls."""

    KeyRole = Qt.ItemDataRole.UserRole
    COLUMN_GAP = 18  # room between one column's words and the next

    def __init__(self, name: str, accessible: str, headers: Sequence[str],
                 give_way: Sequence[int] = ()) -> None:
        super().__init__()
        self._give_way = tuple(give_way)  # columns cut, in order, when the panel is narrow
        self._natural: list[int] = []
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setColumnCount(len(headers))
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.clear()
        items = []
        for row in rows:
            item = QTreeWidgetItem(list(row.cells))
            item.setData(0, self.KeyRole, row.key)
            for column in row.right_aligned:
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if row.tooltip:
                for column in range(len(row.cells)):
                    item.setToolTip(column, literal(row.tooltip))
            items.append(item)
        self.addTopLevelItems(items)
        self._natural = []
        header = self.header()
        for column in range(self.columnCount()):
            words = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            self._natural.append(words + self.COLUMN_GAP)
        self._fit_columns()
        row_height = self.sizeHintForRow(0) if items else self.fontMetrics().height() + 6
        shown = max(1, min(len(items), VISIBLE_ROWS))
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.header().sizeHint().height() + shown * row_height + frame)

    def viewportEvent(self, event: QEvent) -> bool:
        """Refit whenever the room for the columns changes (the panel resized, shown, or a
        scroll bar came or went)."""
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return handled

    def _fit_columns(self) -> None:
        """Columns as wide as their words; in a narrow panel the less needed ones give up
        room, their words cut with an ellipsis, so that Status and Amount stay whole."""
        if not self._natural:
            return
        widths = column_widths(self._natural, self._give_way, self.viewport().width())
        for column, width in enumerate(widths[:-1]):  # the last one stretches to the edge
            self.setColumnWidth(column, width)

    def texts(self, row: int) -> list[str]:
        item = self.topLevelItem(row)
        assert item is not None, f"no row {row}"
        return [item.text(column) for column in range(self.columnCount())]


# In a narrow panel: the sessions' How, then Day, give way (Time and Status stay whole);
# the account lines' Details, Item, then Date (Amount stays whole).
SESSIONS_GIVE_WAY = (2, 0)
LEDGER_GIVE_WAY = (3, 1, 0)


def session_headers() -> list[str]:
    return [QCoreApplication.translate("ClientTables", "Day"),
            QCoreApplication.translate("ClientTables", "Time"),
            QCoreApplication.translate("ClientTables", "How"),
            QCoreApplication.translate("ClientTables", "Status")]


def session_rows(sessions: Sequence[CalendarEntry], zone: ZoneInfo, today: date,
                 invoices: Mapping[int, str] | None = None) -> list[Row]:
    """The sessions as rows; a session on an invoice says its number after its status."""
    rows = []
    for entry in sessions:
        local = entry.starts_at.astimezone(zone)
        rows.append(Row((_day(local.date(), today),
                         time_text(entry.starts_at, zone), modality_label(entry.modality),
                         with_invoice(status_label(entry.status), entry.id, invoices or {})),
                        entry.id))
    return rows


def ledger_headers() -> list[str]:
    return [QCoreApplication.translate("ClientTables", "Date"),
            QCoreApplication.translate("ClientTables", "Item"),
            QCoreApplication.translate("ClientTables", "Amount"),
            QCoreApplication.translate("ClientTables", "Details")]


def signed_money(line: LedgerLine, currency: str) -> str:
    text = money_text(line.amount, currency)
    return text if line.kind.sign > 0 else "\u2212" + text


def _day(day: date, today: date) -> str:
    return day_text(day, with_year=day.year != today.year)


def ledger_rows(lines: Sequence[LedgerLine], currency: str, today: date) -> list[Row]:
    rows = []
    for line in lines:
        details = []
        if line.method is not None:
            details.append(payment_method_label(line.method))
        if line.kind == LedgerKind.WAIVER and line.waiver_reason is not None:
            details.append(waiver_reason_label(line.waiver_reason))
        if line.note:
            details.append(line.note.splitlines()[0])
        rows.append(Row((_day(line.day, today), ledger_kind_label(line.kind),
                         signed_money(line, currency), " · ".join(details)),
                        line.id, tooltip=line.note, right_aligned=frozenset({2})))
    return rows


def contact_headers() -> list[str]:
    return [QCoreApplication.translate("ClientTables", "Date"),
            QCoreApplication.translate("ClientTables", "How"),
            QCoreApplication.translate("ClientTables", "Why"),
            QCoreApplication.translate("ClientTables", "Outcome"),
            QCoreApplication.translate("ClientTables", "Follow up")]


def contact_rows(contacts: Sequence[Contact], zone: ZoneInfo, today: date) -> list[Row]:
    return [
        Row((_day(contact.at.astimezone(zone).date(), today), channel_label(contact.channel),
             contact.reason_in(window_language()), outcome_label(contact.outcome),
             _day(contact.follow_up_on, today) if contact.follow_up_on else "—"),
            contact.id, tooltip=contact.note)
        for contact in contacts
    ]
