"""Money received or given back on the day: whose, how much, how, and for which sessions.

One payment may pay for several sessions, or part of one (the service splits it, oldest
first, and leaves any rest on the client's account); a payment whose payer is not known yet
is kept and listed as a problem until it is tied to a client. A refund is given to a client.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import PaymentMethod
from services.clients.client_records import ClientSummary, find_client
from services.day_close.reconciliation import (
    Payment,
    Refund,
    SessionLine,
    record_payment,
    record_refund,
)
from services.errors import InvalidValue, StillroomError
from services.money.amounts import format_amount, parse_amount, symbol_of
from services.vault.practice_vault import Vault
from ui.client_labels import money_text, payment_method_label, time_text
from ui.client_picker import ClientPicker
from ui.forms import FieldErrors, Form
from ui.labels import status_label
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker

UNKNOWN, ANOTHER = 0, -1  # the client box's entries that are no client


class PaymentForm(QGroupBox):
    """Record a payment or a refund; `recorded` once the vault holds it."""

    recorded = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Record a payment or a refund"))
        self._vault, self._worker, self._now = vault, worker, now
        self._day = date.today()
        self._currency, self._zone = "GBP", ZoneInfo("UTC")
        self._lines: Sequence[SessionLine] = ()
        self.picker: ClientPicker | None = None

        self.payment = QRadioButton(self.tr("Payment received"))
        self.payment.setObjectName("payment_kind")
        self.refund = QRadioButton(self.tr("Refund given"))
        self.refund.setObjectName("refund_kind")
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.payment)
        self.kind.addButton(self.refund)
        self.payment.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.payment)
        kinds.addWidget(self.refund)
        kinds.addStretch()

        self.client = QComboBox()
        self.client.setObjectName("payment_client")
        self.client.setAccessibleName(self.tr("Client"))
        self.symbol = plain_label()
        self.amount = QLineEdit()
        self.amount.setObjectName("payment_amount")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setMaximumWidth(160)
        amount_row = QHBoxLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        amount_row.addWidget(self.symbol)
        amount_row.addWidget(self.amount)
        amount_row.addStretch()
        amount_box = QWidget()
        amount_box.setLayout(amount_row)
        self.method = QComboBox()
        self.method.setObjectName("payment_method")
        self.method.setAccessibleName(self.tr("How it was paid"))
        for method in PaymentMethod:
            self.method.addItem(payment_method_label(method), method)
        self.sessions = QListWidget()
        self.sessions.setObjectName("payment_sessions")
        self.sessions.setAccessibleName(self.tr("Sessions it pays for"))
        self.sessions.setMaximumHeight(90)
        self.note = QLineEdit()
        self.note.setObjectName("payment_note")
        self.note.setAccessibleName(self.tr("Note"))
        self.save = QPushButton(self.tr("Record"))
        self.save.setObjectName("record_payment")
        self.save.clicked.connect(self.submit)
        self.amount.returnPressed.connect(self.submit)

        general = plain_label()
        general.setObjectName("payment_error")
        self.errors = FieldErrors(general)
        form = Form()
        form.addRow(self.tr("Client"), self.client)
        self.errors.add_row(form, "client", "payment_client")
        form.addRow(self.tr("Amount"), amount_box)
        self.errors.add_row(form, "amount", "payment_amount")
        form.addRow(self.tr("How paid"), self.method)
        self.errors.add_row(form, "method", "payment_method")
        self.sessions_caption = self.tr("For sessions")
        form.addRow(self.sessions_caption, self.sessions)
        self.errors.add_row(form, "appointments", "payment_sessions")
        form.addRow(self.tr("Note"), self.note)
        self.errors.add_row(form, "note", "payment_note")
        column = QVBoxLayout(self)
        column.addLayout(kinds)
        column.addLayout(form)
        column.addWidget(general)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save)
        column.addLayout(buttons)

        self.client.activated.connect(self._client_chosen)
        self.kind.buttonToggled.connect(lambda _button, _on: self._fill_clients())

    def set_day(self, day: date, lines: Sequence[SessionLine], currency: str,
                zone: ZoneInfo) -> None:
        if day != self._day:  # another day's clients and choice do not come along
            self.client.clear()
        self._day, self._lines, self._currency, self._zone = day, lines, currency, zone
        self.symbol.setText(symbol_of(currency))
        self._fill_clients()

    def _fill_clients(self, keep: int | None = None) -> None:
        wanted = keep if keep is not None else self.client.currentData()
        extra = {self.client.itemData(i): self.client.itemText(i)
                 for i in range(self.client.count())
                 if self.client.itemData(i) not in (UNKNOWN, ANOTHER)}
        self.client.clear()
        times: dict[int, list[str]] = {}
        names: dict[int, str] = {}
        for line in self._lines:  # with their times: two clients may share a first name
            names[line.client_id] = line.client_name
            times.setdefault(line.client_id, []).append(time_text(line.starts_at, self._zone))
        seen = set(names)
        for client_id, name in names.items():
            self.client.addItem(f"{name} ({', '.join(times[client_id])})", client_id)
        for client_id, name in extra.items():
            if client_id not in seen:
                self.client.addItem(name, client_id)
        if self.payment.isChecked():
            self.client.addItem(self.tr("Not known yet"), UNKNOWN)
        self.client.addItem(self.tr("Another client…"), ANOTHER)
        index = self.client.findData(wanted)
        self.client.setCurrentIndex(index if index >= 0 and wanted != ANOTHER else 0)
        self._fill_sessions()

    def _client_chosen(self, _index: int) -> None:
        if self.client.currentData() == ANOTHER:
            self.picker = ClientPicker(self._vault, self._worker, self._now,
                                       self.tr("Whose money is it?"), parent=self,
                                       confirm=True)
            self.picker.picked.connect(self._picked)
            self.picker.rejected.connect(lambda: self.client.setCurrentIndex(0))
            self.picker.open()
        self._fill_sessions()

    def _picked(self, client_id: int) -> None:
        vault = self._vault
        self._worker.run(lambda: find_client(vault, str(client_id)), self._picked_found,
                         self.errors.show_error)

    def _picked_found(self, client: ClientSummary) -> None:
        self.choose_client(client.id, client.full_name)

    def choose_client(self, client_id: int, name: str) -> None:
        """Make this client the one the money is from (or given back to)."""
        if self.client.findData(client_id) < 0:
            self.client.insertItem(0, name, client_id)
        self.client.setCurrentIndex(self.client.findData(client_id))
        self._fill_sessions()

    def prepare_refund(self, client_id: int, name: str, amount: int) -> None:
        """Fill the form to give `amount` back to a client (a credit the day found)."""
        self.refund.setChecked(True)
        self.choose_client(client_id, name)
        self.amount.setText(format_amount(amount, self._currency, symbol=False,
                                          decimal=QLocale().decimalPoint(), group=""))
        self.amount.setFocus()

    def _fill_sessions(self) -> None:
        self.sessions.clear()
        client_id = self.client.currentData()
        for line in self._lines:
            if line.client_id != client_id or self.refund.isChecked():
                continue
            owed = line.charged - line.received - line.waived
            text = self.tr("{time} · {status} · {owed} to pay").format(
                time=time_text(line.starts_at, self._zone), status=status_label(line.status),
                owed=money_text(max(owed, 0), self._currency))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.appointment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if owed > 0 else Qt.CheckState.Unchecked)
            self.sessions.addItem(item)
        self.sessions.setEnabled(self.sessions.count() > 0)

    def chosen_sessions(self) -> list[int]:
        return [self.sessions.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.sessions.count())
                if self.sessions.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        self.errors.clear()
        client_id = self.client.currentData()
        if client_id == ANOTHER or (client_id == UNKNOWN and self.refund.isChecked()):
            self.errors.show("client", self.tr("Please choose whose money it is."))
            return
        try:
            amount = parse_amount(self.amount.text(), self._currency)
        except InvalidValue as error:
            self.errors.show_error(error)
            return
        vault, day, method, note = self._vault, self._day, self.method.currentData(), \
            self.note.text().strip()
        self.save.setEnabled(False)
        if self.refund.isChecked():
            refund = Refund(client_id, amount, method, day, note)
            self._worker.run(lambda: record_refund(vault, refund), self._done, self._failed)
        else:
            payment = Payment(client_id or None, amount, method, day,
                              tuple(self.chosen_sessions()), note)
            self._worker.run(lambda: record_payment(vault, payment), self._done, self._failed)

    def _done(self, _ids: object) -> None:
        self.save.setEnabled(True)
        self.amount.clear()
        self.note.clear()
        self.payment.setChecked(True)
        self.recorded.emit()

    def _failed(self, error: StillroomError) -> None:
        self.save.setEnabled(True)
        self.errors.show_error(error)
