from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from models.enums import BlockKind, CancelledBy, Language, ReasonCategory, Repeat
from services.calendar.appointments import book, cancel, days
from services.calendar.blocks import BlockPlan, add_block
from services.calendar.ics_export import NamesShown, calendar_bytes, read_calendar
from services.clients.client_records import ClientDraft, create_client
from services.errors import InvalidValue
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE

LONDON = ZoneInfo("Europe/London")
# Clocks go back in London on Sunday 25 October 2026, the last Sunday of October.
FIRST, LAST = date(2026, 10, 19), date(2026, 11, 8)
NOW = datetime(2026, 10, 1, 9, tzinfo=UTC)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(Calendar.from_ical(data).walk("VEVENT"))


def exported(vault: Vault, names: NamesShown = NamesShown.INITIALS,
             first: date = FIRST, last: date | None = LAST) -> bytes:
    return calendar_bytes(read_calendar(vault, first, last), names, now=NOW)


@pytest.fixture
def anna(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Anna Maria Petrova",
                                            preferred_name="Anna"))


def test_the_events_are_the_sessions_booked_across_the_clock_change(vault: Vault,
                                                                    anna: int) -> None:
    tom = create_client(vault, ClientDraft(full_name="Tom Reed"))
    weekly = book(vault, anna, at(date(2026, 10, 13), 10), repeat=Repeat.WEEKLY, occurrences=5)
    book(vault, tom, at(date(2026, 10, 21), 15, 30), length_minutes=90)
    cancel(vault, weekly[2], CancelledBy.CLIENT, at(date(2026, 10, 1), 9), ReasonCategory.WORK)
    data = exported(vault)
    found = {(str(e["UID"]), e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"]))
             for e in events(data)}
    booked = [e for e in days(vault, FIRST, (LAST - FIRST).days + 1)
              if e.status.value == "scheduled"]
    assert len(booked) == 3  # Tuesday 20 October, Tom's Wednesday, Tuesday 3 November
    expected = {(f"appointment-{e.id}@{vault.vault_id}", e.starts_at,
                 e.starts_at + timedelta(minutes=e.length_minutes),
                 "A.M.P." if e.client_id == anna else "T.R.") for e in booked}
    assert found == expected
    tuesdays = sorted(start for _uid, start, _end, title in found if title == "A.M.P.")
    assert tuesdays == [datetime(2026, 10, 20, 9, tzinfo=UTC),  # 10:00 BST
                        datetime(2026, 11, 3, 10, tzinfo=UTC)]  # 10:00 GMT
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0" and "Stillroom" in str(calendar["PRODID"])
    assert all(e.decoded("DTSTAMP") == NOW for e in events(data))


def test_uids_stay_the_same_from_one_export_to_the_next(vault: Vault, anna: int) -> None:
    book(vault, anna, at(FIRST, 10), repeat=Repeat.WEEKLY, occurrences=2)
    add_block(vault, BlockPlan(BlockKind.LUNCH, starts_at=at(FIRST, 12, 30),
                               ends_at=at(FIRST, 13, 30), repeat=Repeat.WEEKLY))
    first = [str(e["UID"]) for e in events(exported(vault))]
    again = [str(e["UID"]) for e in events(calendar_bytes(
        read_calendar(vault, FIRST, LAST), NamesShown.NONE, now=NOW + timedelta(days=3)))]
    assert first == again and len(set(first)) == len(first) == 5  # 2 sessions, 3 lunches


def test_names_are_never_full_unless_chosen(vault: Vault, anna: int) -> None:
    book(vault, anna, at(FIRST, 10))
    assert [str(e["SUMMARY"]) for e in events(exported(vault, NamesShown.NONE))] == ["Session"]
    assert [str(e["SUMMARY"]) for e in events(exported(vault))] == ["A.M.P."]
    assert b"Petrova" not in exported(vault) and b"Anna" not in exported(vault)
    assert [str(e["SUMMARY"]) for e in events(exported(vault, NamesShown.FULL))] == [
        "Anna Maria Petrova"]
    update_settings(vault, language=Language.RUSSIAN)
    assert [str(e["SUMMARY"]) for e in events(exported(vault, NamesShown.NONE))] == ["Сессия"]


def test_blocks_are_included_whole_days_as_dates(vault: Vault) -> None:
    lunch = add_block(vault, BlockPlan(BlockKind.LUNCH, "Walk", starts_at=at(FIRST, 12, 30),
                                       ends_at=at(FIRST, 13, 30), repeat=Repeat.WEEKLY))
    holiday = add_block(vault, BlockPlan(BlockKind.HOLIDAY, first_day=date(2026, 10, 22),
                                         last_day=date(2026, 10, 27)))
    found = {str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"]))
             for e in events(exported(vault, last=date(2026, 11, 1)))}
    assert found == {
        f"block-{lunch}-20261019@{vault.vault_id}": (
            datetime(2026, 10, 19, 11, 30, tzinfo=UTC), datetime(2026, 10, 19, 12, 30, tzinfo=UTC),
            "Lunch: Walk"),
        f"block-{lunch}-20261026@{vault.vault_id}": (
            datetime(2026, 10, 26, 12, 30, tzinfo=UTC), datetime(2026, 10, 26, 13, 30, tzinfo=UTC),
            "Lunch: Walk"),
        f"block-{holiday}-20261022@{vault.vault_id}": (
            date(2026, 10, 22), date(2026, 10, 28), "Holiday"),
    }
    assert b"DTSTART;VALUE=DATE:20261022" in exported(vault)


def test_hostile_text_stays_text(vault: Vault) -> None:
    for number, text in enumerate(STORABLE):
        client = create_client(vault, ClientDraft(full_name=text))
        book(vault, client, at(FIRST + timedelta(days=number % 5), 8 + number), length_minutes=30,
             allow_conflicts=True)
        add_block(vault, BlockPlan(BlockKind.OTHER, f"{text}\nline two; a, b",
                                   starts_at=at(FIRST + timedelta(days=7), 8 + number),
                                   ends_at=at(FIRST + timedelta(days=7), 8 + number, 30)))
    found = events(exported(vault, NamesShown.FULL))
    titles = sorted(str(e["SUMMARY"]) for e in found)
    assert titles == sorted([*STORABLE, *(f"Time off: {t}\nline two; a, b" for t in STORABLE)])
    assert all(len(line) <= 75 for line in exported(vault, NamesShown.FULL).split(b"\r\n"))


def test_everything_ahead_runs_to_the_last_session_or_a_year(vault: Vault, anna: int) -> None:
    book(vault, anna, at(date(2028, 3, 1), 10))
    contents = read_calendar(vault, FIRST)
    assert contents.last == date(2028, 3, 1) and len(contents.sessions) == 1
    assert read_calendar(vault, date(2028, 3, 2)).last == date(2029, 3, 2)


def test_a_range_that_ends_before_it_begins_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidValue) as refused:
        read_calendar(vault, LAST, FIRST)
    assert refused.value.field == "last"
