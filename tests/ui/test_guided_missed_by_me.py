"""The "I missed this session" dialog walked through as a therapist would, and the vault after."""

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard
from pytestqt.qtbot import QtBot

from models.enums import (
    AppointmentStatus,
    ContactChannel,
    ContactOutcome,
    FeeRule,
    Language,
    LedgerKind,
    LetterKind,
    Modality,
    WaiverReason,
)
from services.calendar.appointments import book, days, find_entry, set_status
from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    read_client,
    update_client,
)
from services.clients.contact_log import contacts_of
from services.money.ledger import balance, lines, record
from services.practice.practice_settings import read_settings, update_settings
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.guided_steps import chart, finish, next_step, press, skip, usual_row
from ui.guided.fee_page import FeePage
from ui.guided.missed_by_me import MissedByMeDialog
from ui.guided.wizard import SKIP
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
TUESDAY, NEXT_TUESDAY = date(2026, 6, 16), date(2026, 6, 23)
NOW = datetime(2026, 6, 16, 12, 0, tzinfo=LONDON)
FEE = 6000


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    """Nadia, who comes on Tuesdays at 10:00; today the therapist forgot her session."""
    update_settings(vault, session_fee=FEE, phone="+44 20 7946 0000", reminders=False,
                    no_show_fee_rule=FeeRule.FULL)
    client = create_client(vault, ClientDraft(
        full_name="Nadia Volkova", preferred_name="Nadia",
        numbers=(PhoneNumber("+44 7700 900123", "mobile", may_call=True, may_voicemail=True,
                             may_text=True),)))
    for weeks_ago in (3, 2, 1):
        (earlier,) = book(vault, client, at(TUESDAY - timedelta(weeks=weeks_ago), 10))
        set_status(vault, earlier, AppointmentStatus.ATTENDED)
    return client


@pytest.fixture
def missed(vault: Vault, client_id: int) -> int:
    (appointment_id,) = book(vault, client_id, at(TUESDAY, 10))
    return appointment_id


def open_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                appointment_id: int) -> MissedByMeDialog:
    opened = MissedByMeDialog(vault, worker, find_entry(vault, appointment_id), NOW)
    qtbot.addWidget(opened)
    opened.open()
    return opened


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, missed: int) -> MissedByMeDialog:
    return open_dialog(qtbot, vault, worker, missed)










def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a check box or radio button on its box, as the therapist would."""
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def click_row(qtbot: QtBot, dialog: MissedByMeDialog, row: int) -> None:
    slots = dialog.reschedule.slots
    rect = slots.visualItemRect(slots.item(row))
    qtbot.mouseClick(slots.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())




def contacts(vault: Vault, client_id: int) -> list[tuple[ContactChannel, ContactOutcome, str]]:
    with vault.unit_of_work() as session:
        return [(c.channel, c.outcome, c.reason_in(Language.ENGLISH))
                for c in contacts_of(session, client_id)]


def money(vault: Vault, client_id: int) -> list[tuple[LedgerKind, int, int | None,
                                                       WaiverReason | None]]:
    return [(line.kind, line.amount, line.appointment_id, line.waiver_reason)
            for line in lines(vault, client_id)]


def booked_from_now(vault: Vault) -> list[tuple[int, datetime, Modality]]:
    return [(e.id, e.starts_at, e.modality) for e in days(vault, TUESDAY, 21)
            if e.status == AppointmentStatus.SCHEDULED and e.starts_at >= NOW]


def test_the_whole_way_through(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                               client_id: int, missed: int) -> None:
    """A session charged in advance: the charge is waived, and the next session's fee too."""
    record(vault, client_id, LedgerKind.SESSION_CHARGE, FEE, appointment_id=missed)
    dialog = open_dialog(qtbot, vault, worker, missed)
    assert dialog.currentPage() is dialog.confirm
    assert dialog.confirm.client.text() == "Nadia"
    assert dialog.confirm.text.text().startswith(
        "When you press Finish, this session is marked as missed by you.")
    assert not dialog.button(SKIP).isVisible()  # marking it is what the dialog is for
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.script
    call = dialog.script.script_texts()[0]
    assert "I missed our session today at 10:00. That was my mistake, and I'm truly sorry." in call
    assert "disappointing, or upsetting, to wait for me" in call
    assert "That is not an excuse" in call
    assert "I am committed to it" in call
    assert "I'd like to hear how it was for you" in call
    assert "by phone or video" in call
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.contact
    dialog.contact.outcome.setCurrentIndex(
        dialog.contact.outcome.findData(ContactOutcome.REACHED))
    qtbot.keyClicks(dialog.contact.note, "She had waited twenty minutes; she was gracious.")
    next_step(qtbot, dialog)

    usual = usual_row(dialog.reschedule)
    assert dialog.reschedule.offered()[usual].starts_at == at(NEXT_TUESDAY, 10)
    click_row(qtbot, dialog, usual)
    dialog.reschedule.modality.setCurrentIndex(
        dialog.reschedule.modality.findData(Modality.VIDEO))
    next_step(qtbot, dialog)

    page = dialog.waiver
    assert dialog.currentPage() is page
    assert page.charged.text() == "£60.00 is charged for this session."
    assert page.waive_this.isChecked() and page.waive_this.text() == (
        "Waive the £60.00 charged for this session")
    assert page.reason.currentData() == WaiverReason.THERAPIST_ERROR
    assert page.next_hint.text() == "That is the new session you chose: Tue 23 Jun 2026, 10:00."
    assert not page.waive_next.isChecked()
    tick(qtbot, page.waive_next)
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.prevention
    assert dialog.button(SKIP).text() == "Skip and finish"
    type_text(dialog.prevention.what, "I moved her to Wednesday in my head, not in my diary.")
    tick(qtbot, dialog.prevention.buttons["reminders"])
    with qtbot.waitSignal(dialog.finished_with_changes):
        finish(qtbot, dialog)

    assert not dialog.isVisible()
    assert find_entry(vault, missed).status == AppointmentStatus.MISSED_BY_THERAPIST
    assert contacts(vault, client_id) == [
        (ContactChannel.CALL, ContactOutcome.REACHED, "After I missed a session")]
    ((new_id, starts, how),) = booked_from_now(vault)
    assert (starts, how) == (at(NEXT_TUESDAY, 10), Modality.VIDEO)
    assert money(vault, client_id) == [
        (LedgerKind.SESSION_CHARGE, FEE, missed, None),
        (LedgerKind.WAIVER, FEE, missed, WaiverReason.THERAPIST_ERROR),
        (LedgerKind.WAIVER, FEE, new_id, WaiverReason.THERAPIST_ERROR),  # the next one
    ]
    # the missed session's charge is taken back whole: only the next session's credit remains
    assert balance(vault, client_id) == 0 - FEE
    assert read_settings(vault).reminders
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — I missed this session",
        "I missed the session on Tue 16 Jun 2026, 10:00.",
        "Contact: Call, Reached.",
        "She had waited twenty minutes; she was gracious.",
        "New session booked for Tue 23 Jun 2026, 10:00 (Video).",
        "£60.00 charged for this session waived: My mistake.",
        "The fee of the next session, Tue 23 Jun 2026, 10:00, waived too: My mistake.",
        "What happened:",
        "I moved her to Wednesday in my head, not in my diary.",
        "So that it does not happen again: Turn on reminders.",
    ))


def test_no_fee_is_proposed_or_charged_for_a_session_the_therapist_missed(
    qtbot: QtBot, dialog: MissedByMeDialog, vault: Vault, client_id: int, missed: int
) -> None:
    """Even with a no-show fee in the policy: no fee step, nothing charged, only let go."""
    assert not any(isinstance(page, FeePage) for page in dialog.steps())
    assert dialog.facts is not None and dialog.facts.proposal is None
    next_step(qtbot, dialog)
    assert "fee of" not in dialog.script.script_texts()[0]
    skip(qtbot, dialog)  # the script
    skip(qtbot, dialog)  # the contact
    click_row(qtbot, dialog, 0)
    next_step(qtbot, dialog)

    page = dialog.waiver
    assert page.charged.text() == (
        "Nothing is charged for this session, so there is nothing to waive for it.")
    assert page.waive_this.isHidden()
    assert page.waive_next.text() == "Waive the fee of the next session"
    assert not page.reason.isEnabled()  # nothing to give a reason for yet
    tick(qtbot, page.waive_next)
    assert page.reason.isEnabled()
    next_step(qtbot, dialog)
    skip(qtbot, dialog)  # what went wrong

    ((new_id, _starts, _how),) = booked_from_now(vault)
    assert find_entry(vault, missed).status == AppointmentStatus.MISSED_BY_THERAPIST
    assert money(vault, client_id) == [
        (LedgerKind.WAIVER, FEE, new_id, WaiverReason.THERAPIST_ERROR)]
    assert "charged" not in chart(vault, client_id)
    assert not read_settings(vault).reminders


def test_the_voicemail_and_text_never_say_what_the_practice_is(
    qtbot: QtBot, dialog: MissedByMeDialog
) -> None:
    next_step(qtbot, dialog)
    titles = [dialog.script.tabs.tabText(i) for i in range(dialog.script.tabs.count())]
    assert titles == ["If they answer", "Someone else", "Voicemail", "Text message"]
    _call, someone_else, voicemail, text = dialog.script.script_texts()
    assert "It's Dr Ada Finch, calling about an appointment." in someone_else
    assert voicemail == ("Hello, this is a message for Nadia. It's Dr Ada Finch. Could you "
                         "call me back about an appointment when you have a moment, on "
                         "+44 20 7946 0000? Thank you, goodbye.")
    assert text == ("Hello Nadia, it's Dr Ada Finch. Could you call me back about an "
                    "appointment when you have a moment? Thank you.")
    for confidential in (someone_else, voicemail, text):
        words = confidential.lower()
        assert "appointment" in words
        for giveaway in ("therap", "counsel", "session", "quiet room", "practice", "missed",
                         "sorry"):
            assert giveaway not in words


def test_skipping_every_step_writes_only_the_status_and_a_short_chart_entry(
    qtbot: QtBot, dialog: MissedByMeDialog, vault: Vault, client_id: int, missed: int
) -> None:
    next_step(qtbot, dialog)
    for _step in (dialog.script, dialog.contact, dialog.reschedule, dialog.waiver):
        assert dialog.button(SKIP).text() == "Skip this step"
        skip(qtbot, dialog)
    assert dialog.currentPage() is dialog.prevention
    tick(qtbot, dialog.prevention.buttons["reminders"])
    type_text(dialog.prevention.what, "Not to be kept: this step is skipped.")
    skip(qtbot, dialog)

    assert not dialog.isVisible()
    assert find_entry(vault, missed).status == AppointmentStatus.MISSED_BY_THERAPIST
    assert money(vault, client_id) == []
    assert contacts(vault, client_id) == []
    assert booked_from_now(vault) == []
    assert not read_settings(vault).reminders
    assert chart(vault, client_id) == (
        "2026-06-16 — I missed this session\n"
        "I missed the session on Tue 16 Jun 2026, 10:00.")


def test_with_no_next_session_the_next_fee_waits_for_one_to_be_booked(
    qtbot: QtBot, dialog: MissedByMeDialog
) -> None:
    next_step(qtbot, dialog)
    skip(qtbot, dialog, 2)  # the script, the contact
    dialog.reschedule.choose(None)  # leave it unscheduled
    next_step(qtbot, dialog)
    page = dialog.waiver
    assert not page.waive_next.isEnabled()
    assert page.next_hint.text() == (
        "Nadia has no next session booked yet. The next fee can be waived once a session is "
        "booked: go back a step to choose a new time.")

    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    click_row(qtbot, dialog, 1)
    chosen = dialog.reschedule.offered()[1].starts_at
    next_step(qtbot, dialog)
    assert page.waive_next.isEnabled()
    assert page.next_session() == chosen


def test_the_next_session_already_booked_is_the_one_whose_fee_is_waived(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, missed: int
) -> None:
    (following,) = book(vault, client_id, at(TUESDAY + timedelta(days=2), 15))
    dialog = open_dialog(qtbot, vault, worker, missed)
    next_step(qtbot, dialog)
    skip(qtbot, dialog, 3)  # the script, the contact, the new time
    page = dialog.waiver
    assert page.next_hint.text() == "That is the session on Thu 18 Jun 2026, 15:00."
    tick(qtbot, page.waive_next)
    page.reason.setCurrentIndex(page.reason.findData(WaiverReason.OTHER))
    next_step(qtbot, dialog)
    error = page.findChild(QLabel, "waiver_note_error")
    assert error is not None and error.isVisible()  # "other" needs a few words
    qtbot.keyClicks(page.note, "A gesture after my lapse")
    next_step(qtbot, dialog)
    skip(qtbot, dialog)  # what went wrong
    assert money(vault, client_id) == [(LedgerKind.WAIVER, FEE, following, WaiverReason.OTHER)]
    assert "A gesture after my lapse" in chart(vault, client_id)


def test_a_preventive_step_of_ones_own_needs_its_words(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, missed: int
) -> None:
    update_settings(vault, reminders=True)
    dialog = open_dialog(qtbot, vault, worker, missed)
    next_step(qtbot, dialog)
    skip(qtbot, dialog, 4)
    page = dialog.prevention
    assert not page.buttons["reminders"].isEnabled()
    assert page.reminders_hint.text() == "Reminders are on already."
    tick(qtbot, page.buttons["other"])
    finish(qtbot, dialog)
    assert dialog.isVisible()
    error = page.findChild(QLabel, "prevent_other_text_error")
    assert error is not None and error.isVisible()
    qtbot.keyClicks(page.other, "A second alarm on my phone")
    finish(qtbot, dialog)
    assert not dialog.isVisible()
    assert chart(vault, client_id).endswith(
        "So that it does not happen again: A second alarm on my phone.")


def test_an_apology_letter_asked_for_opens_after_finish_about_this_session(
    qtbot: QtBot, dialog: MissedByMeDialog, vault: Vault, client_id: int, missed: int
) -> None:
    details = read_client(vault, client_id)
    update_client(vault, client_id, replace(details.draft, address="3 Elm Row\nOxford"))
    next_step(qtbot, dialog)
    tick(qtbot, dialog.apology_letter)
    for _step in (dialog.script, dialog.contact, dialog.reschedule, dialog.waiver,
                  dialog.prevention):
        skip(qtbot, dialog)

    assert not dialog.isVisible()
    letter = dialog.letter_dialog
    assert letter is not None and letter.isVisible()
    assert letter.kind.currentData() == LetterKind.APOLOGY
    assert letter.current_draft() is not None  # the session is marked: the letter is about it
    assert letter.current_draft().appointment_id == missed  # type: ignore[union-attr]
    assert not letter.prevention.isChecked()  # no step was chosen: the apology claims none
    assert "keep my diary" not in letter.body_text()
    letter.close()
