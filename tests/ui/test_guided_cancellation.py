"""The cancellation dialog walked through as a therapist would, and what the vault holds after."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from models import Appointment
from models.enums import (
    AppointmentStatus,
    CancelledBy,
    FeeRule,
    LedgerKind,
    Modality,
    ReasonCategory,
    WaiverReason,
)
from services.calendar.appointments import book, cancel, days, find_entry, set_status
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.errors import InvalidValue
from services.hard_moments import session_decision
from services.money.ledger import lines
from services.money.missed_session_fees import waive_uncharged_fee
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.ui.conftest import HeldExecutor, type_text
from tests.ui.guided_steps import chart, next_step, press, usual_row
from ui.guided.cancellation import CancellationDialog
from ui.guided.wizard import SKIP
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
TUESDAY, NEXT_TUESDAY = date(2026, 6, 16), date(2026, 6, 23)
NOW = datetime(2026, 6, 16, 7, 0, tzinfo=LONDON)  # three hours before the 10:00 session
FEE = 6000


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    """Nadia, who comes on Tuesdays at 10:00 and has never missed one."""
    update_settings(vault, session_fee=FEE)
    client = create_client(vault, ClientDraft(
        full_name="Nadia Volkova", preferred_name="Nadia", online_handle="nadia.v (Zoom)",
        numbers=(PhoneNumber("+44 7700 900123", "mobile", may_call=True),)))
    for weeks_ago in (3, 2, 1):
        (earlier,) = book(vault, client, at(TUESDAY - timedelta(weeks=weeks_ago), 10))
        set_status(vault, earlier, AppointmentStatus.ATTENDED)
    return client


@pytest.fixture
def session_id(vault: Vault, client_id: int) -> int:
    (appointment_id,) = book(vault, client_id, at(TUESDAY, 10))
    return appointment_id


def open_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, appointment_id: int,
                now: datetime = NOW) -> CancellationDialog:
    dialog = CancellationDialog(vault, worker, find_entry(vault, appointment_id), now)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
           session_id: int) -> CancellationDialog:
    return open_dialog(qtbot, vault, worker, session_id)






def finish(qtbot: QtBot, dialog: CancellationDialog) -> None:
    with qtbot.waitSignal(dialog.finished_with_changes):
        press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    assert not dialog.isVisible()


def choose(qtbot: QtBot, button: QRadioButton) -> None:
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def fill_request(qtbot: QtBot, dialog: CancellationDialog, reason: ReasonCategory,
                 words: str) -> None:
    combo = dialog.request.reason
    combo.setCurrentIndex(combo.findData(reason))
    qtbot.keyClicks(dialog.request.details, words)


def step(qtbot: QtBot, edit: QDateTimeEdit, section: QDateTimeEdit.Section, key: Qt.Key,
         times: int = 1) -> None:
    """Move one part of the date and time with the arrow keys, as a keyboard user would."""
    edit.setFocus()
    edit.setCurrentSection(section)
    for _ in range(times):
        qtbot.keyClick(edit, key)


def click_row(qtbot: QtBot, dialog: CancellationDialog, row: int) -> None:
    slots = dialog.reschedule.slots
    rect = slots.visualItemRect(slots.item(row))
    qtbot.mouseClick(slots.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def stored(vault: Vault, appointment_id: int) -> tuple[object, ...]:
    with vault.unit_of_work() as session:
        a = session.get_one(Appointment, appointment_id)
        return (a.status, a.cancelled_by, a.cancellation_arrived_at, a.reason_category,
                a.reason_text, a.modality)


def fees(vault: Vault, client_id: int) -> list[tuple[LedgerKind, int, int | None]]:
    return [(line.kind, line.amount, line.appointment_id) for line in lines(vault, client_id)]


def booked_from(vault: Vault, now: datetime) -> list[tuple[datetime, Modality]]:
    return [(e.starts_at, e.modality) for e in days(vault, TUESDAY - timedelta(days=7), 28)
            if e.status == AppointmentStatus.SCHEDULED and e.starts_at >= now]




def visited(dialog: CancellationDialog) -> set[int]:
    return set(dialog.visitedIds())


def test_a_late_cancellation_by_the_client_charges_the_fee_and_books_a_new_time(
    qtbot: QtBot, dialog: CancellationDialog, vault: Vault, client_id: int, session_id: int
) -> None:
    request = dialog.request
    assert dialog.currentPage() is request
    assert request.session.text() == "Nadia · Tue 16 Jun 2026, 10:00 · In person"
    assert request.arrived.text() == "Tue 16 Jun 2026  07:00"  # now, in the practice's time
    assert request.verdict.text() == (
        "The notice came 3 h before the session; your policy asks for 24 hours: this is a "
        "late cancellation.")
    next_step(qtbot, dialog)
    assert dialog.currentPage() is request  # a reason is needed
    error = request.findChild(QLabel, "reason_error")
    assert error is not None and error.isVisible()
    fill_request(qtbot, dialog, ReasonCategory.FAMILY_CARE, "Her son has a fever.")
    next_step(qtbot, dialog)

    keep = dialog.keep
    assert dialog.currentPage() is keep
    assert not dialog.button(SKIP).isVisible()
    assert keep.by_phone.isVisible() and keep.by_video.isVisible()
    assert keep.handle.text() == "Their video details: nadia.v (Zoom)"
    assert keep.late_hint.isVisible()
    next_step(qtbot, dialog)
    assert dialog.currentPage() is keep  # the offer needs an answer
    choose(qtbot, keep.cancel_it)
    next_step(qtbot, dialog)

    fee = dialog.fee
    assert dialog.currentPage() is fee
    assert fee.explanation.text() == (
        "Cancelled 3 h 0 min before the session; the practice asks for 24 hours' notice.")
    assert fee.proposed.text() == "The policy proposes £60.00."
    assert fee.amount.text() == "60.00"
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.reschedule
    assert "will appear on your call list" in dialog.reschedule.unscheduled_hint.text()
    usual = usual_row(dialog.reschedule)
    assert dialog.reschedule.offered()[usual].starts_at == at(NEXT_TUESDAY, 10)
    click_row(qtbot, dialog, usual)
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.tell
    answer, someone_else, voicemail, text = dialog.tell.script_texts()
    assert "Thank you for letting me know that you can't come on Tuesday 16 June at 10:00." \
        in answer
    assert "I've booked us for Tue 23 Jun 2026, 10:00 instead." in answer
    assert "there will be a fee of £60.00" in answer
    assert "It's Dr Ada Finch, calling about an appointment." in someone_else
    for discreet in (someone_else, voicemail, text):
        for giveaway in ("therap", "counsel", "session", "fee", "practice"):
            assert giveaway not in discreet.lower()
    tabs = dialog.tell.tabs  # Nadia agreed to calls only
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [True, True, False, False]
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.finish_page
    assert dialog.finish_page.plan.text() == "\n".join((
        "•  The session on Tue 16 Jun 2026, 10:00 is marked as a late cancellation.",
        "•  A fee of £60.00 is charged.",
        "•  A new session is booked for Tue 23 Jun 2026, 10:00 (In person).",
        "•  An entry goes in Nadia's chart.",
    ))
    finish(qtbot, dialog)

    assert stored(vault, session_id) == (
        AppointmentStatus.LATE_CANCELLATION, CancelledBy.CLIENT, NOW.astimezone(UTC),
        ReasonCategory.FAMILY_CARE, "Her son has a fever.", Modality.IN_PERSON)
    assert fees(vault, client_id) == [(LedgerKind.LATE_CANCEL_FEE, FEE, session_id)]
    assert booked_from(vault, NOW) == [(at(NEXT_TUESDAY, 10), Modality.IN_PERSON)]
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — Cancellation",
        "Cancelled the session on Tue 16 Jun 2026, 10:00.",
        "The notice came on Tue 16 Jun 2026, 07:00, 3 h before the session: a late "
        "cancellation under the 24-hour window.",
        "Reason: Child or family care.",
        "Her son has a fever.",
        "Fee charged: £60.00.",
        "New session booked for Tue 23 Jun 2026, 10:00 (In person).",
    ))


def test_a_late_fee_waived_is_kept_in_the_ledger_with_its_reason(
    qtbot: QtBot, dialog: CancellationDialog, vault: Vault, client_id: int, session_id: int
) -> None:
    fill_request(qtbot, dialog, ReasonCategory.ILLNESS, "A migraine.")
    next_step(qtbot, dialog)
    choose(qtbot, dialog.keep.cancel_it)
    next_step(qtbot, dialog)
    fee = dialog.fee
    assert dialog.currentPage() is fee
    choose(qtbot, fee.waive)
    fee.reason.setCurrentIndex(fee.reason.findData(WaiverReason.ILLNESS))
    next_step(qtbot, dialog)
    while dialog.currentPage() is not dialog.finish_page:
        press(qtbot, dialog, SKIP)
    assert "•  Fee of £60.00 waived: Illness." in dialog.finish_page.plan.text()
    finish(qtbot, dialog)

    assert fees(vault, client_id) == [(LedgerKind.LATE_CANCEL_FEE, FEE, session_id),
                                      (LedgerKind.WAIVER, FEE, session_id)]
    assert "Fee of £60.00 waived: Illness." in chart(vault, client_id)


def test_in_time_there_is_no_fee_step_and_it_may_stay_unscheduled(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, session_id: int
) -> None:
    early = at(date(2026, 6, 13), 12)  # the Saturday before
    dialog = open_dialog(qtbot, vault, worker, session_id, now=early)
    assert dialog.request.verdict.text() == (
        "The notice came 2 days 22 h before the session; your policy asks for 24 hours: this "
        "is a cancellation in time, with no fee.")
    fill_request(qtbot, dialog, ReasonCategory.TRAVEL, "Away for work")
    next_step(qtbot, dialog)
    assert not dialog.keep.late_hint.isVisible()
    choose(qtbot, dialog.keep.cancel_it)
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.reschedule  # straight past the fee
    dialog.reschedule.choose(None)  # "Leave it unscheduled for now"
    next_step(qtbot, dialog)
    assert "Shall we find another time?" in dialog.tell.script_texts()[0]
    press(qtbot, dialog, SKIP)  # the scripts
    assert "No new time is booked: Nadia will appear on your call list." in (
        dialog.finish_page.plan.text())
    type_text(dialog.finish_page.note, "Said she'd ring when she's back.")
    finish(qtbot, dialog)

    assert dialog.fee.step_id not in visited(dialog)
    assert stored(vault, session_id)[:2] == (AppointmentStatus.CANCELLED, CancelledBy.CLIENT)
    assert fees(vault, client_id) == []
    assert booked_from(vault, early) == []
    assert chart(vault, client_id) == "\n".join((
        "2026-06-13 — Cancellation",
        "Cancelled the session on Tue 16 Jun 2026, 10:00.",
        "The notice came on Sat 13 Jun 2026, 12:00, 2 days 22 h before the session: in time "
        "under the 24-hour window, so no fee.",
        "Reason: Travel.",
        "Away for work",
        "Left unscheduled for now.",
        "Said she'd ring when she's back.",
    ))


def test_a_therapist_cancellation_is_never_late_and_never_brings_a_fee(
    qtbot: QtBot, dialog: CancellationDialog, vault: Vault, client_id: int, session_id: int
) -> None:
    choose(qtbot, dialog.request.by_therapist)
    assert dialog.request.verdict.text() == (
        "You cancelled it yourself: that is never a late cancellation, and there is no fee.")
    fill_request(qtbot, dialog, ReasonCategory.ILLNESS, "")
    next_step(qtbot, dialog)
    assert not dialog.keep.late_hint.isVisible()
    assert dialog.keep.text.text().startswith("If you could still meet on Tue 16 Jun 2026")
    choose(qtbot, dialog.keep.cancel_it)
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.reschedule
    press(qtbot, dialog, SKIP)
    assert dialog.currentPage() is dialog.tell
    answer, _someone_else, voicemail, _text = dialog.tell.script_texts()
    assert "I'm sorry, but I need to cancel our session on Tuesday 16 June at 10:00." in answer
    assert "There is no fee for this, of course." in answer
    assert "I need to change our appointment on Tuesday 16 June at 10:00" in voicemail
    press(qtbot, dialog, SKIP)
    assert dialog.finish_page.plan.text().startswith(
        "•  The session on Tue 16 Jun 2026, 10:00 is marked as cancelled by you.")
    finish(qtbot, dialog)

    assert dialog.fee.step_id not in visited(dialog)
    assert stored(vault, session_id)[:3] == (
        AppointmentStatus.CANCELLED_BY_THERAPIST, CancelledBy.THERAPIST, NOW.astimezone(UTC))
    assert fees(vault, client_id) == []
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — Cancellation",
        "I cancelled the session on Tue 16 Jun 2026, 10:00; I let them know on "
        "Tue 16 Jun 2026, 07:00. No fee: I cancelled it.",
        "Reason: Illness.",
        "Left unscheduled for now.",
    ))


def test_moving_the_notice_across_the_window_flips_the_verdict_and_the_fee(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, session_id: int
) -> None:
    update_settings(vault, late_cancel_fee_rule=FeeRule.PERCENT, late_cancel_fee_value=50)
    dialog = open_dialog(qtbot, vault, worker, session_id)
    arrived, verdict, fee = dialog.request.arrived, dialog.request.verdict, dialog.fee
    assert fee.applies() and fee.proposed.text() == "The policy proposes £30.00."

    step(qtbot, arrived, QDateTimeEdit.Section.DaySection, Qt.Key.Key_Down)  # Mon 07:00
    step(qtbot, arrived, QDateTimeEdit.Section.HourSection, Qt.Key.Key_Up, 3)  # Mon 10:00
    assert arrived.text() == "Mon 15 Jun 2026  10:00"
    assert verdict.text() == (
        "The notice came 24 h before the session; your policy asks for 24 hours: this is a "
        "cancellation in time, with no fee.")
    assert not fee.applies()

    step(qtbot, arrived, QDateTimeEdit.Section.MinuteSection, Qt.Key.Key_Up)  # Mon 10:01
    assert verdict.text() == (
        "The notice came 23 h 59 min before the session; your policy asks for 24 hours: this "
        "is a late cancellation.")
    assert fee.applies()
    assert fee.explanation.text() == (
        "Cancelled 23 h 59 min before the session; the practice asks for 24 hours' notice.")

    fill_request(qtbot, dialog, ReasonCategory.WORK, "A meeting moved")
    next_step(qtbot, dialog)
    choose(qtbot, dialog.keep.cancel_it)
    next_step(qtbot, dialog)
    assert dialog.currentPage() is fee and fee.amount.text() == "30.00"
    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    step(qtbot, arrived, QDateTimeEdit.Section.MinuteSection, Qt.Key.Key_Down)  # Mon 10:00
    next_step(qtbot, dialog)
    choose(qtbot, dialog.keep.cancel_it)
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.reschedule  # in time again: no fee step
    press(qtbot, dialog, SKIP)
    press(qtbot, dialog, SKIP)  # the scripts
    finish(qtbot, dialog)
    assert stored(vault, session_id)[:3] == (
        AppointmentStatus.CANCELLED, CancelledBy.CLIENT, at(date(2026, 6, 15), 10))
    assert fees(vault, client_id) == []


def test_keeping_it_by_video_changes_only_how_they_meet(
    qtbot: QtBot, dialog: CancellationDialog, vault: Vault, client_id: int, session_id: int
) -> None:
    fill_request(qtbot, dialog, ReasonCategory.ILLNESS, "A cold, does not want to pass it on")
    next_step(qtbot, dialog)
    choose(qtbot, dialog.keep.by_video)
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.finish_page  # no fee, no new time
    assert dialog.finish_page.plan.text() == "\n".join((
        "•  The session on Tue 16 Jun 2026, 10:00 stays booked, by video instead of in person.",
        "•  Nothing is cancelled, and there is no fee.",
        "•  A short note goes in Nadia's chart.",
    ))
    finish(qtbot, dialog)

    assert stored(vault, session_id) == (
        AppointmentStatus.SCHEDULED, None, None, None, "", Modality.VIDEO)
    assert find_entry(vault, session_id).starts_at == at(TUESDAY, 10)
    assert fees(vault, client_id) == []
    assert booked_from(vault, NOW) == [(at(TUESDAY, 10), Modality.VIDEO)]
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — Session kept",
        "Asked to cancel the session on Tue 16 Jun 2026, 10:00; we kept it instead, by video.",
        "Reason: Illness.",
        "A cold, does not want to pass it on",
    ))


def test_a_phone_session_is_offered_video_only(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int
) -> None:
    (by_phone,) = book(vault, client_id, at(TUESDAY, 15), modality=Modality.PHONE)
    dialog = open_dialog(qtbot, vault, worker, by_phone)
    fill_request(qtbot, dialog, ReasonCategory.WORK, "")
    next_step(qtbot, dialog)
    assert dialog.keep.by_phone.isHidden() and dialog.keep.by_video.isVisible()


def test_a_notice_later_than_now_is_refused_beside_the_field(
    qtbot: QtBot, dialog: CancellationDialog
) -> None:
    fill_request(qtbot, dialog, ReasonCategory.OTHER, "")
    step(qtbot, dialog.request.arrived, QDateTimeEdit.Section.HourSection, Qt.Key.Key_Up)
    next_step(qtbot, dialog)
    assert dialog.currentPage() is dialog.request
    error = dialog.request.findChild(QLabel, "arrived_error")
    assert error is not None and error.isVisible()
    assert error.text().startswith("The notice cannot have come later than now.")


def test_a_refused_fee_takes_the_cancellation_back(
    qtbot: QtBot, dialog: CancellationDialog, vault: Vault, client_id: int, session_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cancellation and the fee are one group: a refused fee leaves the session booked,
    with no trace of a cancellation; Finish again, once allowed, writes both."""
    real_charge = session_decision.charge_fee_in

    def refuse(*_args: object) -> int:
        raise InvalidValue("This amount is too large.", field="amount")

    monkeypatch.setattr(session_decision, "charge_fee_in", refuse)
    fill_request(qtbot, dialog, ReasonCategory.WORK, "")
    next_step(qtbot, dialog)
    choose(qtbot, dialog.keep.cancel_it)
    next_step(qtbot, dialog, 2)
    press(qtbot, dialog, SKIP)  # no new time
    press(qtbot, dialog, SKIP)  # the scripts
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)

    assert dialog.isVisible() and dialog.currentPage() is dialog.fee
    assert stored(vault, session_id) == (
        AppointmentStatus.SCHEDULED, None, None, None, "", Modality.IN_PERSON)
    assert (fees(vault, client_id), chart(vault, client_id)) == ([], "")

    monkeypatch.setattr(session_decision, "charge_fee_in", real_charge)
    next_step(qtbot, dialog)
    press(qtbot, dialog, SKIP)
    press(qtbot, dialog, SKIP)  # the scripts
    finish(qtbot, dialog)
    assert stored(vault, session_id)[0] == AppointmentStatus.LATE_CANCELLATION
    assert fees(vault, client_id) == [(LedgerKind.LATE_CANCEL_FEE, FEE, session_id)]


def release_one(held: HeldExecutor) -> None:
    """Let the oldest job held run, and only that one."""
    job, future = held.jobs.pop(0)
    future.set_result(job())


def test_next_waits_for_the_policy_and_an_answer_overtaken_is_ignored(
    qtbot: QtBot, vault: Vault, client_id: int, session_id: int
) -> None:
    """On the real worker the proposal for a notice comes later: Next waits for it, and the
    answer for a notice changed meanwhile never replaces the answer for the one shown."""
    held = HeldExecutor()
    worker = DatabaseWorker(held)
    dialog = open_dialog(qtbot, vault, worker, session_id)
    next_button = dialog.button(QWizard.WizardButton.NextButton)
    release_one(held)  # the facts; the proposal for the notice as it stands is asked for
    assert len(held.jobs) == 1 and not next_button.isEnabled()
    arrived = dialog.request.arrived
    step(qtbot, arrived, QDateTimeEdit.Section.HourSection, Qt.Key.Key_Down, 2)  # 05:00
    assert len(held.jobs) == 3 and not next_button.isEnabled()
    release_one(held)  # the answer for 07:00, overtaken
    assert not next_button.isEnabled() and dialog.fee.proposal is None
    held.release()
    assert next_button.isEnabled()
    assert dialog.fee.explanation.text() == (
        "Cancelled 5 h 0 min before the session; the practice asks for 24 hours' notice.")
    step(qtbot, arrived, QDateTimeEdit.Section.DaySection, Qt.Key.Key_Down, 2)  # in time
    assert next_button.isEnabled() and held.jobs == [] and not dialog.fee.applies()
    worker.shutdown()


def test_a_late_cancelled_second_session_says_so_with_extra_care(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, session_id: int
) -> None:
    newcomer = create_client(vault, ClientDraft(full_name="Olga Ivanova"))
    (first,) = book(vault, newcomer, at(TUESDAY - timedelta(weeks=1), 15))
    set_status(vault, first, AppointmentStatus.ATTENDED)
    (second,) = book(vault, newcomer, at(TUESDAY, 15))
    dialog = open_dialog(qtbot, vault, worker, second)
    note = dialog.second_session
    assert note.isVisible()  # the notice came this morning: late
    assert note.heading.text() == "This was to be the second session"
    assert "A late cancellation now is often that doubt" in note.text.text()
    choose(qtbot, dialog.request.by_therapist)  # the therapist's own: not the client's doubt
    assert not note.isVisible()
    choose(qtbot, dialog.request.by_client)
    step(qtbot, dialog.request.arrived, QDateTimeEdit.Section.DaySection, Qt.Key.Key_Down, 2)
    assert not dialog.request.is_late() and not note.isVisible()  # in good time

    nadia = open_dialog(qtbot, vault, worker, session_id)  # her fifth session
    assert nadia.request.is_late() and not nadia.second_session.isVisible()


def test_a_fee_waived_before_reads_as_waived_when_the_dialog_is_opened_again(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client_id: int, session_id: int
) -> None:
    cancel(vault, session_id, CancelledBy.CLIENT, NOW, ReasonCategory.ILLNESS)
    waive_uncharged_fee(vault, session_id, FEE, WaiverReason.ILLNESS)
    dialog = open_dialog(qtbot, vault, worker, session_id)
    fill_request(qtbot, dialog, ReasonCategory.ILLNESS, "A migraine.")
    next_step(qtbot, dialog)
    choose(qtbot, dialog.keep.cancel_it)
    next_step(qtbot, dialog)
    while dialog.currentPage() is not dialog.finish_page:
        assert dialog.currentPage() is not dialog.fee  # decided once: not proposed again
        press(qtbot, dialog, SKIP)
    plan = dialog.finish_page.plan.text()
    assert "•  The fee of £60.00 was waived: Illness." in plan
    assert "charged" not in plan
    finish(qtbot, dialog)

    assert fees(vault, client_id) == [(LedgerKind.LATE_CANCEL_FEE, FEE, session_id),
                                      (LedgerKind.WAIVER, FEE, session_id)]
    assert "The fee of £60.00 was waived: Illness." in chart(vault, client_id)
    assert "already charged" not in chart(vault, client_id)
