from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Appointment, Client
from models.enums import AppointmentStatus, ClientStatus, Modality
from services.calendar.appointments import book
from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    read_client,
    search_clients,
)
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from tests.ui.discard_answers import closes_asking
from ui.client_dialog import ClientDialog
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def open_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                client_id: int | None = None) -> ClientDialog:
    dialog = ClientDialog(vault, worker, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (the widget is wider than its box and words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def error_under(dialog: QWidget, name: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{name}_error")
    assert label is not None, name
    return label


def clients_in(vault: Vault) -> int:
    with vault.unit_of_work() as session:
        return session.query(Client).count()


def test_a_new_client_with_a_russian_name_and_a_number_is_saved(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = open_dialog(qtbot, vault, worker)
    assert dialog.save_button.text() == "Add client"
    type_text(dialog.full_name, "Евгения Порошина")
    type_text(dialog.preferred_name, "Женя")
    qtbot.keyClicks(dialog.email, "zhenya@example.org")
    qtbot.keyClicks(dialog.address, "12 Mill Lane")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address, "Hebden Bridge")
    row = dialog.numbers.rows[0]  # a new client starts with one blank number to fill in
    qtbot.keyClicks(row.number, "+44 7700 900123")
    type_text(row.label, "мобильный")
    tick(qtbot, row.may_voicemail)
    tick(qtbot, row.may_text)
    click(qtbot, dialog.numbers.add_button)
    qtbot.keyClicks(dialog.numbers.rows[1].number, "020 7946 0000")
    tick(qtbot, dialog.numbers.rows[1].may_call)  # a number not to call
    dialog.modality.setFocus()
    qtbot.keyClick(dialog.modality, Qt.Key.Key_End)  # video
    qtbot.keyClicks(dialog.online_handle, "live:zhenya")
    qtbot.keyClicks(dialog.fee, "65,50")
    tick(qtbot, dialog.started_on.check)
    dialog.started_on.edit.setDate(QDate(2030, 5, 6))
    qtbot.keyClicks(dialog.chart_notes, "Referred by her GP.")

    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert dialog.result() == ClientDialog.DialogCode.Accepted
    draft = read_client(vault, saved.args[0]).draft
    assert draft == ClientDraft(
        full_name="Евгения Порошина", preferred_name="Женя", email="zhenya@example.org",
        address="12 Mill Lane\nHebden Bridge",
        numbers=(PhoneNumber("+44 7700 900123", "мобильный", may_call=True, may_voicemail=True,
                             may_text=True),
                 PhoneNumber("020 7946 0000", "", may_call=False)),
        preferred_modality=Modality.VIDEO, online_handle="live:zhenya",
        status=ClientStatus.ACTIVE, started_on=date(2030, 5, 6), fee_override=6550,
        chart_notes="Referred by her GP.")


def fill_name(qtbot: QtBot, dialog: ClientDialog) -> None:
    qtbot.keyClicks(dialog.full_name, "Mira Cole")


def bad_email(qtbot: QtBot, dialog: ClientDialog) -> None:
    fill_name(qtbot, dialog)
    qtbot.keyClicks(dialog.email, "mira@nowhere")


def no_name(qtbot: QtBot, dialog: ClientDialog) -> None:
    qtbot.keyClicks(dialog.full_name, "   ")
    qtbot.keyClicks(dialog.email, "mira@example.org")


def bad_phone(qtbot: QtBot, dialog: ClientDialog) -> None:
    fill_name(qtbot, dialog)
    qtbot.keyClicks(dialog.numbers.rows[0].number, "call after six")


def negative_fee(qtbot: QtBot, dialog: ClientDialog) -> None:
    fill_name(qtbot, dialog)
    qtbot.keyClicks(dialog.fee, "-40")


def malformed_fee(qtbot: QtBot, dialog: ClientDialog) -> None:
    fill_name(qtbot, dialog)
    qtbot.keyClicks(dialog.fee, "40.505")


def end_before_start(qtbot: QtBot, dialog: ClientDialog) -> None:
    fill_name(qtbot, dialog)
    tick(qtbot, dialog.started_on.check)
    dialog.started_on.edit.setDate(QDate(2030, 5, 6))
    tick(qtbot, dialog.ended_on.check)
    dialog.ended_on.edit.setDate(QDate(2030, 5, 1))


@pytest.mark.parametrize(("fill", "field", "message"), [
    (bad_email, "email", "This does not look like an email address."),
    (no_name, "full_name", "Please enter a name."),
    (bad_phone, "number_0", "A phone number has digits, spaces and + ( ) - only, such as "
                            "+44 20 7946 0000."),
    (negative_fee, "fee_override", "Please enter an amount such as 75.50."),
    (malformed_fee, "fee_override", "Please enter an amount such as 75.50."),
    (end_before_start, "ended_on", "The end date is before the start date."),
])
def test_a_refused_value_is_explained_under_its_field_and_nothing_is_written(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        fill: Callable[[QtBot, ClientDialog], None], field: str, message: str) -> None:
    dialog = open_dialog(qtbot, vault, worker)
    fill(qtbot, dialog)
    typed = (dialog.full_name.text(), dialog.email.text(), dialog.fee.text(),
             dialog.numbers.rows[0].number.text())
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    label = error_under(dialog, field)
    assert label.isVisible()
    assert label.text() == message
    others = [other for other in dialog.findChildren(QLabel) if other.objectName().endswith(
        "_error") and other is not label]
    assert not any(other.isVisible() for other in others)
    assert not dialog.errors.label(None).isVisible()
    assert (dialog.full_name.text(), dialog.email.text(), dialog.fee.text(),
            dialog.numbers.rows[0].number.text()) == typed
    assert clients_in(vault) == 0


def test_fixing_the_field_clears_its_message_and_saves(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = open_dialog(qtbot, vault, worker)
    bad_email(qtbot, dialog)
    click(qtbot, dialog.save_button)
    assert error_under(dialog, "email").isVisible()
    assert dialog.focusWidget() is dialog.email
    qtbot.keyClicks(dialog.email, "mira@example.org")  # the bad text was selected: replaced
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert not error_under(dialog, "email").isVisible()
    assert [c.full_name for c in search_clients(vault, "mira")] == ["Mira Cole"]
    assert read_client(vault, search_clients(vault, "mira")[0].id).draft.email == (
        "mira@example.org")


def test_editing_shows_the_client_and_saves_the_changes(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(
        full_name="Mira Cole", email="mira@example.org", fee_override=6000,
        numbers=(PhoneNumber("+44 7700 900123", "mobile", may_text=True),
                 PhoneNumber("01632 960000", "home")),
        started_on=date(2029, 1, 8), chart_notes="Sleep."))
    dialog = open_dialog(qtbot, vault, worker, client_id)
    assert dialog.heading.text() == "Edit Mira Cole"
    assert dialog.save_button.text() == "Save"
    assert dialog.full_name.text() == "Mira Cole"
    assert dialog.fee.text() == "60.00"
    assert [row.number.text() for row in dialog.numbers.rows] == ["+44 7700 900123",
                                                                  "01632 960000"]
    assert dialog.numbers.rows[0].may_text.isChecked()
    assert dialog.started_on.value() == date(2029, 1, 8)
    assert dialog.ended_on.value() is None
    assert dialog.chart_notes.toPlainText() == "Sleep."

    qtbot.keyClicks(dialog.preferred_name, "Mimi")
    click(qtbot, dialog.numbers.rows[1].remove_button)
    dialog.fee.selectAll()
    qtbot.keyClicks(dialog.fee, "55")
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_End)  # ended
    tick(qtbot, dialog.ended_on.check)
    dialog.ended_on.edit.setDate(QDate(2030, 6, 30))
    with qtbot.waitSignal(dialog.saved) as saved:
        click(qtbot, dialog.save_button)

    assert saved.args == [client_id]
    details = read_client(vault, client_id)
    draft = details.draft  # an end date still to come: ending on that day, not ended yet
    assert (draft.preferred_name, draft.fee_override, draft.status, details.ending_on) == (
        "Mimi", 5500, ClientStatus.ACTIVE, date(2030, 6, 30))
    assert draft.numbers == (PhoneNumber("+44 7700 900123", "mobile", may_text=True),)
    assert draft.chart_notes == "Sleep."


def test_emptying_the_fee_returns_the_client_to_the_practice_fee(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Mira Cole", fee_override=6000))
    dialog = open_dialog(qtbot, vault, worker, client_id)
    assert dialog.fee.placeholderText() == "The practice fee, £0.00"
    dialog.fee.clear()
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert read_client(vault, client_id).draft.fee_override is None


def test_the_error_of_a_second_number_sits_under_that_number(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = open_dialog(qtbot, vault, worker)
    fill_name(qtbot, dialog)
    qtbot.keyClicks(dialog.numbers.rows[0].number, "+44 7700 900123")
    click(qtbot, dialog.numbers.add_button)
    click(qtbot, dialog.numbers.add_button)  # left blank: not a number, no complaint
    qtbot.keyClicks(dialog.numbers.rows[2].number, "12")
    click(qtbot, dialog.save_button)
    assert [row.error.isVisible() for row in dialog.numbers.rows] == [False, False, True]
    assert dialog.focusWidget() is dialog.numbers.rows[2].number
    assert clients_in(vault) == 0


def test_cancel_writes_nothing(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = open_dialog(qtbot, vault, worker)
    fill_name(qtbot, dialog)
    assert not dialog.cancel_button.autoDefault() and dialog.save_button.isDefault()
    asked = closes_asking(lambda: click(qtbot, dialog.cancel_button), discard=True)
    assert asked == ["Discard what you typed?"]
    assert dialog.result() == ClientDialog.DialogCode.Rejected
    assert clients_in(vault) == 0


def test_tab_goes_from_the_address_through_each_number_then_down_the_right_column(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(
        full_name="Mira Cole", numbers=(PhoneNumber("+44 7700 900123"),)))
    dialog = open_dialog(qtbot, vault, worker, client_id)
    click(qtbot, dialog.numbers.add_button)
    dialog.address.setFocus()
    visited = []
    for _ in range(14):
        widget = dialog.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        visited.append(dialog.focusWidget())
    first, second = dialog.numbers.rows
    assert visited == [first.number, first.label, first.remove_button, first.may_call,
                       first.may_voicemail, first.may_text, second.number, second.label,
                       second.remove_button, second.may_call, second.may_voicemail,
                       second.may_text, dialog.numbers.add_button, dialog.status]


def test_editing_the_phone_and_setting_ended_is_undone_in_one_ctrl_z(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    old_numbers = (PhoneNumber("+44 7700 900123", "mobile", may_text=True),
                   PhoneNumber("01632 960000", "home"))
    client_id = create_client(vault, ClientDraft(full_name="Mira Cole", numbers=old_numbers))
    coming = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) + timedelta(days=3)
    book(vault, client_id, coming)
    window = MainWindow(vault, worker)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window._settings is not None)
    window.show_client(client_id)
    window.client_panel.edit()
    dialog = window.client_panel.edit_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert not dialog.ending_hint.isVisible()
    dialog.numbers.rows[0].number.selectAll()
    qtbot.keyClicks(dialog.numbers.rows[0].number, "+44 7700 900777")
    click(qtbot, dialog.numbers.rows[1].remove_button)
    dialog.status.setFocus()
    qtbot.keyClick(dialog.status, Qt.Key.Key_End)  # ended
    assert dialog.ending_hint.isVisible()
    assert "Sessions booked after it are cancelled" in dialog.ending_hint.text()
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)

    assert session_statuses(vault, client_id) == [AppointmentStatus.CANCELLED_BY_THERAPIST]
    saved = read_client(vault, client_id).draft
    assert (saved.status, [n.number for n in saved.numbers]) == (
        ClientStatus.ENDED, ["+44 7700 900777"])
    qtbot.waitUntil(lambda: window.menus.undo.text() == "&Undo Ending for Mira Cole")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.menus.undo.text() != "&Undo Ending for Mira Cole")
    assert session_statuses(vault, client_id) == [AppointmentStatus.SCHEDULED]
    restored = read_client(vault, client_id).draft
    assert (restored.status, restored.numbers) == (ClientStatus.ACTIVE, old_numbers)


def session_statuses(vault: Vault, client_id: int) -> list[AppointmentStatus]:
    with vault.unit_of_work() as session:
        return [a.status for a in session.scalars(
            select(Appointment).where(Appointment.client_id == client_id))]
