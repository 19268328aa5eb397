"""The guided dialogs' shared pieces: the wizard's writes and skips, and each shared step."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from models.enums import (
    AppointmentStatus,
    BookAction,
    ContactChannel,
    ContactOutcome,
    LedgerKind,
    Modality,
)
from services.calendar.appointments import CalendarEntry, book, days, find_entry, set_status
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.clients.contact_log import contacts_of
from services.hard_moments.session_decision import SessionDecision
from services.money import fee_policy
from services.money.fee_policy import propose_fee
from services.money.ledger import lines
from services.money.missed_session_fees import charge_fee
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.guided_steps import press
from ui.guided.clipboard import SecretCopy
from ui.guided.contact_page import ContactOutcomePage
from ui.guided.facts import SessionFacts
from ui.guided.fee_page import POLICY_REASONS
from ui.guided.no_show import NoShowDialog
from ui.guided.reschedule_page import ReschedulePage
from ui.guided.script_page import ScriptPage
from ui.guided.wizard import SKIP, GuidedDialog, GuidedPage
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=LONDON)


@pytest.fixture
def entry(vault: Vault) -> CalendarEntry:
    update_settings(vault, session_fee=5000)
    client = create_client(vault, ClientDraft(
        full_name="Tom Reed", email="",
        numbers=(PhoneNumber("+44 7700 900456", "home", may_call=True, may_voicemail=False,
                             may_text=False),)))
    (appointment_id,) = book(vault, client, datetime.combine(MONDAY, time(9), tzinfo=LONDON))
    return find_entry(vault, appointment_id)




class ContactStep(GuidedDialog):
    """A dialog of one shared step, as the other guided dialogs compose theirs."""

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, entry, now, parent)
        self.contact = self.add_step(ContactOutcomePage("Contact", reason="Checking in"))
        self.load()

    def fill(self, facts: SessionFacts) -> None:
        self.contact.set_client(facts.client, facts.today)

    def decision(self) -> SessionDecision:
        return SessionDecision(BookAction.CALL, self.entry.id, contact=self.contact.record())

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        return {"contact": self.contact}


class RescheduleStep(GuidedDialog):
    OFFERS_SLOTS = True

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(vault, worker, entry, now, parent)
        self.reschedule = self.add_step(ReschedulePage("A new time"))
        self.load()

    def fill(self, facts: SessionFacts) -> None:
        self.reschedule.set_slots(facts.slots, facts.zone, facts.today)

    def decision(self) -> SessionDecision:
        return SessionDecision(BookAction.BOOK, self.entry.id, booking=self.reschedule.booking())

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        return {"booking": self.reschedule}


def test_a_step_of_its_own_records_one_contact(qtbot: QtBot, vault: Vault,
                                               worker: DatabaseWorker,
                                               entry: CalendarEntry) -> None:
    dialog = ContactStep(vault, worker, entry, NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    page = dialog.contact
    assert dialog.button(SKIP).text() == "Skip and finish"
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    error = page.findChild(QLabel, "outcome_error")
    assert error is not None and error.isVisible() and "how it went" in error.text()

    page.channel.setCurrentIndex(page.channel.findData(ContactChannel.VOICEMAIL))
    assert page.consent_hint.isVisible()
    assert page.consent_hint.text() == "Tom Reed has not agreed to voicemail on any number."
    page.channel.setCurrentIndex(page.channel.findData(ContactChannel.TEXT))
    assert page.outcome.currentData() == ContactOutcome.SENT  # what a text's outcome is
    page.channel.setCurrentIndex(page.channel.findData(ContactChannel.CALL))
    assert page.outcome.currentIndex() == -1 and not page.consent_hint.isVisible()
    page.outcome.setCurrentIndex(page.outcome.findData(ContactOutcome.WRONG_NUMBER))
    qtbot.mouseClick(page.follow_up, Qt.MouseButton.LeftButton)
    assert page.follow_up_on.isEnabled()
    with qtbot.waitSignal(dialog.finished_with_changes):
        press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    with vault.unit_of_work() as session:
        logged = [(c.channel, c.outcome, c.reason, c.follow_up_on, c.appointment_id)
                  for c in contacts_of(session, entry.client_id)]
    assert logged == [(ContactChannel.CALL, ContactOutcome.WRONG_NUMBER, "Checking in",
                       date(2026, 6, 22), entry.id)]


def test_skipping_the_only_step_writes_nothing_and_reports_no_change(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry
) -> None:
    dialog = ContactStep(vault, worker, entry, NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.assertNotEmitted(dialog.finished_with_changes):
        press(qtbot, dialog, SKIP)
    assert not dialog.isVisible()
    with vault.unit_of_work() as session:
        assert contacts_of(session, entry.client_id) == []


def test_a_skipped_step_taken_again_with_next_is_written(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry
) -> None:
    dialog = NoShowDialog(vault, worker, entry, NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    press(qtbot, dialog, QWizard.WizardButton.NextButton)
    press(qtbot, dialog, SKIP)
    assert dialog.fee.skipped and dialog.currentPage() is dialog.script
    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    press(qtbot, dialog, QWizard.WizardButton.NextButton)
    assert not dialog.fee.skipped
    for _step in range(5):  # the script, the contact, why, the new time, the reflection
        press(qtbot, dialog, SKIP)
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)  # on the summary
    assert [(line.kind, line.amount) for line in lines(vault, entry.client_id)] == [
        (LedgerKind.NO_SHOW_FEE, 5000)]


def test_a_fee_already_charged_is_not_proposed_again(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry
) -> None:
    set_status(vault, entry.id, AppointmentStatus.NO_SHOW)
    charge_fee(vault, entry.id, 2500)
    dialog = NoShowDialog(vault, worker, find_entry(vault, entry.id), NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.confirm.text.text().startswith("This session is already marked as a no-show.")
    press(qtbot, dialog, QWizard.WizardButton.NextButton)
    assert dialog.currentPage() is dialog.script
    assert "fee" not in dialog.script.script_texts()[0]
    press(qtbot, dialog, SKIP)
    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    assert dialog.currentPage() is dialog.confirm


def test_no_free_time_leaves_only_leaving_it_unscheduled(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry
) -> None:
    update_settings(vault, work_starts=time(9), work_ends=time(9, 30))  # no room for a session
    dialog = RescheduleStep(vault, worker, entry, NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    page = dialog.reschedule
    texts = [page.slots.item(row).text() for row in range(page.slots.count())]
    assert texts == ["No free time in the next two weeks.", "Leave it unscheduled for now"]
    assert page.offered() == []
    assert not page.slots.item(0).flags() & Qt.ItemFlag.ItemIsSelectable


def test_a_new_time_is_booked_the_way_chosen(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry
) -> None:
    dialog = RescheduleStep(vault, worker, entry, NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    page = dialog.reschedule
    assert not page.modality.isEnabled()
    first = page.offered()[0]
    page.choose(first)
    assert [page.modality.itemData(i) for i in range(page.modality.count())] == [
        Modality.IN_PERSON, Modality.PHONE, Modality.VIDEO]
    page.modality.setCurrentIndex(page.modality.findData(Modality.VIDEO))
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    booked = [(e.starts_at, e.modality) for e in days(vault, MONDAY, 14)
              if e.id != entry.id]
    assert booked == [(first.starts_at, Modality.VIDEO)]
    assert page.summary()[0].endswith("(Video).")


def test_leaving_it_unscheduled_books_nothing_and_says_so(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry
) -> None:
    dialog = RescheduleStep(vault, worker, entry, NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    page = dialog.reschedule
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    assert dialog.isVisible()  # a choice is needed, or Skip
    page.choose(None)
    assert page.summary() == ["No new time booked yet."]
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    assert not dialog.isVisible()
    assert [e.id for e in days(vault, MONDAY, 14)] == [entry.id]


def test_a_client_who_asked_not_to_be_contacted_is_said_first(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry
) -> None:
    other = create_client(vault, ClientDraft(full_name="Ann Lee", do_not_contact=True))
    (appointment_id,) = book(vault, other, datetime.combine(MONDAY, time(11), tzinfo=LONDON))
    dialog = NoShowDialog(vault, worker, find_entry(vault, appointment_id), NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    page: ScriptPage = dialog.script
    assert not page.no_contact.isHidden()
    assert page.no_contact.text().startswith("Ann Lee asked not to be contacted.")
    assert page.numbers_caption.text() == (
        "There is no phone number or email address for Ann Lee yet.")


def test_the_copier_leaves_what_someone_copied_since(qtbot: QtBot, fonts: None) -> None:
    copier = SecretCopy(clear_after_ms=60_000)
    clipboard = QGuiApplication.clipboard()
    copier.copy("Hello, this is a message for Tom.")
    clipboard.setText("something else")
    copier.clear()
    assert clipboard.text() == "something else"
    copier.copy("Hello again.")
    copier.clear()
    assert clipboard.text() == "" and not copier.timer.isActive()


def test_the_fee_policy_reasons_are_all_marked_for_translation() -> None:
    assert set(POLICY_REASONS) == set(fee_policy.REASONS)


def test_the_proposal_is_worked_out_without_writing_the_status(
    vault: Vault, entry: CalendarEntry
) -> None:
    assert fee_policy.propose_fee(vault, entry.id) is None  # still booked
    proposal = propose_fee(vault, entry.id, AppointmentStatus.NO_SHOW)
    assert proposal is not None and proposal.amount == 5000
    assert find_entry(vault, entry.id).status == AppointmentStatus.SCHEDULED
