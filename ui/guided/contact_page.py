"""A step that records a call, voicemail, text or email: how it went, and what follows."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QPlainTextEdit, QWidget

from models.enums import ContactChannel, ContactOutcome
from services import validation
from services.clients.client_records import ClientDetails
from services.errors import InvalidValue
from services.hard_moments.session_decision import ContactRecord
from ui.client_labels import channel_label, day_text, outcome_label
from ui.dates import qdate
from ui.forms import HINT_STYLE, Form, note_label, text_lines
from ui.guided.wizard import GuidedPage

translate = QCoreApplication.translate
CHANNELS = (ContactChannel.CALL, ContactChannel.VOICEMAIL, ContactChannel.TEXT,
            ContactChannel.EMAIL)
OUTCOMES = (ContactOutcome.REACHED, ContactOutcome.VOICEMAIL, ContactOutcome.NO_ANSWER,
            ContactOutcome.WRONG_NUMBER, ContactOutcome.DECLINED, ContactOutcome.SENT)
# The outcome that goes without saying for a channel; a call's has to be chosen.
SUGGESTED = {ContactChannel.VOICEMAIL: ContactOutcome.VOICEMAIL,
             ContactChannel.TEXT: ContactOutcome.SENT, ContactChannel.EMAIL: ContactOutcome.SENT}
NOTE_LIMIT = 5000
FOLLOW_UP_DAYS = 7


class ContactOutcomePage(GuidedPage):
    """How the client was contacted and how it went, a short note, an optional follow-up.

    `reason` is the contact log's reason ("After a missed session"), given by the dialog.
    Collects a `ContactRecord` (`record()`), which the dialog's decision carries.
    """

    def __init__(self, title: str, subtitle: str = "", reason: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.reason = reason
        self._client: ClientDetails | None = None
        self._suggested: ContactOutcome | None = None
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for channel in CHANNELS:
            self.channel.addItem(channel_label(channel), channel)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for outcome in OUTCOMES:
            self.outcome.addItem(outcome_label(outcome), outcome)
        self.outcome.setPlaceholderText(translate("ContactOutcomePage", "Choose how it went"))
        self.outcome.setCurrentIndex(-1)
        self.consent_hint = note_label()
        self.consent_hint.setObjectName("consent_hint")
        self.consent_hint.setStyleSheet(HINT_STYLE)
        self.consent_hint.hide()
        self.note = text_lines(3, QPlainTextEdit())
        self.note.setObjectName("contact_note")
        self.note.setPlaceholderText(translate(
            "ContactOutcomePage", "A few words: what was said, what was agreed (optional)"))
        self.follow_up = QCheckBox(translate("ContactOutcomePage", "Follow up on"))
        self.follow_up.setObjectName("follow_up")
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setObjectName("follow_up_on")
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        follow_row.addStretch()
        follow_widget = QWidget()
        follow_widget.setLayout(follow_row)
        follow_row.setContentsMargins(0, 0, 0, 0)

        form = Form()
        form.setVerticalSpacing(8)
        form.addRow(translate("ContactOutcomePage", "How"), self.channel)
        form.addRow("", self.consent_hint)
        form.addRow(translate("ContactOutcomePage", "How it went"), self.outcome)
        self.errors.add_row(form, "outcome")
        form.addRow(translate("ContactOutcomePage", "Note"), self.note)
        self.errors.add_row(form, "note", "contact_note")
        form.addRow("", follow_widget)
        self.errors.add_row(form, "follow_up_on")
        self.body.addLayout(form)
        self.channel.currentIndexChanged.connect(self._channel_changed)

    def set_client(self, client: ClientDetails, today: date) -> None:
        """For the consent hints, and a follow-up a week from `today` to start from."""
        self._client = client
        self.follow_up_on.setDate(qdate(today + timedelta(days=FOLLOW_UP_DAYS)))
        self._channel_changed()

    def check(self) -> bool:
        if self.outcome.currentIndex() < 0:
            self.errors.show("outcome", translate(
                "ContactOutcomePage", "Please choose how it went, or skip this step."))
            return False
        try:
            validation.text(self.note.toPlainText(), "note", limit=NOTE_LIMIT)
        except InvalidValue as error:
            self.show_error(error)
            return False
        return True

    def record(self) -> ContactRecord | None:
        """What was recorded; None when the step was skipped or not reached."""
        if not self.taken() or self.outcome.currentIndex() < 0:
            return None
        picked = self.follow_up_on.date()
        follow_up = (date(picked.year(), picked.month(), picked.day())
                     if self.follow_up.isChecked() else None)
        return ContactRecord(self.channel.currentData(), self.outcome.currentData(),
                             self.reason, self.note.toPlainText().strip(), follow_up)

    def summary(self) -> list[str]:
        record = self.record()
        if record is None:
            return []
        lines = [translate("ContactOutcomePage", "Contact: {channel}, {outcome}.").format(
            channel=channel_label(record.channel), outcome=outcome_label(record.outcome))]
        if record.note:
            lines.append(record.note)
        if record.follow_up_on is not None:
            lines.append(translate("ContactOutcomePage", "Follow up on {day}.").format(
                day=day_text(record.follow_up_on)))
        return lines

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        suggested = SUGGESTED.get(channel)
        if self.outcome.currentIndex() < 0 or self.outcome.currentData() == self._suggested:
            # only what was suggested is replaced, never what the therapist chose
            self.outcome.setCurrentIndex(self.outcome.findData(suggested) if suggested else -1)
            self._suggested = suggested
        hint = self._consent_hint(channel)
        self.consent_hint.setText(hint)
        self.consent_hint.setVisible(bool(hint))

    def _consent_hint(self, channel: ContactChannel) -> str:
        if self._client is None:
            return ""
        draft = self._client.draft
        name = draft.preferred_name or draft.full_name
        if channel == ContactChannel.EMAIL:
            return "" if draft.email else translate(
                "ContactOutcomePage", "There is no email address for {name}.").format(name=name)
        allowed = {ContactChannel.CALL: any(n.may_call for n in draft.numbers),
                   ContactChannel.VOICEMAIL: any(n.may_voicemail for n in draft.numbers),
                   ContactChannel.TEXT: any(n.may_text for n in draft.numbers)}
        if allowed.get(channel, True):
            return ""
        return {
            ContactChannel.CALL: translate(
                "ContactOutcomePage", "{name} has not agreed to calls on any number."),
            ContactChannel.VOICEMAIL: translate(
                "ContactOutcomePage", "{name} has not agreed to voicemail on any number."),
            ContactChannel.TEXT: translate(
                "ContactOutcomePage", "{name} has not agreed to text messages on any number."),
        }[channel].format(name=name)
