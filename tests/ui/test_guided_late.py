"""The "client is late" dialog walked through as a therapist would, and what the vault holds."""

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from models import Appointment
from models.enums import AppointmentStatus, ContactChannel, ContactOutcome, Language, Modality
from services.calendar.appointments import book, find_entry
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.clients.contact_log import contacts_of
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.conftest import HeldExecutor
from tests.ui.guided_steps import chart, next_step, press
from ui.guided.late import LateDialog
from ui.guided.wizard import SKIP
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
TUESDAY = date(2026, 6, 16)
NOW = datetime(2026, 6, 16, 10, 17, tzinfo=LONDON)  # 17 minutes into the 10:00 session


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def client_id(vault: Vault) -> int:
    update_settings(vault, phone="+44 20 7946 0000")
    return create_client(vault, ClientDraft(
        full_name="Nadia Volkova", preferred_name="Nadia",
        numbers=(PhoneNumber("+44 7700 900123", "mobile", may_call=True, may_voicemail=True,
                             may_text=False),
                 PhoneNumber("+44 20 7946 0555", "work", may_call=True, may_voicemail=False,
                             may_text=False))))


@pytest.fixture
def late(vault: Vault, client_id: int) -> int:
    (appointment_id,) = book(vault, client_id, at(TUESDAY, 10))
    return appointment_id


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, late: int) -> LateDialog:
    opened = LateDialog(vault, worker, find_entry(vault, late), NOW)
    qtbot.addWidget(opened)
    opened.open()
    return opened






def choose(qtbot: QtBot, button: QRadioButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def record_call(qtbot: QtBot, dialog: LateDialog, outcome: ContactOutcome, note: str) -> None:
    dialog.contact.outcome.setCurrentIndex(dialog.contact.outcome.findData(outcome))
    qtbot.keyClicks(dialog.contact.note, note)


def stored(vault: Vault, appointment_id: int) -> tuple[AppointmentStatus, datetime | None]:
    with vault.unit_of_work() as session:
        appointment = session.get_one(Appointment, appointment_id)
        return appointment.status, appointment.arrived_at


def contacts(vault: Vault, client_id: int) -> list[tuple[ContactChannel, ContactOutcome, str,
                                                         str, int | None]]:
    with vault.unit_of_work() as session:
        return [(c.channel, c.outcome, c.reason_in(Language.ENGLISH), c.note, c.appointment_id)
                for c in contacts_of(session, client_id)]




def test_on_their_way_marks_attended_late_arriving_now(
    qtbot: QtBot, dialog: LateDialog, vault: Vault, client_id: int, late: int
) -> None:
    assert dialog.currentPage() is dialog.script
    assert dialog.lateness.text() == "Nadia has not arrived for the 10:00 session: 17 min late."
    numbers = [label.text() for label in dialog.script.findChildren(QLabel, "phone_number")]
    assert numbers == ["+44 7700 900123", "+44 20 7946 0555"]
    marks = [label.text() for label in dialog.script.findChildren(QLabel, "consent")]
    assert marks == ["✓ call", "✓ voicemail", "✗ text", "✓ call", "✗ voicemail", "✗ text"]
    call = dialog.script.script_texts()[0]
    assert "I'm just checking whether you're on your way for our appointment at 10:00." in call
    next_step(qtbot, dialog)

    record_call(qtbot, dialog, ContactOutcome.REACHED, "Stuck on the bus, five minutes away.")
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.happened
    assert dialog.button(SKIP).text() == "Skip and finish"
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)  # nothing chosen yet
    assert dialog.isVisible()
    error = dialog.happened.findChild(QLabel, "outcome_error")
    assert error is not None and error.isVisible()
    assert stored(vault, late) == (AppointmentStatus.SCHEDULED, None)

    choose(qtbot, dialog.happened.on_their_way)
    with qtbot.assertNotEmitted(dialog.no_show_chosen):
        with qtbot.waitSignal(dialog.finished_with_changes):
            press(qtbot, dialog, QWizard.WizardButton.FinishButton)

    assert not dialog.isVisible()
    assert stored(vault, late) == (AppointmentStatus.ATTENDED_LATE, NOW)
    assert contacts(vault, client_id) == [
        (ContactChannel.CALL, ContactOutcome.REACHED, "Late: not arrived",
         "Stuck on the bus, five minutes away.", late)]
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — Late",
        "Had not arrived 17 min after the start of the session on Tue 16 Jun 2026, 10:00.",
        "Contact: Call, Reached.",
        "Stuck on the bus, five minutes away.",
        "They were on their way: marked as attended late.",
    ))


def test_not_coming_marks_a_no_show_and_asks_for_the_no_show_dialog(
    qtbot: QtBot, dialog: LateDialog, vault: Vault, client_id: int, late: int
) -> None:
    next_step(qtbot, dialog)
    record_call(qtbot, dialog, ContactOutcome.REACHED, "Forgot; at work.")
    next_step(qtbot, dialog)
    assert not dialog.happened.no_show_hint.isHidden()
    assert "the no-show dialog opens" in dialog.happened.no_show_hint.text()
    choose(qtbot, dialog.happened.not_coming)
    with qtbot.waitSignal(dialog.no_show_chosen) as asked:
        press(qtbot, dialog, QWizard.WizardButton.FinishButton)

    assert asked.args == [late]
    assert stored(vault, late) == (AppointmentStatus.NO_SHOW, None)
    assert [c[:3] for c in contacts(vault, client_id)] == [
        (ContactChannel.CALL, ContactOutcome.REACHED, "Late: not arrived")]
    assert chart(vault, client_id).endswith("They were not coming: marked as a no-show.")


def test_leaving_it_writes_the_call_and_the_chart_but_not_the_status(
    qtbot: QtBot, dialog: LateDialog, vault: Vault, client_id: int, late: int
) -> None:
    next_step(qtbot, dialog)
    dialog.contact.channel.setCurrentIndex(
        dialog.contact.channel.findData(ContactChannel.VOICEMAIL))
    assert dialog.contact.outcome.currentData() == ContactOutcome.VOICEMAIL
    next_step(qtbot, dialog)
    with qtbot.assertNotEmitted(dialog.no_show_chosen):
        press(qtbot, dialog, SKIP)  # "Skip and finish": leave it as it is
    assert not dialog.isVisible()
    assert stored(vault, late) == (AppointmentStatus.SCHEDULED, None)
    assert [c[:2] for c in contacts(vault, client_id)] == [
        (ContactChannel.VOICEMAIL, ContactOutcome.VOICEMAIL)]
    assert chart(vault, client_id).endswith("Left for now: the session is still booked.")


def test_the_voicemail_and_text_never_say_what_the_practice_is(
    dialog: LateDialog
) -> None:
    call, someone_else, voicemail, text = dialog.script.script_texts()
    assert voicemail == ("Hello, this is a message for Nadia. It's Dr Ada Finch, just checking "
                         "whether you're on your way for our appointment at 10:00. Could you "
                         "call me back when you can, on +44 20 7946 0000? Thank you, goodbye.")
    assert "It's Dr Ada Finch, calling about an appointment." in someone_else
    for confidential in (voicemail, text):
        words = confidential.lower()
        assert "appointment at 10:00" in words
        for giveaway in ("therap", "counsel", "session", "quiet room", "practice", "psych",
                         "clinic"):
            assert giveaway not in words
    assert "Nadia" in call and "on your way" in call


def test_a_late_client_s_other_session_is_not_touched(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, late: int
) -> None:
    """Marking is about the session the dialog opened on, not the client's next one."""
    (next_week,) = book(vault, client_id, at(TUESDAY + timedelta(weeks=1), 10))
    dialog = LateDialog(vault, worker, find_entry(vault, late), NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    press(qtbot, dialog, SKIP)  # the script
    press(qtbot, dialog, SKIP)  # the call's outcome
    choose(qtbot, dialog.happened.on_their_way)
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    assert stored(vault, late)[0] == AppointmentStatus.ATTENDED_LATE
    assert stored(vault, next_week) == (AppointmentStatus.SCHEDULED, None)
    assert contacts(vault, client_id) == []


def test_an_online_session_asks_whether_they_can_join_and_stays_discreet(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int
) -> None:
    update_settings(vault, therapist_name="", phone="")
    (online,) = book(vault, client_id, at(TUESDAY, 14), modality=Modality.VIDEO)
    dialog = LateDialog(vault, worker, find_entry(vault, online), at(TUESDAY, 14, 20))
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.lateness.text() == "Nadia has not arrived for the 14:00 session: 20 min late."
    call, someone_else, voicemail, text = dialog.script.script_texts()
    assert "whether you're still able to join our appointment at 14:00" in call
    assert voicemail == ("Hello, this is a message for Nadia. I'm just checking whether you're "
                         "still able to join our appointment at 14:00. Could you call me back "
                         "when you can? Thank you, goodbye.")
    assert "on your way" not in text and "join our appointment at 14:00" in text
    assert "I'm calling about an appointment." in someone_else
    for confidential in (someone_else, voicemail, text):
        for giveaway in ("therap", "counsel", "session", "practice", "video"):
            assert giveaway not in confidential.lower()


def test_the_scripts_appear_when_the_facts_arrive_after_the_dialog_is_shown(
    qtbot: QtBot, vault: Vault, late: int
) -> None:
    # In the app the worker has its own thread: the first step shows before the facts.
    held = HeldExecutor()
    opened = LateDialog(vault, DatabaseWorker(held), find_entry(vault, late), NOW)
    qtbot.addWidget(opened)
    opened.open()
    assert opened.script.tabs.count() == 0
    held.release()
    assert opened.script.tabs.count() == 4
    assert "10:00" in opened.script.tabs.widget(0).toPlainText()


def test_the_call_step_shows_where_to_find_a_video_client(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker
) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee",
                                              online_handle="ann.lee (WhatsApp)"))
    (online,) = book(vault, client, at(TUESDAY, 14), modality=Modality.VIDEO)
    dialog = LateDialog(vault, worker, find_entry(vault, online), at(TUESDAY, 14, 20))
    qtbot.addWidget(dialog)
    dialog.open()
    handle = dialog.script.findChild(QLabel, "video_handle")
    assert handle is not None and handle.isVisible() and handle.text() == "ann.lee (WhatsApp)"
    assert dialog.script.numbers_caption.text() == "How to reach Ann Lee:"
