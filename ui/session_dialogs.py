"""The small dialogs behind the calendar: book a session, move one to a new time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QWidget,
)

from models.enums import BookAction, ClientStatus, Modality
from models.enums import Repeat as RepeatRule
from services.calendar import appointments
from services.clients.client_records import ClientSummary, search_clients
from services.errors import Conflicts, StillroomError
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable
from ui.conflicts import ask_book_anyway
from ui.dates import date_time_edit, instant_of
from ui.forms import FieldErrors, Form, dialog_layout, heading_label
from ui.labels import modality_label, repeat_label, status_label
from ui.plain_text import plain_label
from ui.typed_text import main_button
from ui.worker import DatabaseWorker


def length_field(minutes: int) -> QSpinBox:
    """A session's length, five minutes to eight hours, by fives."""
    length = QSpinBox()
    length.setRange(5, 480)
    length.setSingleStep(5)
    length.setValue(minutes)
    length.setSuffix(QCoreApplication.translate("SessionFields", " min"))
    length.setAccessibleName(QCoreApplication.translate("SessionFields", "Length"))
    return length


def repeat_fields(repeat: RepeatRule | None = None) -> tuple[QComboBox, QSpinBox]:
    """Once, weekly or fortnightly, and how many sessions (asked only when it repeats)."""
    rule = QComboBox()
    rule.setAccessibleName(QCoreApplication.translate("SessionFields", "Repeats"))
    rule.addItem(QCoreApplication.translate("SessionFields", "Once"), None)
    for each in (RepeatRule.WEEKLY, RepeatRule.FORTNIGHTLY):
        rule.addItem(repeat_label(each), each)
    rule.setCurrentIndex(rule.findData(repeat))
    occurrences = QSpinBox()
    occurrences.setRange(2, appointments.MAX_OCCURRENCES)
    occurrences.setValue(12)
    occurrences.setSuffix(QCoreApplication.translate("SessionFields", " sessions"))
    occurrences.setAccessibleName(QCoreApplication.translate("SessionFields", "How many"))
    occurrences.setEnabled(repeat is not None)
    rule.currentIndexChanged.connect(
        lambda: occurrences.setEnabled(rule.currentData() is not None))
    return rule, occurrences


class SavingDialog(QDialog):
    """A dialog whose OK runs a service on the worker, shows any error beside its field,
    and asks before booking over a clash."""

    saved = Signal(object)

    def __init__(self, worker: DatabaseWorker, zone: ZoneInfo, title: str, save_text: str,
                 keep_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._zone = zone
        self.setWindowTitle(title)
        self.layout_ = dialog_layout(self)
        self.layout_.addWidget(heading_label(title))
        self.form = Form()
        self.general_error = plain_label()
        self.errors = FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        for which, text in ((QDialogButtonBox.StandardButton.Ok, save_text),
                            (QDialogButtonBox.StandardButton.Cancel, keep_text)):
            button = self.buttons.button(which)
            if button is not None:
                button.setText(text)
                button.setIcon(QIcon())
        self.buttons.accepted.connect(lambda: self._save(allow_conflicts=False))
        self.buttons.rejected.connect(self.reject)
        main_button(self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                    self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

    def finish_layout(self) -> None:
        self.layout_.addSpacing(8)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.general_error)
        self.layout_.addSpacing(12)
        self.layout_.addWidget(self.buttons)

    def job(self, allow_conflicts: bool) -> Callable[[], Any]:
        raise NotImplementedError  # each dialog says what it saves

    def _save(self, allow_conflicts: bool) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        self._worker.run(self.job(allow_conflicts), self._done, self._failed)

    def _done(self, result: object) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, error: StillroomError) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, Conflicts):
            ask_book_anyway(self, error.conflicts, self._zone,
                            lambda: self._save(allow_conflicts=True))
            return
        self.errors.show_error(error)


class NewSessionDialog(SavingDialog):
    """Book a session, or a weekly or fortnightly series, for one client."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, zone: ZoneInfo, starts_at: datetime,
                 length_minutes: int, client_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(worker, zone, self.tr("New session"), self.tr("Book"),
                         self.tr("Cancel"), parent)
        self._vault = vault
        self.client = QComboBox()
        self.client.setEditable(True)
        self.client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.client.lineEdit()
        assert line is not None  # an editable combo box has its line edit
        line.setPlaceholderText(self.tr("Type to find a client"))
        self.client.setAccessibleName(self.tr("Client"))
        self.starts = date_time_edit(starts_at, zone)
        self.starts.setAccessibleName(self.tr("Starts"))
        self.length = length_field(length_minutes)
        self.modality = QComboBox()
        self.modality.addItem(self.tr("The client's usual"), None)
        for modality in Modality:
            self.modality.addItem(modality_label(modality), modality)
        self.repeat, self.occurrences = repeat_fields()

        self.form.addRow(self.tr("Client"), self.client)
        self.errors.add_row(self.form, "client")
        self.form.addRow(self.tr("Starts"), self.starts)
        self.errors.add_row(self.form, "starts_at")
        self.form.addRow(self.tr("Length"), self.length)
        self.errors.add_row(self.form, "length_minutes")
        self.form.addRow(self.tr("Where"), self.modality)
        self.form.addRow(self.tr("Repeats"), self.repeat)
        self.form.addRow(self.tr("How many"), self.occurrences)
        self.errors.add_row(self.form, "occurrences")
        self.finish_layout()
        self._wanted = client_id
        worker.run(lambda: [c for c in search_clients(vault, "", limit=5000)
                            if c.status != ClientStatus.ENDED], self._fill_clients)

    def _fill_clients(self, clients: list[ClientSummary]) -> None:
        for summary in clients:
            shown = (f"{summary.preferred_name} ({summary.full_name})"
                     if summary.preferred_name else summary.full_name)
            self.client.addItem(shown, summary.id)
        completer = self.client.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        index = self.client.findData(self._wanted) if self._wanted else -1
        self.client.setCurrentIndex(index)
        if index < 0:
            self.client.clearEditText()

    def job(self, allow_conflicts: bool) -> Callable[[], list[int]]:
        index = self.client.findText(self.client.currentText())
        client_id = self.client.itemData(index) if index >= 0 else None
        if client_id is None:
            return lambda: self._no_client()
        vault, starts = self._vault, instant_of(self.starts, self._zone)
        length, modality = self.length.value(), self.modality.currentData()
        repeat = self.repeat.currentData()
        count = self.occurrences.value() if repeat else 1
        undoable = Undoable(BookAction.BOOK, client_id)
        return lambda: appointments.book(vault, client_id, starts, length, modality, repeat,
                                         count, allow_conflicts, undoable)

    def _no_client(self) -> list[int]:
        raise StillroomError("Please choose a client.", field="client")


class RescheduleDialog(SavingDialog):
    """Move one session to another day or time."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, zone: ZoneInfo,
                 entry: appointments.CalendarEntry, parent: QWidget | None = None) -> None:
        super().__init__(worker, zone, self.tr("Reschedule a session"), self.tr("Move it"),
                         self.tr("Cancel"), parent)
        self._vault, self._entry = vault, entry
        self.layout_.addWidget(plain_label(self.tr("{client}: {status}").format(
            client=entry.client_name, status=status_label(entry.status))))
        self.starts = date_time_edit(entry.starts_at, zone)
        self.starts.setAccessibleName(self.tr("New time"))
        self.form.addRow(self.tr("New time"), self.starts)
        self.errors.add_row(self.form, "starts_at")
        self.finish_layout()

    def job(self, allow_conflicts: bool) -> Callable[[], list[int]]:
        vault, entry_id, starts = self._vault, self._entry.id, instant_of(self.starts, self._zone)
        undoable = Undoable(BookAction.MOVE, self._entry.client_id)
        return lambda: appointments.move(vault, entry_id, starts, allow_conflicts=allow_conflicts,
                                         undoable=undoable)
