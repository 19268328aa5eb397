from collections.abc import Callable
from datetime import time

import keyring
import keyring.backends.fail
import pytest
from keyring.errors import KeyringError
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from models import AuditEvent
from models.enums import FeeRule, Language
from services.practice.practice_settings import read_settings
from services.vault.keychain import NO_KEYCHAIN
from services.vault.practice_vault import Vault, is_remembered
from tests.conftest import MemoryKeyring
from tests.ui.conftest import type_text
from tests.ui.discard_answers import closes_asking
from ui.settings_dialog import SettingsDialog
from ui.worker import DatabaseWorker


def settings_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> SettingsDialog:
    dialog = SettingsDialog(vault, worker)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def audit_events(vault: Vault) -> int:
    with vault.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select what the field holds and type over it, as the therapist would."""
    if isinstance(field, QLineEdit | QAbstractSpinBox):
        field.selectAll()
    qtbot.keyClicks(field, text)


def error_under(dialog: QDialog, setting: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{setting}_error")
    assert label is not None
    return label


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_the_dialog_opens_with_the_practice_as_it_is(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = settings_dialog(qtbot, vault, worker)

    assert dialog.sections.practice_name.text() == "Quiet Room Practice"
    assert dialog.sections.therapist_name.text() == "Dr Ada Finch"
    assert dialog.sections.timezone.currentText() == "London — Europe"
    assert dialog.sections.session_minutes.value() == 50
    assert dialog.sections.work_days.days() == "12345"
    assert dialog.sections.idle_lock_minutes.value() == 10
    assert dialog.save_button.isEnabled()


def test_changes_are_saved_to_the_vault_and_audited(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    events_before = audit_events(vault)
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.practice_name.selectAll()
    type_text(dialog.sections.practice_name, "Тихая комната")
    dialog.sections.setCurrentIndex(SettingsDialog.LANGUAGE)
    dialog.sections.language.setCurrentIndex(dialog.sections.language.findData("ru"))
    dialog.sections.setCurrentIndex(SettingsDialog.HOURS)
    qtbot.mouseClick(dialog.sections.work_days.boxes[5], Qt.MouseButton.LeftButton)  # Saturday
    dialog.sections.setCurrentIndex(SettingsDialog.FEES)
    retype(qtbot, dialog.sections.session_fee.edit, "75,50")
    retype(qtbot, dialog.sections.session_minutes, "55")
    dialog.sections.late_cancel_fee.rule.setCurrentIndex(
        dialog.sections.late_cancel_fee.rule.findData(FeeRule.PERCENT.value))
    retype(qtbot, dialog.sections.late_cancel_fee.percent, "50")
    dialog.sections.no_show_fee.rule.setCurrentIndex(
        dialog.sections.no_show_fee.rule.findData(FeeRule.FIXED.value))
    retype(qtbot, dialog.sections.no_show_fee.amount.edit, "40")
    retype(qtbot, dialog.sections.cancel_window_hours, "48")
    dialog.sections.setCurrentIndex(SettingsDialog.SECURITY)
    retype(qtbot, dialog.sections.idle_lock_minutes, "20")

    with qtbot.waitSignal(dialog.saved) as saved:
        save(qtbot, dialog)

    stored = read_settings(vault)
    assert saved.args == [stored]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored.practice_name == "Тихая комната"
    assert stored.session_fee == 7550
    assert stored.session_minutes == 55
    assert stored.language == Language.RUSSIAN
    assert stored.work_days == "123456"
    assert (stored.late_cancel_fee_rule, stored.late_cancel_fee_value) == (FeeRule.PERCENT, 50)
    assert (stored.no_show_fee_rule, stored.no_show_fee_value) == (FeeRule.FIXED, 4000)
    assert stored.cancel_window_hours == 48
    assert stored.idle_lock_minutes == 20
    with vault.unit_of_work() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert event is not None
        assert (event.action, event.entity) == ("update", "practice")
        assert '"practice_name":"Тихая комната"' in event.after
        assert '"practice_name":"Quiet Room Practice"' in event.before
    assert audit_events(vault) == events_before + 1


def set_spin(field_name: str, text: str) -> Callable[[QtBot, SettingsDialog], None]:
    def enter(qtbot: QtBot, dialog: SettingsDialog) -> None:
        retype(qtbot, getattr(dialog.sections, field_name), text)
    return enter


def late_cancel_percent(qtbot: QtBot, dialog: SettingsDialog) -> None:
    fee = dialog.sections.late_cancel_fee
    fee.rule.setCurrentIndex(fee.rule.findData(FeeRule.PERCENT.value))
    retype(qtbot, fee.percent, "150")


def bad_session_fee(qtbot: QtBot, dialog: SettingsDialog) -> None:
    retype(qtbot, dialog.sections.session_fee.edit, "seventy")


def no_show_bad_amount(qtbot: QtBot, dialog: SettingsDialog) -> None:
    fee = dialog.sections.no_show_fee
    fee.rule.setCurrentIndex(fee.rule.findData(FeeRule.FIXED.value))
    retype(qtbot, fee.amount.edit, "12.345")


def unknown_zone(qtbot: QtBot, dialog: SettingsDialog) -> None:
    # (Typed key by key the completer's list would open, which offscreen Qt warns about.)
    dialog.sections.timezone.setEditText("Atlantis/Capital")


@pytest.mark.parametrize(("enter", "setting", "tab", "words"), [
    (set_spin("session_minutes", "0"), "session_minutes", SettingsDialog.FEES, "1 to 480"),
    (late_cancel_percent, "late_cancel_fee_value", SettingsDialog.FEES, "0 to 100 per cent"),
    (set_spin("cancel_window_hours", "200"), "cancel_window_hours", SettingsDialog.FEES,
     "0 to 168"),
    (bad_session_fee, "session_fee", SettingsDialog.FEES, "75.50"),
    (no_show_bad_amount, "no_show_fee_value", SettingsDialog.FEES, "75.50"),
    (unknown_zone, "timezone", SettingsDialog.LANGUAGE, "Atlantis/Capital"),
    (set_spin("idle_lock_minutes", "0"), "idle_lock_minutes", SettingsDialog.SECURITY,
     "1 to 240"),
])
def test_a_bad_value_is_shown_beside_its_field_in_its_section_and_nothing_is_written(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        enter: Callable[[QtBot, SettingsDialog], None], setting: str, tab: int,
        words: str) -> None:
    before, events_before = read_settings(vault), audit_events(vault)
    dialog = settings_dialog(qtbot, vault, worker)
    retype(qtbot, dialog.sections.practice_name, "A New Name")
    enter(qtbot, dialog)
    dialog.sections.setCurrentIndex(SettingsDialog.PRACTICE)

    with qtbot.assertNotEmitted(dialog.saved):
        save(qtbot, dialog)

    message = error_under(dialog, setting)
    assert message.isVisible()
    assert words in message.text()
    assert dialog.sections.currentIndex() == tab
    assert dialog.isVisible()
    assert dialog.sections.practice_name.text() == "A New Name"  # everything typed is kept
    assert read_settings(vault) == before
    assert audit_events(vault) == events_before


def test_fixing_the_value_clears_the_message_and_saves(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    retype(qtbot, dialog.sections.cancel_window_hours, "200")
    save(qtbot, dialog)
    assert error_under(dialog, "cancel_window_hours").isVisible()

    retype(qtbot, dialog.sections.cancel_window_hours, "12")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)

    assert not error_under(dialog, "cancel_window_hours").isVisible()
    assert read_settings(vault).cancel_window_hours == 12


def test_working_days_and_hours_must_make_sense(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    before = read_settings(vault)
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.setCurrentIndex(SettingsDialog.HOURS)
    for box in dialog.sections.work_days.boxes:
        if box.isChecked():
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    save(qtbot, dialog)
    assert error_under(dialog, "work_days").isVisible()
    assert dialog.sections.currentIndex() == SettingsDialog.HOURS

    qtbot.mouseClick(dialog.sections.work_days.boxes[0], Qt.MouseButton.LeftButton)
    dialog.sections.work_ends.setTime(dialog.sections.work_starts.time().addSecs(-3600))
    save(qtbot, dialog)
    assert error_under(dialog, "work_ends").isVisible()
    assert read_settings(vault) == before


def test_the_fee_amount_shows_only_for_the_rules_that_need_one(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.setCurrentIndex(SettingsDialog.FEES)
    fee = dialog.sections.late_cancel_fee
    shown = {}
    for rule in FeeRule:
        fee.rule.setCurrentIndex(fee.rule.findData(rule.value))
        shown[rule] = (fee.amount.isVisible(), fee.percent.isVisible())
    assert shown == {FeeRule.FULL: (False, False), FeeRule.FIXED: (True, False),
                     FeeRule.PERCENT: (False, True), FeeRule.NONE: (False, False)}


def test_the_currency_chosen_is_the_one_amounts_are_read_in(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.currency.setCurrentIndex(dialog.sections.currency.findData("JPY"))
    assert dialog.sections.session_fee.unit.text() == "JPY"
    retype(qtbot, dialog.sections.session_fee.edit, "5000")
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    stored = read_settings(vault)
    assert (stored.currency, stored.session_fee) == ("JPY", 5000)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """A click on the box itself: a wide row leaves space after the text that is not the box."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_without_a_keychain_remembering_is_not_offered_and_says_why(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.setCurrentIndex(SettingsDialog.SECURITY)

    assert not dialog.sections.remember.isEnabled()
    assert not dialog.sections.remember.isChecked()
    assert dialog.sections.remember_note.isVisible()
    assert dialog.sections.remember_note.text() == NO_KEYCHAIN


def test_remember_on_this_computer_keeps_the_key_and_forgets_it_again(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        memory_keyring: MemoryKeyring) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.setCurrentIndex(SettingsDialog.SECURITY)
    assert dialog.sections.remember.isEnabled()
    assert not dialog.sections.remember.isChecked()

    tick(qtbot, dialog.sections.remember)
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)

    assert is_remembered(vault.paths.folder)
    # The key, and beside it the practice's anchor (services/vault/anchor.py).
    assert sorted(memory_keyring.secrets) == [("Stillroom", vault.vault_id),
                                              ("Stillroom", f"{vault.vault_id} anchor")]
    assert bytes.fromhex(memory_keyring.secrets[("Stillroom", vault.vault_id)]) == bytes(vault.key)

    again = settings_dialog(qtbot, vault, worker)
    again.sections.setCurrentIndex(SettingsDialog.SECURITY)
    assert again.sections.remember.isChecked()
    tick(qtbot, again.sections.remember)
    with qtbot.waitSignal(again.saved):
        save(qtbot, again)

    assert not is_remembered(vault.paths.folder)
    assert memory_keyring.secrets == {}


def test_a_bad_value_leaves_the_keychain_alone(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        memory_keyring: MemoryKeyring) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.setCurrentIndex(SettingsDialog.SECURITY)
    tick(qtbot, dialog.sections.remember)
    retype(qtbot, dialog.sections.session_minutes, "0")
    save(qtbot, dialog)

    assert error_under(dialog, "session_minutes").isVisible()
    assert not is_remembered(vault.paths.folder)
    assert memory_keyring.secrets == {}


class RefusingKeyring(MemoryKeyring):
    """A keychain that is there but will not take the key (locked, or access denied)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("The keychain is locked.")


def test_a_keychain_that_refuses_the_key_is_said_beside_the_box_and_nothing_is_written(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    keyring.set_keyring(RefusingKeyring())
    before = read_settings(vault)
    dialog = settings_dialog(qtbot, vault, worker)
    retype(qtbot, dialog.sections.practice_name, "A New Name")
    dialog.sections.setCurrentIndex(SettingsDialog.SECURITY)
    tick(qtbot, dialog.sections.remember)
    dialog.sections.setCurrentIndex(SettingsDialog.PRACTICE)

    with qtbot.assertNotEmitted(dialog.saved):
        save(qtbot, dialog)

    message = error_under(dialog, "remember")
    assert message.isVisible()
    assert message.text() == NO_KEYCHAIN
    assert dialog.sections.currentIndex() == SettingsDialog.SECURITY
    assert not is_remembered(vault.paths.folder)
    assert read_settings(vault) == before


def test_cancel_writes_nothing(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    before = read_settings(vault)
    dialog = settings_dialog(qtbot, vault, worker)
    retype(qtbot, dialog.sections.practice_name, "Another name")
    with qtbot.assertNotEmitted(dialog.saved):
        closes_asking(lambda: qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton),
                      discard=True)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert read_settings(vault) == before


def test_work_hours_read_back_as_times(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.work_starts.setTime(dialog.sections.work_starts.time().addSecs(-3600))
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert read_settings(vault).work_starts == time(8, 0)


def test_the_usual_fee_and_length_are_under_fees_not_working_hours(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    sections = dialog.sections
    assert sections.list.item(SettingsDialog.FEES).text() == "Fees"
    fees_page = sections.stack.widget(SettingsDialog.FEES)
    hours_page = sections.stack.widget(SettingsDialog.HOURS)
    for field in (sections.session_fee, sections.session_minutes):
        assert fees_page.isAncestorOf(field) and not hours_page.isAncestorOf(field)


def test_the_time_zone_is_changed_by_city_and_only_the_clock_times_shown_move(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    dialog = settings_dialog(qtbot, vault, worker)
    dialog.sections.setCurrentIndex(SettingsDialog.LANGUAGE)
    page = dialog.sections.stack.widget(SettingsDialog.LANGUAGE)
    assert any("only the clock times shown move" in label.text()
               for label in page.findChildren(QLabel))
    zone = dialog.sections.timezone
    zone.setCurrentIndex(zone.findData("Europe/Moscow"))
    assert zone.currentText() == "Moscow — Europe"
    with qtbot.waitSignal(dialog.saved):
        save(qtbot, dialog)
    assert read_settings(vault).timezone == "Europe/Moscow"


def test_closing_settings_over_typed_text_asks_and_keeps_it(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    before = read_settings(vault)
    dialog = settings_dialog(qtbot, vault, worker)
    assert dialog.save_button.isDefault() and not dialog.cancel_button.autoDefault()
    retype(qtbot, dialog.sections.credentials, "MBACP")
    asked = closes_asking(lambda: qtbot.keyClick(dialog.sections.credentials,
                                                 Qt.Key.Key_Escape), discard=False)
    assert asked == ["Discard what you typed?"]
    assert dialog.isVisible() and dialog.sections.credentials.text() == "MBACP"
    asked = closes_asking(lambda: qtbot.mouseClick(dialog.cancel_button,
                                                   Qt.MouseButton.LeftButton), discard=True)
    assert asked == ["Discard what you typed?"]
    assert not dialog.isVisible()
    assert read_settings(vault) == before
