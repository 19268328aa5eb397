"""Client text in the window is shown as it is, never read as markup.

Qt guesses rich text: a label, a tooltip or a message box whose text looks like HTML shows
HTML (a client named `<img src="…"/>` put a picture from the disk in the panel's header). A
practice whose clients have the hostile names of `tests/hostile_text.py` (as names, notes,
addresses) is shown in every widget that shows client data; each must show the text
literally: a plain-text label, or rich text that shows it escaped.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from models.enums import (
    AppointmentStatus,
    BookAction,
    ContactChannel,
    ContactOutcome,
    LetterKind,
    Modality,
)
from services.calendar.appointments import (
    CalendarEntry,
    Conflict,
    book,
    days,
    delete,
    set_status,
)
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.clients.contact_log import log_contact
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable
from tests.hostile_text import STORABLE
from tests.ui.call_list_practice import open_dock
from ui.calendar import CalendarView
from ui.client_list import ClientList, ClientListModel
from ui.client_panel import ClientPanel
from ui.conflicts import ask_book_anyway
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.guided.no_show import NoShowDialog
from ui.letters.ending_question import EndingQuestion
from ui.letters.letter_dialog import LetterDialog
from ui.main_window import MainWindow
from ui.plain_text import literal, plain_label
from ui.undo_actions import UndoActions
from ui.worker import DatabaseWorker, ImmediateExecutor

pytestmark = pytest.mark.usefixtures("english_money")

ROOT = Path(__file__).resolve().parents[2]
LONDON = ZoneInfo("Europe/London")
TODAY, YESTERDAY = date(2026, 6, 16), date(2026, 6, 15)
NOW = datetime(2026, 6, 16, 10, 20, tzinfo=LONDON)  # today's 10:00 sessions are late
NAMES = STORABLE


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


# What the screen shows ---------------------------------------------------------------------

def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a person reads for `text` shown in that format (AutoText: as Qt guesses)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def shown_texts(root: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, the text as set, the text as read) for every label, tooltip and table cell."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName()}"
        if isinstance(widget, QLabel):
            yield where, widget.text(), rendered(widget.text(), widget.textFormat())
        if widget.toolTip():
            yield where + " tooltip", widget.toolTip(), rendered(widget.toolTip())
        if isinstance(widget, QTreeWidget):
            for row in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(row)
                assert item is not None
                for column in range(widget.columnCount()):
                    yield where + " cell", item.text(column), item.text(column)
                    tip = item.toolTip(column)
                    yield where + " cell tooltip", tip, rendered(tip)


def assert_shown_literally(root: QWidget, names: Iterable[str]) -> set[str]:
    """Wherever a name is set, it is read as it is; returns the names found on screen."""
    seen = set()
    for where, text, read in shown_texts(root):
        for name in names:
            if name in text or name in read:
                assert name in read, (where, name, text)
                seen.add(name)
    return seen


def assert_plain(label: QLabel, text: str) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert text in label.text()


def tooltip_at(widget: QWidget, point: QPoint) -> str:
    """The tooltip the widget shows when the pointer rests at `point`, as a person reads it."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point,
                                              widget.mapToGlobal(point)))
    return rendered(widget.toolTip())


# The helper and its rule --------------------------------------------------------------------

@pytest.mark.parametrize("text", NAMES, ids=range(len(NAMES)))
def test_a_plain_label_and_a_literal_tooltip_show_the_text_as_it_is(
        qtbot: QtBot, text: str) -> None:
    label = plain_label(text)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == text
    assert rendered(literal(text)) == text
    assert rendered(literal(f"{text}\n  two  spaces")) == f"{text}\n  two  spaces"


def test_ordinary_words_stay_as_they_are() -> None:
    assert literal("Ann Lee, next session Tue 16 Jun") == "Ann Lee, next session Tue 16 Jun"
    assert literal("a < b & c") == "a < b & c"


def test_every_label_of_the_window_is_made_plain() -> None:
    """No `QLabel(` in ui/ but in ui/plain_text.py; a QLabel subclass makes itself plain."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == "plain_text.py":
            continue
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QLabel":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", "") == "QLabel" for base in node.bases):
                if "plain(self)" not in ast.get_source_segment(source, node):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert found == []


# A practice of hostile names ---------------------------------------------------------------

@pytest.fixture
def clients(vault: Vault) -> dict[str, int]:
    """One client per hostile name, the name in their address, notes and a contact-log
    note too; each came yesterday (not charged yet) and is late for today's 10:00."""
    update_settings(vault, session_fee=6000, phone="+44 20 7946 0000")
    ids = {}
    for n, name in enumerate(NAMES):
        client = create_client(vault, ClientDraft(
            full_name=name, address=f"{name}\n{name}", chart_notes=name,
            numbers=(PhoneNumber(f"+44 7700 900{n:03d}", "mobile", may_call=True,
                                 may_voicemail=True),)))
        (came,) = book(vault, client, at(YESTERDAY, 9 + n % 9), allow_conflicts=True)
        set_status(vault, came, AppointmentStatus.ATTENDED)
        book(vault, client, at(TODAY, 10), allow_conflicts=True)
        log_contact(vault, client, ContactChannel.CALL, ContactOutcome.NO_ANSWER,
                    note=f"{name} (rang)", at=at(YESTERDAY, 18))
        ids[name] = client
    return ids


def test_the_client_panel(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                          clients: dict[str, int]) -> None:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    for name, client in clients.items():
        panel.show_client(client)
        assert panel.name_label.text() == name
        assert_plain(panel.name_label, name)
        assert panel.notes.editor.toPlainText() == name
        assert assert_shown_literally(panel, [name, f"{name} (rang)", f"{name}\n{name}"]) == {
            name, f"{name} (rang)", f"{name}\n{name}"}


def test_the_client_list(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                         clients: dict[str, int]) -> None:
    listed = ClientList(vault, worker, lambda: NOW)
    qtbot.addWidget(listed)
    listed.show()
    model = listed.model
    indexes = [model.index(row) for row in range(model.rowCount())]
    assert sorted(index.data() for index in indexes) == sorted(NAMES)
    for index in indexes:
        tip = rendered(index.data(Qt.ItemDataRole.ToolTipRole))
        assert tip.startswith(index.data() + ", ")
        assert index.data(Qt.ItemDataRole.AccessibleTextRole) == tip
    assert model.data(indexes[0], ClientListModel.FullNameRole) == ""


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_the_calendar_tooltips(qtbot: QtBot, fonts: None) -> None:
    view = CalendarView(now=lambda: NOW)
    view.set_practice(LONDON, time(9), time(18), "12345", 50)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    entries = [CalendarEntry(n + 1, n + 1, name, at(TODAY, 9 + n).astimezone(UTC), 50,
                             Modality.IN_PERSON, AppointmentStatus.SCHEDULED)
               for n, name in enumerate(NAMES)]
    view.set_mode("day")
    view.go_to(TODAY)
    view.set_entries(entries)
    grid = view.time_grid
    for entry in entries:
        point = grid.session_rect(entry.id).center()
        assert tooltip_at(grid, point).splitlines()[1] == entry.client_name

    view.set_mode("month")
    month = view.month_view

    def session(id: int, name: str, hour: int) -> CalendarEntry:
        return CalendarEntry(id, id, name, at(TODAY, hour).astimezone(UTC), 50, Modality.PHONE,
                             AppointmentStatus.SCHEDULED)

    view.set_entries([session(100 + n, f"Client {n}", 8) for n in range(12)])
    room = len(month.sessions_shown(TODAY))  # the first hidden session is the hostile one
    fillers = [session(100 + n, f"Client {n}", 8) for n in range(room)]
    for name in NAMES:
        view.set_entries([*fillers, session(1, name, 17), session(2, "Zed", 18)])
        line = month.line_rect(fillers[0].id).center()
        assert tooltip_at(month, line).splitlines()[1] == "Client 0"
        assert tooltip_at(month, month.more_rect(TODAY).center()).splitlines() == [
            f"17:00 {name}", "18:00 Zed"]


def test_the_call_list_card(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                            clients: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tests.ui.call_list_practice.NOW", NOW)
    dock = open_dock(qtbot, vault, worker)
    names = [label for label in dock.findChildren(QLabel, "client_name")]
    assert sorted(label.text() for label in names) == sorted(NAMES)
    for label in names:
        assert_plain(label, label.text())
    assert assert_shown_literally(dock, NAMES) == set(NAMES)


def test_the_late_notice(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                         clients: dict[str, int]) -> None:
    window = MainWindow(vault, worker, now=lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    notice = window.late_notice
    assert notice.isVisible()
    said = notice.findChildren(QLabel, "late_client")
    assert len(said) == len(NAMES)
    for label, name in zip(said, NAMES, strict=True):
        assert_plain(label, name)
    assert assert_shown_literally(notice, NAMES) == set(NAMES)


def test_the_close_day_table_and_problems(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                                          clients: dict[str, int]) -> None:
    dialog = CloseDayDialog(vault, worker, YESTERDAY, now=lambda: NOW,
                            renderer=DatabaseWorker(ImmediateExecutor()))
    qtbot.addWidget(dialog)
    dialog.show()
    problems = [label for label in dialog.problems.findChildren(QLabel, "problem_text")
                if label.isVisible()]
    assert len(problems) == len(NAMES)
    for label in problems:
        assert label.textFormat() == Qt.TextFormat.PlainText
    cells = {dialog.table.topLevelItem(row).text(1)  # type: ignore[union-attr]
             for row in range(dialog.table.topLevelItemCount())}
    assert cells == set(NAMES)
    assert assert_shown_literally(dialog, NAMES) == set(NAMES)


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_the_guided_dialogs_confirm_page(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                                         clients: dict[str, int], name: str) -> None:
    (today,) = [e for e in _entries(vault, clients[name]) if e.starts_at.date() >= TODAY]
    dialog = NoShowDialog(vault, worker, today, NOW)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.currentPage() is dialog.confirm
    assert dialog.confirm.client.text() == name
    assert_plain(dialog.confirm.client, name)
    assert name in assert_shown_literally(dialog, [name])


def _entries(vault: Vault, client: int) -> list[CalendarEntry]:
    return [e for e in days(vault, YESTERDAY, 2) if e.client_id == client]


def test_the_letter_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                           clients: dict[str, int]) -> None:
    for name, client in list(clients.items())[:5]:
        dialog = LetterDialog(vault, worker, client, kind=LetterKind.CHECK_IN, paper=worker,
                              now=lambda: NOW)
        qtbot.addWidget(dialog)
        dialog.show()
        assert_plain(dialog.recipient, name)
        assert dialog.recipient.text().startswith(name)
        assert name in assert_shown_literally(dialog, [name])
        dialog.close()



def test_undo_names_a_client_as_written(qtbot: QtBot, vault: Vault,
                                        worker: DatabaseWorker) -> None:
    """An "&" in a name is no keyboard shortcut, and markup in it is no markup on hover."""
    name = "Ann & <b>Bo</b>"
    client = create_client(vault, ClientDraft(full_name=name))
    (session,) = book(vault, client, at(TODAY, 9))
    delete(vault, session, Undoable(BookAction.DELETE, client))
    window = QWidget()
    qtbot.addWidget(window)
    actions = UndoActions(vault, worker, window)
    assert actions.undo.text() == "&Undo Deletion for Ann && <b>Bo</b>"
    assert rendered(actions.undo.toolTip()) == f"Undo Deletion for {name}"


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_questions_name_a_client_as_written(qtbot: QtBot, vault: Vault,
                                            worker: DatabaseWorker, name: str) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    clash = ask_book_anyway(window, [Conflict("overlap", 1, name, at(TODAY, 10))], LONDON,
                            lambda: None)
    assert rendered(clash.informativeText()).endswith(f"{name} is booked at the same time")
    clash.close()
    ending = EndingQuestion(vault, worker, window)
    ending.ask(1, name, TODAY, at(TODAY, 9), LONDON)
    assert ending.box is not None
    assert rendered(ending.box.text()).startswith(f"Mark {name} as ended today?")
    ending.box.close()
