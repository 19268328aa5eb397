"""The letter dialog's left side: what letter, in which language, to whom, and its words.

The widgets only: the dialog (`ui.letters.letter_dialog`) drafts, previews and keeps the
letter, and connects to them. Each field has its error row in the dialog's `FieldErrors`,
and the rows that settle what a letter cannot say yet sit where they belong: the fee under
the form, a missing address and "do not contact" under "To".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Language, LetterKind
from services.papers.letters import TerminationReason, client_letter_kinds
from services.vault.practice_vault import Vault
from ui.forms import HINT_STYLE, FieldErrors, Form, note_label
from ui.labels import language_name
from ui.letters.address_row import AddressRow
from ui.letters.do_not_contact_row import DoNotContactRow
from ui.letters.fee_question import FeeQuestion
from ui.letters.labels import letter_kind_label, termination_reason_label
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker


class LetterWords(QWidget):
    """The choices and the words of one letter, with `errors` rows under the fields."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, errors: FieldErrors,
                 kind: LetterKind | None, prevention: bool) -> None:
        super().__init__()
        self.errors = errors
        self.fee_question = FeeQuestion(vault, worker)
        self.address_row = AddressRow(vault, worker)
        self.do_not_contact = DoNotContactRow()
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.setAccessibleName(self.tr("Kind of letter"))
        for each in client_letter_kinds():
            self.kind.addItem(letter_kind_label(each), each)
        if kind is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setAccessibleName(self.tr("Why therapy ends"))
        self.reason.addItem(self.tr("Choose why…"), None)
        for reason in TerminationReason:
            self.reason.addItem(termination_reason_label(reason), reason)
        self.prevention = QCheckBox(self.tr("I have changed how I keep my diary, so that it "
                                            "does not happen again"))
        self.prevention.setObjectName("prevention")
        self.prevention.setChecked(prevention)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language of the letter"))
        for language in Language:
            self.language.addItem(language_name(language), language)
        self.recipient = plain_label()
        self.recipient.setObjectName("recipient")
        self.recipient.setAccessibleName(self.tr("Sent to"))
        self.recipient.setWordWrap(True)
        self.recipient.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setAccessibleName(self.tr("The letter's words"))
        self.body.setTabChangesFocus(True)
        self.edited_note = note_label()
        self.edited_note.setObjectName("edited_note")
        self.edited_note.setStyleSheet(HINT_STYLE)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("preview")
        self.preview_button.setAccessibleName(self.tr("Preview the letter"))
        self.preview_button.setDefault(True)

        form = Form()
        form.addRow(self.tr("Letter"), self.kind)
        self.errors.add_row(form, "kind")
        form.addRow(self.tr("Why it ends"), self.reason)
        caption = form.itemAtPosition(form.rowCount() - 1, 0)
        reason_caption = caption.widget() if caption is not None else None
        assert reason_caption is not None
        self.reason_caption = reason_caption
        self.errors.add_row(form, "reason")
        form.addRow("", self.prevention)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("To"), self.recipient)
        form.addRow("", self.address_row)
        form.addRow("", self.do_not_contact)
        self.errors.add_row(form, "despite", "despite_reason")
        form.addRow(self.tr("Subject"), self.subject)
        self.errors.add_row(form, "subject")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(form)
        column.addWidget(self.fee_question)
        column.addSpacing(6)
        column.addWidget(self.body, 1)
        self.errors.add_row(body_errors := Form(), "body")
        body_errors.setHorizontalSpacing(0)
        column.addLayout(body_errors)
        column.addWidget(self.edited_note)
        preview_row = QHBoxLayout()
        preview_row.addStretch()
        preview_row.addWidget(self.preview_button)
        column.addLayout(preview_row)

        self.show_reason()

    def show_reason(self) -> None:
        """The reason is asked only for a termination letter; the step taken only for an
        apology."""
        termination = self.kind.currentData() == LetterKind.TERMINATION
        self.reason.setVisible(termination)
        self.reason_caption.setVisible(termination)
        if not termination:
            self.errors.label("reason").hide()
        self.prevention.setVisible(self.kind.currentData() == LetterKind.APOLOGY)

    def kept(self) -> None:
        """The letter is kept with these words: closing the dialog now loses nothing."""
        self.subject.setModified(False)
        self.body.document().setModified(False)
        self.do_not_contact.reason.setModified(False)

    def body_text(self) -> str:
        """The body as typed. Not `toPlainText`, which turns the letter's no-break spaces (as
        in "17 November") into plain ones, so every letter would look edited."""
        return (self.body.document().toRawText()
                .replace("\u2029", "\n").replace("\u2028", "\n"))
