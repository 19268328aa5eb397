"""The cancellation dialog: the request, a way to keep the session, the fee, a new time, what
to say to the client.

The first step records who cancelled, when the notice came and why, and says at once
whether that notice is late under the practice's window (and, when the late-cancelled
session was the client's second, what care that asks for). Before anything is cancelled, the
next step offers to keep the session at the same time by phone or video instead: kept, it
changes only how they meet. Otherwise the fee the policy proposes for a notice that late
(none when in time, or when the therapist cancelled), then a new time or none, and the words
to let the client know (to them, to someone else who answers, a voicemail, a text).

Finish writes the whole decision at once, or nothing: the cancellation, the fee if one is
charged, the new booking and one chart entry, "Cancellation", that says what was decided.
When the session is kept: the change of how they meet, and a short chart entry.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QWidget,
)

from models.enums import AppointmentStatus, BookAction, CancelledBy, Modality
from services.calendar.appointments import (
    CalendarEntry,
)
from services.errors import StillroomError
from services.hard_moments.session_decision import Cancellation, ChartEntry, SessionDecision
from services.money.fee_policy import FeeProposal, propose_cancellation_fee
from services.vault.practice_vault import Vault
from ui.client_labels import when_text
from ui.guided.cancellation_pages import (
    CancellationFeePage,
    KeepPage,
    NewTimePage,
    RequestPage,
)
from ui.guided.cancellation_scripts import TellPage, cancellation_scripts
from ui.guided.facts import SessionFacts
from ui.guided.fee_page import decided_before_lines
from ui.guided.finish_page import FinishPage
from ui.guided.script_page import Script
from ui.guided.second_session import SecondSessionNote
from ui.guided.wizard import GuidedDialog, GuidedPage
from ui.labels import modality_label, reason_label
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate
CANCEL_GROUP = "cancellation and fee"


class CancellationDialog(GuidedDialog):
    """A session is cancelled: record it well, offer to keep it, then the fee and a new time."""

    FEE_AS = AppointmentStatus.LATE_CANCELLATION  # for the fee already decided, if any
    OFFERS_SLOTS = True

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, entry, now, parent)
        self.setWindowTitle(self.tr("Cancellation"))
        self._asked = 0
        self.request = self.add_step(RequestPage(
            self.tr("The request"),
            self.tr("Who cancelled, when the notice came and why. Whether it is late follows "
                    "from your cancellation policy.")))
        self.second_session = SecondSessionNote()
        self.request.body.addWidget(self.second_session)
        self.keep = self.add_step(KeepPage(
            self.tr("Keep the session another way?"),
            self.tr("Before cancelling: the same time, by phone or video instead.")))
        self.fee = self.add_step(CancellationFeePage(
            self.tr("The fee"),
            self.tr("Your policy proposes a fee for a late cancellation; the decision is "
                    "yours."), self.cancelling))
        self.reschedule = self.add_step(NewTimePage(
            self.tr("A new time"),
            self.tr("Free times over the next two weeks, in date order; their usual day and time "
                    "are marked."),
            self.cancelling))
        self.tell = self.add_step(TellPage(
            self.tr("Let them know"),
            self.tr("What to say, with what you decided. If someone else answers, say only "
                    "that you are calling about an appointment."),
            self.scripts, self.cancelling))
        self.finish_page = self.add_step(FinishPage(
            self.tr("Ready to finish"),
            self.tr("Nothing is saved until you press Finish."), self.outline))
        self.request.changed.connect(self._request_changed)
        self.load()

    def cancelling(self) -> bool:
        """The session is to be cancelled, not kept another way."""
        return self.keep.keeping() is None

    def fill(self, facts: SessionFacts) -> None:
        self.fee.set_proposal(None, facts.currency)
        self.keep.set_session(facts)
        self.reschedule.set_slots(facts.slots, facts.zone, facts.today)
        self.reschedule.set_client_name(facts.client_name)
        self.tell.set_client(facts.client)
        self.request.set_session(facts)  # asks the policy about the notice as it stands

    # The policy's proposal for the notice as set

    def _request_changed(self) -> None:
        facts = self.facts
        if facts is None:
            return
        self._asked += 1
        late, by = self.request.is_late(), self.request.by()
        self.keep.set_request(facts, by, late)
        self.second_session.show_for(facts.second_session and late, cancelled=True)
        if not late or facts.fee.decided:  # a fee is decided once
            self._set_proposal(None)
            self.request.set_waiting(False)
            return
        self.request.set_waiting(True)
        vault, appointment_id, asked = self.vault, self.entry.id, self._asked
        arrived = self.request.arrived_at()
        self.worker.run(
            lambda: (asked, propose_cancellation_fee(vault, appointment_id, arrived)),
            self._proposed, self._proposal_failed)

    def _proposed(self, answer: tuple[int, FeeProposal | None]) -> None:
        asked, proposal = answer
        if asked != self._asked:
            return  # the notice was changed again meanwhile
        self._set_proposal(proposal)
        self.request.set_waiting(False)

    def _proposal_failed(self, error: StillroomError) -> None:
        self.request.set_waiting(False)
        self.request.show_error(error)

    def _set_proposal(self, proposal: FeeProposal | None) -> None:
        facts = self.facts
        assert facts is not None
        if proposal != self.fee.proposal:  # the same proposal keeps the therapist's choice
            self.fee.set_proposal(proposal, facts.currency)

    # What Finish writes

    def decision(self) -> SessionDecision:
        facts = self.facts
        assert facts is not None  # Finish waits for the facts
        keeping = self.keep.keeping()
        if keeping is not None:
            return SessionDecision(
                BookAction.KEPT_ANOTHER_WAY, self.entry.id, meet_by=keeping,
                chart=ChartEntry(facts.today, self.tr("Session kept"),
                                 self.kept_text(keeping)))
        category = self.request.category()
        assert category is not None  # the request step was checked
        return SessionDecision(
            BookAction.CANCELLATION, self.entry.id,
            cancellation=Cancellation(self.request.by(), self.request.arrived_at(), category,
                                      self.request.reason_text()),
            fee=self.fee.fee_to_charge(), fee_waived=self.fee.fee_waived(),
            booking=self.reschedule.booking(),
            chart=ChartEntry(facts.today, self.tr("Cancellation"), self.chart_text()))

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        return {"cancellation": self.request, "meet_by": self.keep, "fee": self.fee,
                "booking": self.reschedule}

    def chart_text(self) -> str:
        lines = self.request.summary()
        lines.extend(self.fee_lines())
        booked = self.reschedule.summary()
        lines.extend(booked if self.reschedule.booking() is not None
                     else [self.tr("Left unscheduled for now.")])
        return "\n".join(lines + ([self.finish_page.text()] if self.finish_page.text() else []))

    def fee_lines(self) -> list[str]:
        """The fee decided, or why there is none."""
        if self.request.by() == CancelledBy.THERAPIST or not self.request.is_late():
            return []  # the request's own lines say there is no fee
        decided = self.fee.summary()
        if decided:
            return decided
        facts = self.facts
        if facts is not None and facts.fee.decided:
            return decided_before_lines(facts.fee, facts.currency)
        if self.fee.proposal is None:
            return [self.tr("No fee: the policy charges none.")]
        return [self.tr("The fee was not decided here; nothing was charged.")]

    def kept_text(self, keeping: Modality) -> str:
        facts = self.facts
        assert facts is not None
        when = when_text(facts.entry.starts_at, facts.zone)
        how = modality_label(keeping).lower()
        lines = [self.tr("I was going to cancel the session on {when}; we kept it instead, by "
                         "{how}.").format(when=when, how=how)
                 if self.request.by() == CancelledBy.THERAPIST
                 else self.tr("Asked to cancel the session on {when}; we kept it instead, by "
                              "{how}.").format(when=when, how=how)]
        category = self.request.category()
        if category is not None:
            lines.append(self.tr("Reason: {reason}.").format(reason=reason_label(category)))
        if self.request.reason_text():
            lines.append(self.request.reason_text())
        if self.finish_page.text():
            lines.append(self.finish_page.text())
        return "\n".join(lines)

    def scripts(self) -> list[Script]:
        """What to say, for who cancelled, the new time and the fee as decided so far."""
        facts = self.facts
        if facts is None:
            return []
        booking = self.reschedule.booking()
        return cancellation_scripts(facts, self.request.by(),
                                    booking.starts_at if booking is not None else None,
                                    self.fee.fee_to_charge())

    def outline(self) -> list[str]:
        """What Finish will do, for the last step."""
        facts = self.facts
        if facts is None:
            return []
        name, when = facts.client_name, when_text(facts.entry.starts_at, facts.zone)
        keeping = self.keep.keeping()
        if keeping is not None:
            return [self.tr("The session on {when} stays booked, by {how} instead of {was}.")
                    .format(when=when, how=modality_label(keeping).lower(),
                            was=modality_label(facts.entry.modality).lower()),
                    self.tr("Nothing is cancelled, and there is no fee."),
                    self.tr("A short note goes in {name}'s chart.").format(name=name)]
        status = self.request.status()
        lines = [{
            AppointmentStatus.CANCELLED_BY_THERAPIST: self.tr(
                "The session on {when} is marked as cancelled by you."),
            AppointmentStatus.LATE_CANCELLATION: self.tr(
                "The session on {when} is marked as a late cancellation."),
            AppointmentStatus.CANCELLED: self.tr(
                "The session on {when} is marked as cancelled in time."),
        }[status].format(when=when)]
        lines.extend(self.fee.outline(facts.fee))
        booking = self.reschedule.booking()
        if booking is not None:
            lines.append(self.tr("A new session is booked for {when} ({how}).").format(
                when=when_text(booking.starts_at, facts.zone),
                how=modality_label(booking.modality)))
        else:
            lines.append(self.tr("No new time is booked: {name} will appear on your call "
                                 "list.").format(name=name))
        lines.append(self.tr("An entry goes in {name}'s chart.").format(name=name))
        return lines
