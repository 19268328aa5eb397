"""The workspace as a therapist uses it: calendar, clients, undo, cancelling, locking."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, Repeat
from services.calendar.appointments import book, days
from services.clients.client_records import ClientDraft, create_client, search_clients
from services.errors import VaultError
from services.vault.practice_vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import first_look_taken, type_text
from ui.client_dialog import ClientDialog
from ui.guided.cancellation import CancellationDialog
from ui.guided.late import LateDialog
from ui.guided.missed_by_me import MissedByMeDialog
from ui.guided.no_show import NoShowDialog
from ui.guided.repair import RepairDialog
from ui.guided.wizard import GuidedDialog
from ui.idle_lock import IdleLock
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
MONDAY, WEDNESDAY = date(2026, 6, 15), date(2026, 6, 17)
NOW = datetime(2026, 6, 15, 8, 0, tzinfo=UTC)  # Monday 09:00 in London (summer time)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


class Clock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


def open_window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, clock: Clock) -> MainWindow:
    """The window shown at NOW, its idle lock on the test's clock."""
    opened = MainWindow(vault, worker, now=lambda: NOW,
                        idle_lock=IdleLock(10, now=clock, check_every_ms=3_600_000))
    qtbot.addWidget(opened)
    opened.show()
    return opened


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, clock: Clock) -> MainWindow:
    return open_window(qtbot, vault, worker, clock)


def sessions(vault: Vault) -> list[tuple[str, datetime, AppointmentStatus]]:
    return [(e.client_name, e.starts_at, e.status) for e in days(vault, MONDAY, 14)]


def drag(qtbot: QtBot, widget: object, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, (start + end) / 2)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_the_window_shows_the_practice_and_its_week(window: MainWindow, vault: Vault) -> None:
    assert window.windowTitle() == "Stillroom — Quiet Room Practice"
    assert window.calendar.visible_range() == (MONDAY, 7)


def test_drag_a_session_to_another_day_then_undo(qtbot: QtBot, window: MainWindow,
                                                  vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    (session_id,) = book(vault, client, at(MONDAY, 9))
    window.reload()
    grid = window.calendar.time_grid
    rect = grid.session_rect(session_id)
    start = QPoint(rect.center().x(), grid.point_for(at(MONDAY, 9, 10)).y())
    drag(qtbot, grid, start, grid.point_for(at(WEDNESDAY, 14, 10)))
    assert sessions(vault) == [("Nadia Volkova", at(WEDNESDAY, 14), AppointmentStatus.SCHEDULED)]
    assert grid.session_rect(session_id).center().x() > rect.center().x()

    window.menus.undo.trigger()
    assert sessions(vault) == [("Nadia Volkova", at(MONDAY, 9), AppointmentStatus.SCHEDULED)]
    window.menus.redo.trigger()
    assert sessions(vault)[0][1] == at(WEDNESDAY, 14)


def test_moving_one_session_of_a_series_asks_and_moves_only_it(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    first, second = book(vault, client, at(MONDAY, 9), repeat=Repeat.WEEKLY, occurrences=2)
    window.reload()
    window.calendar.move_requested.emit(first, at(MONDAY, 11), 50)
    question = window.findChild(QMessageBox)
    assert question is not None and question.isVisible()
    assert [s[1] for s in sessions(vault)] == [at(MONDAY, 9), at(date(2026, 6, 22), 9)]
    only = next(b for b in question.buttons() if b.text() == "Only this session")
    qtbot.mouseClick(only, Qt.MouseButton.LeftButton)
    assert [s[1] for s in sessions(vault)] == [at(MONDAY, 11), at(date(2026, 6, 22), 9)]


@pytest.mark.parametrize(
    ("action", "dialog_class"),
    [("cancel", CancellationDialog), ("no_show", NoShowDialog),
     ("missed_by_me", MissedByMeDialog), ("repair", RepairDialog)],
)
def test_the_sessions_menu_opens_its_guided_dialog_on_that_session(
    qtbot: QtBot, window: MainWindow, vault: Vault, action: str,
    dialog_class: type[GuidedDialog],
) -> None:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    first, _second = book(vault, client, at(MONDAY, 18), repeat=Repeat.WEEKLY, occurrences=2)
    window.reload()
    window.calendar.action_requested.emit(first, action)
    dialog = window.findChild(dialog_class)
    assert dialog is not None and dialog.isVisible()
    assert dialog.entry.id == first
    dialog.reject()
    assert [s[2] for s in sessions(vault)] == [AppointmentStatus.SCHEDULED] * 2


def test_create_a_client_and_find_them_in_cyrillic(qtbot: QtBot, window: MainWindow,
                                                    vault: Vault) -> None:
    window.menus.new_client.trigger()
    dialog = window.findChild(ClientDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.full_name, "Евгения Порошина")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert [c.full_name for c in search_clients(vault, "")] == ["Евгения Порошина"]
    assert window.panel_dock.isVisible()

    type_text(window.client_list.search, "порош")
    model = window.client_list.model
    qtbot.waitUntil(lambda: [model.index(row).data() for row in range(model.rowCount())]
                    == ["Евгения Порошина"])


def test_idle_lock_hides_every_client_detail_and_unlock_returns(
    qtbot: QtBot, window: MainWindow, vault: Vault, clock: Clock
) -> None:
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    window.show_client(client)
    clock.seconds += 9 * 60
    window.idle_lock.check()
    assert not window.locked
    clock.seconds += 60
    window.idle_lock.check()
    assert window.locked
    assert not window.calendar.isVisible()
    assert not window.clients_dock.isVisible() and not window.panel_dock.isVisible()
    assert not window.menuBar().isEnabled()

    type_text(window.lock_screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.lock_screen.unlocked):
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    assert not window.locked
    assert window.calendar.isVisible() and window.panel_dock.isVisible()
    assert window.menuBar().isEnabled()


def test_a_practice_that_fails_its_page_check_is_closed_with_a_clear_message(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    import services.vault.practice_vault as vault_module

    def damaged(engine: object, cache_kib: int | None = None) -> None:
        raise VaultError(vault_module.DAMAGED, detail="page 7")

    monkeypatch.setattr(vault_module, "_quick_check", damaged)
    opened = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(opened)
    opened.show()
    first_look_taken(opened)
    box = opened.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "page 7" in box.informativeText()
    with qtbot.waitSignal(opened.closed):
        box.button(QMessageBox.StandardButton.Close).click()
    assert not opened.is_open


def test_a_slot_chosen_with_a_client_open_is_booked_for_that_client(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    from ui.session_dialogs import NewSessionDialog

    create_client(vault, ClientDraft(full_name="Ann Lee"))
    tom = create_client(vault, ClientDraft(full_name="Tom Reed"))
    window.show_client(tom)
    window.calendar.create_requested.emit(at(MONDAY, 15), 50)
    dialog = window.findChild(NewSessionDialog)
    assert dialog is not None and dialog.client.currentText() == "Tom Reed"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert sessions(vault) == [("Tom Reed", at(MONDAY, 15), AppointmentStatus.SCHEDULED)]


def test_switching_to_russian_applies_on_the_next_start(
    qtbot: QtBot, window: MainWindow, vault: Vault, worker: DatabaseWorker,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from models.enums import Language
    from services.practice.practice_settings import read_settings
    from ui.i18n import install_language, saved_language
    from ui.settings_dialog import SettingsDialog

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.menus.settings.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    language = dialog.sections.language
    language.setCurrentIndex(language.findData(Language.RUSSIAN.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert read_settings(vault).language == Language.RUSSIAN
    assert saved_language() == "ru" and told  # the therapist is told it applies on restart

    app = QCoreApplication.instance()
    assert app is not None
    install_language(app, saved_language())  # as the next start does
    try:
        restarted = MainWindow(vault, worker, now=lambda: NOW)
        qtbot.addWidget(restarted)
        menus = [action.text() for action in restarted.menuBar().actions()]
        assert menus == ["&Практика", "П&равка", "&Вид"]
        assert restarted.calendar.range_text(MONDAY, 7) == "15 – 21 июня 2026"
    finally:
        install_language(app, "en")


def test_a_client_who_has_not_arrived_is_shown_above_the_calendar(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker
) -> None:
    from services.clients.client_records import PhoneNumber

    number = PhoneNumber("+44 7700 900555", may_voicemail=True)
    client = create_client(vault, ClientDraft(full_name="Ann Lee", numbers=(number,)))
    book(vault, client, at(MONDAY, 8, 40))
    opened = MainWindow(vault, worker, now=lambda: NOW)  # 09:00: twenty minutes late
    qtbot.addWidget(opened)
    opened.show()
    notice = opened.late_notice
    assert notice.isVisible()
    said = notice.findChild(QLabel, "late_client")
    assert said is not None and "Ann Lee" in said.text() and "08:40" in said.text()
    marks = [label.text() for label in notice.findChildren(QLabel)]
    assert "+44 7700 900555" in marks and "✓ voicemail" in marks and "✗ text" in marks

    arrived = notice.findChild(QPushButton, f"attended_late_{days(vault, MONDAY, 1)[0].id}")
    assert arrived is not None
    qtbot.mouseClick(arrived, Qt.MouseButton.LeftButton)
    assert sessions(vault)[0][2] == AppointmentStatus.ATTENDED_LATE
    assert not notice.isVisible()


def test_a_late_video_client_is_shown_with_where_to_find_them(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker
) -> None:
    from models.enums import Modality

    found = create_client(vault, ClientDraft(full_name="Ann Lee",
                                             online_handle="ann.lee (Skype)"))
    unknown = create_client(vault, ClientDraft(full_name="Bo Park"))
    (ann,) = book(vault, found, at(MONDAY, 8, 40), modality=Modality.VIDEO)
    (bo,) = book(vault, unknown, at(MONDAY, 8, 40), modality=Modality.VIDEO,
                 allow_conflicts=True)
    opened = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(opened)
    opened.show()
    handles = [label.text() for label in opened.late_notice.findChildren(QLabel, "video_handle")]
    assert sorted(handles) == ["No video handle on file", "Video: ann.lee (Skype)"]
    assert {ann, bo} == {entry.id for entry in days(vault, MONDAY, 1)}


def test_a_late_clients_call_and_a_no_show_after_it(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker
) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    (session_id,) = book(vault, client, at(MONDAY, 8, 40))
    opened = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(opened)
    opened.show()
    call = opened.late_notice.findChild(QPushButton, f"late_call_{session_id}")
    assert call is not None
    qtbot.mouseClick(call, Qt.MouseButton.LeftButton)
    late = opened.findChild(LateDialog)
    assert late is not None and late.isVisible() and late.entry.id == session_id
    late.no_show_chosen.emit(session_id)  # as Finish does when they are not coming
    no_show = opened.findChild(NoShowDialog)
    assert no_show is not None and no_show.entry.id == session_id


def on_top(dock: QDockWidget) -> bool:
    """Shown, and not behind the other tab."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


@pytest.mark.parametrize("tab", ["calls", "clients"])
def test_the_tab_that_was_open_is_open_again_after_unlocking(
    qtbot: QtBot, window: MainWindow, tab: str
) -> None:
    if tab == "calls":
        window.show_calls()
    else:
        window.clients_dock.raise_()
    open_dock, other = ((window.calls_dock, window.clients_dock) if tab == "calls"
                        else (window.clients_dock, window.calls_dock))
    qtbot.waitUntil(lambda: on_top(open_dock))
    assert not on_top(other)

    window.lock()
    assert not window.calls_dock.isVisible() and not window.clients_dock.isVisible()
    type_text(window.lock_screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.lock_screen.unlocked):
        qtbot.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)

    assert on_top(open_dock) and not on_top(other)


def test_the_week_moves_on_while_the_page_check_still_reads(
    qtbot: QtBot, vault: Vault, fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On years of notes the check takes seconds: it runs beside the database worker, so
    the next week is shown before it ends; a problem it finds is still said."""
    import services.vault.practice_vault as vault_module
    from tests.ui.conftest import HeldExecutor
    from ui.worker import ImmediateExecutor

    def damaged(engine: object, cache_kib: int | None = None) -> None:
        raise VaultError(vault_module.DAMAGED, detail="page 7")

    monkeypatch.setattr(vault_module, "_quick_check", damaged)
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    book(vault, client, at(date(2026, 6, 23), 10))
    checking = HeldExecutor()
    worker = DatabaseWorker(ImmediateExecutor(), apart=checking)
    opened = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(opened)
    opened.show()
    first_look_taken(opened)
    assert len(checking.jobs) == 1  # the check has started and not finished

    opened.calendar.next_period()
    assert opened.calendar.visible_range() == (date(2026, 6, 22), 7)
    assert [e.client_name for e in opened.calendar.entries()] == ["Ann Lee"]
    assert opened.findChild(QMessageBox) is None

    checking.release()
    box = opened.findChild(QMessageBox)
    assert box is not None and "page 7" in box.informativeText()
    with pytest.raises(VaultError, match="damaged"), vault.unit_of_work():
        pass


def test_the_clients_panel_is_built_when_first_wanted(
    qtbot: QtBot, vault: Vault, worker: DatabaseWorker, clock: Clock
) -> None:
    from ui.client_panel import ClientPanel

    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    window = open_window(qtbot, vault, worker, clock)
    assert not isinstance(window.panel_dock.widget(), ClientPanel)  # a start needs none

    window.panel_dock.toggleViewAction().trigger()  # View → Client, no client chosen yet
    panel = window.panel_dock.widget()
    assert isinstance(panel, ClientPanel) and panel.isVisible()

    window.show_client(client)
    assert window.panel_dock.widget() is panel and panel.client_id == client
    assert panel.full_name_label.text() == "Ann Lee"
