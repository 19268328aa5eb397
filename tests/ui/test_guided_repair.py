"""The "Repair a rupture" dialog walked through as a therapist would, and the vault after."""

from collections.abc import Iterator
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWizard
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, ContactChannel, ContactOutcome
from services.calendar.appointments import book, find_entry, set_status
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.clients.contact_log import contacts_of
from services.money.ledger import lines
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.guided_steps import chart, next_step, press, skip
from ui.guided.repair import RepairDialog
from ui.guided.wizard import SKIP
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 16, 12, 0, tzinfo=LONDON)


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def client_id(vault: Vault) -> int:
    return create_client(vault, ClientDraft(
        full_name="Tom Reed", preferred_name="Tom",
        numbers=(PhoneNumber("+44 7700 900456", "mobile", may_call=True, may_voicemail=True,
                             may_text=True),)))


@pytest.fixture
def hard_session(vault: Vault, client_id: int) -> int:
    """Yesterday's session, which went badly."""
    (appointment_id,) = book(vault, client_id, datetime.combine(MONDAY, time(17),
                                                               tzinfo=LONDON))
    set_status(vault, appointment_id, AppointmentStatus.ATTENDED)
    return appointment_id


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
           hard_session: int) -> RepairDialog:
    opened = RepairDialog(vault, worker, find_entry(vault, hard_session), NOW)
    qtbot.addWidget(opened)
    opened.open()
    return opened








def tick(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))




def contacts(vault: Vault, client_id: int) -> list[tuple[object, ...]]:
    with vault.unit_of_work() as session:
        return [(c.channel, c.outcome, c.reason, c.follow_up_on, c.appointment_id)
                for c in contacts_of(session, client_id)]


def test_the_whole_way_through(qtbot: QtBot, dialog: RepairDialog, vault: Vault,
                               client_id: int, hard_session: int) -> None:
    assert dialog.currentPage() is dialog.confirm
    assert dialog.confirm.when.text() == "Mon 15 Jun 2026, 17:00"  # the session it follows
    assert "Nothing about the session or its fee changes." in dialog.confirm.text.text()
    next_step(qtbot, dialog)

    page = dialog.permission
    assert dialog.currentPage() is page
    ask = page.script_texts()[0]
    assert "Would you be willing to talk about it with me" in ask
    assert "completely all right to say not now, or no" in ask
    next_step(qtbot, dialog)
    error = page.findChild(QLabel, "permission_error")
    assert dialog.currentPage() is page and error is not None and error.isVisible()
    tick(qtbot, page.buttons["yes"])
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.named
    type_text(dialog.named.editor, "I looked at the clock while he was talking about his son.")
    next_step(qtbot, dialog)
    assert dialog.help.prompt.text() == "What did Tom say would help?"
    type_text(dialog.help.editor, "Tell him when we are near the end, instead of looking.")
    next_step(qtbot, dialog)

    plan = dialog.plan
    assert plan.follow_up_on.date() == QDate(2026, 6, 30)  # two weeks on
    assert plan.channel.currentData() == ContactChannel.IN_PERSON
    qtbot.keyClicks(plan.plan, "A five-minute warning; a check-in at the start of next session.")
    plan.follow_up_on.setDate(QDate(2026, 7, 1))
    next_step(qtbot, dialog)

    assert dialog.currentPage() is dialog.review
    assert not dialog.button(SKIP).isVisible()
    assert dialog.review.preview.toPlainText().startswith("After the session on Mon 15 Jun")
    assert dialog.review.follow_note.text() == (
        "The follow-up on Wed 1 Jul 2026 goes in Tom's contact log as well.")
    with qtbot.waitSignal(dialog.finished_with_changes):
        press(qtbot, dialog, QWizard.WizardButton.FinishButton)

    assert not dialog.isVisible()
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — Repair",
        "After the session on Mon 15 Jun 2026, 17:00.",
        "I asked Tom whether we could talk about it, and they agreed.",
        "What I named:",
        "I looked at the clock while he was talking about his son.",
        "What would help, in their words:",
        "Tell him when we are near the end, instead of looking.",
        "The plan:",
        "A five-minute warning; a check-in at the start of next session.",
        "Follow-up on Wed 1 Jul 2026.",
    ))
    assert contacts(vault, client_id) == [
        (ContactChannel.IN_PERSON, ContactOutcome.REACHED, "Repair: follow-up",
         date(2026, 7, 1), hard_session)]
    # nothing about the session or its money changed
    assert find_entry(vault, hard_session).status == AppointmentStatus.ATTENDED
    assert lines(vault, client_id) == []


def test_the_chart_entry_needs_at_least_one_of_the_texts(
    qtbot: QtBot, dialog: RepairDialog, vault: Vault, client_id: int
) -> None:
    next_step(qtbot, dialog)
    tick(qtbot, dialog.permission.buttons["not_now"])
    next_step(qtbot, dialog)
    skip(qtbot, dialog, 3)  # what went wrong, what would help, the plan
    assert dialog.currentPage() is dialog.review
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)

    assert dialog.isVisible() and dialog.currentPage() is dialog.review
    error = dialog.review.general_error
    assert error.isVisible() and error.text().startswith("There is nothing to put in the chart")
    assert chart(vault, client_id) == "" and contacts(vault, client_id) == []

    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    press(qtbot, dialog, QWizard.WizardButton.BackButton)
    assert dialog.currentPage() is dialog.help
    type_text(dialog.help.editor, "Time to think it over first.")
    next_step(qtbot, dialog)
    skip(qtbot, dialog)  # the plan, and with it the follow-up
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)

    assert not dialog.isVisible()
    assert chart(vault, client_id) == "\n".join((
        "2026-06-16 — Repair",
        "After the session on Mon 15 Jun 2026, 17:00.",
        "I asked Tom whether we could talk about it; not now, they said.",
        "What would help, in their words:",
        "Time to think it over first.",
    ))
    assert contacts(vault, client_id) == []


def test_a_plan_without_a_follow_up_day_is_only_in_the_chart(
    qtbot: QtBot, dialog: RepairDialog, vault: Vault, client_id: int
) -> None:
    next_step(qtbot, dialog)
    skip(qtbot, dialog, 3)  # permission, what went wrong, what would help
    plan = dialog.plan
    qtbot.keyClicks(plan.plan, "Talk again next week.")
    tick(qtbot, plan.follow_up)
    assert not plan.follow_up_on.isEnabled()
    next_step(qtbot, dialog)
    assert dialog.review.follow_note.isHidden()
    press(qtbot, dialog, QWizard.WizardButton.FinishButton)
    assert chart(vault, client_id).endswith("The plan:\nTalk again next week.")
    assert contacts(vault, client_id) == []


def test_the_message_asking_to_talk_never_says_what_the_practice_is(
    qtbot: QtBot, dialog: RepairDialog
) -> None:
    next_step(qtbot, dialog)
    titles = [dialog.permission.tabs.tabText(i) for i in range(dialog.permission.tabs.count())]
    assert titles == ["In person or on a call", "When trust was lost", "A message"]
    _ask, trust, message = dialog.permission.script_texts()
    assert trust.startswith("Tom, I think that something I did cost me some of your trust")
    assert "What would help you trust me again?" in trust
    assert message.startswith("Hello Tom, it's Dr Ada Finch.")
    for giveaway in ("therap", "counsel", "session", "quiet room", "practice"):
        assert giveaway not in message.lower()
