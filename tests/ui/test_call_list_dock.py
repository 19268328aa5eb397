"""The call list dock over a small practice: groups, sentences, numbers, keys, the clock."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from services.calendar.appointments import book
from services.calls.call_list import CallRule
from services.vault.practice_vault import Vault
from tests.ui.call_list_practice import (
    NOW,
    TODAY,
    Practice,
    at,
    attended,
    client,
    open_dock,
)
from ui.call_list.call_dialog import CallDialog
from ui.call_list.dock import SHOWN_AT_FIRST, CallListDock
from ui.guided.clipboard import SECRET_HINT
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")


def texts(dock: CallListDock, client_id: int, name: str) -> list[str]:
    card = dock.card_of(client_id)
    assert card is not None
    return [label.text() for label in card.findChildren(type(card.name), name)]


def test_the_list_is_grouped_by_rule_most_urgent_first_with_counts(dock: CallListDock) -> None:
    headings = [(rule, label.text()) for rule, label in dock.headings.items()]
    assert headings == [
        (CallRule.LATE_NOW, "Late now (1)"),
        (CallRule.NO_SHOW_NOT_CONTACTED, "Did not come, not yet reached (1)"),
        (CallRule.SCHEDULING_MISTAKE, "Scheduling mistakes to fix (2)"),
        (CallRule.CANCELLED_NOT_REBOOKED, "Cancelled, not rebooked (1)"),
        (CallRule.NO_NEXT_SESSION, "No next session booked (1)"),
    ]
    assert dock.summary.text() == "To reach today: 6"
    assert len(dock.cards) == 6
    order = [dock.groups.indexOf(label) for label in dock.headings.values()]
    assert order == sorted(order)


def test_each_entry_says_why_in_a_sentence_with_its_facts(
    dock: CallListDock, practice: Practice,
) -> None:
    assert texts(dock, practice.nadia, "reason") == ["Was due at 10:00 and has not arrived"]
    assert texts(dock, practice.tom, "reason") == [
        "Did not come yesterday at 14:00; not reached since"]
    assert texts(dock, practice.ivan, "reason") == [
        "Booked back to back with Maria, whom they know (on Thursday 18 June at 14:00)"]
    assert texts(dock, practice.olga, "reason") == [
        "Cancelled the session of Tuesday 2 June; not rebooked"]
    assert texts(dock, practice.lena, "reason") == [
        "No session since Tuesday 26 May; nothing booked"]


def test_each_entry_shows_the_number_to_use_with_its_consent(
    dock: CallListDock, practice: Practice,
) -> None:
    card = dock.card_of(practice.tom)
    assert card is not None
    assert card.number_label.text() == "+44 7700 900102 · mobile"
    assert card.consent.text().replace("\u00a0", " ") == "✓ call  ✓ voicemail  ✗ text"
    assert "Do not send text messages to this number." in card.accessibleDescription()
    assert card.accessibleName() == "Tom"
    assert card.attempts.isHidden()


def test_a_client_not_to_be_contacted_is_listed_for_the_fix_only(
    qtbot: QtBot, dock: CallListDock, practice: Practice,
) -> None:
    maria, ivan = dock.card_of(practice.maria), dock.card_of(practice.ivan)
    assert maria is not None and ivan is not None
    assert not maria.no_contact.isHidden() and ivan.no_contact.isHidden()
    assert maria.no_contact.text() == "Do not contact — scheduling fix only"
    assert maria.work_button.text() == "Show the session"
    maria.setFocus()
    with qtbot.waitSignal(dock.session_wanted) as wanted:
        qtbot.keyClick(maria, Qt.Key.Key_Return)
    assert wanted.args == [maria.scheduling_appointment()]
    assert wanted.args[0] is not None
    assert not dock.findChildren(CallDialog)


def test_enter_opens_the_call_and_ctrl_c_copies_the_number_as_a_secret(
    qtbot: QtBot, dock: CallListDock, practice: Practice,
) -> None:
    card = dock.card_of(practice.nadia)
    assert card is not None
    dock.activateWindow()
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "+44 7700 900101"
    mime = clipboard.mimeData()
    assert mime is not None and bytes(mime.data(SECRET_HINT).data()) == b"secret"
    assert dock.copied.text().startswith("Number copied.")
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    qtbot.keyClick(card, Qt.Key.Key_Down)
    tom = dock.card_of(practice.tom)
    assert tom is not None and tom.hasFocus()
    qtbot.keyClick(tom, Qt.Key.Key_Return)
    (dialog,) = dock.findChildren(CallDialog)
    assert dialog.entry.client_id == practice.tom
    dialog.reject()


def test_the_clock_moves_the_list_on(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, practice: Practice,
) -> None:
    """Read by the timer at the clock's time: once Lena has a session booked, she is gone."""
    clock = [NOW]
    dock = CallListDock(vault, worker, now=lambda: clock[0], refresh_ms=20)
    qtbot.addWidget(dock)
    qtbot.waitUntil(lambda: dock.card_of(practice.lena) is not None, timeout=2000)
    book(vault, practice.lena, at(TODAY + timedelta(days=7), 9))
    clock[0] = NOW + timedelta(minutes=5)
    qtbot.waitUntil(lambda: dock.card_of(practice.lena) is None, timeout=2000)
    dock.clear()
    assert dock.cards == [] and not dock.timer.isActive()


def test_a_long_group_shows_its_first_cards_and_the_rest_when_asked(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, practice: Practice) -> None:
    """Lena is not rebooked; so are 24 more, each seen once three weeks ago."""
    for number in range(24):
        waiting = client(vault, f"Client Number{number:02d}", f"+44 7700 9002{number:02d}")
        attended(vault, waiting, at(TODAY - timedelta(weeks=3, days=1 + number // 8),
                                    9 + number % 8))
    dock = open_dock(qtbot, vault, worker)
    heading = dock.headings[CallRule.NO_NEXT_SESSION]
    assert heading.text() == "No next session booked (25)"
    shown = [card for card in dock.cards if card.entry.rule == CallRule.NO_NEXT_SESSION]
    assert len(shown) == SHOWN_AT_FIRST
    more = dock.findChild(QPushButton, "more_no_next_session")
    assert more is not None and more.text() == "Show the other 5"

    dock.activateWindow()
    qtbot.waitUntil(dock.isActiveWindow)
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    group = [card for card in dock.cards if card.entry.rule == CallRule.NO_NEXT_SESSION]
    assert len(group) == 25
    assert dock.groups.indexOf(more) == -1 and not more.isVisible()
    in_place = sorted(group, key=dock.groups.indexOf)
    assert in_place[SHOWN_AT_FIRST].hasFocus()
    last_of_first = in_place[SHOWN_AT_FIRST - 1]
    last_of_first.setFocus()
    qtbot.keyClick(last_of_first, Qt.Key.Key_Down)
    assert in_place[SHOWN_AT_FIRST].hasFocus()
