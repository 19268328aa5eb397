"""A step for the therapist's own words: a prompt, and room to write."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from services import validation
from services.errors import InvalidValue
from ui.forms import HINT_STYLE, note_label, text_lines
from ui.guided.wizard import GuidedPage

translate = QCoreApplication.translate
NOTE_LIMIT = 10_000
NOTE_LINES = 8


class NotePage(GuidedPage):
    """A free-text note under a `prompt` (a question to think about, say).

    Collects `text()` ('' when skipped or left empty). A dialog folds it into its own chart
    entry or, when the page is `private`, writes it as the therapist's private reflection,
    and the page says so on screen.
    """

    def __init__(self, title: str, subtitle: str = "", prompt: str = "",
                 placeholder: str = "", parent: QWidget | None = None, *,
                 private: bool = False) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.private_hint = note_label(translate(
            "NotePage", "Private: kept apart from the client's record. It never goes into "
            "the record, a letter or an export."))
        self.private_hint.setObjectName("private_hint")
        self.private_hint.setStyleSheet(HINT_STYLE)
        self.private_hint.setVisible(private)
        self.prompt = note_label(prompt)
        self.prompt.setObjectName("note_prompt")
        self.prompt.setVisible(bool(prompt))
        self.editor = text_lines(NOTE_LINES, QPlainTextEdit())
        self.editor.setObjectName("note")
        self.editor.setAccessibleName(prompt or title)
        self.editor.setPlaceholderText(placeholder)
        self.body.addWidget(self.private_hint)
        self.body.addWidget(self.prompt)
        self.body.addWidget(self.editor)
        self.let_grow(self.editor)

    def check(self) -> bool:
        try:
            validation.text(self.editor.toPlainText(), "text", limit=NOTE_LIMIT)
        except InvalidValue as error:
            self.show_error(error)
            return False
        return True

    def text(self) -> str:
        return self.editor.toPlainText().strip() if self.taken() else ""

