"""The "I missed this session" dialog: the therapist forgot, and puts it right.

Mark it missed by the therapist (no fee is ever proposed for that); words to apologise and
take responsibility, and discreet ones for a voicemail or a text; how the contact went; a new
time; letting go of what was charged, and of the next session's fee if the therapist wishes;
what went wrong and one step so it does not happen again.

Finish writes the whole decision at once, or nothing: the status, the contact log entry, the
new booking, the waivers (the session just booked may be the next one whose fee is waived),
reminders turned on when that is the step chosen, and one chart entry, "I missed this
session", that says all of it. Then, if asked on the apology step, the apology letter opens.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from models.enums import (
    AppointmentStatus,
    BookAction,
    ContactChannel,
    ContactReason,
    LetterKind,
    WaiverReason,
)
from services import validation
from services.calendar.appointments import CalendarEntry
from services.clients.contact_reasons import reason_code
from services.errors import InvalidValue
from services.hard_moments.session_decision import ChartEntry, SessionDecision
from services.vault.practice_vault import Vault
from ui.client_labels import time_text, when_text
from ui.dates import local_text
from ui.forms import HINT_STYLE, Form, note_label, text_lines
from ui.guided.confirm_page import ConfirmPage
from ui.guided.contact_page import ContactOutcomePage
from ui.guided.discreet_words import someone_else
from ui.guided.facts import SessionFacts
from ui.guided.note_page import NOTE_LIMIT
from ui.guided.reschedule_page import ReschedulePage
from ui.guided.script_page import Script, ScriptPage
from ui.guided.waiver_page import WaiverFacts, WaiverPage, read_waiver_facts
from ui.guided.wizard import GuidedDialog, GuidedPage
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate
STATUS_GROUP = "status"
OTHER_LIMIT = 200

if TYPE_CHECKING:
    from ui.letters.letter_dialog import LetterDialog


class Prevention(enum.StrEnum):
    REMINDERS = "reminders"
    REVIEW = "review"
    GAPS = "gaps"
    OTHER = "other"


class PreventionPage(GuidedPage):
    """What went wrong, in a few words, and one step so that it does not happen again.

    "Turn on reminders" changes the practice's setting (`turns_reminders_on()`); the other
    steps are the therapist's own, and like the rest they go in the chart (`summary()`).
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.reminders_on = False
        self.what = text_lines(3, QPlainTextEdit())
        self.what.setObjectName("what_happened")
        what_caption = translate("PreventionPage", "What happened?")
        self.what.setAccessibleName(what_caption)
        self.what.setPlaceholderText(translate(
            "PreventionPage", "Plainly, in a sentence or two: for you, not for the client"))
        self.choices = QButtonGroup(self)
        self.buttons: dict[Prevention, QRadioButton] = {}
        for step, text in (
            (Prevention.REMINDERS, translate("PreventionPage", "Turn on reminders")),
            (Prevention.REVIEW,
             translate("PreventionPage", "Review tomorrow's sessions at the end of each day")),
            (Prevention.GAPS, translate("PreventionPage", "Block time between sessions")),
            (Prevention.OTHER, translate("PreventionPage", "Something else:")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"prevent_{step.value}")
            self.choices.addButton(button)
            self.buttons[step] = button
        self.other = QLineEdit()
        self.other.setObjectName("prevent_other_text")
        self.other.setAccessibleName(translate("PreventionPage", "Something else"))
        self.other.setPlaceholderText(translate("PreventionPage", "What you will do"))
        self.reminders_hint = note_label()
        self.reminders_hint.setObjectName("reminders_hint")
        self.reminders_hint.setStyleSheet(HINT_STYLE)

        what = Form()
        what.setHorizontalSpacing(0)
        what.addRow("", self.what)
        self.errors.add_row(what, "text", "what_happened")
        self.body.addWidget(note_label(what_caption))
        self.body.addLayout(what)
        self.body.addSpacing(8)
        self.body.addWidget(note_label(translate(
            "PreventionPage", "One step so that it does not happen again:")))
        for step, button in self.buttons.items():
            self.body.addWidget(button)
            if step == Prevention.REMINDERS:
                hint = _under_choice()
                hint.addRow("", self.reminders_hint)
                self.body.addLayout(hint)
        other = _under_choice()
        other.addRow("", self.other)
        self.errors.add_row(other, "other", "prevent_other_text")
        self.body.addLayout(other)
        self.choices.buttonToggled.connect(lambda _button, _on: self._enable())
        self._enable()

    def set_reminders(self, on: bool) -> None:
        """Whether the practice's reminders are on already (then there is nothing to turn on)."""
        self.reminders_on = on
        button = self.buttons[Prevention.REMINDERS]
        button.setEnabled(not on)
        self.reminders_hint.setText(
            translate("PreventionPage", "Reminders are on already.") if on
            else translate("PreventionPage", "Stillroom reminds you when a call or follow-up is "
                           "due. You can turn them off again in Settings."))

    def chosen(self) -> Prevention | None:
        for step, button in self.buttons.items():
            if button.isChecked():
                return step
        return None

    def check(self) -> bool:
        try:
            validation.text(self.what.toPlainText(), "text", limit=NOTE_LIMIT)
            validation.text(self.other.text(), "other", multiline=False, limit=OTHER_LIMIT)
        except InvalidValue as error:
            self.show_error(error)
            return False
        if self.chosen() == Prevention.OTHER and not self.other.text().strip():
            self.errors.show("other", translate(
                "PreventionPage", "Please say what you will do, or choose another step."))
            return False
        return True

    def what_happened(self) -> str:
        return self.what.toPlainText().strip() if self.taken() else ""

    def step_text(self) -> str:
        """The step chosen, in words; '' when none was (or the page was skipped)."""
        step = self.chosen() if self.taken() else None
        if step is None:
            return ""
        if step == Prevention.OTHER:
            return self.other.text().strip()
        return self.buttons[step].text()

    def turns_reminders_on(self) -> bool:
        """Reminders are to be turned on: the step chosen, and they are off now."""
        return (self.taken() and self.chosen() == Prevention.REMINDERS
                and not self.reminders_on)

    def summary(self) -> list[str]:
        found: list[str] = []
        what, step = self.what_happened(), self.step_text()
        if what:
            found.extend((translate("PreventionPage", "What happened:"), what))
        if step:
            found.append(translate("PreventionPage", "So that it does not happen again: {step}.")
                         .format(step=step.rstrip(".")))
        return found

    def _enable(self) -> None:
        self.other.setEnabled(self.chosen() == Prevention.OTHER)


def _under_choice() -> Form:
    """A row set in under a choice, in line with the choice's words."""
    form = Form()
    form.setHorizontalSpacing(0)
    form.setContentsMargins(24, 0, 0, 4)
    return form


class MissedByMeDialog(GuidedDialog):
    """The therapist missed the session: the guided way to own it and put it right."""

    FEE_AS = None  # no fee is proposed for a session the therapist missed
    OFFERS_SLOTS = True

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, entry, now, parent)
        self.setWindowTitle(self.tr("I missed this session"))
        self.confirm = self.add_step(ConfirmPage(
            self.tr("Mark it as missed by you"),
            self.tr("It happens to careful people too. What matters now is how you repair it.")))
        self.script = self.add_step(ScriptPage(
            self.tr("Apologise"),
            self.tr("Own it, without excuses, and listen. If someone else answers, say only "
                    "that you are calling about an appointment."),
            scripts=self.scripts))
        self.apology_letter = QCheckBox(self.tr("Write an apology letter after Finish"))
        self.apology_letter.setObjectName("write_apology")
        self.apology_letter.setToolTip(self.tr(
            "The letter opens once the session is marked as missed by you."))
        self.script.body.addWidget(self.apology_letter)
        self.letter_dialog: LetterDialog | None = None
        self.accepted.connect(self._write_apology)
        self.contact = self.add_step(ContactOutcomePage(
            self.tr("How it went"),
            self.tr("Record the call or message, so the client's contact history shows it."),
            reason=reason_code(ContactReason.AFTER_MISSED_BY_ME)))
        self.reschedule = self.add_step(ReschedulePage(
            self.tr("A new time"),
            self.tr("Free times over the next two weeks, in date order, their usual day and "
                    "time marked; by phone or video too.")))
        self.waiver = self.add_step(WaiverPage(
            self.tr("Let the fee go"),
            self.tr("The client does not pay for a session you missed. You may waive the next "
                    "one too."),
            default_reason=WaiverReason.THERAPIST_ERROR, booked=self._booked))
        self.prevention = self.add_step(PreventionPage(
            self.tr("What went wrong"),
            self.tr("For you: what happened, and one step so that it does not happen again.")))
        self.load()

    def load(self) -> None:
        """The session's facts, and then what is charged for it and the client's next session."""
        super().load()
        vault, entry, now = self.vault, self.entry, self.now
        self.worker.run(lambda: read_waiver_facts(vault, entry, now), self._waiver_read,
                        self.waiver.load_failed)

    def _waiver_read(self, waiver: WaiverFacts) -> None:
        facts = self.facts
        if facts is None:  # the session's facts could not be read: that error is shown
            self.waiver.load_failed(None)
            return
        self.waiver.set_facts(waiver, facts.currency, facts.zone, facts.client_name)

    def _write_apology(self) -> None:
        """After Finish, the letter dialog for this session, when the therapist asked for it
        (the letter is about a session marked missed by the therapist, so not before)."""
        if self.apology_letter.isChecked():
            from ui.letters.letter_dialog import open_letter_dialog  # QtPdf, when wanted

            self.letter_dialog = open_letter_dialog(
                self.parentWidget(), self.vault, self.worker, self.entry.client_id,
                LetterKind.APOLOGY, self.entry.id,
                prevention=bool(self.prevention.step_text()))  # the letter claims only that

    def _booked(self) -> datetime | None:
        booking = self.reschedule.booking()
        return booking.starts_at if booking is not None else None

    def fill(self, facts: SessionFacts) -> None:
        self.confirm.show_session(facts)
        already = facts.entry.status == AppointmentStatus.MISSED_BY_THERAPIST
        self.confirm.set_text("\n\n".join((
            self.tr("This session is already marked as missed by you.") if already
            else self.tr("When you press Finish, this session is marked as missed by you. No "
                         "fee is proposed for a session you missed."),
            self.tr("The next steps help with the rest: words to apologise to {name}, a record "
                    "of how it went, a new time, letting the fee go, and one step so that it "
                    "does not happen again. Skip any step you do not need; nothing is saved "
                    "until you press Finish.").format(name=facts.client_name))))
        self.script.set_client(facts.client)
        self.contact.set_client(facts.client, facts.today)
        self.reschedule.set_slots(facts.slots, facts.zone, facts.today)
        self.prevention.set_reminders(facts.settings.reminders)

    # What Finish writes

    def decision(self) -> SessionDecision:
        facts = self.facts
        assert facts is not None  # Finish waits for the facts
        marking = self.entry.status != AppointmentStatus.MISSED_BY_THERAPIST
        return SessionDecision(
            BookAction.MISSED_BY_ME, self.entry.id,
            status=AppointmentStatus.MISSED_BY_THERAPIST if marking else None,
            contact=self.contact.record(), booking=self.reschedule.booking(),
            waiver=self.waiver.waiver(self.now),
            reminders_on=self.prevention.turns_reminders_on(),
            chart=ChartEntry(facts.today, self.tr("I missed this session"), self.chart_text()))

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        return {"status": self.confirm, "contact": self.contact, "booking": self.reschedule,
                "waiver": self.waiver, "reminders": self.prevention}

    def chart_text(self) -> str:
        facts = self.facts
        assert facts is not None
        lines = [self.tr("I missed the session on {when}.").format(
            when=when_text(facts.entry.starts_at, facts.zone))]
        for page in (self.contact, self.reschedule, self.waiver, self.prevention):
            lines.extend(page.summary())
        return "\n".join(lines)

    # The scripts

    def scripts(self) -> list[Script]:
        if self.facts is None:
            return []
        return [Script(self.tr("If they answer"), self.call_script(), ContactChannel.CALL),
                someone_else(self.facts),
                Script(self.tr("Voicemail"), self.voicemail_script(), ContactChannel.VOICEMAIL),
                Script(self.tr("Text message"), self.text_script(), ContactChannel.TEXT)]

    def call_script(self) -> str:
        """Apologise and own it, name how it may have felt, say plainly what happened, say
        the work matters, offer a new time, and ask how it was for them."""
        facts = self.facts
        assert facts is not None
        name, therapist = facts.client_name, facts.settings.therapist_name
        starts = facts.entry.starts_at
        at = time_text(starts, facts.zone)
        today = starts.astimezone(facts.zone).date() == facts.today
        return "\n\n".join((
            self.tr("Hello {name}, it's {therapist}.").format(name=name, therapist=therapist)
            if therapist else self.tr("Hello {name}.").format(name=name),
            self.tr("I missed our session today at {time}. That was my mistake, and I'm truly "
                    "sorry.").format(time=at) if today
            else self.tr("I missed our session on {day} at {time}. That was my mistake, and I'm "
                         "truly sorry.").format(
                             day=local_text(starts, facts.zone, "dddd d MMMM"), time=at),
            self.tr("You set that time aside and I wasn't there. It may have felt "
                    "disappointing, or upsetting, to wait for me; that would be completely "
                    "understandable."),
            self.tr("What happened is simply that [say in a sentence what happened]. That is "
                    "not an excuse: being there for our sessions is my responsibility."),
            self.tr("Our work together matters to me, and I am committed to it. I am taking "
                    "steps so that it does not happen again, and you will not pay for the "
                    "session I missed."),
            self.tr("I'd like to offer you another time soon. I have some free times over the "
                    "next two weeks, and we can meet by phone or video if that is easier."),
            self.tr("And I'd like to hear how it was for you, now or when we meet, whenever "
                    "feels right. You can tell me anything about it."),
            self.tr("Thank you for hearing me out."),
        ))

    def voicemail_script(self) -> str:
        """Who is calling and a request to call back about an appointment: nothing more,
        since anyone may hear it."""
        facts = self.facts
        assert facts is not None
        therapist, phone = facts.settings.therapist_name, facts.settings.phone
        said = [self.tr("Hello, this is a message for {name}.").format(name=facts.client_name)]
        if therapist:
            said.append(self.tr("It's {therapist}.").format(therapist=therapist))
        said.append(
            self.tr("Could you call me back about an appointment when you have a moment, on "
                    "{phone}?").format(phone=phone) if phone
            else self.tr("Could you call me back about an appointment when you have a moment?"))
        said.append(self.tr("Thank you, goodbye."))
        return " ".join(said)

    def text_script(self) -> str:
        """A text anyone holding the phone may read: who it is and an appointment, no more."""
        facts = self.facts
        assert facts is not None
        therapist = facts.settings.therapist_name
        return " ".join((
            self.tr("Hello {name}, it's {therapist}.").format(
                name=facts.client_name, therapist=therapist) if therapist
            else self.tr("Hello {name}.").format(name=facts.client_name),
            self.tr("Could you call me back about an appointment when you have a moment? "
                    "Thank you."),
        ))
