"""Reading calendar files as each calendar app exports them: repeats, zones, whole days, and
files that are refused with the line at fault."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from models.enums import Repeat
from services.calendar_import import ics_lines, reading
from services.calendar_import.events import CalendarFile, EventStatus
from services.calendar_import.reading import read_calendar_file
from services.errors import CalendarFileRefused
from tests.services.calendar_import.calendar_files import (
    APPLE,
    GOOGLE,
    LONDON_CLOCK_CHANGES,
    OUTLOOK,
    THUNDERBIRD,
    WHOLE_DAYS_AND_FLOATING,
    calendar_file,
    calendar_of,
    one_event,
)

LONDON = "Europe/London"


def read(tmp_path: Path, text: str, first: date | None = None, last: date | None = None,
         zone: str = LONDON) -> CalendarFile:
    return read_calendar_file(calendar_file(tmp_path, text), first, last, zone=zone,
                              today=date(2025, 6, 1))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_google_weekly_and_fortnightly_repeats_in_its_calendar_zone(tmp_path: Path) -> None:
    file = read(tmp_path, GOOGLE)
    weekly, fortnightly = file.groups
    assert (weekly.title, weekly.repeat, len(weekly.occurrences)) == (
        "Session with Maya Okafor", Repeat.WEEKLY, 8)
    assert [e.starts_at for e in weekly.occurrences[:2]] == [utc(2025, 1, 6, 10),
                                                             utc(2025, 1, 13, 10)]
    assert weekly.occurrences[-1].starts_at == utc(2025, 2, 24, 10)
    assert all(e.minutes == 50 for e in weekly.occurrences)
    assert fortnightly.repeat is Repeat.FORTNIGHTLY
    assert [e.starts_at.date() for e in fortnightly.occurrences] == [
        date(2025, 1, 10), date(2025, 1, 24), date(2025, 2, 7), date(2025, 2, 21)]
    assert file.calendar_name == "Practice"


def test_outlook_windows_zone_names_are_read_as_their_zones(tmp_path: Path) -> None:
    file = read(tmp_path, OUTLOOK)
    session, supervision = (group.occurrences[0] for group in file.groups)
    assert session.title == "Okafor, Maya"
    assert (session.starts_at, session.ends_at) == (utc(2025, 3, 3, 8), utc(2025, 3, 3, 8, 50))
    assert supervision.starts_at == utc(2025, 3, 4, 12)
    assert session.recurrence_id is None


def test_apple_moved_and_cancelled_occurrences_keep_their_original_ids(tmp_path: Path) -> None:
    (group,) = read(tmp_path, APPLE).groups
    assert group.repeat is Repeat.WEEKLY
    found = [(e.recurrence_id, e.starts_at, e.status) for e in group.occurrences]
    assert found == [
        ("20250505T100000Z", utc(2025, 5, 5, 10), EventStatus.CONFIRMED),
        ("20250512T100000Z", utc(2025, 5, 13, 15), EventStatus.CONFIRMED),
        ("20250519T100000Z", utc(2025, 5, 19, 10), EventStatus.CANCELLED),
        ("20250526T100000Z", utc(2025, 5, 26, 10), EventStatus.CONFIRMED),
        ("20250602T100000Z", utc(2025, 6, 2, 10), EventStatus.CONFIRMED),
    ]


def test_thunderbird_exdates_on_separate_lines_each_take_an_occurrence_out(
        tmp_path: Path) -> None:
    (group,) = read(tmp_path, THUNDERBIRD).groups
    assert [e.starts_at.date() for e in group.occurrences] == [
        date(2025, 1, 6), date(2025, 1, 20), date(2025, 2, 3), date(2025, 2, 10)]
    assert group.title == "Сессия с Анной Ивановой"


def test_a_weekly_series_keeps_its_wall_clock_time_across_both_clock_changes(
        tmp_path: Path) -> None:
    (group,) = read(tmp_path, LONDON_CLOCK_CHANGES).groups
    starts = {e.starts_at.date(): e.starts_at for e in group.occurrences}
    assert len(starts) == 34
    assert starts[date(2025, 3, 24)] == utc(2025, 3, 24, 10)  # GMT
    assert starts[date(2025, 3, 31)] == utc(2025, 3, 31, 9)  # BST: still 10:00 in London
    assert starts[date(2025, 10, 20)] == utc(2025, 10, 20, 9)
    assert starts[date(2025, 10, 27)] == utc(2025, 10, 27, 10)  # GMT again
    assert max(starts) == date(2025, 11, 3)


def test_whole_days_run_between_the_practices_midnights_and_floating_times_are_its_own(
        tmp_path: Path) -> None:
    holiday, floating, lunch = (g.occurrences[0] for g in read(
        tmp_path, WHOLE_DAYS_AND_FLOATING).groups)
    assert holiday.whole_day and not floating.whole_day
    assert (holiday.starts_at, holiday.ends_at) == (utc(2025, 8, 3, 23), utc(2025, 8, 15, 23))
    assert floating.starts_at == utc(2025, 7, 1, 13, 30)
    assert read(tmp_path, WHOLE_DAYS_AND_FLOATING, zone="Europe/Moscow").groups[1] \
        .occurrences[0].starts_at == utc(2025, 7, 1, 11, 30)
    assert lunch.title == "Обед"


def test_the_range_narrows_what_is_read_by_the_practices_days(tmp_path: Path) -> None:
    file = read(tmp_path, GOOGLE, date(2025, 2, 1), date(2025, 2, 10))
    assert sorted(e.starts_at.date() for e in file.events()) == [
        date(2025, 2, 3), date(2025, 2, 7), date(2025, 2, 10)]
    with pytest.raises(CalendarFileRefused, match="comes before the first"):
        read(tmp_path, GOOGLE, date(2025, 2, 10), date(2025, 2, 1))


def test_a_repeat_with_no_end_is_read_to_a_year_ahead(tmp_path: Path) -> None:
    text = calendar_of(one_event("open@test", "20250602T090000Z", "20250602T095000Z",
                                 "Ben Carter", "RRULE:FREQ=WEEKLY\n"))
    starts = [e.starts_at.date() for e in read(tmp_path, text).events()]
    assert starts[0] == date(2025, 6, 2) and date(2026, 5, 25) <= starts[-1] <= date(2026, 6, 2)


def test_markup_in_a_title_stays_text_on_one_line(tmp_path: Path) -> None:
    title = "<b>Ann</b> <img src=x onerror=alert(1)> &amp; \u202eLee"
    text = calendar_of(one_event("x@test", "20250602T090000Z", "20250602T095000Z", title))
    (event,) = read(tmp_path, text).events()
    assert event.title == "<b>Ann</b> <img src=x onerror=alert(1)> &amp; Lee"


@pytest.mark.parametrize(("text", "line", "words"), [
    (calendar_of(one_event("a", "20250602T090000Z", "20250602T095000Z", "Ann"))
     .replace("SUMMARY:Ann\n", "SUMMARY:Ann\nthis is not ical\n"), 9, "not a calendar line"),
    (calendar_of(one_event("a", "2025060", "20250602T095000Z", "Ann")), 6, "DTSTART cannot"),
    (calendar_of(one_event("a", "20250602T090000Z", "20250602T095000Z", "Ann",
                           "RRULE:FREQ=WEEKLY;BYDAY=XX\n")), 9, "RRULE cannot"),
    (calendar_of(one_event("a", "20250602T090000Z", "20250602T085000Z", "Ann")), 7,
     "ends before it starts"),
    (calendar_of(one_event("a", "20250602T090000Z", "20250602T095000Z", "Ann"))
     .replace("END:VEVENT\n", ""), 9, "does not close BEGIN:VEVENT"),
    (calendar_of(one_event("a", "20250602T090000Z", "20250602T095000Z", "Ann"))
     .replace("END:VCALENDAR\n", ""), 9, "ends before END:VCALENDAR"),
    ("VERSION:2.0\n", 1, "begins with BEGIN:VCALENDAR"),
    (calendar_of(one_event("a", "20250602T090000Z", "20250602T095000Z", "Ann",
                           "BEGIN:VEVENT\nDTSTART:20250602T090000Z\nEND:VEVENT\n")), 9,
     "an event begins inside VEVENT"),
    (calendar_of(one_event("a", "20250602T090000Z", "20250602T095000Z", "Ann\x00")), 8,
     "control characters"),
])
def test_a_malformed_file_is_refused_naming_its_line(tmp_path: Path, text: str, line: int,
                                                     words: str) -> None:
    with pytest.raises(CalendarFileRefused, match=words) as refused:
        read(tmp_path, text)
    assert refused.value.line == line
    assert str(refused.value).startswith(f"Line {line}: ")


def test_an_event_without_a_start_and_a_file_not_utf8_are_refused(tmp_path: Path) -> None:
    text = calendar_of("BEGIN:VEVENT\nUID:a\nSUMMARY:Ann\nEND:VEVENT\n")
    with pytest.raises(CalendarFileRefused, match="Line 4: the event has no start"):
        read(tmp_path, text)
    path = tmp_path / "latin.ics"
    path.write_bytes(calendar_of(one_event("a", "20250602T090000Z", "20250602T095000Z",
                                           "Zoë")).encode("latin-1"))
    with pytest.raises(CalendarFileRefused, match="Line 8: this line is not UTF-8"):
        read_calendar_file(path, zone=LONDON)


def test_a_huge_file_or_too_many_events_are_refused(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ics_lines, "MAX_BYTES", 1000)
    with pytest.raises(CalendarFileRefused, match="too large to be a calendar"):
        read(tmp_path, GOOGLE + " " * 1000)
    monkeypatch.setattr(ics_lines, "MAX_BYTES", 10_000)
    monkeypatch.setattr(reading, "MAX_EVENTS", 5)
    with pytest.raises(CalendarFileRefused, match="more than 5 events"):
        read(tmp_path, GOOGLE)


def test_an_event_without_a_uid_is_known_by_what_it_is(tmp_path: Path) -> None:
    text = calendar_of("BEGIN:VEVENT\nDTSTART:20250602T090000Z\nDTEND:20250602T095000Z\n"
                       "SUMMARY:Ann\nEND:VEVENT\n")
    first = next(read(tmp_path, text).events())
    again = next(read(tmp_path, text).events())
    assert first.uid.startswith("no-uid-") and first.uid == again.uid


def test_progress_is_told_as_each_event_is_expanded(tmp_path: Path) -> None:
    heard: list[tuple[int, int]] = []
    read_calendar_file(calendar_file(tmp_path, GOOGLE), zone=LONDON,
                       progress=lambda done, total: heard.append((done, total)))
    assert heard == [(0, 2), (1, 2), (2, 2)]


def test_googles_calendar_zone_keeps_a_utc_repeat_at_its_local_time(tmp_path: Path) -> None:
    """Google writes times in UTC and the calendar's zone apart (X-WR-TIMEZONE): the repeat
    stays at 10:00 in London after the clocks go forward, as Google shows it."""
    event = one_event("g@google.com", "20250317T100000Z", "20250317T105000Z", "Ann Lee",
                      "RRULE:FREQ=WEEKLY;COUNT=3\n")
    with_zone = calendar_of(event).replace("VERSION:2.0\n",
                                           "VERSION:2.0\nX-WR-TIMEZONE:Europe/London\n")
    assert [e.starts_at for e in read(tmp_path, with_zone).events()] == [
        utc(2025, 3, 17, 10), utc(2025, 3, 24, 10), utc(2025, 3, 31, 9)]
    assert [e.starts_at for e in read(tmp_path, calendar_of(event)).events()][-1] == \
        utc(2025, 3, 31, 10)
