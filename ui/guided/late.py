"""The "client is late" dialog: a call to check on them, how it went, and what happened.

Opened when a booked session is past its late-call minutes with no arrival marked. The
first step says who is late and by how much, with the client's numbers and what each may
be used for, a friendly call script and a voicemail and a text that say only "an
appointment". Then the call's outcome, then what happened: on their way (attended late,
arriving now), not coming (a no-show; the no-show dialog takes the fee and a new time, so
`no_show_chosen` asks the window to open it after Finish), or nothing yet.

Finish writes the whole decision at once, or nothing: the status, the contact log entry,
one chart entry "Late".
"""

from __future__ import annotations

import enum
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QDialog, QRadioButton, QVBoxLayout, QWidget

from models.enums import AppointmentStatus, BookAction, ContactChannel, ContactReason, Modality
from services.calendar.appointments import CalendarEntry
from services.clients.contact_reasons import reason_code
from services.hard_moments.session_decision import ChartEntry, SessionDecision
from services.vault.practice_vault import Vault
from ui.client_labels import time_text, when_text
from ui.forms import HINT_STYLE, Form, note_label
from ui.guided.contact_page import ContactOutcomePage
from ui.guided.discreet_words import someone_else
from ui.guided.facts import SessionFacts
from ui.guided.script_page import Script, ScriptPage
from ui.guided.wizard import GuidedDialog, GuidedPage
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate
INDENT = 26  # hints under a choice, set in from it


class LateOutcome(enum.StrEnum):
    ON_THEIR_WAY = "on_their_way"
    NOT_COMING = "not_coming"
    LEAVE = "leave"


def minutes_late(facts: SessionFacts) -> int:
    """Whole minutes since the session began (0 before it has)."""
    return max(0, int((facts.now - facts.entry.starts_at) / timedelta(minutes=1)))


class WhatHappenedPage(GuidedPage):
    """On their way, not coming, or leave it for now. Skipped: left as it is."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.on_their_way = QRadioButton(translate(
            "WhatHappenedPage", "They are on their way — mark attended late"))
        self.on_their_way.setObjectName("on_their_way")
        self.on_way_hint = note_label()
        self.on_way_hint.setStyleSheet(HINT_STYLE)
        self.not_coming = QRadioButton(translate(
            "WhatHappenedPage", "They are not coming — mark a no-show"))
        self.not_coming.setObjectName("not_coming")
        self.no_show_hint = note_label(translate(
            "WhatHappenedPage", "When you press Finish, the no-show dialog opens, where you can "
            "decide the fee and offer a new time."))
        self.no_show_hint.setObjectName("no_show_hint")
        self.no_show_hint.setStyleSheet(HINT_STYLE)
        self.leave = QRadioButton(translate("WhatHappenedPage", "Leave it for now"))
        self.leave.setObjectName("leave")
        self.leave_hint = note_label(translate(
            "WhatHappenedPage", "The session stays booked; you can mark it later from the "
            "calendar."))
        self.leave_hint.setStyleSheet(HINT_STYLE)
        self.choice = QButtonGroup(self)
        for button, hint in ((self.on_their_way, self.on_way_hint),
                             (self.not_coming, self.no_show_hint),
                             (self.leave, self.leave_hint)):
            self.choice.addButton(button)
            under = QVBoxLayout()
            under.setContentsMargins(INDENT, 0, 0, 6)
            under.addWidget(hint)
            self.body.addWidget(button)
            self.body.addLayout(under)
        choice_errors = Form()
        self.errors.add_row(choice_errors, "outcome")
        self.body.addLayout(choice_errors)

    def set_arrival(self, at: str) -> None:
        self.on_way_hint.setText(translate(
            "WhatHappenedPage", "The session is marked as attended late, arriving at {time}.")
            .format(time=at))

    def check(self) -> bool:
        if self.choice.checkedButton() is None:
            self.errors.show("outcome", translate(
                "WhatHappenedPage", "Please choose what happened, or skip this step."))
            return False
        return True

    def outcome(self) -> LateOutcome:
        """What the therapist chose; leaving it when skipped or not reached."""
        if self.taken() and self.on_their_way.isChecked():
            return LateOutcome.ON_THEIR_WAY
        if self.taken() and self.not_coming.isChecked():
            return LateOutcome.NOT_COMING
        return LateOutcome.LEAVE

    def summary(self) -> list[str]:
        return [{
            LateOutcome.ON_THEIR_WAY: translate(
                "WhatHappenedPage", "They were on their way: marked as attended late."),
            LateOutcome.NOT_COMING: translate(
                "WhatHappenedPage", "They were not coming: marked as a no-show."),
            LateOutcome.LEAVE: translate(
                "WhatHappenedPage", "Left for now: the session is still booked."),
        }[self.outcome()]]


class LateDialog(GuidedDialog):
    """A client has not arrived: call them, record how it went, mark what happened."""

    no_show_chosen = Signal(int)  # the session's id, after Finish marked it a no-show

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, entry, now, parent)
        self.setWindowTitle(self.tr("Client is late"))
        self.script = self.add_step(ScriptPage(
            self.tr("Check on them"),
            self.tr("A friendly call often helps. If someone else answers, or you reach "
                    "voicemail, say only that you are calling about an appointment."),
            scripts=self.scripts))
        self.lateness = note_label()
        self.lateness.setObjectName("lateness")
        bold = QFont(self.lateness.font())
        bold.setBold(True)
        self.lateness.setFont(bold)
        self.script.body.insertWidget(0, self.lateness)
        self.script.body.insertSpacing(1, 4)
        self.contact = self.add_step(ContactOutcomePage(
            self.tr("How it went"),
            self.tr("Record the call or message, so the client's contact history shows it."),
            reason=reason_code(ContactReason.LATE_NOT_ARRIVED)))
        self.happened = self.add_step(WhatHappenedPage(
            self.tr("What happened"),
            self.tr("Mark the session now, or leave it until you know more.")))
        self.finished_with_changes.connect(self._after_finish)
        self.load()

    def fill(self, facts: SessionFacts) -> None:
        minutes, at = minutes_late(facts), time_text(facts.entry.starts_at, facts.zone)
        self.lateness.setText(
            self.tr("{name} has not arrived for the {time} session: {minutes} min late.")
            .format(name=facts.client_name, time=at, minutes=minutes) if minutes
            else self.tr("{name} has not arrived for the {time} session.").format(
                name=facts.client_name, time=at))
        self.script.set_client(facts.client)
        self.contact.set_client(facts.client, facts.today)
        self.happened.set_arrival(time_text(facts.now, facts.zone))

    # What Finish writes

    def decision(self) -> SessionDecision:
        facts = self.facts
        assert facts is not None  # Finish waits for the facts
        status = {LateOutcome.ON_THEIR_WAY: AppointmentStatus.ATTENDED_LATE,
                  LateOutcome.NOT_COMING: AppointmentStatus.NO_SHOW}.get(
                      self.happened.outcome())
        return SessionDecision(
            BookAction.LATE_ARRIVAL, self.entry.id, status=status,
            arrived_at=self.now if status == AppointmentStatus.ATTENDED_LATE else None,
            contact=self.contact.record(),
            chart=ChartEntry(facts.today, self.tr("Late"), self.chart_text()))

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        return {"status": self.happened, "contact": self.contact}

    def chart_text(self) -> str:
        facts = self.facts
        assert facts is not None
        when = when_text(facts.entry.starts_at, facts.zone)
        lines = [self.tr("Had not arrived {minutes} min after the start of the session on "
                         "{when}.").format(minutes=minutes_late(facts), when=when)]
        lines.extend(self.contact.summary())
        lines.extend(self.happened.summary())
        return "\n".join(lines)

    def _after_finish(self) -> None:
        if (self.result() == QDialog.DialogCode.Accepted
                and self.happened.outcome() == LateOutcome.NOT_COMING):
            self.no_show_chosen.emit(self.entry.id)

    # The scripts

    def scripts(self) -> list[Script]:
        if self.facts is None:
            return []
        return [Script(self.tr("If they answer"), self.call_script(), ContactChannel.CALL),
                someone_else(self.facts),
                Script(self.tr("Voicemail"), self.voicemail_script(), ContactChannel.VOICEMAIL),
                Script(self.tr("Text message"), self.text_script(), ContactChannel.TEXT)]

    def _greeting(self, facts: SessionFacts) -> str:
        therapist = facts.settings.therapist_name
        return (self.tr("Hello {name}, it's {therapist}.").format(
            name=facts.client_name, therapist=therapist) if therapist
            else self.tr("Hello {name}.").format(name=facts.client_name))

    def call_script(self) -> str:
        facts = self.facts
        assert facts is not None
        at = time_text(facts.entry.starts_at, facts.zone)
        in_person = facts.entry.modality == Modality.IN_PERSON
        return "\n\n".join((
            self._greeting(facts),
            self.tr("I'm just checking whether you're on your way for our appointment at "
                    "{time}.").format(time=at) if in_person
            else self.tr("I'm just checking whether you're still able to join our "
                         "appointment at {time}.").format(time=at),
            self.tr("If you're coming, there's no rush: we still have time, and I'll be "
                    "here.") if in_person
            else self.tr("If you can join now, there's no rush: we still have time, and I'm "
                         "here."),
            self.tr("If today isn't possible after all, that's all right. Let me know, and "
                    "we'll find another time."),
            self.tr("Thank you. See you soon, I hope."),
        ))

    def voicemail_script(self) -> str:
        """Who is calling and why, as "an appointment": anyone may hear it."""
        facts = self.facts
        assert facts is not None
        therapist, phone = facts.settings.therapist_name, facts.settings.phone
        at = time_text(facts.entry.starts_at, facts.zone)
        if facts.entry.modality == Modality.IN_PERSON:
            checking = (self.tr("It's {therapist}, just checking whether you're on your way "
                                "for our appointment at {time}.") if therapist
                        else self.tr("I'm just checking whether you're on your way for our "
                                     "appointment at {time}."))
        else:
            checking = (self.tr("It's {therapist}, just checking whether you're still able "
                                "to join our appointment at {time}.") if therapist
                        else self.tr("I'm just checking whether you're still able to join "
                                     "our appointment at {time}."))
        return " ".join((
            self.tr("Hello, this is a message for {name}.").format(name=facts.client_name),
            checking.format(therapist=therapist, time=at),
            self.tr("Could you call me back when you can, on {phone}?").format(phone=phone)
            if phone else self.tr("Could you call me back when you can?"),
            self.tr("Thank you, goodbye."),
        ))

    def text_script(self) -> str:
        """A text anyone holding the phone may read: an appointment, nothing more."""
        facts = self.facts
        assert facts is not None
        at = time_text(facts.entry.starts_at, facts.zone)
        return " ".join((
            self._greeting(facts),
            self.tr("Just checking whether you're on your way for our appointment at {time}."
                    ).format(time=at) if facts.entry.modality == Modality.IN_PERSON
            else self.tr("Just checking whether you're still able to join our appointment at "
                         "{time}.").format(time=at),
            self.tr("Could you reply or call when you can? Thank you."),
        ))
