"""The day's sessions as a table, and its totals under it, in the window's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from models.enums import AppointmentStatus, PaymentMethod
from services.day_close.reconciliation import AccountLine, Correction, DayTotals, SessionLine
from ui.client_labels import (
    balance_text,
    ledger_kind_label,
    money_text,
    payment_method_label,
    time_text,
)
from ui.client_tables import Row, Table
from ui.forms import clear_layout
from ui.labels import status_label
from ui.money_papers.invoice_words import with_invoice
from ui.plain_text import plain_label

translate = QCoreApplication.translate
MONEY_COLUMNS = frozenset({3, 4, 6})


def session_table() -> Table:
    return Table("day_sessions", translate("DayTable", "The day's sessions"), [
        translate("DayTable", "Time"), translate("DayTable", "Client"),
        translate("DayTable", "Status"), translate("DayTable", "Charged"),
        translate("DayTable", "Received"), translate("DayTable", "How paid"),
        translate("DayTable", "Waived"), translate("DayTable", "Client's balance")],
        give_way=(1, 5))  # a long name, then how it was paid, before any money is cut


def session_rows(lines: Sequence[SessionLine], currency: str, zone: ZoneInfo,
                 invoices: Mapping[int, str] | None = None) -> list[Row]:
    """The day's sessions as rows; a session on an invoice says its number after its status."""
    def money(amount: int) -> str:
        return money_text(amount, currency) if amount else "—"

    return [Row((time_text(line.starts_at, zone), line.client_name,
                 with_invoice(status_label(line.status), line.appointment_id, invoices or {}),
                 money(line.charged), money(line.received),
                 ", ".join(payment_method_label(m) for m in line.methods),
                 money(line.waived), balance_text(line.client_balance, currency)),
                line.appointment_id, right_aligned=MONEY_COLUMNS)
            for line in lines]


def account_table() -> Table:
    return Table("day_money", translate("DayTable", "Other money on the day"), [
        translate("DayTable", "Item"), translate("DayTable", "Client"),
        translate("DayTable", "How paid"), translate("DayTable", "Amount"),
        translate("DayTable", "Note")])


def account_rows(lines: Sequence[AccountLine], currency: str) -> list[Row]:
    """Payments and refunds of the day not tied to one of its sessions."""
    return [Row((ledger_kind_label(line.kind),
                 line.client_name or translate("DayTable", "not known yet"),
                 payment_method_label(line.method) if line.method else "—",
                 money_text(line.amount, currency), line.note),
                line.ledger_id, tooltip=line.note, right_aligned=frozenset({3}))
            for line in lines]


def _statuses(totals: DayTotals) -> str:
    parts = []
    for status in AppointmentStatus:
        count = totals.sessions_by_status.get(status.value, 0)
        if count:
            parts.append(f"{status_label(status)}: {count}")
    return ", ".join(parts) or translate("DayTotals", "no sessions")


def _received(totals: DayTotals, currency: str) -> str:
    by_method = [f"{payment_method_label(method)} {money_text(amount, currency)}"
                 for method in PaymentMethod
                 if (amount := totals.received_by_method.get(method.value, 0))]
    total = money_text(totals.received, currency)
    return f"{total} ({', '.join(by_method)})" if by_method else total


def total_lines(totals: DayTotals, currency: str) -> list[tuple[str, str, str]]:
    """(name, label, value) for each of the day's totals, in the order they are read."""
    lines = [
        ("sessions", translate("DayTotals", "Sessions"), _statuses(totals)),
        ("charged", translate("DayTotals", "Charged"), money_text(totals.charged, currency)),
        ("received", translate("DayTotals", "Received"), _received(totals, currency)),
        ("waived", translate("DayTotals", "Waived"), money_text(totals.waived, currency)),
    ]
    if totals.refunded:
        lines.append(("refunded", translate("DayTotals", "Refunded"),
                      money_text(totals.refunded, currency)))
    lines.append(("outstanding", translate("DayTotals", "Still owed by the day's clients"),
                  money_text(totals.outstanding, currency)))
    return lines


def correction_what(what: str) -> str:
    """A totals key ("charged", "received:cash", "sessions:no_show") in words."""
    kind, _, detail = what.partition(":")
    if kind == "sessions" and detail in AppointmentStatus._value2member_map_:
        return translate("DayTotals", "Sessions {status}").format(
            status=status_label(AppointmentStatus(detail)))
    if kind == "received" and detail in PaymentMethod._value2member_map_:
        return translate("DayTotals", "Received by {method}").format(
            method=payment_method_label(PaymentMethod(detail)).lower())
    return {
        "charged": translate("DayTotals", "Charged"),
        "received": translate("DayTotals", "Received"),
        "waived": translate("DayTotals", "Waived"),
        "refunded": translate("DayTotals", "Refunded"),
        "outstanding": translate("DayTotals", "Still owed"),
    }.get(kind, what)


def correction_text(correction: Correction, currency: str) -> str:
    """'Charged: £60.00 when first closed, £80.00 now.'"""
    if correction.what.startswith("sessions"):
        first, now = str(correction.first), str(correction.now)
    else:
        first, now = money_text(correction.first, currency), money_text(correction.now, currency)
    return translate("DayTotals", "{what}: {first} when first closed, {now} now.").format(
        what=correction_what(correction.what), first=first, now=now)


class TotalsView(QWidget):
    """The totals under the table: a label and a value on each line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The day's totals"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        self.values: dict[str, QLabel] = {}

    def show_totals(self, totals: DayTotals, currency: str) -> None:
        clear_layout(self.grid)
        self.values = {}
        for row, (name, label, value) in enumerate(total_lines(totals, currency)):
            caption = plain_label(label)
            shown = plain_label(value)
            shown.setObjectName(f"total_{name}")
            shown.setWordWrap(True)
            shown.setAccessibleName(label)
            self.grid.addWidget(caption, row, 0)
            self.grid.addWidget(shown, row, 1)
            self.values[name] = shown
