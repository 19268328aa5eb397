"""A 1280x800 screen with the client's panel open: names, the range title and the panel's
Status and Amount columns still readable; and the rules that choose the words, without pixels."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, LedgerKind
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.clients.ending import end_client
from services.money.ledger import record
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from ui.calendar.text_cache import fitting_name, names_match
from ui.client_tables import MIN_COLUMN, column_widths
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
MONDAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)


def seven_per_letter(text: str) -> float:
    return 7 * len(text)


@pytest.mark.parametrize(("room", "shown"), [
    (200, "Penelope Nolan"), (98, "Penelope Nolan"), (97, "Penelope"), (56, "Penelope"),
    (55, "PN"), (14, "PN"), (13, ""),
])
def test_a_name_falls_back_to_the_first_name_then_the_initials(room: int, shown: str) -> None:
    assert fitting_name("Penelope Nolan", room, seven_per_letter) == shown


def test_a_one_word_name_has_nothing_shorter_to_fall_back_to() -> None:
    assert fitting_name("Penny", 35, seven_per_letter) == "Penny"
    assert fitting_name("Penny", 34, seven_per_letter) == ""


def test_the_first_name_is_enough_to_know_the_client() -> None:
    assert names_match("Olga", "Olga Tikhonova")
    assert names_match("Olga Tikhonova", "Olga Tikhonova")
    assert not names_match("OT", "Olga Tikhonova") and not names_match("Ol…", "Olga Tikhonova")


def test_narrow_columns_give_way_in_order_and_the_kept_ones_stay_whole() -> None:
    natural = [140, 60, 90, 130]  # Day, Time, How, Status
    assert column_widths(natural, (2, 0), 500) == natural
    assert column_widths(natural, (2, 0), 400) == [140, 60, 70, 130]
    assert column_widths(natural, (2, 0), 340) == [114, 60, MIN_COLUMN, 130]
    assert column_widths(natural, (2, 0), 100) == [MIN_COLUMN, 60, MIN_COLUMN, 130]


def test_at_1280_by_800_with_the_panel_open_names_title_status_and_amount_are_readable(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    update_settings(vault, session_fee=8000)
    names = ["Olga Tikhonova", "Maya Whitfield-Brown", "Sophie Fairweather", "David Shaw",
             "Konstantin Aleksandrov"]
    ids = [create_client(vault, ClientDraft(full_name=name)) for name in names]
    for day, client in enumerate(ids):
        for hour in (9, 11):
            (session,) = book(vault, client, datetime.combine(
                date(2026, 6, 15 + day), time(hour), tzinfo=LONDON))
        set_status(vault, session, AppointmentStatus.ATTENDED)
    record(vault, ids[0], LedgerKind.SESSION_CHARGE, 8000, day=MONDAY,
           note="A fee agreed in the first session, written at some length")
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_client(ids[0])
    grid = window.calendar.time_grid
    qtbot.waitUntil(lambda: len(grid.painter.blocks) == 2 * len(names), timeout=3000)
    panel = window.client_panel
    qtbot.waitUntil(lambda: panel.ledger.topLevelItemCount() > 0, timeout=3000)

    shown = {block.placed.entry.client_name: block.title for block in grid.painter.blocks}
    assert shown == {"Olga Tikhonova": "Olga", "Maya Whitfield-Brown": "Maya",
                     "Sophie Fairweather": "Sophie", "David Shaw": "David",
                     "Konstantin Aleksandrov": "KA"}  # a long first name: its initials
    title = window.calendar.range_label
    assert title.isVisible() and title.text() == title.full_text()
    for table, column in ((panel.past_sessions, 3), (panel.next_sessions, 3),
                          (panel.ledger, 2)):
        if table.topLevelItemCount() == 0:
            continue
        left = table.header().sectionViewportPosition(column)
        assert left + table.columnWidth(column) <= table.viewport().width() + 1, table.objectName()
        words = table.fontMetrics().horizontalAdvance(table.topLevelItem(0).text(column))
        assert table.columnWidth(column) >= words, table.objectName()


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


@pytest.mark.usefixtures("russian")
def test_at_1280_by_800_the_russian_panel_needs_no_sideways_scrolling(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client = create_client(vault, ClientDraft(full_name="Алёна Михайловна Гусева"))
    (session,) = book(vault, client, datetime.combine(date(2026, 6, 8), time(9), tzinfo=LONDON))
    set_status(vault, session, AppointmentStatus.ATTENDED)
    end_client(vault, client, MONDAY)  # the longest status: "Работа завершена · пн 15 июня 2026"
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_client(client)
    panel = window.client_panel
    qtbot.waitUntil(lambda: panel.status_label.text().startswith("Работа завершена"),
                    timeout=3000)
    scroll = panel.findChild(QScrollArea)
    assert scroll is not None
    content = scroll.widget()
    assert content.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
