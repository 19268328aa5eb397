"""Keeping time from clients: the dialog that adds a block (lunch, supervision, a holiday) or
changes one, as hours of a day or as whole days, once or every week or fortnight."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from models.enums import BlockKind, Repeat
from services.calendar.blocks import NOTE_LIMIT, BlockPlan, SavedBlock, add_block, change_block
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault
from ui.dates import qdate
from ui.labels import repeat_label, window_label
from ui.plain_text import plain_label
from ui.session_dialogs import SavingDialog
from ui.typed_text import may_close
from ui.worker import DatabaseWorker


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    return edit


def _row(*widgets: QWidget) -> QWidget:
    """Fields side by side in one row of the form."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


class BlockDialog(SavingDialog):
    """Add a block starting at `starts_at` (an hour long), or change `saved`. The block is
    saved on the worker; `saved(block id or None)` when it is."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, zone: ZoneInfo,
                 starts_at: datetime, saved: SavedBlock | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Change blocked time") if saved else self.tr("Block time")
        super().__init__(worker, zone, title, self.tr("Save") if saved else self.tr("Block it"),
                         self.tr("Cancel"), parent)
        self._vault, self._block_id = vault, saved.id if saved else None
        plan = saved.plan if saved else BlockPlan(
            BlockKind.LUNCH, starts_at=starts_at, ends_at=starts_at + timedelta(hours=1))

        self.kind = QComboBox()
        self.kind.setObjectName("block_kind")
        for kind in BlockKind:
            self.kind.addItem(window_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(plan.kind))
        self.kind.setAccessibleName(self.tr("What it is for"))
        self.note = QLineEdit(plan.note)
        self.note.setObjectName("block_note")
        self.note.setMaxLength(NOTE_LIMIT)
        self.note.setPlaceholderText(self.tr("A few words for yourself (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.whole_days = QCheckBox(self.tr("Whole days (a holiday, a day of training)"))
        self.whole_days.setObjectName("block_whole_days")
        local_start = (plan.starts_at or starts_at).astimezone(zone)
        local_end = (plan.ends_at or starts_at + timedelta(hours=1)).astimezone(zone)
        self.day = _date_edit(plan.first_day or local_start.date())
        self.day.setObjectName("block_day")
        self.day.setAccessibleName(self.tr("Day"))
        self.last_day = _date_edit(plan.last_day or local_start.date())
        self.last_day.setObjectName("block_last_day")
        self.last_day.setAccessibleName(self.tr("Last day"))
        self.starts = QTimeEdit(QTime(local_start.hour, local_start.minute))
        self.starts.setObjectName("block_starts")
        self.starts.setAccessibleName(self.tr("From"))
        self.ends = QTimeEdit(QTime(local_end.hour, local_end.minute))
        self.ends.setObjectName("block_ends")
        self.ends.setAccessibleName(self.tr("Until"))
        self.hours = _row(self.starts, plain_label("–"), self.ends)
        self.repeat = QComboBox()
        self.repeat.setObjectName("block_repeat")
        self.repeat.addItem(self.tr("Once"), None)
        for rule in (Repeat.WEEKLY, Repeat.FORTNIGHTLY):
            self.repeat.addItem(repeat_label(rule), rule)
        self.repeat.setCurrentIndex(self.repeat.findData(plan.repeat))
        self.repeat.setAccessibleName(self.tr("Repeats"))
        self.ends_on = QCheckBox(self.tr("Stops after"))
        self.ends_on.setObjectName("block_stops")
        self.ends_on.setChecked(plan.until is not None)
        self.until = _date_edit(plan.until or local_start.date() + timedelta(weeks=12))
        self.until.setObjectName("block_until")
        self.until.setAccessibleName(self.tr("Stops after"))
        self.stops = _row(self.ends_on, self.until)

        self.form.addRow(self.tr("For"), self.kind)
        self.form.addRow(self.tr("Note"), self.note)
        self.errors.add_row(self.form, "note", "block_note")
        self.form.addRow("", self.whole_days)
        self.form.addRow(self.tr("Day"), self.day)
        self.errors.add_row(self.form, "first_day", "block_day")
        self._last_day_row = self.form.rowCount()
        self.form.addRow(self.tr("Last day"), self.last_day)
        self.errors.add_row(self.form, "last_day", "block_last_day")
        self._hours_row = self.form.rowCount()
        self.form.addRow(self.tr("Hours"), self.hours)
        self.errors.add_row(self.form, "ends_at", "block_ends")
        self.form.addRow(self.tr("Repeats"), self.repeat)
        self.errors.add_row(self.form, "repeat", "block_repeat")
        self.form.addRow("", self.stops)
        self.errors.add_row(self.form, "until", "block_until")
        self.finish_layout()

        self.whole_days.toggled.connect(self._show_fields)
        self.repeat.currentIndexChanged.connect(self._show_fields)
        self.ends_on.toggled.connect(self._show_fields)
        self.whole_days.setChecked(plan.whole_days)
        self._show_fields()

    def _show_fields(self) -> None:
        whole = self.whole_days.isChecked()
        for row, shown in ((self._last_day_row, whole), (self._hours_row, not whole)):
            for column in (0, 1):
                item = self.form.itemAtPosition(row, column)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setVisible(shown)
        repeats = self.repeat.currentData() is not None
        self.stops.setVisible(repeats)
        self.until.setEnabled(self.ends_on.isChecked())
        if not repeats:
            self.ends_on.setChecked(False)

    def plan(self) -> BlockPlan:
        """The block as the fields describe it (the service checks it)."""
        kind, note = BlockKind(self.kind.currentData()), self.note.text()
        repeat = self.repeat.currentData()
        until = _day(self.until) if repeat is not None and self.ends_on.isChecked() else None
        if self.whole_days.isChecked():
            return BlockPlan(kind, note, first_day=_day(self.day), last_day=_day(self.last_day),
                             repeat=repeat, until=until)
        day = _day(self.day)
        return BlockPlan(kind, note, starts_at=to_utc(day, _time(self.starts), self._zone),
                         ends_at=to_utc(day, _time(self.ends), self._zone),
                         repeat=repeat, until=until)

    def job(self, allow_conflicts: bool) -> Callable[[], int | None]:
        vault, plan, block_id = self._vault, self.plan(), self._block_id
        if block_id is None:
            return lambda: add_block(vault, plan)
        return lambda: change_block(vault, block_id, plan)

    def reject(self) -> None:
        if may_close(self):
            super().reject()
