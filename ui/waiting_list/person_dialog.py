"""Someone waiting for a time: their name, how to reach them, the weekdays and hours that
suit them (or any time), how they would like to meet, and since when they have waited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from models.enums import Modality
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from services.waiting_list.waiting_people import (
    SuitableTime,
    Waiting,
    WaitingDraft,
    add_to_waiting_list,
    change_waiting,
)
from ui.dates import qdate
from ui.labels import modality_label
from ui.plain_text import plain_label
from ui.session_dialogs import SavingDialog
from ui.typed_text import may_close
from ui.waiting_list.waiting_words import weekday_name
from ui.worker import DatabaseWorker

FIRST_HOURS = (time(9), time(12))


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class TimeRow(QWidget):
    """One weekday with the hours of it that suit, and a button to take the row away."""

    def __init__(self, suits: SuitableTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weekday = QComboBox()
        for weekday in range(1, 8):
            self.weekday.addItem(weekday_name(weekday), weekday)
        self.weekday.setCurrentIndex(suits.weekday - 1)
        self.weekday.setAccessibleName(self.tr("Day of the week"))
        self.starts = QTimeEdit(QTime(suits.starts.hour, suits.starts.minute))
        self.starts.setAccessibleName(self.tr("From"))
        self.ends = QTimeEdit(QTime(suits.ends.hour, suits.ends.minute))
        self.ends.setAccessibleName(self.tr("Until"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this day"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.weekday, self.starts, plain_label("–"), self.ends, self.remove):
            row.addWidget(widget)
        row.addStretch(1)

    def value(self) -> SuitableTime:
        return SuitableTime(self.weekday.currentData(), _time(self.starts), _time(self.ends))


class PersonDialog(SavingDialog):
    """Put someone on the waiting list (`person` None) or change what is kept about them;
    `saved(person id or None)` once the list holds it."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, zone: ZoneInfo, today: date,
                 person: Waiting | None = None, parent: QWidget | None = None) -> None:
        title = self.tr("On the waiting list") if person else self.tr("Add to the waiting list")
        super().__init__(worker, zone, title, self.tr("Save") if person else self.tr("Add"),
                         self.tr("Cancel"), parent)
        self.setObjectName("waiting_person_dialog")
        self._vault, self._person_id = vault, person.id if person else None
        draft = person.draft if person else WaitingDraft("", today)

        self.full_name = self._line(draft.full_name, "waiting_full_name", self.tr("Full name"))
        self.preferred_name = self._line(draft.preferred_name, "waiting_preferred_name",
                                         self.tr("Preferred name"))
        self.preferred_name.setPlaceholderText(self.tr("Optional"))
        self.phone = self._line(draft.phone, "waiting_phone", self.tr("Phone"))
        self.email = self._line(draft.email, "waiting_email", self.tr("E-mail"))
        self.any_time = QCheckBox(self.tr("Any time suits them"))
        self.any_time.setObjectName("waiting_any_time")
        self.any_time.setChecked(draft.any_time)
        self.rows_box = QWidget()
        self.rows = QVBoxLayout(self.rows_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.add_day = QPushButton(self.tr("Add a day"))
        self.add_day.setObjectName("waiting_add_day")
        self.add_day.clicked.connect(self._add_row)
        self.rows.addWidget(self.add_day)
        self.time_rows: list[TimeRow] = []
        for suits in draft.times:
            self._add_row(suits)
        self.modality = QComboBox()
        self.modality.setObjectName("waiting_modality")
        self.modality.setAccessibleName(self.tr("How they would like to meet"))
        self.modality.addItem(self.tr("Any way"), None)
        for modality in Modality:
            self.modality.addItem(modality_label(modality), modality)
        self.modality.setCurrentIndex(self.modality.findData(draft.modality))
        self.since = QDateEdit(qdate(draft.waiting_since))
        self.since.setObjectName("waiting_since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        self.since.setAccessibleName(self.tr("Waiting since"))
        self.note = QPlainTextEdit(draft.note)
        self.note.setObjectName("waiting_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.note.setAccessibleName(self.tr("Note"))

        for label, widget, field in (
                (self.tr("Full name"), self.full_name, "full_name"),
                (self.tr("Preferred name"), self.preferred_name, "preferred_name"),
                (self.tr("Phone"), self.phone, "phone"),
                (self.tr("E-mail"), self.email, "email")):
            self.form.addRow(label, widget)
            self.errors.add_row(self.form, field, widget.objectName())
        self.form.addRow(self.tr("Times that suit"), self.any_time)
        self.form.addRow("", self.rows_box)
        self.errors.add_row(self.form, "times", "waiting_times")
        self.form.addRow(self.tr("How"), self.modality)
        self.form.addRow(self.tr("Waiting since"), self.since)
        self.errors.add_row(self.form, "waiting_since", "waiting_since")
        self.form.addRow(self.tr("Note"), self.note)
        self.errors.add_row(self.form, "note", "waiting_note")
        self.finish_layout()
        self.any_time.toggled.connect(self.rows_box.setDisabled)
        self.rows_box.setDisabled(draft.any_time)
        if not draft.times:
            self._add_row()

    def _line(self, text: str, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(200)
        return edit

    def _add_row(self, suits: SuitableTime | None = None) -> TimeRow:
        """A row for one more weekday: the day after the last one, 9 to 12, unless given."""
        if suits is None:
            after = self.time_rows[-1].value().weekday % 7 + 1 if self.time_rows else 1
            suits = SuitableTime(after, *FIRST_HOURS)
        row = TimeRow(suits)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        self.rows.insertWidget(len(self.time_rows), row)
        self.time_rows.append(row)
        return row

    def _remove_row(self, row: TimeRow) -> None:
        self.time_rows.remove(row)
        row.deleteLater()
        self.add_day.setFocus()

    def draft(self) -> WaitingDraft:
        """The person as the fields describe them (the service checks it)."""
        since = self.since.date()
        return WaitingDraft(
            full_name=self.full_name.text(), preferred_name=self.preferred_name.text(),
            waiting_since=date(since.year(), since.month(), since.day()),
            phone=self.phone.text(), email=self.email.text(),
            times=tuple(row.value() for row in self.time_rows),
            any_time=self.any_time.isChecked(), modality=self.modality.currentData(),
            note=self.note.toPlainText())

    def job(self, allow_conflicts: bool) -> Callable[[], int | None]:
        vault, draft, person_id = self._vault, self.draft(), self._person_id
        if person_id is None:
            return lambda: add_to_waiting_list(vault, draft)

        def change() -> int:
            change_waiting(vault, person_id, draft)
            return person_id
        return change

    def _failed(self, error: StillroomError) -> None:
        """A time row at fault is shown under the times, as one message."""
        if (error.field or "").startswith("times."):
            error.field = "times"
        super()._failed(error)

    def reject(self) -> None:
        if may_close(self):
            super().reject()
