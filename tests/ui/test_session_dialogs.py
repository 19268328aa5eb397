"""Booking, cancelling and rescheduling through the small session dialogs."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from models.enums import Repeat
from services.calendar.appointments import book, week
from services.clients.client_records import ClientDraft, create_client
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from ui.session_dialogs import NewSessionDialog, RescheduleDialog
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 1)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


def ok(dialog: QDialogButtonBox, qtbot: QtBot) -> None:
    button = dialog.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_book_a_weekly_series_for_a_client_found_by_typing(qtbot: QtBot, vault: Vault,
                                                            worker: DatabaseWorker) -> None:
    create_client(vault, ClientDraft(full_name="Евгения Порошина", preferred_name="Женя"))
    create_client(vault, ClientDraft(full_name="Tom Reed"))
    dialog = NewSessionDialog(vault, worker, LONDON, at(MONDAY, 10), 50)
    qtbot.addWidget(dialog)
    type_text(dialog.client.lineEdit(), "Женя (Евгения Порошина)")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.WEEKLY))
    dialog.occurrences.setValue(3)
    ok(dialog.buttons, qtbot)
    assert dialog.result() == dialog.DialogCode.Accepted
    booked = week(vault, MONDAY) + week(vault, date(2026, 6, 15))
    assert [(e.client_name, e.starts_at) for e in booked] == [
        ("Женя", at(MONDAY, 10)), ("Женя", at(date(2026, 6, 15), 10))]


def test_no_client_chosen_is_said_beside_the_field(qtbot: QtBot, vault: Vault,
                                                   worker: DatabaseWorker) -> None:
    dialog = NewSessionDialog(vault, worker, LONDON, at(MONDAY, 10), 50)
    qtbot.addWidget(dialog)
    dialog.show()
    ok(dialog.buttons, qtbot)
    label = dialog.findChild(type(dialog.general_error), "client_error")
    assert label is not None and label.isVisible() and "choose a client" in label.text()
    assert week(vault, MONDAY) == []


def test_a_clash_is_booked_only_when_the_therapist_says_so(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker
) -> None:
    first = create_client(vault, ClientDraft(full_name="Ann Lee"))
    second = create_client(vault, ClientDraft(full_name="Bo Park"))
    book(vault, first, at(MONDAY, 10))
    dialog = NewSessionDialog(vault, worker, LONDON, at(MONDAY, 10), 50, client_id=second)
    qtbot.addWidget(dialog)

    def answer(text: str) -> None:
        question = dialog.findChild(QMessageBox)
        assert question is not None and question.isVisible()
        assert "Ann Lee" in question.informativeText()
        button = next(b for b in question.buttons() if b.text() == text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        question.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    ok(dialog.buttons, qtbot)
    answer("Choose another time")
    assert len(week(vault, MONDAY)) == 1
    ok(dialog.buttons, qtbot)
    answer("Book anyway")
    assert [e.client_name for e in week(vault, MONDAY)] == ["Ann Lee", "Bo Park"]


def test_reschedule_to_another_day(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    book(vault, client, at(MONDAY, 10))
    dialog = RescheduleDialog(vault, worker, LONDON, week(vault, MONDAY)[0])
    qtbot.addWidget(dialog)
    dialog.starts.setDateTime(dialog.starts.dateTime().addDays(2).addSecs(4 * 3600))
    ok(dialog.buttons, qtbot)
    assert [e.starts_at for e in week(vault, MONDAY)] == [at(date(2026, 6, 3), 14)]
    assert week(vault, MONDAY)[0].starts_at.tzinfo is not None
    assert at(date(2026, 6, 3), 14).astimezone(UTC).hour == 13
