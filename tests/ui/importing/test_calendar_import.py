"""Practice → Import… with a calendar: the file read, each title reviewed and matched, written."""

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QComboBox, QWizard
from pytestqt.qtbot import QtBot

from models import Appointment, Block, Client, Series
from models.enums import AppointmentStatus, BlockKind
from services.calendar.appointments import book
from services.calendar_import.event_text import plain_title
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE
from tests.ui.conftest import HeldExecutor
from tests.ui.importing.calendar_practice import EVENTS, NOW, add_clients, write_calendar
from tests.ui.importing.wizard_steps import opened, press
from ui.i18n import install_language
from ui.idle_lock import IdleLock
from ui.importing.calendar_review_page import CalendarReviewPage
from ui.importing.import_wizard import ImportWizard
from ui.importing.match_table import CHOICE, REPEATS, TITLE
from ui.importing.match_table import EVENTS as EVENTS_COLUMN
from ui.importing.step_page import Step
from ui.main_window import MainWindow
from ui.worker import DatabaseWorker, ImmediateExecutor

LONDON = ZoneInfo("Europe/London")






def column(wizard: ImportWizard, at: int) -> list[str]:
    model = wizard.calendar_page.titles.model()
    return [model.index(row, at).data() for row in range(model.rowCount())]


def row_of(wizard: ImportWizard, title: str) -> int:
    return column(wizard, TITLE).index(title)


def choose_in_row(qtbot: QtBot, wizard: ImportWizard, title: str, choice: str) -> None:
    """Open the row's "Import as" list from the keyboard and pick `choice`, as the therapist
    would."""
    view = wizard.calendar_page.titles
    index = view.model().index(row_of(wizard, title), CHOICE)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText(choice))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)  # the list closed on the choice


def open_calendar(wizard: ImportWizard, path: Path) -> None:
    wizard.choose_page.calendar_choice.click()
    wizard.choose_page.choose(path)


def sessions(vault: Vault) -> list[tuple[str, datetime, AppointmentStatus, bool]]:
    with vault.unit_of_work() as session:
        return [(name, a.starts_at.astimezone(LONDON).replace(tzinfo=None),
                 AppointmentStatus(a.status), a.series_id is not None)
                for a, name in session.query(Appointment, Client.full_name)
                .join(Client, Client.id == Appointment.client_id)
                .order_by(Appointment.starts_at)]


def counts(vault: Vault) -> tuple[int, int, int, int]:
    with vault.unit_of_work() as session:
        return (session.query(Client).count(), session.query(Appointment).count(),
                session.query(Series).count(), session.query(Block).count())


def test_the_review_shows_each_title_and_finish_writes_what_it_says(
        qtbot: QtBot, wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    add_clients(vault)
    assert wizard.choose_page.calendar_choices.isHidden()
    open_calendar(wizard, write_calendar(tmp_path))
    assert wizard.choose_page.calendar_choices.isVisible()
    assert wizard.choose_page.found.text() == (
        "Calendar “Work”: 23 events under 5 titles, 5 Jan 2026 – 23 Mar 2026")
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == Step.CALENDAR_REVIEW
    assert column(wizard, TITLE) == ["Session with Maya Okafor", "Tom R.", "Сессия с Анной",
                                     "Jonah Pike", "Half-term holiday"]
    assert column(wizard, EVENTS_COLUMN) == ["12", "5", "4", "1", "1"]
    assert column(wizard, REPEATS) == ["Every week", "Every two weeks", "Every week", "Once",
                                       "Once"]
    assert column(wizard, CHOICE) == ["Maya Okafor", "Tom Reyes", "Анна Смирнова",
                                      "New client: Jonah Pike",
                                      "Time not for clients: Holiday"]
    model = wizard.calendar_page.titles.model()
    unsure = [model.index(row, CHOICE).data(Qt.ItemDataRole.UserRole) for row in range(5)]
    assert unsure == [False, False, True, True, False]
    assert model.index(2, CHOICE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Not sure who this is. It may be: Анна Смирнова")
    assert model.index(3, CHOICE).data(Qt.ItemDataRole.ToolTipRole) == (
        "No client has this name yet: check it is a new client.")
    assert model.index(2, TITLE).data(Qt.ItemDataRole.BackgroundRole) is not None  # tinted
    summary = wizard.calendar_page.summary
    assert summary.text() == "22 sessions for 4 clients, 1 new client, 1 block, 0 skipped."
    assert wizard.calendar_page.past.text() == (
        "13 of them are past: marked as attended.")

    choose_in_row(qtbot, wizard, "Сессия с Анной", "Анна Смирнова")  # the proposal, confirmed
    assert column(wizard, CHOICE)[2] == "Анна Смирнова"
    assert not model.index(2, CHOICE).data(Qt.ItemDataRole.UserRole)  # checked now
    assert model.index(2, TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert summary.text() == "22 sessions for 4 clients, 1 new client, 1 block, 0 skipped."
    choose_in_row(qtbot, wizard, "Jonah Pike", "Tom Reyes")
    assert column(wizard, CHOICE)[3] == "Tom Reyes"
    assert summary.text() == "22 sessions for 3 clients, 1 block, 0 skipped."
    choose_in_row(qtbot, wizard, "Half-term holiday", "Skip")
    assert summary.text() == "22 sessions for 3 clients, 0 blocks, 1 skipped."
    choose_in_row(qtbot, wizard, "Half-term holiday", "Time not for clients: Holiday")
    assert counts(vault) == (3, 0, 0, 0)  # nothing before Finish

    press(wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    assert counts(vault) == (3, 22, 3, 1)
    written = sessions(vault)
    maya = [when for name, when, _status, _series in written if name == "Maya Okafor"]
    assert datetime(2026, 2, 10, 11, 0) in maya and datetime(2026, 2, 9, 10, 0) not in maya
    tom = [when for name, when, _status, _series in written if name == "Tom Reyes"]
    assert datetime(2026, 2, 4, 14, 0) not in tom and len(tom) == 6
    assert datetime(2026, 3, 2, 16, 0) in tom  # Jonah Pike's title, matched to Tom Reyes
    assert all(series for name, _when, _status, series in written if name == "Maya Okafor")
    past = [status for _name, when, status, _series in written
            if when < NOW.astimezone(LONDON).replace(tzinfo=None)]
    assert past == [AppointmentStatus.ATTENDED] * 13
    with vault.unit_of_work() as session:
        holiday = session.query(Block).one()
        assert holiday.kind == BlockKind.HOLIDAY


def test_past_sessions_can_be_left_for_the_therapist_to_close(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    add_clients(vault)
    wizard.choose_page.calendar_choice.click()
    wizard.choose_page.calendar_choices.booked.click()
    wizard.choose_page.choose(write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.calendar_page.past.text() == (
        "13 of them are past: left for you to close.")
    press(wizard, QWizard.WizardButton.FinishButton)
    statuses = {status for _name, _when, status, _series in sessions(vault)}
    assert statuses == {AppointmentStatus.SCHEDULED}


def test_a_date_range_reads_only_those_days(wizard: ImportWizard, vault: Vault,
                                            tmp_path: Path) -> None:
    add_clients(vault)
    open_calendar(wizard, write_calendar(tmp_path))
    wizard.choose_page.calendar_choices.span(date(2026, 3, 1), date(2026, 3, 31))
    assert wizard.choose_page.found.text() == (
        "Calendar “Work”: 8 events under 4 titles, 2 Mar 2026 – 23 Mar 2026")
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.calendar_page.summary.text() == (
        "8 sessions for 4 clients, 1 new client, 0 blocks, 0 skipped.")


def test_only_the_rows_to_check_can_be_shown(wizard: ImportWizard, vault: Vault,
                                             tmp_path: Path) -> None:
    add_clients(vault)
    open_calendar(wizard, write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    page = wizard.calendar_page
    assert page.only_unsure.text() == "Show only the rows to check (2)"
    page.only_unsure.click()
    shown = [title for row, title in enumerate(column(wizard, TITLE))
             if not page.titles.isRowHidden(row)]
    assert shown == ["Сессия с Анной", "Jonah Pike"]
    page.only_unsure.click()
    assert not any(page.titles.isRowHidden(row) for row in range(5))


def test_cancel_writes_nothing(wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    add_clients(vault)
    open_calendar(wizard, write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.calendar_page.isComplete()
    press(wizard, QWizard.WizardButton.CancelButton)
    assert not wizard.isVisible()
    assert counts(vault) == (3, 0, 0, 0)




def test_the_same_file_imported_again_adds_nothing(
        qtbot: QtBot, wizard: ImportWizard, vault: Vault, worker: DatabaseWorker,
        tmp_path: Path) -> None:
    add_clients(vault)
    path = write_calendar(tmp_path)
    open_calendar(wizard, path)
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.FinishButton)
    written = counts(vault)
    again = opened(qtbot, vault, worker)
    open_calendar(again, path)
    press(again, QWizard.WizardButton.NextButton)
    page = again.calendar_page
    assert page.before.isVisible()
    assert page.before.text().startswith("This calendar was imported before: 23 of its events")
    assert page.summary.text().startswith("0 sessions for 0 clients")
    assert page.summary.text().endswith("; 23 already imported.")
    assert page.changes.isHidden()
    assert not again.button(QWizard.WizardButton.FinishButton).isEnabled()
    again.reject()
    assert counts(vault) == written


def test_a_newer_export_lists_what_moved_or_was_cancelled_and_applies_only_what_is_ticked(
        qtbot: QtBot, wizard: ImportWizard, vault: Vault, worker: DatabaseWorker,
        tmp_path: Path) -> None:
    add_clients(vault)
    open_calendar(wizard, write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.FinishButton)
    newer = EVENTS.replace("SUMMARY:Jonah Pike", "SUMMARY:Jonah Pike\nSTATUS:CANCELLED") + (
        "BEGIN:VEVENT\nUID:maya-weekly@example.com\n"
        "RECURRENCE-ID;TZID=Europe/London:20260316T100000\n"
        "DTSTART;TZID=Europe/London:20260317T120000\n"
        "DTEND;TZID=Europe/London:20260317T125000\nSUMMARY:Session with Maya Okafor\n"
        "END:VEVENT\n")
    again = opened(qtbot, vault, worker)
    open_calendar(again, write_calendar(tmp_path, newer, "newer.ics"))
    press(again, QWizard.WizardButton.NextButton)
    page = again.calendar_page
    assert page.changes.isVisible()
    kinds = [page.changes.item(row, 0).text() for row in range(page.changes.rowCount())]
    titles = [page.changes.item(row, 1).text() for row in range(page.changes.rowCount())]
    assert sorted(zip(kinds, titles, strict=True)) == [
        ("Cancelled", "Jonah Pike"), ("Moved", "Session with Maya Okafor")]
    moved = kinds.index("Moved")
    assert page.changes.item(moved, 2).text() == "Mon 16 Mar 2026 10:00"
    assert page.changes.item(moved, 3).text() == "Tue 17 Mar 2026 12:00"
    assert not again.button(QWizard.WizardButton.FinishButton).isEnabled()  # nothing new
    page.tick(moved)
    press(again, QWizard.WizardButton.FinishButton)
    maya = [when for name, when, _s, _series in sessions(vault) if name == "Maya Okafor"]
    assert datetime(2026, 3, 17, 12, 0) in maya and datetime(2026, 3, 16, 10, 0) not in maya
    jonah = [status for name, _when, status, _s in sessions(vault) if name == "Jonah Pike"]
    assert jonah == [AppointmentStatus.SCHEDULED]  # its cancellation was not ticked


def test_a_malformed_file_is_refused_with_its_line_on_the_first_page(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    broken = EVENTS.replace("DTSTART;TZID=Europe/London:20260302T160000",
                            "DTSTART;TZID=Europe/London:2026-03-02 at four")
    open_calendar(wizard, write_calendar(tmp_path, broken))
    error = wizard.choose_page.error.text()
    assert error.startswith("Line ") and "DTSTART" in error
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert counts(vault) == (0, 0, 0, 0)


def test_a_calendar_of_russian_titles_reads_and_writes_them_as_they_are(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    events = ("BEGIN:VEVENT\nUID:ru-1@example.com\n"
              "DTSTART;TZID=Europe/London:20260303T180000\n"
              "DTEND;TZID=Europe/London:20260303T185000\n"
              "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=3\nSUMMARY:Ирина Ёлкина\nEND:VEVENT\n"
              "BEGIN:VEVENT\nUID:ru-2@example.com\n"
              "DTSTART;TZID=Europe/London:20260304T130000\n"
              "DTEND;TZID=Europe/London:20260304T140000\nSUMMARY:Обед\nEND:VEVENT\n")
    open_calendar(wizard, write_calendar(tmp_path, events))
    press(wizard, QWizard.WizardButton.NextButton)
    assert column(wizard, TITLE) == ["Ирина Ёлкина", "Обед"]
    assert column(wizard, CHOICE) == ["New client: Ирина Ёлкина", "Time not for clients: Lunch"]
    press(wizard, QWizard.WizardButton.FinishButton)
    assert counts(vault) == (1, 3, 1, 1)
    with vault.unit_of_work() as session:
        assert session.query(Client).one().full_name == "Ирина Ёлкина"


def test_hostile_titles_stay_text_on_the_review(wizard: ImportWizard, vault: Vault,
                                                tmp_path: Path) -> None:
    calendar = icalendar.Calendar()
    for day, text in enumerate(STORABLE, start=2):
        event = icalendar.Event()
        event.add("uid", f"hostile-{day}@example.com")
        event.add("summary", text)
        event.add("dtstart", datetime(2026, 3, day, 10, 0, tzinfo=LONDON))
        event.add("dtend", datetime(2026, 3, day, 10, 50, tzinfo=LONDON))
        calendar.add_component(event)
    path = tmp_path / "hostile.ics"
    path.write_bytes(calendar.to_ical())
    open_calendar(wizard, path)
    press(wizard, QWizard.WizardButton.NextButton)
    model = wizard.calendar_page.titles.model()
    shown = [plain_title(text) for text in STORABLE]
    assert column(wizard, TITLE) == shown
    tips = [model.index(row, TITLE).data(Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount())]
    assert [QTextDocumentFragment.fromHtml(tip).toPlainText() if tip != text else tip
            for tip, text in zip(tips, shown, strict=True)] == shown
    promised = wizard.calendar_page.summed
    assert promised is not None and promised.sessions >= len(STORABLE) - 2
    press(wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()
    assert counts(vault)[1] == promised.sessions  # as the review said, whatever the words


def test_a_long_calendar_shows_its_progress_until_the_worker_is_done(
        qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    held = HeldExecutor()
    wizard = opened(qtbot, vault, DatabaseWorker(held, apart=ImmediateExecutor()))
    events = "".join(
        f"BEGIN:VEVENT\nUID:c{n}@example.com\n"
        f"DTSTART;TZID=Europe/London:202501{6 + n % 5:02d}T{8 + n % 10:02d}0000\n"
        f"DTEND;TZID=Europe/London:202501{6 + n % 5:02d}T{8 + n % 10:02d}5000\n"
        f"RRULE:FREQ=WEEKLY;BYDAY={('MO', 'TU', 'WE', 'TH', 'FR')[n % 5]};COUNT=60\n"
        f"SUMMARY:Client {n}\nEND:VEVENT\n" for n in range(30))
    heard: list[tuple[int, int]] = []
    page = wizard.choose_page
    page.progressed.connect(lambda done, total: heard.append((done, total)))
    open_calendar(wizard, write_calendar(tmp_path, events))
    assert page.busy.isVisible() and page.busy_note.text() == "Reading the file…"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    held.release()
    qtbot.waitUntil(lambda: page.calendar is not None)
    assert page.calendar is not None and page.calendar.count == 1800
    assert len(heard) > 2 and heard[-1][0] == heard[-1][1]  # counted up to the whole
    assert page.busy.isHidden()
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.calendar_page.busy.isVisible()
    held.release()
    qtbot.waitUntil(lambda: wizard.calendar_page.isComplete())
    press(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.calendar_page.busy.isVisible() and wizard.isVisible()
    assert counts(vault) == (0, 0, 0, 0)
    held.release()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert counts(vault) == (30, 1800, 30, 0)


def test_after_finish_the_window_shows_the_imported_week(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, tmp_path: Path) -> None:
    add_clients(vault)
    window = MainWindow(vault, worker, now=lambda: NOW,
                        idle_lock=IdleLock(10, check_every_ms=3_600_000))
    qtbot.addWidget(window)
    window.show()
    window.calendar.go_to(date(2025, 6, 2))
    window.menus.import_practice.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    open_calendar(wizard, write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    press(wizard, QWizard.WizardButton.FinishButton)
    first, days = window.calendar.visible_range()
    assert first <= date(2026, 2, 27) < first + timedelta(days=days)  # the next session's week
    qtbot.waitUntil(lambda: {entry.client_name for entry in window.calendar.entries()}
                    == {"Maya Okafor", "Анна Смирнова"})


def test_a_refusal_at_finish_stays_on_the_review_with_its_message(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    ids = add_clients(vault)
    open_calendar(wizard, write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    with vault.unit_of_work() as session:  # the client goes while the review is open
        session.delete(session.get(Client, ids["Tom Reyes"]))
    press(wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible() and wizard.currentId() == Step.CALENDAR_REVIEW
    assert wizard.calendar_page.error.text() == f"There is no client number {ids['Tom Reyes']}."
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert counts(vault) == (2, 0, 0, 0)


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def test_the_calendar_steps_read_in_russian(russian: None, qtbot: QtBot, vault: Vault,
                                            worker: DatabaseWorker, tmp_path: Path) -> None:
    add_clients(vault)
    wizard = opened(qtbot, vault, worker)
    assert wizard.choose_page.calendar_choice.text().startswith("Сессии из файла календаря")
    open_calendar(wizard, write_calendar(tmp_path))
    assert wizard.choose_page.found.text().startswith(
        "Календарь «Work»: 23 события под 5 названиями, ")
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.calendar_page.summary.text() == (
        "22 сессии для 4 клиентов, 1 новый клиент, 1 запись занятого времени, "
        "без импорта: 0.")
    assert wizard.calendar_page.past.text() == (
        "Из них уже прошли: 13 — отмечаются как состоявшиеся.")
    assert column(wizard, CHOICE)[2:] == ["Анна Смирнова", "Новый клиент: Jonah Pike",
                                          "Время не для клиентов: Отпуск"]
    assert column(wizard, REPEATS)[:2] == ["Каждую неделю", "Раз в две недели"]


def review_over_a_booked_session(wizard: ImportWizard, vault: Vault,
                                 tmp_path: Path) -> CalendarReviewPage:
    """The review of the calendar in a practice where Tom Reyes already has Maya's Monday
    2 March at 10:00."""
    ids = add_clients(vault)
    book(vault, ids["Tom Reyes"], datetime(2026, 3, 2, 10, 0, tzinfo=LONDON), 50)
    open_calendar(wizard, write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    return wizard.calendar_page


def test_events_on_sessions_already_booked_are_left_out_unless_booked_anyway(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    page = review_over_a_booked_session(wizard, vault, tmp_path)
    assert page.summary.text() == ("21 sessions for 4 clients, 1 new client, 1 block, "
                                   "0 skipped; 1 left out: it falls on a session already booked.")
    assert page.book_anyway.isVisible()
    assert page.book_anyway.toolTip() == (
        "Session with Maya Okafor, Mon 2 Mar 2026 10:00: Tom Reyes's session is booked then")
    press(wizard, QWizard.WizardButton.FinishButton)
    maya = [when for name, when, _s, _series in sessions(vault) if name == "Maya Okafor"]
    assert len(maya) == 11 and datetime(2026, 3, 2, 10, 0) not in maya


def test_booked_anyway_the_clashing_event_is_written_too(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    page = review_over_a_booked_session(wizard, vault, tmp_path)
    page.book_anyway.click()
    assert page.summary.text() == ("22 sessions for 4 clients, 1 new client, 1 block, "
                                   "0 skipped; 1 booked beside a session already there.")
    press(wizard, QWizard.WizardButton.FinishButton)
    maya = [when for name, when, _s, _series in sessions(vault) if name == "Maya Okafor"]
    assert len(maya) == 12 and datetime(2026, 3, 2, 10, 0) in maya


def test_back_to_the_first_page_other_dates_give_a_new_review(
        wizard: ImportWizard, vault: Vault, tmp_path: Path) -> None:
    add_clients(vault)
    open_calendar(wizard, write_calendar(tmp_path))
    press(wizard, QWizard.WizardButton.NextButton)
    assert wizard.calendar_page.summary.text().startswith("22 sessions")
    press(wizard, QWizard.WizardButton.BackButton)
    wizard.choose_page.calendar_choices.span(date(2026, 1, 1), date(2026, 1, 31))
    assert wizard.choose_page.found.text() == (
        "Calendar “Work”: 6 events under 2 titles, 5 Jan 2026 – 26 Jan 2026")
    press(wizard, QWizard.WizardButton.NextButton)
    assert column(wizard, TITLE) == ["Session with Maya Okafor", "Tom R."]
    assert wizard.calendar_page.summary.text() == (
        "6 sessions for 2 clients, 0 blocks, 0 skipped.")
