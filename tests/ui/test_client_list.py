from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from models.enums import ClientStatus
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client, read_client, update_client
from services.vault.practice_vault import Vault
from tests.ui.conftest import type_text
from ui.client_list import ClientList, ClientListModel
from ui.worker import DatabaseWorker

NOW = datetime(2030, 5, 6, 9, tzinfo=UTC)  # a Monday


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def make_list(qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> ClientList:
    clients = ClientList(vault, worker, lambda: NOW)
    qtbot.addWidget(clients)
    clients.resize(320, 500)
    clients.show()
    return clients


def shown(clients: ClientList) -> list[str]:
    """The rows as the screen says them: preferred name, then the full name when different."""
    model = clients.model
    rows = []
    for row in range(model.rowCount()):
        index = model.index(row)
        full = index.data(ClientListModel.FullNameRole)
        rows.append(f"{index.data()} / {full}" if full else index.data())
    return rows


def next_session_texts(clients: ClientList) -> list[str]:
    return [clients.model.index(row).data(ClientListModel.NextSessionRole)
            for row in range(clients.model.rowCount())]


def test_typing_in_cyrillic_finds_the_client_after_a_pause(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    for name in ("Евгения Порошина", "Anna Smith", "Пётр Иванов"):
        create_client(vault, ClientDraft(full_name=name))
    clients = make_list(qtbot, vault, worker)
    assert sorted(shown(clients)) == ["Anna Smith", "Евгения Порошина", "Пётр Иванов"]

    type_text(clients.search, "евг")
    assert len(shown(clients)) == 3  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: shown(clients) == ["Евгения Порошина"], timeout=2000)

    clients.search.clear()
    type_text(clients.search, "ПЕТР")  # case and ё/е folded
    qtbot.waitUntil(lambda: shown(clients) == ["Пётр Иванов"], timeout=2000)


def test_accents_do_not_matter_and_the_preferred_name_comes_first(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    create_client(vault, ClientDraft(full_name="Zoë Łódź", preferred_name="Zo"))
    create_client(vault, ClientDraft(full_name="Adam Zoeller"))
    create_client(vault, ClientDraft(full_name="Mira Cole"))
    clients = make_list(qtbot, vault, worker)
    qtbot.keyClicks(clients.search, "zoe")
    qtbot.waitUntil(lambda: len(shown(clients)) == 2, timeout=2000)
    assert shown(clients) == ["Adam Zoeller", "Zo / Zoë Łódź"]
    qtbot.keyClicks(clients.search, "xx")
    qtbot.waitUntil(lambda: clients.note.isVisible(), timeout=2000)
    assert shown(clients) == []
    assert clients.note.text() == "No clients match."


def test_the_filter_shows_active_clients_first_and_ended_ones_on_request(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    create_client(vault, ClientDraft(full_name="Ann Active"))
    create_client(vault, ClientDraft(full_name="Ann Paused", status=ClientStatus.PAUSED))
    create_client(vault, ClientDraft(full_name="Ann Ended", status=ClientStatus.ENDED))
    clients = make_list(qtbot, vault, worker)
    assert clients.status_filter.currentText() == "Active"
    assert shown(clients) == ["Ann Active"]

    clients.status_filter.setFocus()
    qtbot.keyClick(clients.status_filter, Qt.Key.Key_Down)
    qtbot.keyClick(clients.status_filter, Qt.Key.Key_Down)
    assert clients.status_filter.currentText() == "Ended"
    assert shown(clients) == ["Ann Ended"]
    assert clients.model.index(0).data(ClientListModel.StatusRole) == "Ended"

    qtbot.keyClick(clients.status_filter, Qt.Key.Key_Home)
    assert shown(clients) == ["Ann Active", "Ann Ended", "Ann Paused"]


def test_obrien_finds_o_brien_and_the_list_sorts_by_surname(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    for name in ("Aoife O'Brien", "Zoe Adams", "Mark Obolensky", "Boris Ivanov"):
        create_client(vault, ClientDraft(full_name=name))
    clients = make_list(qtbot, vault, worker)
    assert shown(clients) == ["Aoife O'Brien", "Boris Ivanov", "Mark Obolensky", "Zoe Adams"]

    clients.sort.setFocus()
    qtbot.keyClick(clients.sort, Qt.Key.Key_Down)
    assert clients.sort.currentText() == "By surname"
    assert shown(clients) == ["Zoe Adams", "Boris Ivanov", "Mark Obolensky", "Aoife O'Brien"]

    type_text(clients.search, "obrien")
    qtbot.waitUntil(lambda: shown(clients) == ["Aoife O'Brien"], timeout=2000)


def test_sorting_by_next_session_shows_the_soonest_first_with_its_day(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    ada = create_client(vault, ClientDraft(full_name="Ada Bell"))
    bo = create_client(vault, ClientDraft(full_name="Bo Cole"))
    create_client(vault, ClientDraft(full_name="Cy Dunn"))  # nothing booked
    book(vault, ada, NOW + timedelta(days=8))
    book(vault, bo, NOW + timedelta(days=1))
    book(vault, bo, NOW - timedelta(days=6))  # past sessions do not count
    clients = make_list(qtbot, vault, worker)
    assert shown(clients) == ["Ada Bell", "Bo Cole", "Cy Dunn"]
    assert next_session_texts(clients) == ["Tue 14 May", "Tue 7 May", ""]

    clients.sort.setFocus()
    qtbot.keyClick(clients.sort, Qt.Key.Key_End)
    assert clients.sort.currentText() == "By next session"
    assert shown(clients) == ["Bo Cole", "Ada Bell", "Cy Dunn"]
    assert clients.model.index(2).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Cy Dunn, no session booked")


def test_down_moves_into_the_list_and_enter_selects(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    create_client(vault, ClientDraft(full_name="Mira Cole"))
    second = create_client(vault, ClientDraft(full_name="Mira Dunn"))
    create_client(vault, ClientDraft(full_name="Sam Rivers"))
    clients = make_list(qtbot, vault, worker)
    clients.activateWindow()
    clients.search.setFocus()
    qtbot.keyClicks(clients.search, "mira")
    qtbot.waitUntil(lambda: len(shown(clients)) == 2, timeout=2000)

    qtbot.keyClick(clients.search, Qt.Key.Key_Down)
    assert clients.view.hasFocus()
    qtbot.keyClick(clients.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(clients.client_selected) as selected:
        qtbot.keyClick(clients.view, Qt.Key.Key_Return)
    assert selected.args == [second]


def test_enter_straight_after_typing_opens_the_first_match(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    create_client(vault, ClientDraft(full_name="Anna Smith"))
    wanted = create_client(vault, ClientDraft(full_name="Евгения Порошина"))
    clients = make_list(qtbot, vault, worker)
    type_text(clients.search, "пор")
    with qtbot.waitSignal(clients.client_selected) as selected:
        qtbot.keyClick(clients.search, Qt.Key.Key_Enter)
    assert selected.args == [wanted]
    assert shown(clients) == ["Евгения Порошина"]


def test_a_click_selects_and_the_choice_survives_a_refresh(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    create_client(vault, ClientDraft(full_name="Ada Bell"))
    bo = create_client(vault, ClientDraft(full_name="Bo Cole"))
    clients = make_list(qtbot, vault, worker)
    rect = clients.view.visualRect(clients.model.index(1))
    with qtbot.waitSignal(clients.client_selected) as selected:
        qtbot.mouseClick(clients.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [bo]

    draft = read_client(vault, bo).draft
    update_client(vault, bo, ClientDraft(full_name="Bo Cole", preferred_name="Bobby",
                                         numbers=draft.numbers))
    clients.refresh()
    assert shown(clients) == ["Ada Bell", "Bobby / Bo Cole"]
    assert clients.view.currentIndex().row() == 1


def test_select_client_waits_for_the_search_that_lists_them(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    clients = make_list(qtbot, vault, worker)
    assert clients.note.text() == "No clients here yet."
    new = create_client(vault, ClientDraft(full_name="Nina Park"))
    clients.select_client(new)
    assert not clients.view.currentIndex().isValid()  # not listed yet
    clients.refresh()
    assert clients.view.currentIndex().data(ClientListModel.ClientIdRole) == new
    assert not clients.note.isVisible()

    clients.clear()
    assert shown(clients) == []
    assert clients.search.text() == ""


def test_new_client_button_asks_for_the_dialog(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    clients = make_list(qtbot, vault, worker)
    with qtbot.waitSignal(clients.new_client_requested):
        qtbot.mouseClick(clients.new_button, Qt.MouseButton.LeftButton)


def test_the_list_says_when_more_clients_match_than_it_shows(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ClientList, "LIMIT", 3)
    for i in range(4):
        create_client(vault, ClientDraft(full_name=f"Client {i}"))
    clients = ClientList(vault, worker, lambda: NOW)
    qtbot.addWidget(clients)
    clients.show()
    assert len(shown(clients)) == 3
    assert not clients.note.isHidden()
    assert clients.note.text() == "Showing the first 3. Type more of the name to find others."


def test_with_a_real_database_thread_only_the_newest_search_is_shown(
        qtbot: QtBot, vault: Vault, fonts: None) -> None:
    for name in ("Mira Cole", "Mira Dunn", "Miriam Lake", "Sam Rivers"):
        create_client(vault, ClientDraft(full_name=name))
    threaded = DatabaseWorker()
    try:
        clients = make_list(qtbot, vault, threaded)
        qtbot.waitUntil(lambda: len(shown(clients)) == 4, timeout=3000)
        qtbot.keyClicks(clients.search, "mir")
        qtbot.waitUntil(lambda: len(shown(clients)) == 3, timeout=3000)
        qtbot.keyClicks(clients.search, "a d")
        with qtbot.waitSignal(clients.client_selected, timeout=3000) as selected:
            qtbot.keyClick(clients.search, Qt.Key.Key_Return)  # before the pause is over
        assert shown(clients) == ["Mira Dunn"]
        assert selected.args == [clients.model.client_at(0).id]
    finally:
        threaded.shutdown()
