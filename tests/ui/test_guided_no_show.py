"""The no-show dialog walked through as a therapist would, and what the vault holds after."""

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from models import Appointment
from models.enums import (
    AppointmentStatus,
    ContactChannel,
    ContactOutcome,
    Language,
    LedgerKind,
    LetterKind,
    Modality,
    NoShowReason,
    WaiverReason,
)
from services.calendar.appointments import book, days, find_entry, set_status
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.clients.contact_log import contacts_of
from services.errors import InvalidValue
from services.hard_moments import session_decision
from services.money.ledger import balance, lines
from services.money.missed_session_fees import waive_uncharged_fee
from services.notes.reflections import reflections_of
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.guided_steps import chart, finish, next_step, skip, usual_row
from ui.guided.clipboard import CLEAR_AFTER_MS, SECRET_HINT
from ui.guided.no_show import NoShowDialog
from ui.guided.wizard import SKIP
from ui.i18n import install_language
from ui.letters.letter_dialog import LetterDialog
from ui.main_window import MainWindow
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
    """Nadia, who comes on Tuesdays at 10:00, and missed today's session."""
    update_settings(vault, session_fee=FEE, phone="+44 20 7946 0000")
    client = create_client(vault, ClientDraft(
        full_name="Nadia Volkova", preferred_name="Nadia",
        numbers=(PhoneNumber("+44 7700 900123", "mobile", may_call=True, may_voicemail=True,
                             may_text=False),)))
    for weeks_ago in (3, 2, 1):
        (earlier,) = book(vault, client, at(TUESDAY - timedelta(weeks=weeks_ago), 10))
        set_status(vault, earlier, AppointmentStatus.ATTENDED)
    return client


@pytest.fixture
def missed(vault: Vault, client_id: int) -> int:
    (appointment_id,) = book(vault, client_id, at(TUESDAY, 10))
    return appointment_id


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, missed: int) -> NoShowDialog:
    opened = NoShowDialog(vault, worker, find_entry(vault, missed), NOW)
    qtbot.addWidget(opened)
    opened.open()
    return opened










def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def click_row(qtbot: QtBot, dialog: NoShowDialog, row: int) -> None:
    slots = dialog.reschedule.slots
    rect = slots.visualItemRect(slots.item(row))
    qtbot.mouseClick(slots.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())




def choose_reason(qtbot: QtBot, dialog: NoShowDialog, name: str) -> None:
    button = dialog.why.findChild(QRadioButton, name)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def skip_to_the_end(qtbot: QtBot, dialog: NoShowDialog) -> None:
    """Skip every step left, then Finish on the summary."""
    while dialog.currentPage() is not dialog.finish_page:
        skip(qtbot, dialog)
    finish(qtbot, dialog)


def no_show_reason(vault: Vault, appointment_id: int) -> NoShowReason | None:
    with vault.unit_of_work() as session:
        return session.get_one(Appointment, appointment_id).no_show_reason


def contacts(vault: Vault, client_id: int) -> list[tuple[ContactChannel, ContactOutcome, str]]:
    with vault.unit_of_work() as session:
        return [(c.channel, c.outcome, c.reason_in(Language.ENGLISH))
                for c in contacts_of(session, client_id)]


def fees(vault: Vault, client_id: int) -> list[tuple[LedgerKind, int, int | None]]:
    return [(line.kind, line.amount, line.appointment_id) for line in lines(vault, client_id)]


def booked_next_week(vault: Vault) -> list[tuple[str, datetime, Modality]]:
    """The sessions booked from now on."""
    return [(e.client_name, e.starts_at, e.modality) for e in days(vault, TUESDAY, 14)
            if e.status == AppointmentStatus.SCHEDULED and e.starts_at >= NOW]


def test_the_whole_way_through(qtbot: QtBot, dialog: NoShowDialog, vault: Vault,
                               client_id: int, missed: int) -> None:
    assert dialog.currentPage() is dialog.confirm
    assert dialog.confirm.client.text() == "Nadia"
    assert dialog.confirm.when.text() == "Tue 16 Jun 2026, 10:00"
    assert not dialog.button(SKIP).isVisible()  # marking it is what the dialog is for
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.fee
    assert dialog.fee.explanation.text() == (
        "The client did not come to the session and did not cancel it.")
    assert dialog.fee.proposed.text() == "The policy proposes £60.00."
    assert dialog.fee.amount.text() == "60.00"
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.script
    numbers = [label.text() for label in dialog.script.findChildren(QLabel, "phone_number")]
    assert numbers == ["+44 7700 900123"]
    assert "there will be a fee of £60.00" in dialog.script.script_texts()[0]
    next_step(qtbot, dialog)

    dialog.contact.outcome.setCurrentIndex(
        dialog.contact.outcome.findData(ContactOutcome.REACHED))
    qtbot.keyClicks(dialog.contact.note, "Overslept after a night shift.")
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.why
    next_step(qtbot, dialog)  # nothing chosen yet: the step says so
    assert dialog.currentPage() is dialog.why
    assert dialog.why.general_error.text() == "Please choose a reason, or skip this step."
    choose_reason(qtbot, dialog, "reason_forgot")
    next_step(qtbot, dialog)

    offered = dialog.reschedule.offered()
    assert [s.starts_at for s in offered] == sorted(s.starts_at for s in offered)
    assert TUESDAY not in {s.starts_at.astimezone(LONDON).date() for s in offered}
    usual = usual_row(dialog.reschedule)
    assert offered[usual].starts_at == at(NEXT_TUESDAY, 10)  # her usual day and time
    assert dialog.reschedule.slots.item(usual).text() == (
        "Tue 23 Jun, 10:00 — their usual day and time")
    click_row(qtbot, dialog, usual)
    assert dialog.reschedule.modality.currentText() == "In person (their usual)"
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.reflection
    assert dialog.reflection.private_hint.isVisible()
    assert "never goes into the record, a letter" in dialog.reflection.private_hint.text()
    type_text(dialog.reflection.editor, "Last time we touched on her father's illness.")
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.finish_page
    assert not dialog.button(SKIP).isVisible()
    assert dialog.finish_page.plan.text() == "\n".join(f"•  {line}" for line in (
        "The session on Tue 16 Jun 2026, 10:00 is marked as a no-show.",
        "Why it was missed: Forgot.",
        "A fee of £60.00 is charged.",
        "The call is recorded in Nadia's contact history.",
        "A new session is booked for Tue 23 Jun 2026, 10:00.",
        "An entry goes in Nadia's chart.",
        "Your reflection is kept private, apart from the chart."))
    with qtbot.waitSignal(dialog.finished_with_changes):
        finish(qtbot, dialog)

    assert not dialog.isVisible()
    assert find_entry(vault, missed).status == AppointmentStatus.NO_SHOW
    assert no_show_reason(vault, missed) == NoShowReason.FORGOT
    assert fees(vault, client_id) == [(LedgerKind.NO_SHOW_FEE, FEE, missed)]
    assert contacts(vault, client_id) == [
        (ContactChannel.CALL, ContactOutcome.REACHED, "After a no-show")]
    assert booked_next_week(vault) == [("Nadia", at(NEXT_TUESDAY, 10), Modality.IN_PERSON)]
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — No-show",
        "Did not come to the session on Tue 16 Jun 2026, 10:00, and did not cancel it.",
        "Why it was missed: Forgot.",
        "Fee charged: £60.00.",
        "Contact: Call, Reached.",
        "Overslept after a night shift.",
        "New session booked for Tue 23 Jun 2026, 10:00 (In person).",
    ))  # the reflection is private: apart from the chart, about this session
    assert [(r.text, r.appointment_id) for r in reflections_of(vault, client_id)] == [
        ("Last time we touched on her father's illness.", missed)]


def test_skipping_every_step_writes_only_the_status_and_a_short_chart_entry(
    qtbot: QtBot, dialog: NoShowDialog, vault: Vault, client_id: int, missed: int
) -> None:
    next_step(qtbot, dialog)
    for _step in (dialog.fee, dialog.script, dialog.contact, dialog.why, dialog.reschedule):
        assert dialog.button(SKIP).text() == "Skip this step"
        skip(qtbot, dialog)
    assert dialog.currentPage() is dialog.reflection
    type_text(dialog.reflection.editor, "Not to be kept: this step is skipped.")
    skip(qtbot, dialog)
    assert dialog.currentPage() is dialog.finish_page
    assert "No call or message is recorded: Nadia stays on your call list until you reach " \
        "them." in dialog.finish_page.plan.text()
    finish(qtbot, dialog)

    assert not dialog.isVisible()
    assert find_entry(vault, missed).status == AppointmentStatus.NO_SHOW
    assert fees(vault, client_id) == []
    assert contacts(vault, client_id) == []
    assert booked_next_week(vault) == []
    assert chart(vault, client_id) == (
        "2026-06-16 — No-show\n"
        "Did not come to the session on Tue 16 Jun 2026, 10:00, and did not cancel it.")
    assert reflections_of(vault, client_id) == ()


def test_the_amount_the_therapist_changed_is_what_is_charged(
    qtbot: QtBot, dialog: NoShowDialog, vault: Vault, client_id: int, missed: int
) -> None:
    next_step(qtbot, dialog)
    retype(qtbot, dialog.fee.amount, "45.50")
    next_step(qtbot, dialog)
    assert "there will be a fee of £45.50" in dialog.script.script_texts()[0]
    skip_to_the_end(qtbot, dialog)
    assert fees(vault, client_id) == [(LedgerKind.NO_SHOW_FEE, 4550, missed)]
    assert "Fee charged: £45.50." in chart(vault, client_id)


def test_an_amount_that_is_not_money_is_said_beside_the_field(
    qtbot: QtBot, dialog: NoShowDialog
) -> None:
    next_step(qtbot, dialog)
    retype(qtbot, dialog.fee.amount, "sixty")
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.fee
    error = dialog.fee.findChild(QLabel, "fee_amount_error")
    assert error is not None and error.isVisible()
    assert error.text() == "Please enter an amount such as 75.50."


@pytest.mark.parametrize(("typed", "charged"), [(None, []), ("20", [2000])])
def test_a_forgiven_first_miss_proposes_nothing_and_charges_only_what_is_entered(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, missed: int,
    typed: str | None, charged: list[int],
) -> None:
    update_settings(vault, first_missed_forgiven=True)
    dialog = NoShowDialog(vault, worker, find_entry(vault, missed), NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    next_step(qtbot, dialog)
    assert dialog.fee.amount.text() == "0.00"
    assert dialog.fee.proposed.text() == "No fee is proposed. The policy's fee would be £60.00."
    assert "forgives a client's first one" in dialog.fee.explanation.text()
    assert dialog.fee.zero_hint.isVisible()
    if typed is not None:
        retype(qtbot, dialog.fee.amount, typed)
        assert not dialog.fee.zero_hint.isVisible()
    next_step(qtbot, dialog)
    skip_to_the_end(qtbot, dialog)
    assert [amount for _kind, amount, _id in fees(vault, client_id)] == charged
    expected = "Fee charged: £20.00." if typed else "No fee: the practice forgives"
    assert expected in chart(vault, client_id)


def test_a_waived_fee_is_kept_in_the_ledger_and_the_chart_and_the_letter_asks_nothing(
    qtbot: QtBot, dialog: NoShowDialog, vault: Vault, worker: DatabaseWorker, client_id: int,
    missed: int
) -> None:
    next_step(qtbot, dialog)
    waive = dialog.fee.waive
    qtbot.mouseClick(waive, Qt.MouseButton.LeftButton, pos=QPoint(8, waive.height() // 2))
    assert not dialog.fee.amount.isEnabled()
    dialog.fee.reason.setCurrentIndex(dialog.fee.reason.count() - 1)  # "Other reason"
    next_step(qtbot, dialog)
    note_error = dialog.fee.findChild(QLabel, "waiver_note_error")
    assert note_error is not None and note_error.isVisible()
    qtbot.keyClicks(dialog.fee.note, "Her train was cancelled")
    next_step(qtbot, dialog)
    assert "there is no fee for this one" in dialog.script.script_texts()[0]
    skip_to_the_end(qtbot, dialog)
    assert fees(vault, client_id) == [(LedgerKind.NO_SHOW_FEE, FEE, missed),
                                      (LedgerKind.WAIVER, FEE, missed)]
    assert balance(vault, client_id) == 0
    assert "Fee of £60.00 waived: Other reason.\nHer train was cancelled" in chart(
        vault, client_id)

    letter = LetterDialog(vault, worker, client_id, kind=LetterKind.MISSED_SESSION,
                          appointment_id=missed, paper=worker, now=lambda: NOW)
    qtbot.addWidget(letter)
    letter.show()
    assert not letter.fee_question.isVisible()
    assert "there is no charge for the missed session" in letter.body_text()
    assert fees(vault, client_id) == [(LedgerKind.NO_SHOW_FEE, FEE, missed),
                                      (LedgerKind.WAIVER, FEE, missed)]


def test_the_voicemail_and_text_never_say_what_the_practice_is(
    qtbot: QtBot, dialog: NoShowDialog
) -> None:
    next_step(qtbot, dialog, 2)
    call, someone_else, voicemail, text = dialog.script.script_texts()
    assert voicemail == ("Hello, this is a message for Nadia. It's Dr Ada Finch. I was expecting "
                         "you for our appointment today at 10:00, and wanted to check that you "
                         "are all right. I'd be glad to find you a new time: could you call me "
                         "back on +44 20 7946 0000 to rebook? Thank you, goodbye.")
    assert "It's Dr Ada Finch, calling about an appointment." in someone_else
    assert "ask them to call me back" in someone_else
    for confidential in (someone_else, voicemail, text):
        words = confidential.lower()
        assert "appointment" in words
        for giveaway in ("therap", "counsel", "session", "quiet room", "practice"):
            assert giveaway not in words
    assert "all right" in call


def test_copy_puts_the_script_on_the_clipboard_as_a_secret_and_clears_it(
    qtbot: QtBot, dialog: NoShowDialog
) -> None:
    next_step(qtbot, dialog, 2)
    tabs = dialog.script.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(1).center())
    qtbot.mouseClick(dialog.script.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    assert mime.text() == dialog.script.script_texts()[1]
    assert bytes(mime.data(SECRET_HINT).data()) == b"secret"
    timer = dialog.script.clipboard.timer
    assert timer.isActive() and timer.interval() == CLEAR_AFTER_MS
    assert dialog.script.copied.text() == "Copied. The clipboard is cleared in 30 seconds."
    timer.setInterval(10)  # the thirty seconds, shortened: a running timer restarts
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    timer.setInterval(CLEAR_AFTER_MS)


def test_a_refused_fee_leaves_the_dialog_open_and_the_session_as_it_was(
    qtbot: QtBot, dialog: NoShowDialog, vault: Vault, client_id: int, missed: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The status and the fee are one group, written first: a refused fee takes the status
    back, and nothing after them is written. Finish again, once allowed, writes it all."""
    real_charge = session_decision.charge_fee_in

    def refuse(*_args: object) -> int:
        raise InvalidValue("This amount is too large.", field="amount")

    monkeypatch.setattr(session_decision, "charge_fee_in", refuse)
    next_step(qtbot, dialog, 3)
    dialog.contact.outcome.setCurrentIndex(
        dialog.contact.outcome.findData(ContactOutcome.NO_ANSWER))
    next_step(qtbot, dialog)
    choose_reason(qtbot, dialog, "reason_no_reason_given")
    next_step(qtbot, dialog)
    click_row(qtbot, dialog, 0)
    next_step(qtbot, dialog, 2)
    finish(qtbot, dialog)

    assert dialog.isVisible() and dialog.currentPage() is dialog.fee
    error = dialog.fee.findChild(QLabel, "fee_amount_error")
    assert error is not None and error.isVisible() and error.text() == "This amount is too large."
    assert find_entry(vault, missed).status == AppointmentStatus.SCHEDULED
    assert (fees(vault, client_id), contacts(vault, client_id)) == ([], [])
    assert booked_next_week(vault) == [] and chart(vault, client_id) == ""

    monkeypatch.setattr(session_decision, "charge_fee_in", real_charge)
    next_step(qtbot, dialog, 6)
    finish(qtbot, dialog)
    assert not dialog.isVisible()
    assert find_entry(vault, missed).status == AppointmentStatus.NO_SHOW
    assert fees(vault, client_id) == [(LedgerKind.NO_SHOW_FEE, FEE, missed)]
    assert len(contacts(vault, client_id)) == 1 and len(booked_next_week(vault)) == 1


def test_a_time_taken_meanwhile_is_said_on_its_step_and_nothing_is_written_until_put_right(
    qtbot: QtBot, dialog: NoShowDialog, vault: Vault, client_id: int, missed: int
) -> None:
    next_step(qtbot, dialog, 3)
    dialog.contact.outcome.setCurrentIndex(
        dialog.contact.outcome.findData(ContactOutcome.REACHED))
    next_step(qtbot, dialog)
    skip(qtbot, dialog)  # why it was missed
    click_row(qtbot, dialog, usual_row(dialog.reschedule))
    other = create_client(vault, ClientDraft(full_name="Tom Reed"))
    book(vault, other, at(NEXT_TUESDAY, 10))  # someone else takes the time meanwhile
    next_step(qtbot, dialog, 2)
    finish(qtbot, dialog)

    assert dialog.isVisible() and dialog.currentPage() is dialog.reschedule
    error = dialog.reschedule.findChild(QLabel, "slots_error")
    assert error is not None and error.text() == (
        "This time is no longer free. Please choose another.")
    # one decision, one transaction: nothing of it is written until it can all be
    assert find_entry(vault, missed).status == AppointmentStatus.SCHEDULED
    assert (contacts(vault, client_id), chart(vault, client_id)) == ([], "")
    assert fees(vault, client_id) == []

    click_row(qtbot, dialog, 1)
    second = dialog.reschedule.offered()[1].starts_at
    next_step(qtbot, dialog, 2)
    with qtbot.waitSignal(dialog.finished_with_changes):
        finish(qtbot, dialog)
    assert fees(vault, client_id) == [(LedgerKind.NO_SHOW_FEE, FEE, missed)]
    assert len(contacts(vault, client_id)) == 1
    assert sorted((start, name) for name, start, _how in booked_next_week(vault)) == sorted(
        [(second, "Nadia"), (at(NEXT_TUESDAY, 10), "Tom Reed")])
    assert chart(vault, client_id).count("No-show") == 1


def test_the_calendar_menu_opens_the_dialog_and_the_window_reads_again(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, missed: int
) -> None:
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    window.reload()
    window.calendar.action_requested.emit(missed, "no_show")
    dialog = window.findChild(NoShowDialog)
    assert dialog is not None and dialog.isVisible()
    assert find_entry(vault, missed).status == AppointmentStatus.SCHEDULED
    next_step(qtbot, dialog)
    with qtbot.waitSignal(window.session_actions.changed):
        skip_to_the_end(qtbot, dialog)
    assert find_entry(vault, missed).status == AppointmentStatus.NO_SHOW


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def test_in_russian_the_dialog_speaks_russian_and_writes_the_chart_in_russian(
    qtbot: QtBot, russian: None, vault: Vault, worker: DatabaseWorker, client_id: int,
    missed: int
) -> None:
    opened = NoShowDialog(vault, worker, find_entry(vault, missed), NOW)
    qtbot.addWidget(opened)
    opened.open()
    assert opened.windowTitle() == "Неявка"
    assert opened.button(QWizard.WizardButton.NextButton).text() == "Далее"
    next_step(qtbot, opened)
    while opened.currentPage() is not opened.finish_page:
        assert opened.button(SKIP).text() == "Пропустить шаг"
        skip(qtbot, opened)
    assert opened.finish_page.plan.text().startswith("•  Сессия ")
    finish(qtbot, opened)
    assert find_entry(vault, missed).status == AppointmentStatus.NO_SHOW
    entry = chart(vault, client_id)
    assert entry.startswith("2026-06-16 — Неявка\n")
    assert "Did not come" not in entry


def test_text_is_greyed_out_with_the_reason_when_no_number_takes_texts(
    qtbot: QtBot, dialog: NoShowDialog
) -> None:
    next_step(qtbot, dialog, 2)
    tabs = dialog.script.tabs
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert titles == ["If they answer", "Someone else", "Voicemail", "Text message"]
    assert [tabs.isTabEnabled(index) for index in range(tabs.count())] == [
        True, True, True, False]
    why = "Nadia has not agreed to text messages on any number (a landline cannot take them)."
    assert tabs.tabToolTip(3) == why
    assert dialog.script.unavailable.isVisible()
    assert dialog.script.unavailable.text() == f"Text message: {why}"


def test_with_no_number_voicemail_and_text_are_both_greyed_out(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker
) -> None:
    client = create_client(vault, ClientDraft(full_name="Ivan Sokolov"))
    (missed,) = book(vault, client, at(TUESDAY, 11))
    dialog = NoShowDialog(vault, worker, find_entry(vault, missed), NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    next_step(qtbot, dialog, 2)
    tabs = dialog.script.tabs
    assert [tabs.isTabEnabled(index) for index in range(tabs.count())] == [
        True, True, False, False]
    assert tabs.tabToolTip(2) == tabs.tabToolTip(3) == (
        "There is no phone number for Ivan Sokolov.")


def test_a_missed_second_session_says_so_with_extra_care(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, dialog: NoShowDialog
) -> None:
    assert not dialog.second_session.isVisible()  # Nadia has met three times already
    newcomer = create_client(vault, ClientDraft(full_name="Olga Ivanova"))
    (first,) = book(vault, newcomer, at(TUESDAY - timedelta(weeks=1), 15))
    set_status(vault, first, AppointmentStatus.ATTENDED)
    (second,) = book(vault, newcomer, at(TUESDAY, 15))
    opened = NoShowDialog(vault, worker, find_entry(vault, second), NOW)
    qtbot.addWidget(opened)
    opened.open()
    note = opened.second_session
    assert note.isVisible()
    assert note.heading.text() == "This was to be the second session"
    assert "often that doubt, more than forgetting" in note.text.text()
    assert "think twice before charging a fee" in note.text.text()


def test_a_fee_waived_before_reads_as_waived_when_the_no_show_is_opened_again(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int,
        missed: int) -> None:
    set_status(vault, missed, AppointmentStatus.NO_SHOW)
    waive_uncharged_fee(vault, missed, FEE, WaiverReason.GOODWILL)
    dialog = NoShowDialog(vault, worker, find_entry(vault, missed), NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.facts is not None)
    next_step(qtbot, dialog)
    while dialog.currentPage() is not dialog.finish_page:
        assert dialog.currentPage() is not dialog.fee  # decided once: not proposed again
        skip(qtbot, dialog)
    plan = dialog.finish_page.plan.text()
    assert "•  The fee of £60.00 was waived: Goodwill." in plan
    assert "charged" not in plan
    assert fees(vault, client_id) == [(LedgerKind.NO_SHOW_FEE, FEE, missed),
                                      (LedgerKind.WAIVER, FEE, missed)]
