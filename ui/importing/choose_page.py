"""The import's first step: what is brought in (a client list or a calendar) and its file.

The file is read at once on the database worker, with progress for a long calendar; a refusal
shows its message, with the line, under the file. Nothing is written here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from services.calendar_import.events import CalendarFile
from services.calendar_import.reading import read_calendar_file
from services.clients.import_clients import ClientFile, read_client_file
from services.errors import StillroomError
from services.practice.practice_settings import read_settings
from ui.file_dialogs import documents, forget_qt_history
from ui.importing.calendar_choices import CalendarChoices
from ui.importing.calendar_words import counted, day_text
from ui.importing.import_words import how_written
from ui.importing.step_page import Step, StepPage
from ui.plain_text import plain_label


class ChooseFilePage(StepPage):
    """What to bring in, and the file it is in (read at once, off the GUI thread)."""

    def __init__(self, today: date) -> None:
        super().__init__(self.tr("Bring in your practice"), self.tr(
            "Choose what to bring in and the file it is in. Nothing is added until you "
            "press Finish."))
        self.client_list_choice = QRadioButton(self.tr(
            "Clients from a spreadsheet or contacts file"))
        self.client_list_choice.setChecked(True)
        self.calendar_choice = QRadioButton(self.tr(
            "Sessions from a calendar file (.ics) — Google, Apple, Outlook, Thunderbird"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.client_list_choice)
        kinds.addButton(self.calendar_choice)
        self.today = today
        self.calendar_choices = CalendarChoices(today)
        self.calendar_choices.hide()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(self.tr("No file chosen yet"))
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.found = plain_label()
        self.found.setObjectName("import_found")
        self.found.setWordWrap(True)
        self.body.addWidget(self.client_list_choice)
        self.body.addWidget(self.calendar_choice)
        self.body.addWidget(self.calendar_choices)
        self.body.addSpacing(8)
        self.body.addLayout(row)
        self.body.addWidget(self.found)
        self.finish_layout()
        self.body.addStretch(1)
        self.file: ClientFile | None = None
        self.calendar: CalendarFile | None = None
        self._reading = 0  # the newest read; an older one finishing late is dropped
        self.calendar_choice.toggled.connect(self._kind_toggled)
        self.calendar_choices.range_changed.connect(self._read_again)

    def wants_calendar(self) -> bool:
        return self.calendar_choice.isChecked()

    def _kind_toggled(self, calendar: bool) -> None:
        self.calendar_choices.setVisible(calendar)
        self.path.clear()
        self._forget()
        self.error.clear()

    def _forget(self) -> None:
        self._reading += 1
        self.file = None
        self.calendar = None
        self.found.clear()
        self.stopped()
        self.completeChanged.emit()

    def _browse(self) -> None:
        if self.wants_calendar():
            title = self.tr("Choose a calendar file")
            kinds = self.tr("Calendar files (*.ics *.ical *.ifb *.icalendar);;All files (*)")
        else:
            title = self.tr("Choose a client list")
            kinds = self.tr("Client lists (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)")
        chosen, _filter = QFileDialog.getOpenFileName(self, title, str(documents()), kinds)
        forget_qt_history()
        if chosen:
            self.choose(Path(chosen))

    def choose(self, path: Path) -> None:
        """Read the file on the worker: a client list's encoding, delimiter and columns, or
        a calendar's events over the dates chosen."""
        self._forget()
        self.path.setText(str(path))
        self.working(self.tr("Reading the file…"))
        reading = self._reading
        if self.wants_calendar():
            first, last = self.calendar_choices.dates()
            report, vault, today = self.report(), self.owner().vault, self.today

            def read() -> CalendarFile:
                zone = read_settings(vault).timezone
                return read_calendar_file(path, first, last, zone=zone, progress=report,
                                          today=today)

            self.owner().worker.run(read, lambda file: self._calendar_read(reading, file),
                                    lambda error: self._refused(reading, error))
        else:
            self.owner().worker.run(lambda: read_client_file(path),
                                    lambda file: self._read(reading, file),
                                    lambda error: self._refused(reading, error))

    def _read_again(self) -> None:
        if self.path.text():
            self.choose(Path(self.path.text()))

    def _refused(self, reading: int, error: StillroomError) -> None:
        if reading == self._reading:
            self.failed(error)

    def _read(self, reading: int, file: ClientFile) -> None:
        if reading != self._reading:
            return
        self.stopped()
        self.file = file
        self.found.setText(how_written(file))
        self.completeChanged.emit()

    def _calendar_read(self, reading: int, file: CalendarFile) -> None:
        if reading != self._reading:
            return
        self.stopped()
        self.calendar = file
        self.found.setText(self.found_words(file))
        self.completeChanged.emit()

    def found_words(self, file: CalendarFile) -> str:
        """"Calendar “Work”: 412 events under 23 titles, 3 Mar 2025 – 28 Nov 2025"."""
        starts = [event.starts_at.date() for event in file.events()]
        if not starts:
            return self.tr("The file holds no events in these dates.")
        named = self.tr("Calendar file:")
        if file.calendar_name:
            named = self.tr("Calendar “{name}”:").format(name=file.calendar_name)
        n, titles = file.count, len(file.titles())
        events = counted(n, self.tr("%n event", "", n),
                          self.tr("%n events", "", n))
        under = counted(titles, self.tr("under %n title", "", titles),
                         self.tr("under %n titles", "", titles))
        return f"{named} {events} {under}, {day_text(min(starts))} – {day_text(max(starts))}"

    def isComplete(self) -> bool:  # Qt's name: Next waits for a file read
        return (self.calendar if self.wants_calendar() else self.file) is not None

    def nextId(self) -> int:  # Qt's name: the calendar's review, or the columns' mapping
        return int(Step.CALENDAR_REVIEW if self.wants_calendar() else Step.MAPPING)
