from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from models.enums import (
    AppointmentStatus,
    ContactChannel,
    ContactOutcome,
    LedgerKind,
    PaymentMethod,
    WaiverReason,
)
from services.calendar.appointments import book, set_status
from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    link_acquaintances,
    read_client,
)
from services.clients.contact_log import log_contact
from services.money.ledger import record
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from ui.client_panel import ClientPanel
from ui.worker import DatabaseWorker

NOW = datetime(2030, 5, 6, 9, tzinfo=UTC)  # Monday 6 May 2030, 10:00 in London


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def make_panel(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
               client_id: int | None = None) -> ClientPanel:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    if client_id is not None:
        panel.show_client(client_id)
    return panel


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def details(panel: ClientPanel) -> dict[str, str]:
    """The contact section as the screen shows it: caption -> the words beside it."""
    shown = {}
    grid = panel.details
    for row in range(grid.rowCount()):
        caption, value = grid.itemAtPosition(row, 0), grid.itemAtPosition(row, 1)
        if caption is None or value is None:
            continue
        caption_label, widget = caption.widget(), value.widget()
        assert isinstance(caption_label, QLabel) and widget is not None
        texts = ([widget.text()] if isinstance(widget, QLabel)
                 else [label.text() for label in widget.findChildren(QLabel)])
        shown[caption_label.text()] = "  ".join(texts)
    return shown


@pytest.mark.parametrize(("lines", "words"), [
    ([(LedgerKind.SESSION_CHARGE, 6000), (LedgerKind.PAYMENT, 2000)], "Balance: owes £40.00"),
    ([(LedgerKind.SESSION_CHARGE, 6000), (LedgerKind.PAYMENT, 7000)],
     "Balance: in credit £10.00"),
    ([(LedgerKind.SESSION_CHARGE, 6000), (LedgerKind.WAIVER, 6000)], "Balance: settled"),
])
def test_the_balance_is_said_in_words(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        lines: list[tuple[LedgerKind, int]], words: str) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    for day, (kind, amount) in enumerate(lines, start=1):
        record(vault, client_id, kind, amount, day=date(2030, 4, day),
               method=PaymentMethod.CARD if kind == LedgerKind.PAYMENT else None,
               waiver_reason=WaiverReason.GOODWILL if kind == LedgerKind.WAIVER else None)
    panel = make_panel(qtbot, vault, worker, client_id)
    assert panel.balance_label.text() == words


def test_the_ledger_shows_the_newest_line_first_with_signed_amounts(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 6000, day=date(2030, 4, 1))
    record(vault, client_id, LedgerKind.PAYMENT, 6000, method=PaymentMethod.TRANSFER,
           day=date(2030, 4, 3), note="Thank you")
    record(vault, client_id, LedgerKind.NO_SHOW_FEE, 3000, day=date(2029, 12, 30))
    panel = make_panel(qtbot, vault, worker, client_id)
    ledger = panel.ledger
    assert [ledger.texts(row) for row in range(ledger.topLevelItemCount())] == [
        ["Wed 3 Apr", "Payment", "\u2212£60.00", "Bank transfer · Thank you"],
        ["Mon 1 Apr", "Session", "£60.00", ""],
        ["Sun 30 Dec 2029", "Missed session fee", "£30.00", ""],
    ]
    assert panel.balance_label.text() == "Balance: owes £30.00"


def test_numbers_show_each_consent_in_words_and_marks(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(
        full_name="Евгения Порошина", preferred_name="Женя", email="zhenya@example.org",
        numbers=(PhoneNumber("+44 7700 900123", "mobile", may_call=True, may_voicemail=False,
                             may_text=True),
                 PhoneNumber("020 7946 0000", "work", may_call=False)),
        fee_override=5000, online_handle="live:zhenya", do_not_contact=True))
    panel = make_panel(qtbot, vault, worker, client_id)
    assert panel.name_label.text() == "Женя"
    assert panel.full_name_label.text() == "Евгения Порошина"
    assert panel.full_name_label.isVisible()
    assert panel.status_label.text() == "Active"
    assert panel.do_not_contact.isVisible()
    shown = details(panel)
    assert shown["mobile"] == "+44 7700 900123  ✓ call  ✗ voicemail  ✓ text"
    assert shown["work"] == "020 7946 0000  ✗ call  ✗ voicemail  ✗ text"
    assert shown["Email"] == "zhenya@example.org"
    assert shown["Prefers"] == "In person · live:zhenya"
    assert shown["Fee"] == "£50.00 (this client's fee)"
    marks = panel.content.findChildren(QLabel, "consent")
    assert [mark.toolTip() for mark in marks[:3]] == [
        "May call this number.", "Do not leave a voicemail on this number.",
        "May send a text message to this number."]


def test_sessions_are_split_into_next_and_past_with_their_statuses(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    attended = book(vault, client_id, datetime(2030, 4, 22, 13, tzinfo=UTC))[0]
    missed = book(vault, client_id, datetime(2030, 4, 29, 13, tzinfo=UTC))[0]
    set_status(vault, attended, AppointmentStatus.ATTENDED, now=NOW)
    set_status(vault, missed, AppointmentStatus.NO_SHOW, now=NOW)
    coming = book(vault, client_id, NOW + timedelta(days=7, hours=5))[0]
    panel = make_panel(qtbot, vault, worker, client_id)
    assert panel.next_sessions.texts(0) == ["Mon 13 May", "15:00", "In person", "Booked"]
    assert [panel.past_sessions.texts(row) for row in range(2)] == [
        ["Mon 29 Apr", "14:00", "In person", "Did not come"],
        ["Mon 22 Apr", "14:00", "In person", "Attended"],
    ]
    assert panel.no_past.isHidden() and panel.no_next.isHidden()

    item = panel.next_sessions.topLevelItem(0)
    assert item is not None
    rect = panel.next_sessions.visualItemRect(item)
    qtbot.mouseClick(panel.next_sessions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.session_activated) as activated:
        qtbot.mouseDClick(panel.next_sessions.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert activated.args == [coming]


def test_a_client_with_nothing_yet_says_so(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    panel = make_panel(qtbot, vault, worker, client_id)
    assert panel.name_label.text() == "Iris Kemp"
    assert not panel.full_name_label.isVisible()
    for table, note in ((panel.next_sessions, panel.no_next), (panel.ledger, panel.no_ledger),
                        (panel.contacts, panel.no_contacts)):
        assert not table.isVisible()
        assert note.isVisible()
    assert panel.balance_label.text() == "Balance: settled"
    assert details(panel)["Fee"] == "£0.00 (the practice fee)"


def test_the_contact_log_shows_the_newest_first(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    log_contact(vault, client_id, ContactChannel.VOICEMAIL, ContactOutcome.VOICEMAIL,
                reason="Missed session", at=datetime(2030, 3, 2, 10, tzinfo=UTC))
    log_contact(vault, client_id, ContactChannel.CALL, ContactOutcome.REACHED,
                reason="Rebooking", follow_up_on=date(2030, 3, 9), note="Prefers mornings",
                at=datetime(2030, 3, 3, 10, tzinfo=UTC))
    panel = make_panel(qtbot, vault, worker, client_id)
    contacts = panel.contacts
    assert [contacts.texts(row) for row in range(contacts.topLevelItemCount())] == [
        ["Sun 3 Mar", "Call", "Rebooking", "Reached", "Sat 9 Mar"],
        ["Sat 2 Mar", "Voicemail", "Missed session", "Left a message", "—"],
    ]
    first = contacts.topLevelItem(0)
    assert first is not None and first.toolTip(0) == "Prefers mornings"


def test_knows_links_are_added_through_a_search_and_removed(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    other = create_client(vault, ClientDraft(full_name="Евгения Порошина",
                                             preferred_name="Женя"))
    create_client(vault, ClientDraft(full_name="Anna Smith"))
    panel = make_panel(qtbot, vault, worker, client_id)
    assert panel.knows.names() == []

    click(qtbot, panel.knows.add_button)
    picker = panel.knows.picker
    assert picker is not None and picker.isVisible()
    type_text(picker.clients.search, "порош")
    with qtbot.waitSignal(panel.client_changed) as changed:
        qtbot.keyClick(picker.clients.search, Qt.Key.Key_Return)
    assert changed.args == [client_id]
    assert not picker.isVisible()
    assert [c.id for c in read_client(vault, client_id).acquaintances] == [other]
    assert panel.knows.names() == ["Женя (Евгения Порошина)"]

    remove = panel.knows.findChild(QWidget, f"remove_acquaintance_{other}")
    assert remove is not None
    with qtbot.waitSignal(panel.client_changed):
        click(qtbot, remove)
    assert read_client(vault, client_id).acquaintances == ()
    assert panel.knows.names() == []


def test_linking_a_client_to_themselves_is_explained(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    other = create_client(vault, ClientDraft(full_name="Kit Lane"))
    link_acquaintances(vault, client_id, other)
    panel = make_panel(qtbot, vault, worker, client_id)
    assert panel.knows.names() == ["Kit Lane"]
    panel.knows.link(client_id)
    assert panel.knows.error.isVisible()
    assert panel.knows.error.text() == "A client cannot be linked to themselves."


def test_chart_notes_are_saved_in_place(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp", chart_notes="Sleep."))
    panel = make_panel(qtbot, vault, worker, client_id)
    notes = panel.notes
    assert notes.editor.toPlainText() == "Sleep."
    assert not notes.save_button.isVisible()

    notes.editor.moveCursor(notes.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes.editor, " Work.")
    assert notes.save_button.isVisible() and notes.discard_button.isVisible()
    with qtbot.waitSignal(panel.client_changed):
        click(qtbot, notes.save_button)
    assert read_client(vault, client_id).draft.chart_notes == "Sleep. Work."
    assert not notes.save_button.isVisible()

    qtbot.keyClicks(notes.editor, " Gone.")
    click(qtbot, notes.discard_button)
    assert notes.editor.toPlainText() == "Sleep. Work."
    assert not notes.save_button.isVisible()
    assert read_client(vault, client_id).draft.chart_notes == "Sleep. Work."


def test_chart_notes_the_vault_refuses_stay_with_a_message_beside_them(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp", chart_notes="Sleep."))
    panel = make_panel(qtbot, vault, worker, client_id)
    panel.notes.editor.insertPlainText("pasted \x07 bell ")  # a control character
    click(qtbot, panel.notes.save_button)
    assert panel.notes.error.isVisible()
    assert panel.notes.error.text() == "The text contains characters that cannot be printed."
    assert panel.notes.editor.toPlainText() == "pasted \x07 bell Sleep."
    assert panel.notes.save_button.isVisible()
    assert read_client(vault, client_id).draft.chart_notes == "Sleep."


def test_unsaved_notes_are_kept_when_the_panel_rereads_the_same_client(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp", chart_notes="Sleep."))
    panel = make_panel(qtbot, vault, worker, client_id)
    qtbot.keyClicks(panel.notes.editor, "Typed. ")
    panel.show_client(client_id)
    assert panel.notes.editor.toPlainText() == "Typed. Sleep."
    assert panel.has_unsaved_notes()


def test_switching_client_asks_about_unsaved_notes(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    first = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    second = create_client(vault, ClientDraft(full_name="Kit Lane", chart_notes="Kit's."))
    panel = make_panel(qtbot, vault, worker, first)
    qtbot.keyClicks(panel.notes.editor, "Keep this.")
    asked = []
    monkeypatch.setattr(panel, "ask_to_save_notes", lambda: asked.append(True) or True)
    panel.show_client(second)
    assert asked == [True]
    assert read_client(vault, first).draft.chart_notes == "Keep this."
    assert panel.notes.editor.toPlainText() == "Kit's."
    assert panel.name_label.text() == "Kit Lane"


def test_edit_opens_the_dialog_and_the_panel_shows_the_change(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    panel = make_panel(qtbot, vault, worker, client_id)
    click(qtbot, panel.edit_button)
    dialog = panel.edit_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.full_name.text() == "Iris Kemp"
    qtbot.keyClicks(dialog.preferred_name, "Ris")
    with qtbot.waitSignal(panel.client_changed) as changed:
        click(qtbot, dialog.save_button)
    assert changed.args == [client_id]
    assert panel.name_label.text() == "Ris"
    assert panel.full_name_label.text() == "Iris Kemp"


def test_clear_hides_every_detail(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(
        full_name="Iris Kemp", chart_notes="Private.",
        numbers=(PhoneNumber("+44 7700 900123"),)))
    panel = make_panel(qtbot, vault, worker, client_id)
    assert panel.scroll_area.isVisible()
    panel.clear()
    assert not panel.scroll_area.isVisible()
    assert panel.empty.isVisible()
    assert panel.name_label.text() == ""
    assert panel.notes.editor.toPlainText() == ""
    assert details(panel) == {}
    assert panel.client_id is None


def test_notes_with_russian_money_are_not_taken_for_typed_changes(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client_id = create_client(vault, ClientDraft(
        full_name="Ada Moss", chart_notes="Плата за неявку: 75,00\u00a0£."))
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(client_id)
    assert not panel.notes.has_unsaved_changes()
    assert not panel.notes.save_button.isVisible()
    qtbot.keyClicks(panel.notes.editor, "!")
    assert panel.notes.has_unsaved_changes()
