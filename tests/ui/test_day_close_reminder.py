"""The reminder to close the day, on an injected clock: once after working hours on a day
still open, never on a closed one; and at start, an earlier working day left open."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from models.enums import AppointmentStatus, BlockKind, CancelledBy, ReasonCategory
from services.calendar.appointments import book, cancel, set_status
from services.calendar.blocks import BlockPlan, add_block
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import close_day, set_charge
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from ui.day_close.reminder import DayCloseReminder, ask_for_open_day, reminder_text
from ui.worker import DatabaseWorker

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
MONDAY, TUESDAY = date(2026, 6, 15), date(2026, 6, 16)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def tuesday_session(vault: Vault) -> int:
    """One session on Tuesday, attended and charged; working hours end at 18:00."""
    update_settings(vault, session_fee=6000, work_ends=time(18, 0), work_days="12345")
    client_id = create_client(vault, ClientDraft(full_name="Anna Petrova"))
    (session_id,) = book(vault, client_id, at(TUESDAY, 10))
    set_status(vault, session_id, AppointmentStatus.ATTENDED)
    set_charge(vault, session_id, 6000)
    return session_id


@pytest.fixture
def clock() -> Clock:
    return Clock(at(TUESDAY, 17, 30))


@pytest.fixture
def reminder(vault: Vault, worker: DatabaseWorker, clock: Clock) -> DayCloseReminder:
    return DayCloseReminder(vault, worker, now=clock)


def test_reminds_once_after_work_ends_on_an_open_day(
        qtbot: QtBot, reminder: DayCloseReminder, clock: Clock, tuesday_session: int) -> None:
    with qtbot.assertNotEmitted(reminder.day_ended):
        reminder.check()  # 17:30: still working
    clock.now = at(TUESDAY, 18, 5)
    with qtbot.waitSignal(reminder.day_ended) as ended:
        reminder.check()
    assert ended.args == [TUESDAY]
    assert reminder_text(TUESDAY) == "Your working day is over: Tue 16 Jun 2026 is not closed yet."
    clock.now = at(TUESDAY, 19, 0)
    with qtbot.assertNotEmitted(reminder.day_ended):
        reminder.check()  # once a day


def test_no_reminder_on_a_closed_day(qtbot: QtBot, vault: Vault, reminder: DayCloseReminder,
                                     clock: Clock, tuesday_session: int) -> None:
    close_day(vault, TUESDAY, now=at(TUESDAY, 17, 0))
    clock.now = at(TUESDAY, 18, 30)
    with qtbot.assertNotEmitted(reminder.day_ended):
        reminder.check()


def test_no_reminder_on_a_day_without_sessions(
        qtbot: QtBot, reminder: DayCloseReminder, clock: Clock, tuesday_session: int) -> None:
    clock.now = at(date(2026, 6, 17), 18, 30)  # Wednesday: nothing booked
    with qtbot.assertNotEmitted(reminder.day_ended):
        reminder.check()


def test_no_reminder_on_a_holiday_whose_sessions_were_cancelled(
        qtbot: QtBot, vault: Vault, reminder: DayCloseReminder, clock: Clock,
        tuesday_session: int) -> None:
    wednesday = date(2026, 6, 17)
    client_id = create_client(vault, ClientDraft(full_name="Tom Reed"))
    (booked,) = book(vault, client_id, at(wednesday, 11))
    add_block(vault, BlockPlan(BlockKind.HOLIDAY, first_day=wednesday, last_day=wednesday))
    cancel(vault, booked, CancelledBy.THERAPIST, at(MONDAY, 9), ReasonCategory.OTHER)
    clock.now = at(wednesday, 18, 30)
    with qtbot.assertNotEmitted(reminder.day_ended):
        reminder.check()


def test_the_timer_checks_on_its_own(qtbot: QtBot, vault: Vault, worker: DatabaseWorker,
                                     clock: Clock, tuesday_session: int) -> None:
    clock.now = at(TUESDAY, 18, 30)
    ticking = DayCloseReminder(vault, worker, now=clock, interval_ms=10)
    with qtbot.waitSignal(ticking.day_ended):
        ticking.start()
    assert ticking.timer.isActive()
    ticking.stop()
    assert not ticking.timer.isActive()


def test_an_earlier_day_left_open_is_found_at_start(
        vault: Vault, worker: DatabaseWorker, tuesday_session: int) -> None:
    client_id = create_client(vault, ClientDraft(full_name="Boris Ivanov"))
    (earlier,) = book(vault, client_id, at(date(2026, 6, 8), 10))
    set_status(vault, earlier, AppointmentStatus.ATTENDED)
    set_charge(vault, earlier, 6000)
    close_day(vault, date(2026, 6, 8), now=at(date(2026, 6, 8), 18))
    (monday,) = book(vault, client_id, at(MONDAY, 10))  # Monday left open
    found: list[date] = []
    ask_for_open_day(vault, worker, date(2026, 6, 17), found.append)
    assert found == [MONDAY]
    close_day(vault, MONDAY, {f"still_scheduled:{monday}": "checked"},
              now=at(MONDAY, 18))
    close_day(vault, TUESDAY, now=at(TUESDAY, 18))
    found.clear()
    ask_for_open_day(vault, worker, date(2026, 6, 17), found.append)
    assert found == []
