"""The first step of a guided dialog: which session it is about, and what will be marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.client_labels import when_text
from ui.forms import HINT_STYLE, note_label
from ui.guided.facts import SessionFacts
from ui.guided.wizard import GuidedPage
from ui.labels import modality_label, status_label
from ui.plain_text import plain_label

translate = QCoreApplication.translate


class ConfirmPage(GuidedPage):
    """The session (client, day and time, way of meeting, status now) and a few words on
    what the dialog will do with it. Not skippable: it is the dialog's own decision; Cancel
    leaves everything as it was. The dialog's decision for it is the status change.
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, skippable=False, parent=parent)
        self.card = QFrame()
        self.card.setObjectName("session_card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(14, 10, 14, 10)
        self.client = plain_label()
        self.client.setObjectName("session_client")
        font = QFont(self.client.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.client.setFont(font)
        self.when = plain_label()
        self.when.setObjectName("session_when")
        self.details = plain_label()
        self.details.setStyleSheet(HINT_STYLE)
        for label in (self.client, self.when, self.details):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            card.addWidget(label)
        self.text = note_label()
        self.text.setObjectName("confirm_text")
        self.body.addWidget(self.card)
        self.body.addSpacing(6)
        self.body.addWidget(self.text)

    def show_session(self, facts: SessionFacts) -> None:
        entry = facts.entry
        self.client.setText(facts.client_name)
        self.when.setText(when_text(entry.starts_at, facts.zone))
        self.details.setText(translate("ConfirmPage", "{minutes} min · {modality} · {status}")
                             .format(minutes=entry.length_minutes,
                                     modality=modality_label(entry.modality),
                                     status=status_label(entry.status)))

    def set_text(self, text: str) -> None:
        """What the dialog will do, and how (in a sentence or two; paragraphs split by a
        blank line)."""
        self.text.setText(text)
