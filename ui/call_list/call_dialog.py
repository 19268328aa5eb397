"""Working one call-list entry: what to say, the number to use, how it went, what was decided.

The scripts and numbers are the guided dialogs' script step (`ScriptPage`), the free times
their reschedule step, both reused as they are. Save hands the whole call to
`services.calls.call_outcome.record_call_outcome` as one `CallOutcome`: the contact log's entry
with the time booked (or the session booked by mistake moved to it), written together or not
at all, and undone together by Edit → Undo. When the record says so (the client declined or
wants to stop, or the set number of calls went unanswered), the dialog offers the closing
letter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import ContactOutcome
from services.calendar.free_slots import FreeSlot, free_slots
from services.calls.call_list import CallListEntry, CallRule
from services.calls.call_outcome import (
    CallBooking,
    CallOutcome,
    CallRecord,
    Decision,
    record_call_outcome,
)
from services.clients.client_records import ClientDetails, read_client
from services.errors import StillroomError
from services.papers.letters import TerminationReason
from services.practice.practice_settings import PracticeSettings
from services.vault.practice_vault import Vault
from ui.call_list.closing_offer import ClosingOffer
from ui.call_list.outcome_form import CallOutcomeForm
from ui.call_list.reasons import reason_sentence
from ui.call_list.scripts import call_scripts
from ui.forms import Pages, dialog_layout, heading_label, note_label
from ui.guided.clipboard import SecretCopy
from ui.guided.facts import RESCHEDULE_DAYS
from ui.guided.script_page import ScriptPage
from ui.typed_text import main_button, may_close
from ui.worker import DatabaseWorker

DIALOG_WIDTH = 880


@dataclass(frozen=True)
class _Read:
    client: ClientDetails
    slots: list[FreeSlot]


class CallDialog(QDialog):
    """One call. `recorded(CallRecord)` when the call is in the contact log; `booked()` when
    a session was booked or moved; `termination_letter_wanted(client id, reason)` when the
    therapist chose to write the closing letter (`reason`: a `TerminationReason` value)."""

    recorded = Signal(object)
    booked = Signal()
    termination_letter_wanted = Signal(int, str)

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CallListEntry,
                 settings: PracticeSettings, now: Callable[[], datetime],
                 clipboard: SecretCopy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.worker, self.entry, self.settings = vault, worker, entry, settings
        self._now = now
        self.today = now().astimezone(settings.zone).date()
        self.clipboard = clipboard or SecretCopy.shared()
        self.name = entry.preferred_name or entry.full_name
        self.record: CallRecord | None = None
        self._loaded = False
        self.setWindowTitle(self.tr("Call {name}").format(name=self.name))
        layout = dialog_layout(self)
        self.pages = Pages()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._call_page())
        self.offer = ClosingOffer(self.name)
        self.offer.write_requested.connect(self._write_letter)
        self.offer.not_now.connect(self.accept)
        self.pages.addWidget(self.offer)
        layout.addSpacerItem(QSpacerItem(DIALOG_WIDTH, 0, QSizePolicy.Policy.Minimum,
                                         QSizePolicy.Policy.Fixed))
        vault_, client_id, today, moment = vault, entry.client_id, self.today, now()
        self.worker.run(lambda: _Read(read_client(vault_, client_id), free_slots(
            vault_, client_id, today, RESCHEDULE_DAYS, now=moment)), self._show_read,
            self._refused)

    def _call_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading_label(self.tr("Call {name}").format(name=self.name)))
        for reason in self.entry.reasons:
            sentence = note_label(reason_sentence(reason, self.settings.zone, self.today))
            sentence.setObjectName("reason")
            column.addWidget(sentence)
        halves = QHBoxLayout()
        halves.setSpacing(18)
        left = QVBoxLayout()
        self.script = ScriptPage("", clipboard=self.clipboard)
        self.script.setObjectName("call_scripts")
        self.script.set_scripts(call_scripts(self.entry, self.settings, self.today).all())
        left.addWidget(self.script, 1)
        self.script.copy_button.setText(self.tr("Copy the script"))
        script_layout = self.script.layout()
        if script_layout is not None:  # the step's margins are the wizard's, not a dialog's
            script_layout.setContentsMargins(0, 0, 0, 0)
        halves.addLayout(left, 3)
        self.outcome = CallOutcomeForm()
        halves.addWidget(self.outcome, 2)
        column.addLayout(halves, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setEnabled(False)  # until the client and the free times are read
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        main_button(self.save_button, cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addSpacing(8)
        column.addWidget(self.buttons)
        return page

    def _show_read(self, read: _Read) -> None:
        self.script.set_client(read.client)
        for row, number in enumerate(read.client.draft.numbers):
            button = QPushButton(self.tr("Copy"))
            button.setObjectName("copy_number")
            button.setAccessibleName(self.tr("Copy the number {number}").format(
                number=number.number))
            button.clicked.connect(lambda _checked=False, text=number.number:
                                   self.copy_number(text))
            self.script.numbers.addWidget(button, row, 6)
        self.outcome.set_slots(read.slots, self.settings.zone, self.today)
        self._loaded = True
        self.save_button.setEnabled(True)
        # Enter saves, now there is something to save; Copy and Cancel only when clicked.
        main_button(self.save_button, *(button for button in self.findChildren(QPushButton)
                                        if button is not self.save_button))

    def copy_number(self, number: str) -> None:
        self.clipboard.copy(number)
        self.script.copied.setText(self.tr(
            "Number copied. The clipboard is cleared in {seconds} seconds.").format(
                seconds=self.clipboard.timer.interval() // 1000))

    # Saving

    def save(self) -> None:
        """Record the call with what was decided, the time booked included, in one go."""
        if not self._loaded or not self.outcome.check():
            return
        call, vault = self.call_outcome(), self.vault
        self._busy(True)
        self.worker.run(lambda: record_call_outcome(vault, call), self._recorded,
                        self._refused)

    def call_outcome(self) -> CallOutcome:
        """The call as the therapist recorded it (the choices are checked)."""
        outcome = self.outcome.outcome()
        assert outcome is not None  # checked
        rule, decision = self.entry.rule, self.outcome.decision()
        return CallOutcome(
            self.entry.client_id, outcome, rule, decision,
            note=self.outcome.note.toPlainText().strip(), follow_up_on=self.outcome.follow_up(),
            booking=self._booking(decision), appointment_id=self.entry.reasons[0].appointment_id,
            at=self._now())

    def _booking(self, decision: Decision) -> CallBooking | None:
        """The time chosen: the session booked by mistake moves to it when the client booked
        again; otherwise a new session."""
        chosen = self.outcome.chosen_time()
        if chosen is None:
            return None
        slot, modality = chosen
        mistaken = next((reason.appointment_id for reason in self.entry.reasons
                         if reason.rule == CallRule.SCHEDULING_MISTAKE), None)
        return CallBooking(slot.starts_at, slot.length_minutes, modality,
                           moving=mistaken if decision == Decision.BOOKED else None)

    def _recorded(self, record: CallRecord) -> None:
        self._busy(False)
        self.record = record
        if record.booked_id is not None:
            self.booked.emit()
        self.recorded.emit(record)
        if record.offer_closing_letter:
            self.offer.explain(self._termination_reason(), record.attempts)
            self.pages.show_page(1)
            self.offer.write_button.setFocus()
        else:
            self.accept()

    def _refused(self, error: StillroomError) -> None:
        self._busy(False)
        if error.part == "booking":  # a clash, a closed day: beside the free times
            self.outcome.slots.show_error(error)
        else:
            self.outcome.errors.show_error(error)

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if may_close(self):
            super().reject()

    # The closing letter

    def _termination_reason(self) -> TerminationReason:
        outcome = self.outcome.outcome()
        if (self.outcome.decision() == Decision.WANTS_TO_STOP
                or outcome == ContactOutcome.DECLINED):
            return TerminationReason.CHOSE_TO_STOP
        return TerminationReason.NO_CONTACT

    def _write_letter(self) -> None:
        self.termination_letter_wanted.emit(self.entry.client_id,
                                            self._termination_reason().value)
        self.accept()
