"""The last step of a guided dialog: what Finish will do, in a few lines, and room for a last
word for the chart entry. The cancellation and the no-show dialogs end with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from services import validation
from services.errors import InvalidValue
from ui.forms import Form, note_label, text_lines
from ui.guided.wizard import GuidedPage

translate = QCoreApplication.translate


class FinishPage(GuidedPage):
    """What Finish will do, in a few lines, and room for a last word for the chart."""

    def __init__(self, title: str, subtitle: str, outline: Callable[[], list[str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, skippable=False, parent=parent)
        self.outline = outline
        self.plan = note_label()
        self.plan.setObjectName("finish_plan")
        self.note = text_lines(3, QPlainTextEdit())
        self.note.setObjectName("finish_note")
        self.note.setPlaceholderText(translate(
            "FinishPage", "Anything else for the chart entry (optional)"))
        note = Form()
        note.setHorizontalSpacing(0)
        note.addRow("", self.note)
        self.errors.add_row(note, "text", "finish_note")
        self.body.addWidget(self.plan)
        self.body.addSpacing(12)
        self.body.addLayout(note)

    def initializePage(self) -> None:  # Qt's name: each time the page is reached by Next
        self.plan.setText("\n".join(f"•  {line}" for line in self.outline()))

    def check(self) -> bool:
        try:
            validation.text(self.note.toPlainText(), "text", limit=5000)
        except InvalidValue as error:
            self.show_error(error)
            return False
        return True

    def text(self) -> str:
        return self.note.toPlainText().strip()
