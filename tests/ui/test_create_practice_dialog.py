import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel
from pytestqt.qtbot import QtBot

from models.enums import Language
from services.practice.practice_settings import read_settings
from services.vault.passphrase import recover
from services.vault.practice_vault import (
    VaultPaths,
    is_remembered,
    key_without_asking,
    open_vault,
    unlock_with_passphrase,
)
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import type_text
from tests.ui.discard_answers import closes_asking
from ui.app import PracticeLauncher
from ui.create_practice_dialog import CreatePracticeDialog
from ui.forms import strength_hint
from ui.i18n import install_language
from ui.worker import DatabaseWorker

CODE = re.compile(r"^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$")
# The offscreen platform says so each time a shown dialog's layout changes size.


@pytest.fixture
def dialog(qtbot: QtBot, data_dir: Path,
           worker: DatabaseWorker) -> Iterator[CreatePracticeDialog]:
    dialog = CreatePracticeDialog(data_dir, worker, kdf=FAST_KDF, timezone="Europe/London")
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    dialog.hide()  # the recovery-code page refuses to close until the code is written down


def fill(qtbot: QtBot, dialog: CreatePracticeDialog, name: str = "Quiet Room Practice",
         passphrase: str = PASSPHRASE, again: str = PASSPHRASE) -> None:
    qtbot.keyClicks(dialog.practice_name, name)
    qtbot.keyClicks(dialog.therapist_name, "Dr Ada Finch")
    qtbot.keyClicks(dialog.session_fee.edit, "70")
    if not dialog.timezone.currentText():
        dialog.timezone.setEditText("London")  # typed (keys would open the completer's popup)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClicks(dialog.passphrase_again, again)


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click the box itself (the widget is wider than its box and words)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def error_under(dialog: QDialog, field: str) -> QLabel:
    label = dialog.findChild(QLabel, f"{field}_error")
    assert label is not None
    return label


def test_practice_is_created_and_the_recovery_code_must_be_acknowledged(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    fill(qtbot, dialog)
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    dialog.currency.setCurrentIndex(dialog.currency.findData("EUR"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == dialog.RECOVERY_PAGE
    code = dialog.recovery_code.text()
    assert CODE.match(code)
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Escape does not skip the code
    assert dialog.isVisible()
    tick(qtbot, dialog.written_down)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recovery_code.text() == ""
    assert dialog.vault is not None
    settings = read_settings(dialog.vault)
    dialog.vault.close()
    assert (settings.practice_name, settings.therapist_name) == ("Quiet Room Practice",
                                                                 "Dr Ada Finch")
    assert (settings.language, settings.currency) == (Language.RUSSIAN, "EUR")
    assert settings.timezone == "Europe/London"
    open_vault(data_dir, recover(data_dir, code, "a new passphrase")).close()


def test_different_passphrases_are_caught_next_to_the_field(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    fill(qtbot, dialog, again="quiet garden 43")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    message = error_under(dialog, "passphrase_again")
    assert message.isVisible()
    assert message.text() == "The two passphrases are not the same."
    assert not error_under(dialog, "passphrase").isVisible()
    assert dialog.pages.currentIndex() == dialog.FORM_PAGE
    assert not VaultPaths(data_dir).exists()


def test_missing_practice_name_is_shown_under_it_and_can_be_put_right(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    fill(qtbot, dialog, name="   ")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    message = error_under(dialog, "practice_name")
    assert message.isVisible() and message.text() == "Please enter a name."
    assert dialog.create_button.isEnabled() and dialog.focusWidget() is dialog.practice_name
    assert not VaultPaths(data_dir).exists()

    qtbot.keyClicks(dialog.practice_name, "Quiet Room Practice")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert not message.isVisible()
    assert dialog.pages.currentIndex() == dialog.RECOVERY_PAGE
    assert dialog.vault is not None
    dialog.vault.close()


def test_short_passphrase_is_refused_under_the_passphrase(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    fill(qtbot, dialog, passphrase="short", again="short")
    assert dialog.strength.text() == "Too short: 3 more characters needed."
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    message = error_under(dialog, "passphrase")
    assert message.isVisible() and message.text() == "A passphrase needs at least 8 characters."
    assert not VaultPaths(data_dir).exists()


def test_strength_hint_grows_with_the_passphrase() -> None:
    assert strength_hint("password") == "Weak: easy to guess. Add a word or two."
    assert strength_hint("garden quiet") == "Good. A longer phrase would be stronger still."
    assert strength_hint("kettle orchard violet lamp") == "Strong."


def test_first_start_goes_from_the_dialog_to_the_practice_window(
        qtbot: QtBot, data_dir: Path, worker: DatabaseWorker) -> None:
    launcher = PracticeLauncher(data_dir, worker, kdf=FAST_KDF)
    launcher.start()
    dialog = launcher.create_dialog
    assert dialog is not None and launcher.window is None
    qtbot.addWidget(dialog)
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    tick(qtbot, dialog.written_down)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)

    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle() == "Stillroom — Quiet Room Practice"
    with qtbot.waitSignal(launcher.finished) as finished:
        window.close()
    assert finished.args == [0]
    # The window let the practice go: it opens again here (the lock would refuse it).
    open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)).close()


def test_an_unexpected_failure_is_reported_and_the_form_comes_back(
        qtbot: QtBot, dialog: CreatePracticeDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("ui.create_practice_dialog.create_vault", broken)
    fill(qtbot, dialog)
    with qtbot.captureExceptions() as exceptions:
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    assert [type(error) for _kind, error, _trace in exceptions] == [RuntimeError]
    message = dialog.errors.label(None)
    assert message.isVisible()
    assert message.text().startswith("Something unexpected went wrong (RuntimeError).")
    assert dialog.create_button.isEnabled() and not dialog.busy.isVisible()


def test_remember_on_this_computer_keeps_the_key_in_the_keychain(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    assert dialog.remember.isVisible()
    fill(qtbot, dialog)
    tick(qtbot, dialog.remember)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None
    assert is_remembered(data_dir)
    assert key_without_asking(data_dir) == dialog.vault.key


def test_remember_is_not_offered_without_a_safe_keychain(
        qtbot: QtBot, data_dir: Path, worker: DatabaseWorker) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = CreatePracticeDialog(data_dir, worker, kdf=FAST_KDF, timezone="Europe/London")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.can_remember and not dialog.remember.isVisible()


def test_enter_with_the_form_complete_creates_the_practice_with_its_fee(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    assert dialog.create_button.isDefault()
    assert not dialog.cancel_button.isDefault() and not dialog.cancel_button.autoDefault()
    fill(qtbot, dialog)
    dialog.session_minutes.setValue(60)
    qtbot.keyClick(dialog.passphrase_again, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.pages.currentIndex() == dialog.RECOVERY_PAGE
    assert dialog.continue_button.isDefault()
    assert dialog.vault is not None
    settings = read_settings(dialog.vault)
    dialog.vault.close()
    assert (settings.session_fee, settings.session_minutes) == (7000, 60)
    assert settings.timezone == "Europe/London"


def test_enter_on_a_half_filled_form_keeps_everything_and_says_what_is_missing(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    qtbot.keyClicks(dialog.practice_name, "Quiet Room Practice")
    qtbot.keyClick(dialog.practice_name, Qt.Key.Key_Return)

    assert dialog.isVisible()
    assert dialog.practice_name.text() == "Quiet Room Practice"
    assert error_under(dialog, "session_fee").isVisible()
    assert "usually charge" in error_under(dialog, "session_fee").text()
    assert not VaultPaths(data_dir).exists()


def test_a_fee_of_nothing_is_only_kept_when_typed(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path) -> None:
    fill(qtbot, dialog)
    dialog.session_fee.edit.clear()
    qtbot.keyClicks(dialog.session_fee.edit, "seventy")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert error_under(dialog, "session_fee").text().startswith("Please enter an amount")
    assert not VaultPaths(data_dir).exists()

    dialog.session_fee.edit.clear()
    qtbot.keyClicks(dialog.session_fee.edit, "0")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None
    fee = read_settings(dialog.vault).session_fee
    dialog.vault.close()
    assert fee == 0


@pytest.mark.parametrize("close", ["escape", "cancel", "window"])
def test_closing_over_typed_text_asks_first(
        qtbot: QtBot, dialog: CreatePracticeDialog, data_dir: Path, close: str) -> None:
    qtbot.keyClicks(dialog.therapist_name, "Dr Ada Finch")

    def closing() -> None:
        if close == "escape":
            qtbot.keyClick(dialog.therapist_name, Qt.Key.Key_Escape)
        elif close == "cancel":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        else:
            dialog.close()

    asked = closes_asking(closing, discard=False)
    assert asked == ["Discard what you typed?"]
    assert dialog.isVisible()
    assert dialog.therapist_name.text() == "Dr Ada Finch"

    asked = closes_asking(closing, discard=True)
    assert asked == ["Discard what you typed?"]
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_an_untouched_form_closes_without_a_question(
        qtbot: QtBot, dialog: CreatePracticeDialog) -> None:
    asked = closes_asking(lambda: qtbot.keyClick(dialog.practice_name, Qt.Key.Key_Escape),
                          discard=False)
    assert asked == []
    assert not dialog.isVisible()


def test_the_city_is_chosen_when_this_computer_does_not_say(
        qtbot: QtBot, data_dir: Path, worker: DatabaseWorker) -> None:
    dialog = CreatePracticeDialog(data_dir, worker, kdf=FAST_KDF, timezone="Etc/UTC")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.timezone.currentText() == ""
    dialog.timezone.setEditText("Atlantis")
    fill(qtbot, dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert error_under(dialog, "timezone").text() == "Atlantis is not a time zone."
    assert not VaultPaths(data_dir).exists()

    dialog.timezone.setEditText("moscow")
    assert created_in(qtbot, dialog) == "Europe/Moscow"


def created_in(qtbot: QtBot, dialog: CreatePracticeDialog) -> str:
    """Press Create; the time zone the new practice keeps."""
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.vault is not None
    zone = read_settings(dialog.vault).timezone
    dialog.vault.close()
    dialog.hide()
    return zone


def test_the_computer_s_own_zone_is_shown_by_its_city(
        qtbot: QtBot, data_dir: Path, worker: DatabaseWorker) -> None:
    dialog = CreatePracticeDialog(data_dir, worker, kdf=FAST_KDF, timezone="America/New_York")
    qtbot.addWidget(dialog)
    assert dialog.timezone.currentText() == "New York — America"
    assert dialog.timezone.zone() == "America/New_York"


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


# The offscreen platform cannot raise the list of cities or give it the keyboard, and says so.
offscreen_popup = pytest.mark.qt_log_ignore("does not support raise",
                                            "does not support grabbing the keyboard")


def found_by(dialog: CreatePracticeDialog, typed: str) -> list[str]:
    """The cities the chooser lists as `typed` is typed into it, key by key."""
    edit = dialog.timezone.lineEdit()
    assert edit is not None
    edit.clear()
    type_text(edit, typed)
    found = dialog.timezone.found
    names = [found.index(row, 0).data() for row in range(found.rowCount())]
    popup = dialog.timezone.completer().popup()
    popup.hide()
    return names


@offscreen_popup
def test_the_russian_first_run_names_cities_in_russian_and_finds_them_either_way(
        qtbot: QtBot, data_dir: Path, worker: DatabaseWorker, russian: None) -> None:
    dialog = CreatePracticeDialog(data_dir, worker, kdf=FAST_KDF, timezone="Europe/Moscow")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.timezone.currentText() == "Москва — Европа"
    assert found_by(dialog, "Моск") == ["Москва — Европа"]
    assert found_by(dialog, "moscow") == ["Москва — Европа"]
    assert "Нью-Йорк — Америка" in found_by(dialog, "york")
    assert found_by(dialog, "Киев") == ["Киев — Европа"]  # Kiev and Kyiv: once
    found = found_by(dialog, "мо")
    assert found.index("Москва — Европа") < found.index("Дюмон-д’Юрвиль — Антарктида")
    for stored in ("Europe/Kiev", "Europe/Kyiv"):  # either name is kept as it is stored
        dialog.timezone.set_zone(stored)
        assert dialog.timezone.currentText() == "Киев — Европа"
        assert dialog.timezone.zone() == stored

    dialog.timezone.setEditText("tokyo")  # typed in English, not chosen from the list
    assert dialog.timezone.zone() == "Asia/Tokyo"
    dialog.timezone.setEditText("токио")
    assert dialog.timezone.zone() == "Asia/Tokyo"
    fill(qtbot, dialog)
    assert created_in(qtbot, dialog) == "Asia/Tokyo"


@offscreen_popup
def test_the_english_chooser_keeps_english_names(
        qtbot: QtBot, data_dir: Path, worker: DatabaseWorker) -> None:
    dialog = CreatePracticeDialog(data_dir, worker, kdf=FAST_KDF, timezone="Europe/Kiev")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.timezone.currentText() == "Kiev — Europe"
    assert "Buenos Aires — America, Argentina" in found_by(dialog, "buenos")
    assert found_by(dialog, "Москва") == []
    found = found_by(dialog, "lon")  # the cities it begins, before those that hold it
    assert found[0] == "London — Europe" and "Miquelon — America" in found[1:]
