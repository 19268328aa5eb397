"""A step that lets money go: what is charged for a session, and the fee of the next one.

For a session the client should not pay for (the therapist missed it, say): what is still
charged against it can be waived, and the fee of the client's next session can be waived too
("the next one is on me"), with one reason for both. The next session may be the one booked a
step earlier, so the dialog says which booking the page should reckon with, and makes the
booking before the waiver. Nothing is charged here, ever.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QVBoxLayout, QWidget

from models.enums import AppointmentStatus, LedgerKind, WaiverReason
from services.calendar.appointments import CalendarEntry
from services.clients.client_panel import client_panel
from services.errors import InvalidValue, StillroomError
from services.hard_moments.session_decision import Waiver
from services.money.ledger import lines
from services.money.missed_session_fees import (
    CHARGES,
    checked_waiver,
)
from services.vault.practice_vault import Vault
from ui.client_labels import money_text, waiver_reason_label, when_text
from ui.forms import HINT_STYLE, note_label
from ui.guided.fee_page import indented_form
from ui.guided.wizard import GuidedPage

translate = QCoreApplication.translate


@dataclass(frozen=True)
class NextSession:
    """The client's next booked session, and whether its fee is waived already."""

    starts_at: datetime
    waived: bool


@dataclass(frozen=True)
class WaiverFacts:
    """What is still charged for the session (not yet waived), and the session after it."""

    charged: int
    next_session: NextSession | None


def read_waiver_facts(vault: Vault, entry: CalendarEntry, now: datetime) -> WaiverFacts:
    """What the waiver step shows for `entry`'s session. On the database worker."""
    ledger = lines(vault, entry.client_id)

    def waived(appointment_id: int) -> int:
        return sum(line.amount for line in ledger
                   if line.appointment_id == appointment_id and line.kind == LedgerKind.WAIVER)

    charged = sum(line.amount for line in ledger
                  if line.appointment_id == entry.id and line.kind in CHARGES)
    upcoming = [session for session in client_panel(vault, entry.client_id, now).next_sessions
                if session.status == AppointmentStatus.SCHEDULED and session.id != entry.id
                and session.starts_at > now]
    following = (NextSession(upcoming[0].starts_at, waived(upcoming[0].id) > 0)
                 if upcoming else None)
    return WaiverFacts(max(0, charged - waived(entry.id)), following)


@dataclass(frozen=True)
class WaiverDecision:
    """What the therapist lets go: `amount` of this session (0: nothing), the next fee or not."""

    amount: int
    next_session: datetime | None
    reason: WaiverReason
    note: str


class WaiverPage(GuidedPage):
    """What is charged for the session with "waive it", "waive the next session's fee too",
    and the reason (`default_reason` chosen to begin with) and a note for both.

    `booked` tells the page the start of a session booked on an earlier step (or None), since
    that one may be the next. Offered once the facts are in (`set_facts`). Collects a
    `WaiverDecision` (`decision()`); `writes()` makes the waivers.
    """

    def __init__(self, title: str, subtitle: str = "",
                 default_reason: WaiverReason | None = None,
                 booked: Callable[[], datetime | None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self._booked = booked
        self._facts: WaiverFacts | None = None
        self._loaded = False
        self.currency = "GBP"
        self.zone = ZoneInfo("UTC")
        self.client_name = ""
        self.charged = note_label()
        self.charged.setObjectName("charged")
        bold = QFont(self.charged.font())
        bold.setBold(True)
        self.charged.setFont(bold)
        self.waive_this = QCheckBox()
        self.waive_this.setObjectName("waive_this")
        self.waive_next = QCheckBox()
        self.waive_next.setObjectName("waive_next")
        self.next_hint = note_label()
        self.next_hint.setObjectName("next_hint")
        self.next_hint.setStyleSheet(HINT_STYLE)
        self.reason = QComboBox()
        self.reason.setObjectName("waiver_reason")
        for reason in WaiverReason:
            self.reason.addItem(waiver_reason_label(reason), reason)
        self.reason.setPlaceholderText(translate("WaiverPage", "Choose a reason"))
        self.reason.setCurrentIndex(self.reason.findData(default_reason)
                                    if default_reason is not None else -1)
        self.note = QLineEdit()
        self.note.setObjectName("waiver_note")
        self.note.setPlaceholderText(translate(
            "WaiverPage", "Why, in a few words (needed for \"Other reason\")"))

        hint = QVBoxLayout()
        hint.setContentsMargins(26, 0, 0, 4)
        hint.addWidget(self.next_hint)
        why = indented_form()
        why.setContentsMargins(0, 0, 0, 0)
        why.addRow(translate("WaiverPage", "Reason"), self.reason)
        self.errors.add_row(why, "reason", "waiver_reason")
        why.addRow(translate("WaiverPage", "Note"), self.note)
        self.errors.add_row(why, "note", "waiver_note")
        self.errors.add_row(why, "amount")
        self.body.addWidget(self.charged)
        self.body.addWidget(self.waive_this)
        self.body.addWidget(self.waive_next)
        self.body.addLayout(hint)
        self.body.addSpacing(8)
        self.body.addLayout(why)
        for box in (self.waive_this, self.waive_next):
            box.toggled.connect(lambda _on: self._enable())
        self._enable()

    def set_facts(self, facts: WaiverFacts, currency: str, zone: ZoneInfo,
                  client_name: str) -> None:
        self._facts, self.currency, self.zone = facts, currency, zone
        self.client_name = client_name
        self._loaded = True
        money = money_text(facts.charged, currency)
        if facts.charged:
            self.charged.setText(translate(
                "WaiverPage", "{amount} is charged for this session.").format(amount=money))
            self.waive_this.setText(translate(
                "WaiverPage", "Waive the {amount} charged for this session").format(amount=money))
        else:
            self.charged.setText(translate(
                "WaiverPage", "Nothing is charged for this session, so there is nothing to "
                "waive for it."))
        self.waive_next.setText(
            translate("WaiverPage", "Waive the fee of the next session too") if facts.charged
            else translate("WaiverPage", "Waive the fee of the next session"))
        self.waive_this.setVisible(bool(facts.charged))
        self.waive_this.setChecked(bool(facts.charged))
        self._show_next()
        self.completeChanged.emit()

    def load_failed(self, error: StillroomError | None) -> None:
        """The facts could not be read: say why (unless said elsewhere), offer nothing, and
        let the step be passed over."""
        self._loaded = True
        self.content.setEnabled(False)
        if error is not None:
            self.show_error(error)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # Qt's name: its own facts come in a job of their own
        return self._loaded and super().isComplete()

    def initializePage(self) -> None:  # Qt's name: each time the page is reached by Next
        self._show_next()

    # What the page knows

    def next_session(self) -> datetime | None:
        """The session the next fee waiver would be for: the earlier of the one booked on an
        earlier step and the one already in the calendar; None when there is none."""
        booked = self._booked() if self._booked is not None else None
        known = self._facts.next_session if self._facts is not None else None
        if booked is not None and (known is None or booked < known.starts_at):
            return booked
        return known.starts_at if known is not None and not known.waived else None

    def _next_is_waived(self) -> bool:
        booked = self._booked() if self._booked is not None else None
        known = self._facts.next_session if self._facts is not None else None
        return (known is not None and known.waived
                and (booked is None or known.starts_at <= booked))

    def check(self) -> bool:
        if not (self._this_amount() or self._next_chosen()):
            return True  # nothing is let go: nothing to give a reason for
        try:
            checked_waiver(self.reason.currentData(), self.note.text())
        except InvalidValue as error:
            self.show_error(error)
            return False
        return True

    def decision(self) -> WaiverDecision | None:
        """What is waived; None when nothing is, or the step was skipped or not reached."""
        amount, following = self._this_amount(), self.next_session()
        wants_next = self._next_chosen() and following is not None
        if not self.taken() or not (amount or wants_next):
            return None
        reason, note = checked_waiver(self.reason.currentData(), self.note.text())
        return WaiverDecision(amount, following if wants_next else None, reason, note)

    def waiver(self, after: datetime) -> Waiver | None:
        """What is waived, as the decision carries it; None when nothing is.

        `after` is the moment the next session is looked for from (the dialog's now)."""
        decision = self.decision()
        if decision is None:
            return None
        return Waiver(decision.reason, decision.note, decision.amount,
                      decision.next_session is not None, after)

    def summary(self) -> list[str]:
        decision = self.decision()
        if decision is None:
            return []
        why = waiver_reason_label(decision.reason)
        found: list[str] = []
        if decision.amount:
            found.append(translate(
                "WaiverPage", "{amount} charged for this session waived: {reason}.").format(
                    amount=money_text(decision.amount, self.currency), reason=why))
        if decision.next_session is not None:
            found.append(translate(
                "WaiverPage", "The fee of the next session, {when}, waived too: {reason}.")
                .format(when=when_text(decision.next_session, self.zone), reason=why))
        return found + ([decision.note] if decision.note else [])

    # Inside

    def _this_amount(self) -> int:
        facts = self._facts
        return facts.charged if facts is not None and self.waive_this.isChecked() else 0

    def _next_chosen(self) -> bool:
        return self.waive_next.isEnabled() and self.waive_next.isChecked()

    def _show_next(self) -> None:
        following = self.next_session()
        booked = self._booked() if self._booked is not None else None
        if following is not None:
            when = when_text(following, self.zone)
            self.next_hint.setText(
                translate("WaiverPage", "That is the new session you chose: {when}.").format(
                    when=when) if following == booked
                else translate("WaiverPage", "That is the session on {when}.").format(
                    when=when))
        elif self._next_is_waived():
            known = self._facts.next_session if self._facts is not None else None
            assert known is not None
            self.next_hint.setText(translate(
                "WaiverPage", "The next session, {when}, already has its fee waived.").format(
                    when=when_text(known.starts_at, self.zone)))
        else:
            self.next_hint.setText(translate(
                "WaiverPage", "{name} has no next session booked yet. The next fee can be "
                "waived once a session is booked: go back a step to choose a new time.").format(
                    name=self.client_name))
        self.waive_next.setEnabled(following is not None)
        if following is None:
            self.waive_next.setChecked(False)  # a waiver that cannot be made is not shown as one
        self._enable()

    def _enable(self) -> None:
        chosen = bool(self._this_amount()) or self._next_chosen()
        self.reason.setEnabled(chosen)
        self.note.setEnabled(chosen)
