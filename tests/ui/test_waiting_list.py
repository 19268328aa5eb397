"""The waiting list in the window: adding someone, booking them (which makes them a client),
and the offer of a freed regular slot after a client is ended."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import Client, WaitingPerson
from models.enums import Modality, Repeat, WaitingStatus
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from services.waiting_list.waiting_people import SuitableTime, add_to_waiting_list
from tests.services.waiting_list.waiting_practice import thursday_mornings
from tests.ui.conftest import type_text
from tests.ui.test_client_dialog import british_english  # noqa: F401 (an autouse fixture)
from ui.main_window import MainWindow
from ui.waiting_list.waiting_list_window import WaitingListWindow
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_thursday() -> date:
    today = datetime.now(LONDON).date()
    return today + timedelta(days=(3 - today.weekday()) % 7 or 7)


def open_window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                now: datetime | None = None) -> MainWindow:
    update_settings(vault, timezone="Europe/London", work_days="1234567")
    window = MainWindow(vault, worker) if now is None else MainWindow(vault, worker, lambda: now)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._settings is not None)
    return window


def open_list(qtbot: QtBot, window: MainWindow) -> WaitingListWindow:
    window.menus.waiting_list.trigger()
    listed = window.waiting_list
    assert listed is not None and listed.isVisible()
    return listed


def people(vault: Vault) -> list[tuple[int, str, WaitingStatus, int | None, list[tuple]]]:
    """Everyone the list keeps: id, name, status, client made, times that suit."""
    with vault.unit_of_work() as session:
        return [(p.id, p.full_name, p.status, p.client_id,
                 [(t.weekday, t.local_from, t.local_to) for t in p.times])
                for p in session.scalars(select(WaitingPerson))]


def clients(vault: Vault) -> int:
    with vault.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def test_adding_someone_shows_them_on_the_list_and_a_bad_phone_is_said_beside_it(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    window = open_window(qtbot, vault, worker)
    listed = open_list(qtbot, window)
    assert listed.empty.isVisible() and not listed.table.isVisible()
    click(qtbot, listed.add_button)
    dialog = listed.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.full_name, "Mia <b>Ross</b>")
    type_text(dialog.phone, "call me")
    row = dialog.time_rows[0]
    row.weekday.setCurrentIndex(3)  # Thursday
    row.ends.setTime(row.ends.time().addSecs(3600))  # 9:00 to 13:00
    click(qtbot, dialog.buttons.buttons()[0])
    error = dialog.findChild(QLabel, "waiting_phone_error")
    assert error is not None and error.isVisible() and "phone number" in error.text()
    assert people(vault) == []

    dialog.phone.clear()
    type_text(dialog.phone, "+44 20 7946 0000")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.buttons.buttons()[0])
    assert listed.table.isVisible() and listed.table.topLevelItemCount() == 1
    item = listed.table.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(4)] == [
        "Mia <b>Ross</b>", "Thu 09:00–13:00", "+44 20 7946 0000", "Since today"]
    assert [p[1:] for p in people(vault)] == [
        ("Mia <b>Ross</b>", WaitingStatus.WAITING, None, [(4, time(9), time(13))])]


def test_booking_someone_from_the_list_makes_them_a_client_with_a_weekly_series(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    add_to_waiting_list(vault, replace(thursday_mornings(), modality=Modality.VIDEO))
    window = open_window(qtbot, vault, worker)
    listed = open_list(qtbot, window)
    assert listed.table.topLevelItemCount() == 1
    click(qtbot, listed.book_button)
    dialog = listed.dialog
    assert dialog is not None and dialog.objectName() == "book_from_list_dialog"
    suggestions = dialog.suggestions
    assert suggestions.count() > 0
    first = suggestions.item(0)
    assert first is not None and first.text().startswith("Thu")
    suggestions.setCurrentRow(0)
    assert dialog.repeat.currentData() == Repeat.WEEKLY
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.buttons.buttons()[0])
    assert clients(vault) == 1
    assert [p[2] for p in people(vault)] == [WaitingStatus.BOOKED]
    assert listed.table.topLevelItemCount() == 0 and listed.empty.isVisible()
    qtbot.waitUntil(lambda: window.menus.undo.text().startswith(
        "&Undo Booking from the waiting list"))
    window.menus.undo.trigger()
    assert clients(vault) == 0
    assert listed.table.topLevelItemCount() == 1  # back on the list, as it was


def test_ending_a_client_offers_their_freed_slot_to_the_waiting_list(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    thursday = next_thursday()
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    book(vault, zoe, datetime.combine(thursday, time(10), LONDON), repeat=Repeat.WEEKLY,
         occurrences=6)
    add_to_waiting_list(vault, thursday_mornings("Mia Ross", date(2026, 9, 1)))
    add_to_waiting_list(vault, replace(thursday_mornings("Ola Berg"), times=(
        SuitableTime(4, time(14), time(18)),)))
    window = open_window(qtbot, vault, worker)
    window.show_client(zoe)
    window.client_panel.edit()
    edit = window.client_panel.edit_dialog
    assert edit is not None
    qtbot.waitUntil(edit.save_button.isEnabled)
    edit.status.setFocus()
    qtbot.keyClick(edit.status, Qt.Key.Key_End)  # ended
    click(qtbot, edit.save_button)

    qtbot.waitUntil(lambda: window.slot_offer.box is not None
                    and window.slot_offer.box.isVisible())
    box = window.slot_offer.box
    assert box is not None
    assert box.text() == f"Thursday 10:00 is free from {thursday.day} {thursday:%B}."
    assert "One person on the waiting list would suit" in box.informativeText()
    assert "Mia Ross" in box.informativeText() and "Ola Berg" not in box.informativeText()
    button, person = window.slot_offer.offer_buttons[0]
    assert button.text() == "Offer to Mia Ross"
    click(qtbot, button)

    listed = window.waiting_list
    assert listed is not None and listed.dialog is not None
    booking = listed.dialog
    assert booking.objectName() == "book_from_list_dialog"
    assert booking.starts.dateTime().time().hour() == 10
    assert booking.repeat.currentData() == Repeat.WEEKLY
    with qtbot.waitSignal(booking.saved):
        click(qtbot, booking.buttons.buttons()[0])
    assert clients(vault) == 2
    mia = [p for p in people(vault) if p[0] == person.id][0]
    assert mia[2] == WaitingStatus.BOOKED and mia[3] is not None


def test_moving_a_series_to_another_day_offers_its_old_slot(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    thursday = date(2030, 6, 20)
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    first, *_rest = book(vault, zoe, datetime.combine(thursday, time(10), LONDON),
                         repeat=Repeat.WEEKLY, occurrences=4)
    add_to_waiting_list(vault, thursday_mornings("Mia Ross", date(2026, 9, 1)))
    window = open_window(qtbot, vault, worker,
                         now=datetime.combine(thursday - timedelta(days=3), time(9), LONDON))
    window.calendar.move_requested.emit(
        first, datetime.combine(thursday + timedelta(days=1), time(10), LONDON), 50)
    question = next(box for box in window.findChildren(QMessageBox) if box.isVisible())
    rest = next(b for b in question.buttons() if b.text() == "This and all following")
    click(qtbot, rest)
    qtbot.waitUntil(lambda: window.slot_offer.box is not None
                    and window.slot_offer.box.isVisible())
    box = window.slot_offer.box
    assert box is not None
    assert box.text() == f"Thursday 10:00 is free from {thursday.day} {thursday:%B}."
    assert [person.draft.full_name for _button, person in window.slot_offer.offer_buttons] == [
        "Mia Ross"]
    not_now = next(b for b in box.buttons() if b.text() == "Not now")
    click(qtbot, not_now)
    assert not box.isVisible()


def test_the_offer_waits_until_the_dialog_that_ended_the_client_closes(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    from PySide6.QtWidgets import QDialog

    from ui.letters.ending_question import EndingQuestion

    thursday = next_thursday()
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    book(vault, zoe, datetime.combine(thursday, time(10), LONDON), repeat=Repeat.WEEKLY,
         occurrences=3)
    add_to_waiting_list(vault, thursday_mornings())
    window = open_window(qtbot, vault, worker)
    letter = QDialog(window)  # stands in for the letter dialog that asks to end the client
    letter.open()
    question = EndingQuestion(vault, worker, letter)
    now = datetime.now(LONDON)
    question.ask(zoe, "Zoe Hart", now.date(), now, LONDON)
    assert question.end_button is not None
    with qtbot.waitSignal(question.ended):
        click(qtbot, question.end_button)
    assert window.slot_offer.box is None  # not over the letter
    letter.accept()
    qtbot.waitUntil(lambda: window.slot_offer.box is not None
                    and window.slot_offer.box.isVisible())


def test_removing_someone_asks_and_keeps_why(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    add_to_waiting_list(vault, thursday_mornings())
    window = open_window(qtbot, vault, worker)
    listed = open_list(qtbot, window)
    click(qtbot, listed.remove_button)
    dialog = listed.dialog
    assert dialog is not None and dialog.objectName() == "waiting_remove_dialog"
    assert "Take Mia Ross off the waiting list?" in dialog.question.text()
    type_text(dialog.reason, "Found a therapist nearer home")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.buttons.buttons()[0])
    assert listed.table.topLevelItemCount() == 0
    with vault.unit_of_work() as session:
        kept = session.scalars(select(WaitingPerson)).one()
        assert (kept.status, kept.status_reason) == (WaitingStatus.REMOVED,
                                                     "Found a therapist nearer home")


def test_the_list_shows_the_name_they_go_by_only_where_it_adds_something() -> None:
    from ui.waiting_list.waiting_list_window import named

    assert named("Eleanor Whitfield", "Nell") == "Eleanor Whitfield (Nell)"
    assert named("Hannah Okafor", "Hannah") == "Hannah Okafor"
    assert named("Анна Соколова", "анна") == "Анна Соколова"
    assert named("Анна Соколова", "Аня") == "Анна Соколова (Аня)"
    assert named("Tomasz Wójcik", "") == "Tomasz Wójcik"
