"""Practice → Export calendar…: the sessions and blocked time of a range, or of everything
ahead, saved as an .ics file the therapist carries to their phone's calendar themselves.

Clients are named by their initials unless the therapist chooses otherwise; full names come
with a warning, since a phone's calendar is seen by others and often copied to a server.
"""

from __future__ import annotations

import errno
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QWidget,
)

from services.calendar.ics_export import (
    CalendarContents,
    NamesShown,
    calendar_bytes,
    read_calendar,
)
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from services.vault.private_files import write_private
from ui.dates import qdate
from ui.day_close.file_export import FileExport
from ui.forms import (
    ERROR_STYLE,
    FieldErrors,
    Form,
    dialog_layout,
    heading_label,
    note_label,
    refit,
)
from ui.plain_text import plain_label
from ui.typed_text import main_button
from ui.worker import DatabaseWorker, readable


def write_calendar(path: Path, contents: CalendarContents, names: NamesShown) -> None:
    """The .ics file, owner-only (0600) like every file Stillroom writes for the therapist."""
    try:
        write_private(path, calendar_bytes(contents, names))
    except StillroomError as error:  # the disk is full: said as the paper thread says it
        raise OSError(errno.ENOSPC, readable(error)) from None


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class ExportCalendarDialog(QDialog):
    """Choose the days and how clients are named, then Save… asks where."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, today: date,
                 parent: QWidget | None = None, export: FileExport | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self.export = export or FileExport(parent=self)
        self.export.saved.connect(self._saved)
        self.export.failed.connect(self._failed)
        self.setWindowTitle(self.tr("Export calendar"))
        layout = dialog_layout(self)
        layout.addWidget(heading_label(self.tr("The calendar on your phone")))
        layout.addWidget(note_label(self.tr(
            "Sessions and blocked time saved as an .ics file, which Google Calendar, Apple "
            "Calendar and Outlook can open. Cancelled sessions are left out. The file is not "
            "encrypted: carry it to your phone yourself, and delete it once it is there.")))
        self.first = QDateEdit(qdate(today))
        self.first.setObjectName("export_from")
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("ddd d MMM yyyy")
        self.first.setAccessibleName(self.tr("From"))
        self.ahead = QCheckBox(self.tr("Everything ahead"))
        self.ahead.setObjectName("export_everything_ahead")
        self.ahead.setChecked(True)
        self.last = QDateEdit(qdate(today + timedelta(weeks=4)))
        self.last.setObjectName("export_to")
        self.last.setCalendarPopup(True)
        self.last.setDisplayFormat("ddd d MMM yyyy")
        self.last.setAccessibleName(self.tr("To"))
        self.last.setEnabled(False)
        self.ahead.toggled.connect(lambda ahead: self.last.setEnabled(not ahead))
        self.names = QButtonGroup(self)
        texts = {NamesShown.NONE: self.tr("As \u201cSession\u201d, with no name"),
                 NamesShown.INITIALS: self.tr("By their initials"),
                 NamesShown.FULL: self.tr("By their full names")}
        self.name_buttons: dict[NamesShown, QRadioButton] = {}
        for number, (choice, text) in enumerate(texts.items()):
            button = QRadioButton(text)
            button.setObjectName(f"names_{choice.value}")
            self.names.addButton(button, number)
            self.name_buttons[choice] = button
        self.name_buttons[NamesShown.INITIALS].setChecked(True)
        self.warning = note_label(self.tr(
            "Full names can be read by anyone who sees your phone, and your calendar app may "
            "copy them to its company's servers. Initials are safer."))
        self.warning.setObjectName("full_names_warning")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.hide()
        self.names.buttonToggled.connect(self._warn)

        form = Form()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow("", self.ahead)
        self.general_error = plain_label()
        self.errors = FieldErrors(self.general_error)
        self.errors.add_row(form, "last", "export_to")
        for number, button in enumerate(self.name_buttons.values()):
            form.addRow(self.tr("Clients") if number == 0 else "", button)
        form.addRow("", self.warning)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        self.result_label = note_label()
        self.result_label.setObjectName("export_result")
        self.result_label.hide()
        layout.addWidget(self.result_label)
        layout.addSpacing(12)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        save.setText(self.tr("Save…"))
        close.setText(self.tr("Close"))
        main_button(save, close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _warn(self) -> None:
        """The warning shows while full names are chosen; the window grows to hold it."""
        self.warning.setVisible(self.name_buttons[NamesShown.FULL].isChecked())
        refit(self.warning)

    def chosen_names(self) -> NamesShown:
        return next(choice for choice, button in self.name_buttons.items()
                    if button.isChecked())

    def save(self) -> None:
        """Read the days on the worker, then ask where the file goes."""
        self.errors.clear()
        self.result_label.hide()
        vault, first = self._vault, _day(self.first)
        last = None if self.ahead.isChecked() else _day(self.last)
        names = self.chosen_names()
        self.buttons.setEnabled(False)

        def ask(contents: CalendarContents) -> None:
            self.buttons.setEnabled(True)
            self.export.ask(self, self.tr("Save the calendar"),
                            f"stillroom-{contents.first.isoformat()}.ics",
                            [(self.tr("Calendar file (*.ics)"), "ics")],
                            lambda path: write_calendar(path, contents, names))

        self._worker.run(lambda: read_calendar(vault, first, last), ask, self._refused)

    def _refused(self, error: StillroomError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_error(error)

    def _saved(self, path: Path) -> None:
        self.result_label.setText(self.tr("Saved to {path}.").format(path=str(path)))
        self.result_label.show()

    def _failed(self, message: str) -> None:
        self.errors.show(None, message)
