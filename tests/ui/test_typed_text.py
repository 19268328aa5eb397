"""Every dialog with fields to type in asks before closing over what was typed, and Enter
never presses Cancel: walked dialog by dialog, as a therapist would close each one."""

from collections.abc import Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from models.enums import Language
from services.calendar.appointments import book, find_entry
from services.clients.client_records import ClientDraft, create_client
from services.practice.practice_settings import read_settings, update_settings
from services.vault.practice_vault import Vault
from tests.conftest import FAST_KDF
from tests.ui.call_list_practice import Practice
from tests.ui.conftest import ImmediateExecutor, type_text
from tests.ui.discard_answers import closes_asking
from ui.blocks.block_dialog import BlockDialog
from ui.call_list.call_dialog import CallDialog
from ui.call_list.dock import CallListDock
from ui.client_dialog import ClientDialog
from ui.create_practice_dialog import CreatePracticeDialog
from ui.day_close.charge_dialog import ChargeDialog
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.guided.no_show import NoShowDialog
from ui.note_reading.reflections import ReflectionDialog
from ui.notes.template_dialog import TemplateDialog
from ui.settings_dialog import SettingsDialog
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 6, 16)
EVENING = datetime(2026, 6, 16, 20, 0, tzinfo=LONDON)


def _booked(vault: Vault) -> int:
    update_settings(vault, session_fee=6000)
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    (appointment,) = book(vault, client, datetime.combine(DAY, time(10), tzinfo=LONDON))
    return appointment


def _client(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    return ClientDialog(vault, worker)


def _settings(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    return SettingsDialog(vault, worker)


def _charge(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    return ChargeDialog(vault, worker, _booked(vault), "Nadia Volkova, 10:00", 6000, 6000,
                        "GBP")


def _no_show(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    return NoShowDialog(vault, worker, find_entry(vault, _booked(vault)), EVENING)


def _close_day(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    _booked(vault)
    return CloseDayDialog(vault, worker, DAY, now=lambda: EVENING,
                          renderer=DatabaseWorker(ImmediateExecutor()))


def _create(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    return CreatePracticeDialog(tmp, worker, kdf=FAST_KDF,  # type: ignore[arg-type]
                                timezone="Europe/London")


def _reflection(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    return ReflectionDialog(vault, worker, client, "Nadia Volkova", [], LONDON)


def _block(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    return BlockDialog(vault, worker, LONDON, EVENING)


def _template(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    return TemplateDialog(vault, worker, None, Language.ENGLISH)


def _void_invoice(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    from ui.money_papers.void_dialog import VoidDialog
    return VoidDialog(vault, worker, "2026-0001")


def _waiting_person(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    from ui.waiting_list.person_dialog import PersonDialog
    return PersonDialog(vault, worker, LONDON, DAY)


def _waiting_remove(vault: Vault, worker: DatabaseWorker, tmp: object) -> QDialog:
    from services.waiting_list.waiting_people import (
        SuitableTime,
        WaitingDraft,
        add_to_waiting_list,
        waiting_list,
    )
    from ui.waiting_list.remove_dialog import RemoveDialog
    add_to_waiting_list(vault, WaitingDraft("Mia Ross", DAY, times=(
        SuitableTime(4, time(9), time(12)),)))
    return RemoveDialog(vault, worker, LONDON, waiting_list(vault)[0])


DIALOGS: dict[str, Callable[[Vault, DatabaseWorker, object], QDialog]] = {
    "create practice": _create, "client": _client, "settings": _settings, "charge": _charge,
    "no-show": _no_show, "close the day": _close_day, "reflection": _reflection,
    "note format": _template, "void invoice": _void_invoice, "block": _block,
    "waiting person": _waiting_person, "waiting remove": _waiting_remove,
}


def first_text_field(dialog: QDialog) -> QWidget:
    """The first field shown that a person types words into (not a number, not a choice);
    a guided dialog is walked on to the first step that has one."""
    for _step in range(8):
        field = _text_field(dialog)
        if field is not None or not isinstance(dialog, QWizard):
            break
        dialog.next()
    if field is None:
        raise AssertionError(f"{type(dialog).__name__} shows no field to type in")
    return field


def _text_field(dialog: QDialog) -> QWidget | None:
    for edit in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
        if (edit.isVisible() and edit.isEnabled() and not edit.isReadOnly()
                and not isinstance(edit.parent(), QAbstractSpinBox | QComboBox)
                and not (isinstance(edit, QLineEdit)
                         and edit.echoMode() != QLineEdit.EchoMode.Normal)):
            return edit
    return None


def text_of(field: QWidget) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()  # type: ignore


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_asks_before_losing_typed_text_and_enter_never_cancels(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, tmp_path: object, name: str) -> None:
    dialog = DIALOGS[name](vault, worker, tmp_path / "new")  # type: ignore[operator]
    qtbot.addWidget(dialog)
    dialog.show()
    for button in dialog.findChildren(QPushButton):
        if button.text().replace("&", "") in ("Cancel", "Keep as it was"):
            assert not button.isDefault() and not button.autoDefault(), name
    before = read_settings(vault)

    asked = closes_asking(lambda: qtbot.keyClick(dialog, Qt.Key.Key_Escape), discard=False)
    assert asked == [] and not dialog.isVisible(), "nothing typed: it closes at once"

    dialog.show()
    field = first_text_field(dialog)
    field.setFocus()
    type_text(field, "Typed by hand")
    asked = closes_asking(lambda: qtbot.keyClick(field, Qt.Key.Key_Escape), discard=False)
    assert asked == ["Discard what you typed?"]
    assert dialog.isVisible() and "Typed by hand" in text_of(field)

    asked = closes_asking(dialog.close, discard=True)  # the window's close button
    assert asked == ["Discard what you typed?"]
    assert not dialog.isVisible()
    assert read_settings(vault) == before


def test_the_call_dialog_asks_too(qtbot: QtBot, dock: CallListDock, practice: Practice) -> None:
    card = dock.card_of(practice.lena)
    assert card is not None
    qtbot.mouseClick(card.work_button, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in dock.findChildren(CallDialog) if d.isVisible()]
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=2000)
    field = first_text_field(dialog)
    field.setFocus()
    assert dialog.save_button.isDefault()
    type_text(field, "Left a message with her partner")
    asked = closes_asking(lambda: qtbot.keyClick(field, Qt.Key.Key_Escape), discard=False)
    assert asked == ["Discard what you typed?"] and dialog.isVisible()
    asked = closes_asking(lambda: qtbot.keyClick(field, Qt.Key.Key_Escape), discard=True)
    assert asked == ["Discard what you typed?"] and not dialog.isVisible()
