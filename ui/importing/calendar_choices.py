"""The calendar's choices on the import's first page: which dates, and what past sessions become.

A calendar exported after years of practice holds more than the therapist may want: the dates
narrow it before it is read. Sessions already past are marked attended, as most were, or left
booked for the therapist to close one by one.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from ui.plain_text import plain_label


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    return edit


def _day(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


class CalendarChoices(QWidget):
    """Everything in the file or only from one day to another; past sessions attended or not.
    `range_changed` when the dates to read change (the file is read again)."""

    range_changed = Signal()

    def __init__(self, today: date) -> None:
        super().__init__()
        self.everything = QRadioButton(self.tr("Everything in the file"))
        self.between = QRadioButton(self.tr("Only from"))
        self.everything.setChecked(True)
        dates = QButtonGroup(self)
        dates.addButton(self.everything)
        dates.addButton(self.between)
        self.first = _date_edit("import_first_day", today - timedelta(days=91))
        self.first.setAccessibleName(self.tr("The first day to bring in"))
        self.last = _date_edit("import_last_day", today + timedelta(days=365))
        self.last.setAccessibleName(self.tr("The last day to bring in"))
        self.attended = QRadioButton(self.tr("Mark them as attended"))
        self.booked = QRadioButton(self.tr("Leave them for me to close"))
        self.attended.setChecked(True)
        past = QButtonGroup(self)
        past.addButton(self.attended)
        past.addButton(self.booked)

        span = QHBoxLayout()
        span.addWidget(self.between)
        span.addWidget(self.first)
        span.addWidget(plain_label(self.tr("to")))
        span.addWidget(self.last)
        span.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(24, 0, 0, 0)
        grid.addWidget(plain_label(self.tr("Dates:")), 0, 0)
        grid.addWidget(self.everything, 0, 1)
        grid.addLayout(span, 1, 1)
        grid.addWidget(plain_label(self.tr("Sessions already past:")), 2, 0)
        grid.addWidget(self.attended, 2, 1)
        grid.addWidget(self.booked, 3, 1)
        grid.setColumnStretch(1, 1)

        self.between.toggled.connect(self._span_toggled)
        self.first.editingFinished.connect(self._dates_edited)
        self.last.editingFinished.connect(self._dates_edited)
        self._span_toggled(False)

    def _span_toggled(self, on: bool) -> None:
        self.first.setEnabled(on)
        self.last.setEnabled(on)
        self.range_changed.emit()

    def _dates_edited(self) -> None:
        if self.between.isChecked():
            self.range_changed.emit()

    def span(self, first: date, last: date) -> None:
        """Read only `first` to `last`, as the therapist would choose them."""
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))
        if self.between.isChecked():
            self.range_changed.emit()
        else:
            self.between.setChecked(True)

    def dates(self) -> tuple[date | None, date | None]:
        """The first and last day to read, or (None, None) for everything in the file."""
        if not self.between.isChecked():
            return None, None
        return _day(self.first), _day(self.last)

    def past_attended(self) -> bool:
        return self.attended.isChecked()
