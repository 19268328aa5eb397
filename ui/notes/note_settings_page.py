"""Settings, Notes: the format a new note starts in, the days a note may stay unsigned, and
the practice's own formats (added, changed and retired at once, each on its own)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from models.enums import Language
from services.errors import StillroomError
from services.notes.note_formats import (
    FormatChoice,
    NoteSettings,
    format_choices,
    read_note_settings,
    retire_template,
)
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label
from ui.i18n import window_language
from ui.notes.template_dialog import TemplateDialog
from ui.plain_text import literal, plain_label
from ui.settings_fields import number_field, unit_row
from ui.settings_rows import hint_row, section_form
from ui.worker import DatabaseWorker, readable

NOTE_FIELDS = frozenset({"unsigned_note_days", "note_format"})


@dataclass(frozen=True)
class StoredNoteSettings:
    settings: NoteSettings
    choices: tuple[FormatChoice, ...]


def read_stored_note_settings(vault: Vault, language: Language) -> StoredNoteSettings:
    return StoredNoteSettings(read_note_settings(vault), format_choices(vault, language))


class NoteSettingsPage(QWidget):
    """The Notes section of Settings. `wanted()` is saved with the dialog's Save; the
    formats of the practice's own are saved as soon as each is added, changed or retired."""

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._settings = NoteSettings()
        self.dialog: TemplateDialog | None = None
        self.default_format = QComboBox()
        self.default_format.setObjectName("note_format")
        self.default_format.setAccessibleName(self.tr("New notes start as"))
        self.unsigned_days = number_field("unsigned_note_days")
        self.unsigned_days.setAccessibleName(self.tr("A note is overdue when unsigned for"))
        self.unsigned_days.valueChanged.connect(self._days_suffix)
        self.error = note_label()
        self.error.setObjectName("note_settings_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.templates = QListWidget()
        self.templates.setObjectName("templates")
        self.templates.setAccessibleName(self.tr("Your own formats"))
        self.templates.itemSelectionChanged.connect(self._enable)
        self.templates.itemActivated.connect(lambda _item: self.edit_template())
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add_template")
        self.add_button.clicked.connect(lambda: self._open_template(None))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setObjectName("edit_template")
        self.edit_button.clicked.connect(self.edit_template)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retire_template")
        self.retire_button.clicked.connect(self.ask_to_retire)

        column, form = section_form(self)
        form.addRow(self.tr("New notes start as"), self.default_format)
        form.addRow(self.tr("A note is overdue when unsigned for"), unit_row(self.unsigned_days))
        hint_row(form, self.tr(
            "Counted from the session's day. Closing the day lists a note left unsigned longer."))
        form.addRow("", self.error)
        own = plain_label(self.tr("Your own formats"))
        own_hint = note_label(self.tr(
            "Headings with prompts, for notes written your way. Saved as soon as you add, "
            "change or retire one; notes already written keep their headings."))
        own_hint.setStyleSheet(HINT_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch()
        column.addSpacing(12)
        column.addWidget(own)
        column.addWidget(own_hint)
        column.addWidget(self.templates, 1)
        column.addLayout(buttons)
        self._enable()

    # Reading ------------------------------------------------------------------------------

    def load(self) -> None:
        vault, language = self._vault, window_language()
        self._worker.run(lambda: read_stored_note_settings(vault, language), self.fill,
                         self.show_error)

    def fill(self, stored: StoredNoteSettings) -> None:
        """Show the settings and formats as stored; the default chosen a moment ago is kept
        when it is still offered."""
        wanted = self.wanted() if self.default_format.count() else stored.settings
        self._settings = stored.settings
        self.default_format.clear()
        self.templates.clear()
        for choice in stored.choices:
            self.default_format.addItem(choice.name, choice)
            if choice.template_id is not None:
                item = QListWidgetItem(choice.name)
                item.setData(QListWidgetItem.ItemType.UserType.value, choice)
                self.templates.addItem(item)
        index = next((i for i, c in enumerate(stored.choices)
                      if (c.format, c.template_id) == (wanted.note_format,
                                                       wanted.note_template_id)), 0)
        self.default_format.setCurrentIndex(index)
        if not self.unsigned_days.hasFocus():
            self.unsigned_days.setValue(stored.settings.unsigned_note_days)
        self._days_suffix(self.unsigned_days.value())
        self._enable()

    def wanted(self) -> NoteSettings:
        choice: FormatChoice | None = self.default_format.currentData()
        if choice is None:
            return NoteSettings(self.unsigned_days.value(), self._settings.note_format,
                                self._settings.note_template_id)
        return NoteSettings(self.unsigned_days.value(), choice.format, choice.template_id)

    def show_error(self, error: StillroomError) -> None:
        self.error.setText(readable(error))
        self.error.show()

    # The practice's own formats -----------------------------------------------------------

    def chosen(self) -> FormatChoice | None:
        item = self.templates.currentItem()
        if item is None or not item.isSelected():
            return None
        choice: FormatChoice = item.data(QListWidgetItem.ItemType.UserType.value)
        return choice

    def edit_template(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self._open_template(chosen)

    def _open_template(self, template: FormatChoice | None) -> None:
        self.dialog = TemplateDialog(self._vault, self._worker, template, window_language(),
                                     self)
        self.dialog.saved.connect(lambda _id: self.load())
        self.dialog.open()

    def ask_to_retire(self) -> QMessageBox | None:
        chosen = self.chosen()
        if chosen is None or chosen.template_id is None:
            return None
        template_id = chosen.template_id
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Retire a format"), literal(
            self.tr("No longer offer “{name}” for new notes? The notes written in it keep "
                    "it.").format(name=chosen.name)), parent=self)
        retire = box.addButton(self.tr("Retire"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        vault = self._vault
        box.finished.connect(lambda _result: self._worker.run(
            lambda: retire_template(vault, template_id), lambda _none: self.load(),
            self.show_error) if box.clickedButton() is retire else None)
        box.open()
        return box

    def _enable(self) -> None:
        chosen = self.chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen)

    def _days_suffix(self, days: int) -> None:
        self.unsigned_days.setSuffix(self.tr(" day") if days == 1 else self.tr(" days"))
