"""A format of the practice's own: its name, its language, and headings with prompts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from models.enums import Language
from services.errors import StillroomError
from services.notes.note_formats import MAX_SECTIONS, FormatChoice, TemplateDraft, save_template
from services.vault.practice_vault import Vault
from ui.forms import ERROR_STYLE, FieldErrors, Form, dialog_layout, note_label, refit
from ui.labels import language_name
from ui.plain_text import plain_label
from ui.typed_text import main_button, may_close
from ui.worker import DatabaseWorker, readable


class TemplateDialog(QDialog):
    """Add a format (`template` None) or change one; `saved(template id)` after Save."""

    saved = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, template: FormatChoice | None,
                 language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self.template_id = None if template is None else template.template_id
        self.setWindowTitle(self.tr("A format of your own") if template is None
                            else self.tr("Change a format"))
        self.errors = FieldErrors(plain_label())
        self.name = QLineEdit()
        self.name.setObjectName("template_name")
        self.language = QComboBox()
        self.language.setObjectName("template_language")
        for member in Language:
            self.language.addItem(language_name(member), member)
        chosen = language if template is None else template.language
        self.language.setCurrentIndex(self.language.findData(chosen))
        form = Form()
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Name"), self.name)
        self.errors.add_row(form, "name", "template_name")
        form.addRow(self.tr("Language"), self.language)

        self.rows: list[tuple[QLineEdit, QLineEdit]] = []
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self.grid.addWidget(plain_label(self.tr("Heading")), 0, 0)
        self.grid.addWidget(plain_label(self.tr("Prompt shown under it (optional)")), 0, 1)
        self.row_error = note_label()
        self.row_error.setObjectName("sections_error")
        self.row_error.setStyleSheet(ERROR_STYLE)
        self.row_error.hide()
        self.add_button = QPushButton(self.tr("Add a heading"))
        self.add_button.setObjectName("add_heading")
        self.add_button.clicked.connect(lambda: self.add_heading("", ""))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_template")
        self.save_button.clicked.connect(self.save)
        main_button(self.save_button, cancel, self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = dialog_layout(self)
        layout.addLayout(form)
        layout.addSpacing(10)
        layout.addLayout(self.grid)
        layout.addWidget(self.row_error)
        layout.addWidget(self.errors.label(None))
        layout.addSpacing(10)
        layout.addLayout(buttons)
        if template is None:
            self.add_heading("", "")
        else:
            self.name.setText(template.name)
            for section in template.sections:
                self.add_heading(section.heading, section.prompt)

    def add_heading(self, heading: str, prompt: str) -> None:
        row = len(self.rows) + 1
        heading_field, prompt_field = QLineEdit(heading), QLineEdit(prompt)
        heading_field.setObjectName(f"heading_{row}")
        heading_field.setAccessibleName(self.tr("Heading {number}").format(number=row))
        prompt_field.setObjectName(f"prompt_{row}")
        prompt_field.setAccessibleName(self.tr("Prompt {number}").format(number=row))
        self.grid.addWidget(heading_field, row, 0)
        self.grid.addWidget(prompt_field, row, 1)
        self.rows.append((heading_field, prompt_field))
        self.add_button.setEnabled(len(self.rows) < MAX_SECTIONS)
        heading_field.setFocus()
        refit(heading_field)

    def draft(self) -> TemplateDraft:
        """The format as typed; rows with neither heading nor prompt are left out."""
        sections = tuple((h.text(), p.text()) for h, p in self.rows if h.text() or p.text())
        return TemplateDraft(self.name.text(), Language(self.language.currentData()), sections)

    def save(self) -> None:
        self.errors.clear()
        self.row_error.hide()
        vault, draft, template_id = self._vault, self.draft(), self.template_id
        self.save_button.setEnabled(False)
        self._worker.run(lambda: save_template(vault, draft, template_id), self._saved,
                         self._not_saved)

    def _saved(self, template_id: int) -> None:
        self.saved.emit(template_id)
        self.accept()

    def reject(self) -> None:
        """Esc, Cancel and the close button ask before headings typed are lost."""
        if may_close(self):
            super().reject()

    def _not_saved(self, error: StillroomError) -> None:
        self.save_button.setEnabled(True)
        if error.field is not None and error.field.startswith("sections"):
            self.row_error.setText(readable(error))
            self.row_error.show()
            refit(self.row_error)
        else:
            self.errors.show_error(error)
