"""The no-show dialog: mark it, decide the fee, reach out, why it was missed, offer a new
time, reflect, and see what Finish will do.

When the session was the client's second, the first step says so, with what helps then.
Finish writes the whole decision at once, or nothing: the status (no-show) and why it
happened, the fee if one is charged, the contact log entry, the new booking, one chart
entry, "No-show", that says what was decided, and the therapist's reflection, kept private
apart from the chart.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from models.enums import (
    AppointmentStatus,
    BookAction,
    ContactChannel,
    ContactOutcome,
    ContactReason,
)
from services.calendar.appointments import CalendarEntry
from services.clients.contact_reasons import reason_code
from services.hard_moments.session_decision import ChartEntry, SessionDecision
from services.vault.practice_vault import Vault
from ui.call_list.reasons import on_day
from ui.client_labels import money_text, time_text, when_text
from ui.dates import local_text
from ui.guided.confirm_page import ConfirmPage
from ui.guided.contact_page import ContactOutcomePage
from ui.guided.discreet_words import no_show_voicemail, someone_else
from ui.guided.facts import SessionFacts
from ui.guided.fee_page import FeeChoice, FeePage
from ui.guided.finish_page import FinishPage
from ui.guided.no_show_reason_page import NoShowReasonPage
from ui.guided.note_page import NotePage
from ui.guided.reschedule_page import ReschedulePage
from ui.guided.script_page import Script, ScriptPage
from ui.guided.second_session import SecondSessionNote
from ui.guided.wizard import GuidedDialog, GuidedPage
from ui.worker import DatabaseWorker


class NoShowDialog(GuidedDialog):
    """The client did not come and did not cancel: the guided way through it."""

    FEE_AS = AppointmentStatus.NO_SHOW
    OFFERS_SLOTS = True

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, entry, now, parent)
        self.setWindowTitle(self.tr("No-show"))
        self.confirm = self.add_step(ConfirmPage(
            self.tr("Mark it as a no-show"),
            self.tr("The client did not come and did not let you know.")))
        self.second_session = SecondSessionNote()
        self.confirm.body.addWidget(self.second_session)
        self.fee = self.add_step(FeePage(
            self.tr("The fee"), self.tr("Your policy proposes a fee; the decision is yours.")))
        self.script = self.add_step(ScriptPage(
            self.tr("Reach out"),
            self.tr("Check that they are all right, and offer a new time. If someone else "
                    "answers, say only that you are calling about an appointment."),
            scripts=self.scripts))
        self.contact = self.add_step(ContactOutcomePage(
            self.tr("How it went"),
            self.tr("Record the call or message, so the client's contact history shows it."),
            reason=reason_code(ContactReason.AFTER_NO_SHOW)))
        self.why = self.add_step(NoShowReasonPage(
            self.tr("Why it was missed"),
            self.tr("If you know, choose what got in the way. Your month at a glance counts "
                    "the reasons, so you can see what helps (reminders, if forgetting comes "
                    "up often).")))
        self.reschedule = self.add_step(ReschedulePage(
            self.tr("A new time"),
            self.tr("Free times over the next two weeks, in date order; their usual day and time "
                    "are marked.")))
        self.reflection = self.add_step(NotePage(
            self.tr("A note for yourself"),
            self.tr("Only for you, about this session."),
            prompt=self.tr("What happened in the last session? Is there anything that might "
                           "help you understand this?"),
            placeholder=self.tr("Your reflection (optional)"), private=True))
        self.finish_page = self.add_step(FinishPage(
            self.tr("Ready to finish"),
            self.tr("Nothing is saved until you press Finish."), self.outline))
        self.load()

    def fill(self, facts: SessionFacts) -> None:
        self.confirm.show_session(facts)
        self.second_session.show_for(facts.second_session)
        already = facts.entry.status == AppointmentStatus.NO_SHOW
        self.confirm.set_text("\n\n".join((
            self.tr("This session is already marked as a no-show.") if already
            else self.tr("{name} did not come to this session and did not cancel it. When you "
                         "press Finish, it is marked as a no-show.").format(
                             name=facts.client_name),
            self.tr("The next steps help with the rest: the fee your policy proposes, a call "
                    "to check in, a new time and a note for yourself. Skip any step you do not "
                    "need; nothing is saved until you press Finish."))))
        # a fee is decided once: one already charged or waived is not proposed again
        self.fee.set_proposal(None if facts.fee.decided else facts.proposal, facts.currency)
        self.script.set_client(facts.client)
        self.contact.set_client(facts.client, facts.today)
        self.reschedule.set_slots(facts.slots, facts.zone, facts.today)

    # What Finish writes

    def decision(self) -> SessionDecision:
        facts = self.facts
        assert facts is not None  # Finish waits for the facts
        marking = self.entry.status != AppointmentStatus.NO_SHOW
        return SessionDecision(
            BookAction.NO_SHOW, self.entry.id,
            status=AppointmentStatus.NO_SHOW if marking else None,
            no_show_reason=self.why.reason(),
            fee=self.fee.fee_to_charge(), fee_waived=self.fee.fee_waived(),
            contact=self.contact.record(),
            booking=self.reschedule.booking(),
            chart=ChartEntry(facts.today, self.tr("No-show"), self.chart_text()),
            reflection=self.reflection.text())

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        return {"status": self.confirm, "no_show_reason": self.why, "fee": self.fee,
                "contact": self.contact, "booking": self.reschedule, "chart": self.reflection,
                "reflection": self.reflection}

    def chart_text(self) -> str:
        facts = self.facts
        assert facts is not None
        lines = [self.tr("Did not come to the session on {when}, and did not cancel it.")
                 .format(when=when_text(facts.entry.starts_at, facts.zone))]
        for page in (self.why, self.fee, self.contact, self.reschedule):
            lines.extend(page.summary())
        if self.finish_page.text():
            lines.append(self.finish_page.text())
        return "\n".join(lines)

    def outline(self) -> list[str]:
        """What Finish will do, for the last step."""
        facts = self.facts
        if facts is None:
            return []
        name, when = facts.client_name, when_text(facts.entry.starts_at, facts.zone)
        lines = [self.tr("The session on {when} stays marked as a no-show.").format(when=when)
                 if facts.entry.status == AppointmentStatus.NO_SHOW
                 else self.tr("The session on {when} is marked as a no-show.").format(when=when)]
        lines.extend(self.why.summary())
        lines.extend(self.fee.outline(facts.fee))
        contact = self.contact.record()
        if contact is None:
            lines.append(self.tr("No call or message is recorded: {name} stays on your call "
                                 "list until you reach them.").format(name=name))
        elif contact.outcome in (ContactOutcome.REACHED, ContactOutcome.DECLINED):
            lines.append(self.tr("The call is recorded in {name}'s contact history.")
                         .format(name=name))
        else:
            lines.append(self.tr("The attempt is recorded in {name}'s contact history; {name} "
                                 "stays on your call list until you reach them.")
                         .format(name=name))
        booking = self.reschedule.booking()
        if booking is not None:
            lines.append(self.tr("A new session is booked for {when}.").format(
                when=when_text(booking.starts_at, facts.zone)))
        else:
            lines.append(self.tr("No new time is booked."))
        lines.append(self.tr("An entry goes in {name}'s chart.").format(name=name))
        if self.reflection.text():
            lines.append(self.tr("Your reflection is kept private, apart from the chart."))
        return lines

    # The scripts

    def scripts(self) -> list[Script]:
        if self.facts is None:
            return []
        return [Script(self.tr("If they answer"), self.call_script(), ContactChannel.CALL),
                someone_else(self.facts),
                Script(self.tr("Voicemail"), self.voicemail_script(), ContactChannel.VOICEMAIL),
                Script(self.tr("Text message"), self.text_script(), ContactChannel.TEXT)]

    def _when(self, facts: SessionFacts) -> tuple[str, str]:
        """(day, time) of the session, the day as "today" when it is today."""
        starts = facts.entry.starts_at
        day = ("" if starts.astimezone(facts.zone).date() == facts.today
               else local_text(starts, facts.zone, "dddd d MMMM"))
        return day, time_text(starts, facts.zone)

    def call_script(self) -> str:
        facts = self.facts
        assert facts is not None
        name, therapist = facts.client_name, facts.settings.therapist_name
        day, at = self._when(facts)
        paragraphs = [
            self.tr("Hello {name}, it's {therapist}.").format(name=name, therapist=therapist)
            if therapist else self.tr("Hello {name}.").format(name=name),
            (self.tr("We were due to meet today at {time} and I didn't see you, so I wanted to "
                     "check that you are all right.").format(time=at) if not day
             else self.tr("We were due to meet on {day} at {time} and I didn't see you, so I "
                          "wanted to check that you are all right.").format(day=day, time=at)),
            self.tr("You don't need to explain, but I'm glad to hear anything you'd like to "
                    "tell me."),
            self.tr("Shall we find a time to meet again? I have a few free times over the "
                    "next two weeks."),
        ]
        policy = self._policy_sentence()
        if policy:
            paragraphs.append(policy)
        paragraphs.append(self.tr("Thank you for talking with me. Take care until we meet."))
        return "\n\n".join(paragraphs)

    def _policy_sentence(self) -> str:
        facts = self.facts
        if facts is None or self.fee.proposal is None:
            return ""
        decision = self.fee.decision()
        if decision is not None and decision.charged:
            return self.tr("As our agreement says, a session missed without notice is charged, "
                           "so there will be a fee of {amount} for this one.").format(
                               amount=money_text(decision.charged, facts.currency))
        if decision is not None and decision.choice != FeeChoice.LATER:
            return self.tr("A session missed without notice is usually charged, but there is "
                           "no fee for this one.")
        return self.tr("As our agreement says, a session missed without notice is usually "
                       "charged; we can talk about it when we meet.")

    def voicemail_script(self) -> str:
        """The time missed and a call back to rebook: an appointment, nothing more, since
        anyone may hear it."""
        facts = self.facts
        assert facts is not None
        starts = facts.entry.starts_at
        return no_show_voicemail(
            facts.client_name, facts.settings.therapist_name, facts.settings.phone,
            on_day(starts.astimezone(facts.zone).date(), facts.today),
            time_text(starts, facts.zone))

    def text_script(self) -> str:
        """A text anyone holding the phone may read: an appointment, nothing more."""
        facts = self.facts
        assert facts is not None
        therapist = facts.settings.therapist_name
        day, at = self._when(facts)
        return " ".join((
            self.tr("Hello {name}, it's {therapist}.").format(
                name=facts.client_name, therapist=therapist) if therapist
            else self.tr("Hello {name}.").format(name=facts.client_name),
            self.tr("I'm getting in touch about your appointment today at {time}.").format(
                time=at) if not day
            else self.tr("I'm getting in touch about your appointment on {day} at {time}.")
            .format(day=day, time=at),
            self.tr("Could you call me or reply when you can? Thank you."),
        ))
