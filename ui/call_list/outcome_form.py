"""How a call went and what was decided: the right-hand half of the call dialog.

The decisions offered follow the outcome (only a client reached can book); "booked" and "a
closing session" show the free times (the guided dialogs' reschedule step, reused as it
is), "will call back" a follow-up date, which a call back requires.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import ContactOutcome, Modality
from services.calendar.free_slots import FreeSlot
from services.calls.call_outcome import Decision
from ui.client_labels import outcome_label
from ui.dates import qdate
from ui.forms import FieldErrors, Form, text_lines
from ui.guided.reschedule_page import ReschedulePage
from ui.labels import window_label
from ui.plain_text import plain_label

translate = QCoreApplication.translate
OUTCOMES = (ContactOutcome.REACHED, ContactOutcome.VOICEMAIL, ContactOutcome.NO_ANSWER,
            ContactOutcome.WRONG_NUMBER, ContactOutcome.DECLINED)
# What may be decided after each outcome: with no one on the line, only a call back.
DECISIONS = {
    ContactOutcome.REACHED: tuple(Decision),
    ContactOutcome.DECLINED: (Decision.WANTS_TO_STOP, Decision.CALL_BACK, Decision.NO_DECISION),
}
UNANSWERED = (Decision.CALL_BACK, Decision.NO_DECISION)
NEEDS_A_TIME = (Decision.BOOKED, Decision.CLOSING_SESSION)
FOLLOW_UP_DAYS = 7


def decision_label(decision: Decision) -> str:
    return window_label(Decision(decision))


def _radio_column(group: QButtonGroup, choices: Sequence[tuple[str, str]]) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for index, (name, text) in enumerate(choices):
        button = QRadioButton(text)
        button.setObjectName(name)
        group.addButton(button, index)
        column.addWidget(button)
    return box


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold; padding-top: 6px;")
    label.setBuddy(buddy)
    return label


class CallOutcomeForm(QWidget):
    """The outcome, the decision, a follow-up date or a free time, and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self.general_error = plain_label()
        self.general_error.setObjectName("call_error")
        self.errors = FieldErrors(self.general_error)
        self.outcomes = QButtonGroup(self)
        outcome_box = _radio_column(self.outcomes, [
            (f"outcome_{outcome.value}", outcome_label(outcome)) for outcome in OUTCOMES])
        outcome_box.setAccessibleName(translate("CallOutcomeForm", "How it went"))
        self.decisions = QButtonGroup(self)
        decision_box = _radio_column(self.decisions, [
            (f"decision_{decision.value}", decision_label(decision)) for decision in Decision])
        decision_box.setAccessibleName(translate("CallOutcomeForm", "What was decided"))
        self.decision_button(Decision.NO_DECISION).setChecked(True)
        self.follow_up_on = QDateEdit()
        self.follow_up_on.setObjectName("follow_up_on")
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat("ddd d MMM yyyy")
        self.follow_up_on.setAccessibleName(translate("CallOutcomeForm", "Call back on"))
        self.slots = ReschedulePage("")
        self.slots.setObjectName("free_times")
        page_layout = self.slots.layout()
        if page_layout is not None:  # the step's own margins are the wizard's, not a form's
            page_layout.setContentsMargins(0, 0, 0, 0)
        self.note = text_lines(3, QPlainTextEdit())
        self.note.setObjectName("call_note")
        self.note.setAccessibleName(translate("CallOutcomeForm", "Note"))
        self.note.setPlaceholderText(translate(
            "CallOutcomeForm", "A few words: what was said, what was agreed (optional)"))

        form = Form()  # one column: captions above their choices, for long translations
        form.setHorizontalSpacing(0)
        form.setVerticalSpacing(4)
        form.addRow("", _caption(translate("CallOutcomeForm", "How did it go?"), outcome_box))
        form.addRow("", outcome_box)
        self.errors.add_row(form, "outcome")
        form.addRow("", _caption(translate("CallOutcomeForm", "What was decided?"),
                                 decision_box))
        form.addRow("", decision_box)
        self.follow_up_row = QWidget()
        follow_line = QHBoxLayout(self.follow_up_row)
        follow_line.setContentsMargins(0, 0, 0, 0)
        caption = plain_label(translate("CallOutcomeForm", "Call back on"))
        caption.setBuddy(self.follow_up_on)
        follow_line.addWidget(caption)
        follow_line.addWidget(self.follow_up_on)
        follow_line.addStretch(1)
        form.addRow("", self.follow_up_row)
        self.errors.add_row(form, "follow_up_on")
        form.addRow("", self.slots)
        form.addRow("", _caption(translate("CallOutcomeForm", "Note"), self.note))
        form.addRow("", self.note)
        self.errors.add_row(form, "note", "call_note")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form, 1)
        column.addWidget(self.general_error)
        self.outcomes.idToggled.connect(lambda _id, _on: self._outcome_changed())
        self.decisions.idToggled.connect(lambda _id, _on: self._decision_changed())
        self._outcome_changed()

    def set_slots(self, slots: Sequence[FreeSlot], zone: ZoneInfo, today: date) -> None:
        """The free times to book from, and a call back a week from `today` to start from."""
        self._today = today
        self.follow_up_on.setDate(qdate(today + timedelta(days=FOLLOW_UP_DAYS)))
        self.slots.set_slots(slots, zone, today)
        for row in range(self.slots.slots.count()):  # "leave it unscheduled" is no booking
            item = self.slots.slots.item(row)
            if (item.data(Qt.ItemDataRole.UserRole) is None
                    and item.flags() & Qt.ItemFlag.ItemIsSelectable):
                self.slots.slots.setRowHidden(row, True)

    # What was chosen

    def decision_button(self, decision: Decision) -> QRadioButton:
        button = self.decisions.button(list(Decision).index(decision))
        assert isinstance(button, QRadioButton)
        return button

    def outcome_button(self, outcome: ContactOutcome) -> QRadioButton:
        button = self.outcomes.button(OUTCOMES.index(outcome))
        assert isinstance(button, QRadioButton)
        return button

    def outcome(self) -> ContactOutcome | None:
        checked = self.outcomes.checkedId()
        return OUTCOMES[checked] if checked >= 0 else None

    def decision(self) -> Decision:
        checked = self.decisions.checkedId()
        return list(Decision)[checked] if checked >= 0 else Decision.NO_DECISION

    def follow_up(self) -> date | None:
        if self.decision() != Decision.CALL_BACK:
            return None
        picked = self.follow_up_on.date()
        return date(picked.year(), picked.month(), picked.day())

    def chosen_time(self) -> tuple[FreeSlot, Modality] | None:
        slot = self.slots.chosen_slot() if self.decision() in NEEDS_A_TIME else None
        return (slot, self.slots.modality.currentData()) if slot is not None else None

    def check(self) -> bool:
        """The choices are complete; else say what is missing beside it."""
        self.errors.clear()
        self.slots.errors.clear()
        if self.outcome() is None:
            self.errors.show("outcome", translate("CallOutcomeForm", "Please choose how it went."))
            return False
        if self.decision() in NEEDS_A_TIME and self.chosen_time() is None:
            self.slots.errors.show("starts_at", translate(
                "CallOutcomeForm", "Please choose one of the free times."))
            return False
        return True

    # Inside

    def _outcome_changed(self) -> None:
        outcome = self.outcome()
        allowed = DECISIONS.get(outcome, UNANSWERED) if outcome is not None else ()
        for decision in Decision:
            self.decision_button(decision).setEnabled(decision in allowed)
        if outcome is not None and self.decision() not in allowed:
            self.decision_button(Decision.NO_DECISION).setChecked(True)
        self._decision_changed()

    def _decision_changed(self) -> None:
        decision = self.decision()
        calling_back = decision == Decision.CALL_BACK
        self.follow_up_row.setVisible(calling_back)
        self.slots.setVisible(decision in NEEDS_A_TIME)
