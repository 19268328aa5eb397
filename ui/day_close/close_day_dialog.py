"""Close the day: problems first (each put right there or accepted with a note), the day's
sessions and their money, payments and refunds, the totals, and what tomorrow holds (the
agenda's day after, `services.reminders.agenda.one_day`); then "Close day".

Everything is read and written through the services on the database worker, each action one
call (`services.day_close.day_money`: a mark, a charge, a payment, a refund, whose a payment is)
that Edit → Undo can take back while the day is open; after each change the day is read again,
so what is shown is what the vault holds. A closed day is shown
read-only, with "Reopen…" (a reason is required) and the corrections made since.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.enums import AppointmentStatus
from services.calendar import appointments
from services.day_close.reconciliation import (
    DayProblem,
    DayReview,
    assign_payment,
    close_day,
    mark,
    reopen_day,
    review_day,
    set_charge,
)
from services.errors import StillroomError
from services.money_papers.invoice_status import invoice_numbers
from services.practice.practice_settings import PracticeSettings, read_settings
from services.reminders.agenda import AgendaDay, one_day
from services.reminders.agenda_lines import WORDS, day_lines, words_key
from services.vault.practice_vault import Vault
from ui.client_labels import day_text, time_text
from ui.client_picker import ClientPicker
from ui.client_tables import Table
from ui.day_close.charge_dialog import ChargeDialog
from ui.day_close.closed_panel import ClosedPanel
from ui.day_close.closing_backup import ClosingBackup
from ui.day_close.day_sheet_export import ask_for_day_sheet
from ui.day_close.day_table import (
    TotalsView,
    account_rows,
    account_table,
    session_rows,
    session_table,
)
from ui.day_close.file_export import FileExport
from ui.day_close.payment_form import PaymentForm
from ui.day_close.problem_list import ProblemList
from ui.forms import ERROR_STYLE, HINT_STYLE, heading_label, note_label
from ui.guided.cancellation import CancellationDialog
from ui.money_papers.day_receipts import DayReceipts
from ui.paper_files import paper_worker
from ui.plain_text import literal, plain_label
from ui.reminders.agenda_view import AgendaView
from ui.typed_text import may_close
from ui.worker import DatabaseWorker, readable

STATUS_OF_ACTION = {
    "attended": AppointmentStatus.ATTENDED,
    "attended_late": AppointmentStatus.ATTENDED_LATE,
    "no_show": AppointmentStatus.NO_SHOW,
    "missed_by_therapist": AppointmentStatus.MISSED_BY_THERAPIST,
}


@dataclass(frozen=True)
class _Read:
    review: DayReview
    settings: PracticeSettings
    tomorrow: AgendaDay
    invoices: dict[int, str]  # session id -> the number of the invoice it is on


def _read_day(vault: Vault, day: date, now: datetime) -> _Read:
    review = review_day(vault, day, now=now)
    sessions = [line.appointment_id for line in review.lines]
    return _Read(review, read_settings(vault), one_day(vault, day + timedelta(days=1)),
                 invoice_numbers(vault, sessions))


def _section(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


class CloseDayDialog(QDialog):
    """The day's reconciliation. `day_closed(day)` after a close; `changed` after any write."""

    day_closed = Signal(date)
    changed = Signal()
    note_wanted = Signal(int)  # the appointment id of the session chosen in the table

    def __init__(self, vault: Vault, worker: DatabaseWorker, day: date,
                 parent: QWidget | None = None, *,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 renderer: DatabaseWorker | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._now = vault, worker, now
        self.day = self.first_day = day
        self.review: DayReview | None = None
        self.settings: PracticeSettings | None = None
        self.charge_dialog: ChargeDialog | None = None
        self.picker: ClientPicker | None = None
        self.guided: QDialog | None = None
        self.setWindowTitle(self.tr("Close the day"))
        self.resize(960, 780)

        self.heading = heading_label("")
        self.back_button = QPushButton()
        self.back_button.setObjectName("back_to_first_day")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(lambda: self.show_day(self.first_day))
        self.back_button.hide()
        # Before any day is closed no earlier day is listed as open: yesterday is reached here.
        self.day_before_button = QPushButton(self.tr("◀ The day before"))
        self.day_before_button.setObjectName("day_before")
        self.day_before_button.setAutoDefault(False)
        self.day_before_button.clicked.connect(
            lambda: self.show_day(self.day - timedelta(days=1)))
        self.message = note_label()
        self.message.setObjectName("day_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.problems_heading = _section(self.tr("Put these right before closing the day"))
        self.problems = ProblemList()
        self.problems.fix_requested.connect(self.fix)
        self.problems.accepted_changed.connect(self._enable)
        self.closed_panel = ClosedPanel()
        self.closed_panel.reopen_requested.connect(self.reopen)
        self.closed_panel.hide()
        self.table: Table = session_table()
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemActivated.connect(lambda _item, _column: self.change_charge())
        self.money_heading = _section(self.tr("Other money on the day"))
        self.money_table: Table = account_table()
        self.change_charge_button = QPushButton(self.tr("Change the charge…"))
        self.change_charge_button.setObjectName("change_charge")
        self.change_charge_button.clicked.connect(self.change_charge)
        self.note_button = QPushButton(self.tr("Session note…"))
        self.note_button.setObjectName("session_note")
        self.note_button.clicked.connect(self.open_note)
        self.receipts = DayReceipts(vault, worker, self.table, self.money_table, self)
        self.receipts.failed.connect(self._show_message)
        self.totals = TotalsView()
        self.payment_form = PaymentForm(vault, worker, now)
        self.payment_form.recorded.connect(self._written)
        self.note = QLineEdit()
        self.note.setObjectName("day_note")
        self.note.setAccessibleName(self.tr("A note on the day"))
        self.note.setPlaceholderText(self.tr("A note on the day, if you want one (optional)"))
        self.closing_backup = ClosingBackup()
        self.blocked = note_label()
        self.blocked.setObjectName("close_blocked")
        self.blocked.setStyleSheet(HINT_STYLE)
        self.sheet_button = QPushButton(self.tr("Day sheet…"))
        self.sheet_button.setObjectName("day_sheet")
        self.sheet_button.clicked.connect(self.export_day_sheet)
        self.close_day_button = QPushButton(self.tr("Close day"))
        self.close_day_button.setObjectName("close_day")
        self.close_day_button.setDefault(True)
        self.close_day_button.clicked.connect(self.close_the_day)
        done = QPushButton(self.tr("Done"))
        done.setObjectName("done")
        done.setAutoDefault(False)
        done.clicked.connect(self._done)
        self._files = renderer or paper_worker()  # backups and day sheets: off the vault's worker
        self.export = FileExport(self._files, self)
        self.export.saved.connect(self._sheet_saved)
        self.export.failed.connect(self._show_message)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.day_before_button)
        heading_row.addWidget(self.back_button)
        column.addLayout(heading_row)
        column.addWidget(self.message)
        column.addWidget(self.problems_heading)
        column.addWidget(self.problems)
        column.addWidget(self.closed_panel)
        column.addWidget(_section(self.tr("Sessions")))
        column.addWidget(self.table)
        charge_row = QHBoxLayout()
        charge_row.addStretch()
        charge_row.addWidget(self.note_button)
        charge_row.addWidget(self.change_charge_button)
        charge_row.addWidget(self.receipts.session_button)
        column.addLayout(charge_row)
        column.addWidget(self.money_heading)
        column.addWidget(self.money_table)
        money_row = QHBoxLayout()
        money_row.addStretch()
        money_row.addWidget(self.receipts.money_button)
        column.addLayout(money_row)
        column.addWidget(_section(self.tr("Totals")))
        column.addWidget(self.totals)
        column.addSpacing(8)
        column.addWidget(self.payment_form)
        column.addSpacing(8)
        self.tomorrow = AgendaView()
        self.tomorrow.setObjectName("tomorrow")
        self.tomorrow.fit()
        column.addWidget(self.tomorrow)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 0, 16, 12)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch()
        buttons.addWidget(done)
        buttons.addWidget(self.close_day_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        closing = QVBoxLayout()
        closing.setContentsMargins(16, 4, 16, 4)
        closing.addWidget(self.note)
        closing.addWidget(self.closing_backup)
        closing.addWidget(self.blocked)
        outer.addLayout(closing)
        outer.addLayout(buttons)
        self._enable()
        self.load()

    # Reading ------------------------------------------------------------------------------

    def _done(self) -> None:
        """Done with the day: a payment typed but not recorded is asked about first."""
        if may_close(self):
            self.accept()

    def reject(self) -> None:
        if may_close(self):
            super().reject()

    def show_day(self, day: date) -> None:
        """Show another day (an earlier one still open)."""
        self.day = day
        self.review = None
        self.load()

    def load(self) -> None:
        vault, day, now = self._vault, self.day, self._now()
        self.heading.setText(self.tr("The day of {day}").format(day=day_text(day)))
        self.back_button.setText(self.tr("Back to {day}").format(day=day_text(self.first_day)))
        self.back_button.setVisible(day != self.first_day)
        self._enable()
        self._worker.run(lambda: _read_day(vault, day, now),
                         self._show, self._failed)

    def _show(self, read: _Read) -> None:
        if read.review.day != self.day:
            return  # the therapist moved to another day meanwhile
        self.review, self.settings = read.review, read.settings
        review, zone = read.review, read.settings.zone
        lines = {line.appointment_id: line for line in review.lines}
        self.heading.setText(self.tr("The day of {day}").format(day=day_text(review.day)))
        if review.is_closed:
            self.problems.show_problems((), {}, review.currency, zone)
            self.closed_panel.show_review(review, zone)
        else:
            self.problems.show_problems(review.problems, lines, review.currency, zone,
                                        {a.key: a.note for a in review.accepted})
        self.closed_panel.setVisible(review.is_closed)
        self.problems_heading.setVisible(not review.is_closed and bool(review.problems))
        self.table.set_rows(session_rows(review.lines, review.currency, zone, read.invoices))
        self.money_table.set_rows(account_rows(review.account_lines, review.currency))
        for widget in (self.money_heading, self.money_table, self.receipts.money_button):
            widget.setVisible(bool(review.account_lines))
        self.receipts.show_review(review)
        self.totals.show_totals(review.totals, review.currency)
        self.payment_form.set_day(review.day, review.lines, review.currency, zone)
        self.payment_form.setVisible(not review.is_closed)
        self.note.setVisible(not review.is_closed)
        language = read.settings.language
        self.tomorrow.show_lines(day_lines(WORDS[words_key(language)]["tomorrow"],
                                           read.tomorrow, language))
        self._enable()

    def _enable(self) -> None:
        """Close day only with every problem put right or accepted, and said why not."""
        review = self.review
        open_day = review is not None and not review.is_closed
        waiting = self.problems.unresolved() if open_day else 0
        self.close_day_button.setVisible(review is None or open_day)
        self.close_day_button.setEnabled(open_day and waiting == 0)
        if review is None:
            reason = self.tr("Reading the day…")
        elif review.is_closed:
            reason = ""
        elif waiting:
            reason = self.tr("The day can be closed once each problem above is put right or "
                             "accepted with a note ({count} left).").format(count=waiting)
        else:
            reason = self.tr("Everything is in order: the day can be closed.")
        self.blocked.setText(reason)
        self.blocked.setVisible(bool(reason))
        self.close_day_button.setToolTip(literal(reason))
        self.change_charge_button.setEnabled(open_day and bool(self.table.selectedItems()))
        self.note_button.setEnabled(bool(self.table.selectedItems()))
        self.change_charge_button.setVisible(review is None or open_day)
        self.sheet_button.setEnabled(review is not None and review.is_closed)
        self.sheet_button.setToolTip("" if self.sheet_button.isEnabled() else self.tr(
            "The day sheet is made once the day is closed."))

    def _failed(self, error: StillroomError) -> None:
        self._show_message(readable(error))
        self._enable()

    def _show_message(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _written(self, _result: object = None) -> None:
        self._show_message("")
        self.changed.emit()
        self.load()

    def _run(self, job: Callable[[], object]) -> None:
        self._show_message("")
        self._worker.run(job, self._written, self._failed)

    # Putting problems right ---------------------------------------------------------------

    def fix(self, problem: DayProblem, action: str) -> None:
        vault, appointment_id = self._vault, problem.appointment_id
        if action in STATUS_OF_ACTION and appointment_id is not None:
            status = STATUS_OF_ACTION[action]
            self._run(lambda: mark(vault, appointment_id, status))
        elif action == "cancel" and appointment_id is not None:
            self._worker.run(lambda: appointments.find_entry(vault, appointment_id),
                             self._cancel, self._failed)
        elif action == "charge_policy" and appointment_id is not None:
            policy = int(problem.values.get("policy", 0))
            self._run(lambda: set_charge(vault, appointment_id, policy))
        elif action == "edit_charge" and appointment_id is not None:
            self._edit_charge(appointment_id, int(problem.values.get("charged", 0)),
                              int(problem.values["policy"]) if "policy" in problem.values
                              else None)
        elif action == "assign_payment" and problem.ledger_id is not None:
            self._ask_whose(problem.ledger_id)
        elif action == "refund" and problem.client_id is not None:
            self.payment_form.prepare_refund(problem.client_id, problem.client_name,
                                             abs(int(problem.values.get("balance", 0))))
        elif action == "go_to_day" and isinstance(problem.values.get("day"), date):
            self.show_day(problem.values["day"])

    def _cancel(self, entry: appointments.CalendarEntry) -> None:
        """The guided cancellation asks who cancelled, when, why, and the fee."""
        self.guided = CancellationDialog(self._vault, self._worker, entry, self._now(), self)
        self.guided.finished_with_changes.connect(self._written)
        self.guided.open()

    def _ask_whose(self, ledger_id: int) -> None:
        self.picker = ClientPicker(self._vault, self._worker, self._now,
                                   self.tr("Whose payment is it?"), parent=self,
                                   confirm=True)
        vault = self._vault
        self.picker.picked.connect(
            lambda client_id: self._run(lambda: assign_payment(vault, ledger_id, client_id)))
        self.picker.open()

    def open_note(self) -> None:
        """The note of the session chosen in the table, open or closed day alike."""
        items = self.table.selectedItems()
        if items:
            self.note_wanted.emit(items[0].data(0, Table.KeyRole))

    def change_charge(self) -> None:
        """The charge of the session chosen in the table, changed with a reason."""
        items = self.table.selectedItems()
        if not items or self.review is None or self.review.is_closed:
            return
        appointment_id = items[0].data(0, Table.KeyRole)
        line = next(line for line in self.review.lines if line.appointment_id == appointment_id)
        self._edit_charge(appointment_id, line.charged, None)

    def _edit_charge(self, appointment_id: int, charged: int, policy: int | None) -> None:
        if self.review is None or self.settings is None:
            return
        line = next((line for line in self.review.lines
                     if line.appointment_id == appointment_id), None)
        about = "" if line is None else self.tr("{client}, {time}").format(
            client=line.client_name, time=time_text(line.starts_at, self.settings.zone))
        self.charge_dialog = ChargeDialog(self._vault, self._worker, appointment_id, about,
                                          charged, policy, self.review.currency, self)
        self.charge_dialog.saved.connect(self._written)
        self.charge_dialog.open()

    # Closing and reopening ----------------------------------------------------------------

    def close_the_day(self) -> None:
        if self.review is None or self.review.is_closed or self.problems.unresolved():
            return
        vault, day, now = self._vault, self.day, self._now()
        accepted, note = self.problems.accepted(), self.note.text().strip()
        self.close_day_button.setEnabled(False)
        self._worker.run(lambda: close_day(vault, day, accepted, note, now=now),
                         self._closed, self._failed)

    def _closed(self, review: DayReview) -> None:
        self.note.clear()
        self.closing_backup.back_up(self._vault, self._files)
        self.changed.emit()
        self.day_closed.emit(review.day)
        self.load()

    def reopen(self, reason: str) -> None:
        vault, day = self._vault, self.day
        self._worker.run(lambda: reopen_day(vault, day, reason), self._written,
                         lambda error: self.closed_panel.show_error(readable(error)))

    # The day sheet ------------------------------------------------------------------------

    def export_day_sheet(self) -> None:
        if self.review is not None and self.settings is not None:
            ask_for_day_sheet(self.export, self, self.review, self.settings)

    def _sheet_saved(self, path: Path) -> None:
        self.message.setStyleSheet(HINT_STYLE)
        self.message.setText(self.tr("The day sheet is saved as {path}.").format(path=str(path)))
        self.message.show()
