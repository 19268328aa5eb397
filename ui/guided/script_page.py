"""A step that gives the therapist words to say, and the numbers they may use.

The scripts are read-only and selectable, one tab each (what to say if the client answers,
a voicemail, a text message...), with a Copy button that copies the shown one as a secret
(`ui.guided.clipboard`). Above them, the client's numbers with what the client agreed to on
each (call, voicemail, text), so the therapist knows which one to use and how.

Scripts for a voicemail, a text or anyone but the client never say what the practice is:
"about an appointment" or "a business matter", nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from models.enums import ContactChannel
from services.clients.client_records import ClientDetails, PhoneNumber
from ui.client_labels import consent_marks
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label
from ui.guided.clipboard import CLEAR_AFTER_MS, SecretCopy
from ui.guided.wizard import GuidedPage
from ui.plain_text import literal, plain_label

translate = QCoreApplication.translate
SCRIPT_LINES = 7


@dataclass(frozen=True)
class Script:
    """Words for one situation: a tab's `title`, the `text` to say or send, and the
    `channel` it needs (a voicemail or a text is offered only where a number allows it)."""

    title: str
    text: str
    channel: ContactChannel | None = None


class ScriptPage(GuidedPage):
    """Scripts to say or send, and the client's numbers with their consent marks.

    `scripts` is called each time the page is shown, so a script can follow choices made
    on earlier steps (the fee decided, say). Nothing is written for this step.
    """

    def __init__(self, title: str, subtitle: str = "",
                 scripts: Callable[[], Sequence[Script]] | None = None,
                 clipboard: SecretCopy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self._scripts = scripts
        self.clipboard = clipboard or SecretCopy.shared()
        self.numbers_caption = plain_label()
        self.numbers = QGridLayout()
        self.numbers.setHorizontalSpacing(16)
        self.numbers.setVerticalSpacing(2)
        self.no_contact = note_label()
        self.no_contact.setObjectName("do_not_contact")
        self.no_contact.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.no_contact.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("scripts")
        self.tabs.setDocumentMode(True)
        self.copy_button = QPushButton(translate("ScriptPage", "Copy"))
        self.copy_button.setObjectName("copy_script")
        self.copy_button.setToolTip(translate(
            "ScriptPage", "Copy the script shown. It is taken off the clipboard again after "
            "{seconds} seconds.").format(seconds=CLEAR_AFTER_MS // 1000))
        self.copy_button.clicked.connect(self.copy_shown)
        self._client: ClientDetails | None = None
        self._channels: list[ContactChannel | None] = []
        self.unavailable = note_label()
        self.unavailable.setObjectName("scripts_unavailable")
        self.unavailable.setStyleSheet(HINT_STYLE)
        self.unavailable.hide()
        self.copied = plain_label()
        self.copied.setStyleSheet(HINT_STYLE)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copied, 1)
        copy_row.addWidget(self.copy_button)
        self.body.addWidget(self.no_contact)
        self.body.addWidget(self.numbers_caption)
        self.body.addLayout(self.numbers)
        self.body.addSpacing(6)
        self.body.addWidget(self.tabs)
        self.body.addWidget(self.unavailable)
        self.body.addLayout(copy_row)
        self.let_grow(self.tabs)

    def initializePage(self) -> None:  # Qt's name: each time the page is reached by Next
        if self._scripts is not None:
            self.set_scripts(self._scripts())

    def facts_arrived(self) -> None:
        self.initializePage()  # the scripts name the client and the time, read just now

    def set_scripts(self, scripts: Sequence[Script]) -> None:
        shown = self.tabs.currentIndex()
        self.tabs.clear()
        self._channels = [script.channel for script in scripts]
        for script in scripts:
            text = QPlainTextEdit(script.text)
            text.setReadOnly(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            text.setAccessibleName(script.title)
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * SCRIPT_LINES + 12)
            self.tabs.addTab(text, script.title)
        self.tabs.setCurrentIndex(max(0, min(shown, len(scripts) - 1)))
        self.copied.clear()
        self._grey_out_unusable()

    def unusable(self) -> dict[ContactChannel, str]:
        """The channels no number of the client allows, each with why, for the tabs' hints."""
        client = self._client
        if client is None:
            return {}
        draft = client.draft
        name = draft.preferred_name or draft.full_name
        if not draft.numbers:
            why = translate("ScriptPage", "There is no phone number for {name}.").format(
                name=name)
            return {ContactChannel.VOICEMAIL: why, ContactChannel.TEXT: why}
        found = {}
        if not any(number.may_voicemail for number in draft.numbers):
            found[ContactChannel.VOICEMAIL] = translate(
                "ScriptPage", "{name} has not agreed to voicemail on any number.").format(
                    name=name)
        if not any(number.may_text for number in draft.numbers):
            found[ContactChannel.TEXT] = translate(
                "ScriptPage", "{name} has not agreed to text messages on any number (a "
                "landline cannot take them).").format(name=name)
        return found

    def _grey_out_unusable(self) -> None:
        """Voicemail and text tabs greyed out, with the reason, where no number allows them."""
        unusable = self.unusable()
        reasons = []
        for index, channel in enumerate(self._channels):
            why = unusable.get(channel) if channel is not None else None
            self.tabs.setTabEnabled(index, why is None)
            self.tabs.setTabToolTip(index, literal(why or ""))
            if why is not None:
                reasons.append(f"{self.tabs.tabText(index)}: {why}")
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)
        self.unavailable.setText("\n".join(reasons))
        self.unavailable.setVisible(bool(reasons))

    def script_texts(self) -> list[str]:
        return [self._text_at(index) for index in range(self.tabs.count())]

    def copy_shown(self) -> None:
        if self.tabs.count() == 0:
            return
        self.clipboard.copy(self._text_at(self.tabs.currentIndex()))
        self.copied.setText(translate(
            "ScriptPage", "Copied. The clipboard is cleared in {seconds} seconds.").format(
                seconds=self.clipboard.timer.interval() // 1000))

    def set_client(self, client: ClientDetails) -> None:
        """The client's numbers with their consent marks, their email address and their video
        handle (Skype, WhatsApp, Zoom...)."""
        self._client = client
        draft = client.draft
        name = draft.preferred_name or draft.full_name
        self.no_contact.setText(translate(
            "ScriptPage", "{name} asked not to be contacted. Please respect that unless it is "
            "urgent.").format(name=name))
        self.no_contact.setVisible(draft.do_not_contact)
        while self.numbers.count():
            item = self.numbers.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for row, number in enumerate(draft.numbers):
            self._add_number(row, number)
        row = len(draft.numbers)
        if draft.email:
            self.numbers.addWidget(self._selectable(draft.email), row, 0)
            self.numbers.addWidget(self._hint(translate("ScriptPage", "email")), row, 1)
            row += 1
        if draft.online_handle:  # where to find them for a session by video
            handle = self._selectable(draft.online_handle)
            handle.setObjectName("video_handle")
            self.numbers.addWidget(handle, row, 0)
            self.numbers.addWidget(self._hint(translate("ScriptPage", "video")), row, 1)
        if draft.numbers or draft.email or draft.online_handle:
            self.numbers_caption.setText(translate("ScriptPage", "How to reach {name}:")
                                         .format(name=name))
        else:
            self.numbers_caption.setText(translate(
                "ScriptPage", "There is no phone number or email address for {name} yet.")
                .format(name=name))
        self._grey_out_unusable()

    def _text_at(self, index: int) -> str:
        widget = self.tabs.widget(index)
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else ""

    def _add_number(self, row: int, number: PhoneNumber) -> None:
        shown = self._selectable(number.number)
        shown.setObjectName("phone_number")
        self.numbers.addWidget(shown, row, 0)
        self.numbers.addWidget(self._hint(number.label), row, 1)
        descriptions = []
        for column, (text, tooltip) in enumerate(consent_marks(number), start=2):
            mark = plain_label(text)
            mark.setObjectName("consent")
            mark.setToolTip(literal(tooltip))
            mark.setAccessibleName(tooltip)
            if text.startswith("✗"):
                mark.setStyleSheet(HINT_STYLE)
            self.numbers.addWidget(mark, row, column)
            descriptions.append(tooltip)
        shown.setAccessibleName(f"{number.number}. " + " ".join(descriptions))
        self.numbers.setColumnStretch(5, 1)

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = plain_label(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = plain_label(text)
        label.setStyleSheet(HINT_STYLE)
        return label
