"""Writing an import: sessions, series, new clients and blocks in one unit of work; a second
import of the same file writing nothing; a newer export listing what changed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import Appointment, AuditEvent, Block, Client, EventOrigin, Series
from models.enums import AppointmentStatus, BlockKind, CancelledBy, Repeat
from services.calendar.appointments import book
from services.calendar_import.changes import ChangeKind, apply_changes
from services.calendar_import.decisions import Decision, import_summary
from services.calendar_import.matching import CalendarPlan, propose_matches
from services.calendar_import.reading import read_calendar_file
from services.calendar_import.writing import import_calendar
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import close_day
from services.errors import NotFound, Refused
from services.practice.practice_time import to_utc
from services.vault.audit import verify
from services.vault.practice_vault import Vault
from tests.services.calendar_import.calendar_files import (
    APPLE,
    GOOGLE,
    WHOLE_DAYS_AND_FLOATING,
    calendar_file,
    calendar_of,
    one_event,
)

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2025, 2, 1, 12, tzinfo=UTC)


def plan_of(vault: Vault, tmp_path: Path, text: str, now: datetime = NOW,
            name: str = "calendar.ics") -> CalendarPlan:
    file = read_calendar_file(calendar_file(tmp_path, text, name), zone="Europe/London",
                              today=now.date())
    return propose_matches(vault, file, now)


def counts(vault: Vault) -> tuple[int, ...]:
    with vault.unit_of_work() as session:
        return tuple(session.scalar(select(func.count()).select_from(table)) or 0
                     for table in (Appointment, Series, Client, Block, EventOrigin))


def sessions(vault: Vault) -> list[tuple[datetime, int, AppointmentStatus, int | None, str]]:
    with vault.unit_of_work() as session:
        rows = session.execute(
            select(Appointment.starts_at, Appointment.length_minutes, Appointment.status,
                   Appointment.series_id, Client.full_name)
            .join(Client, Client.id == Appointment.client_id).order_by(Appointment.starts_at))
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_google_repeats_become_series_past_attended_and_future_booked(
        vault: Vault, tmp_path: Path) -> None:
    maya = create_client(vault, ClientDraft(full_name="Maya Okafor"))
    plan = plan_of(vault, tmp_path, GOOGLE)
    assert plan.proposed()["Session with Maya Okafor"] == Decision.session_for(maya)
    decisions = {**plan.proposed(), "Tom Reyes": Decision.new("Tom Reyes")}
    expected = import_summary(plan, decisions)
    written = import_calendar(vault, plan, decisions)
    assert written == expected
    assert (written.past_sessions, written.future_sessions, written.series,
            written.new_clients) == (6, 6, 2, 1)
    found = sessions(vault)
    assert [s[0] for s in found] == sorted(e.starts_at for e in plan.file.events())
    assert {s[4] for s in found} == {"Maya Okafor", "Tom Reyes"}
    assert [s[2] for s in found if s[0] < NOW] == [AppointmentStatus.ATTENDED] * 6
    assert [s[2] for s in found if s[0] > NOW] == [AppointmentStatus.SCHEDULED] * 6
    assert all(s[1] == 50 for s in found)
    with vault.unit_of_work() as session:
        series = session.execute(select(Series.repeat, Series.first_day, Series.local_start,
                                        Series.ends_on).order_by(Series.id)).all()
    assert [tuple(s) for s in series] == [
        (Repeat.WEEKLY, date(2025, 1, 6), time(10), date(2025, 2, 24)),
        (Repeat.FORTNIGHTLY, date(2025, 1, 10), time(14), date(2025, 2, 21))]
    assert len({s[3] for s in found}) == 2
    with vault.unit_of_work() as session:
        assert session.execute(select(Client.full_name, Client.started_on)
                               .where(Client.id != maya)).one() == ("Tom Reyes",
                                                                    date(2025, 1, 10))


def test_past_sessions_may_stay_booked_for_the_therapist_to_close(
        vault: Vault, tmp_path: Path) -> None:
    plan = plan_of(vault, tmp_path, GOOGLE)
    import_calendar(vault, plan, {t: Decision.new(t) for t in plan.file.titles()},
                    past_as="booked")
    assert {s[2] for s in sessions(vault)} == {AppointmentStatus.SCHEDULED}


def test_a_moved_occurrence_keeps_its_series_and_a_cancelled_one_is_not_written(
        vault: Vault, tmp_path: Path) -> None:
    plan = plan_of(vault, tmp_path, APPLE, now=datetime(2025, 7, 1, tzinfo=UTC))
    written = import_calendar(vault, plan, {"Lena Park": Decision.new("Lena Park")})
    assert (written.sessions, written.cancelled_in_file, written.series) == (4, 1, 1)
    found = sessions(vault)
    assert [s[0] for s in found] == [
        datetime(2025, 5, 5, 10, tzinfo=UTC), datetime(2025, 5, 13, 15, tzinfo=UTC),
        datetime(2025, 5, 26, 10, tzinfo=UTC), datetime(2025, 6, 2, 10, tzinfo=UTC)]
    assert len({s[3] for s in found}) == 1 and found[0][3] is not None


def test_whole_days_and_hours_become_blocks(vault: Vault, tmp_path: Path) -> None:
    plan = plan_of(vault, tmp_path, WHOLE_DAYS_AND_FLOATING)
    decisions = plan.proposed()
    assert decisions["Holiday in Crete"] == Decision.block_of(BlockKind.HOLIDAY)
    assert decisions["Обед"] == Decision.block_of(BlockKind.LUNCH)
    written = import_calendar(vault, plan, {**decisions, "Ben Carter": Decision.skipped()})
    assert (written.blocks, written.skipped, written.sessions) == (2, 1, 0)
    with vault.unit_of_work() as session:
        blocks = session.execute(select(Block.kind, Block.note, Block.first_day,
                                        Block.last_day, Block.local_start, Block.local_end)
                                 .order_by(Block.id)).all()
    assert [tuple(b) for b in blocks] == [
        (BlockKind.HOLIDAY, "Holiday in Crete", date(2025, 8, 4), date(2025, 8, 15), None, None),
        # "Обед" says only the kind: no note, so the calendar does not show "Обед · Обед"
        (BlockKind.LUNCH, "", date(2025, 7, 2), date(2025, 7, 2), time(12, 30),
         time(13, 30))]


def test_a_second_import_of_the_same_file_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    plan = plan_of(vault, tmp_path, GOOGLE + "")
    decisions = {t: Decision.new(t) for t in plan.file.titles()}
    import_calendar(vault, plan, decisions)
    before = counts(vault)
    again = plan_of(vault, tmp_path, GOOGLE)
    assert again.proposed()["Tom Reyes"].client_id is not None
    written = import_calendar(vault, again, again.proposed())
    assert written.writes_nothing and written.already_imported == 12
    assert again.changes == ()
    assert counts(vault) == before


def test_clashes_with_the_book_are_left_out_and_listed_unless_booked_anyway(
        vault: Vault, tmp_path: Path) -> None:
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    (kept,) = book(vault, ann, datetime(2025, 1, 13, 10, 20, tzinfo=UTC))
    plan = plan_of(vault, tmp_path, GOOGLE)
    decisions = {t: Decision.new(t) for t in plan.file.titles()}
    summary = import_summary(plan, decisions)
    assert [(c.title, c.starts_at, c.client_name, c.appointment_id) for c in summary.clashes] \
        == [("Session with Maya Okafor", datetime(2025, 1, 13, 10, tzinfo=UTC), "Ann Lee", kept)]
    assert summary.sessions == 11
    import_calendar(vault, plan, decisions)
    assert len(sessions(vault)) == 12
    plan = plan_of(vault, tmp_path, GOOGLE)
    written = import_calendar(vault, plan, plan.proposed(), allow_conflicts=True)
    assert written.sessions == 1 and len(sessions(vault)) == 13


def test_nothing_is_written_when_any_decision_cannot_be(vault: Vault, tmp_path: Path) -> None:
    plan = plan_of(vault, tmp_path, GOOGLE)
    with pytest.raises(NotFound):
        import_calendar(vault, plan, {"Tom Reyes": Decision.new("Tom Reyes"),
                                      "Session with Maya Okafor": Decision.session_for(999)})
    assert counts(vault) == (0, 0, 0, 0, 0)


APPLE_LATER = (APPLE
               .replace("RRULE:FREQ=WEEKLY;COUNT=5", "RRULE:FREQ=WEEKLY;COUNT=6\n"
                        "EXDATE;TZID=Europe/London:20250602T110000")
               .replace("DTSTART;TZID=Europe/London:20250513T160000\n"
                        "DTEND;TZID=Europe/London:20250513T165000",
                        "DTSTART;TZID=Europe/London:20250514T090000\n"
                        "DTEND;TZID=Europe/London:20250514T095000")
               .replace("END:VCALENDAR", "BEGIN:VEVENT\nUID:5D1C-APPLE-LENA\n"
                        "RECURRENCE-ID;TZID=Europe/London:20250526T110000\n"
                        "DTSTART;TZID=Europe/London:20250526T110000\n"
                        "DTEND;TZID=Europe/London:20250526T115000\nSTATUS:CANCELLED\n"
                        "SUMMARY:Lena Park\nEND:VEVENT\nEND:VCALENDAR"))


def test_a_newer_export_adds_what_is_new_and_lists_what_changed(
        vault: Vault, tmp_path: Path) -> None:
    now = datetime(2025, 5, 1, tzinfo=UTC)
    first = plan_of(vault, tmp_path, APPLE, now=now)
    import_calendar(vault, first, {"Lena Park": Decision.new("Lena Park")})
    later = plan_of(vault, tmp_path, APPLE_LATER, now=now, name="later.ics")
    found = [(c.kind, c.key[1], c.starts_at) for c in later.changes]
    assert found == [
        (ChangeKind.MOVED, "20250512T100000Z", datetime(2025, 5, 14, 8, tzinfo=UTC)),
        (ChangeKind.CANCELLED, "20250526T100000Z", datetime(2025, 5, 26, 10, tzinfo=UTC)),
        (ChangeKind.CANCELLED, "20250602T100000Z", datetime(2025, 6, 2, 10, tzinfo=UTC)),
    ]
    written = import_calendar(vault, later, later.proposed())
    assert (written.sessions, written.already_imported, written.series) == (1, 3, 0)
    found_sessions = sessions(vault)
    assert found_sessions[-1][0] == datetime(2025, 6, 9, 10, tzinfo=UTC)
    assert len({s[3] for s in found_sessions}) == 1
    assert apply_changes(vault, later.changes, now=now) == 3
    by_start = {s[0]: s[2] for s in sessions(vault)}
    assert by_start[datetime(2025, 5, 14, 8, tzinfo=UTC)] is AppointmentStatus.SCHEDULED
    assert datetime(2025, 5, 13, 15, tzinfo=UTC) not in by_start
    assert by_start[datetime(2025, 5, 26, 10, tzinfo=UTC)] is \
        AppointmentStatus.CANCELLED_BY_THERAPIST
    assert by_start[datetime(2025, 6, 2, 10, tzinfo=UTC)] is \
        AppointmentStatus.CANCELLED_BY_THERAPIST
    with vault.unit_of_work() as session:
        assert set(session.scalars(select(Appointment.cancelled_by).where(
            Appointment.status == AppointmentStatus.CANCELLED_BY_THERAPIST))) == {
            CancelledBy.THERAPIST}
    assert plan_of(vault, tmp_path, APPLE_LATER, now=now, name="later.ics").changes == ()


def test_the_changes_ticked_are_applied_with_the_import_in_one_unit_of_work(
        vault: Vault, tmp_path: Path) -> None:
    now = datetime(2025, 5, 1, tzinfo=UTC)
    import_calendar(vault, plan_of(vault, tmp_path, APPLE, now=now),
                    {"Lena Park": Decision.new("Lena Park")})
    later = plan_of(vault, tmp_path, APPLE_LATER, now=now, name="later.ics")
    moved = [c for c in later.changes if c.kind is ChangeKind.MOVED]
    import_calendar(vault, later, later.proposed(), changes=moved)
    starts = [s[0] for s in sessions(vault)]
    assert datetime(2025, 5, 14, 8, tzinfo=UTC) in starts and len(starts) == 5
    assert [c.kind for c in plan_of(vault, tmp_path, APPLE_LATER, now=now,
                                    name="later.ics").changes] == [ChangeKind.CANCELLED] * 2


def test_a_retitled_block_takes_its_new_title(vault: Vault, tmp_path: Path) -> None:
    text = calendar_of(one_event("sup@test", "20250602T090000Z", "20250602T100000Z",
                                 "Supervision"))
    import_calendar(vault, plan := plan_of(vault, tmp_path, text), plan.proposed())
    later = plan_of(vault, tmp_path, text.replace("SUMMARY:Supervision",
                                                  "SUMMARY:Group supervision"), name="b.ics")
    assert [c.kind for c in later.changes] == [ChangeKind.RETITLED]
    apply_changes(vault, later.changes)
    with vault.unit_of_work() as session:
        assert session.scalars(select(Block.note)).all() == ["Group supervision"]


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.dates(date(2025, 1, 1), date(2026, 12, 31)),
       hour=st.integers(7, 20), minute=st.sampled_from([0, 15, 30, 45]),
       interval=st.sampled_from([1, 2]), count=st.integers(1, 40),
       gone=st.sets(st.integers(0, 39), max_size=8),
       window=st.tuples(st.integers(0, 200), st.integers(0, 400)))
def test_the_sessions_written_are_the_expansion_over_the_range(
        vault: Vault, tmp_path_factory: pytest.TempPathFactory, first: date, hour: int,
        minute: int, interval: int, count: int, gone: set[int],
        window: tuple[int, int]) -> None:
    """Weekly or fortnightly rules with dates taken out, read over a range: each session is
    at the rule's wall-clock time in London on each day left, and nothing else."""
    folder = tmp_path_factory.mktemp("expansion")
    at = time(hour, minute)
    days = [first + timedelta(weeks=interval * k) for k in range(count)]
    out = sorted(k for k in gone if k < count)
    uid = f"rule-{first}-{at}-{interval}-{count}-{out}-{window}@test"
    stamp = f"{first:%Y%m%d}T{at:%H%M%S}"
    extra = f"RRULE:FREQ=WEEKLY;INTERVAL={interval};COUNT={count}\n" + "".join(
        f"EXDATE;TZID=Europe/London:{days[k]:%Y%m%d}T{at:%H%M%S}\n" for k in out)
    text = calendar_of(one_event(uid, stamp, stamp, "Ann Lee", extra).replace(
        f"DTSTART:{stamp}", f"DTSTART;TZID=Europe/London:{stamp}").replace(
        f"DTEND:{stamp}", f"DTEND;TZID=Europe/London:{stamp}"))
    range_first = first + timedelta(days=window[0])
    range_last = range_first + timedelta(days=window[1])
    file = read_calendar_file(calendar_file(folder, text), range_first, range_last,
                              zone="Europe/London")
    plan = propose_matches(vault, file, NOW)
    import_calendar(vault, plan, {"Ann Lee": Decision.new("Ann Lee")}, allow_conflicts=True)
    with vault.unit_of_work() as session:
        written = sorted(session.scalars(
            select(Appointment.starts_at).join(EventOrigin,
                                               EventOrigin.appointment_id == Appointment.id)
            .where(EventOrigin.uid == uid)))
    expected = [to_utc(day, at, LONDON) for k, day in enumerate(days)
                if k not in out and range_first <= day <= range_last]
    assert written == expected


def test_every_session_written_is_in_the_audit_trail_as_stored(vault: Vault,
                                                                tmp_path: Path) -> None:
    plan = plan_of(vault, tmp_path, GOOGLE)
    import_calendar(vault, plan, {t: Decision.new(t) for t in plan.file.titles()})
    with vault.unit_of_work() as session:
        assert verify(session, records=True) == []
        created = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == "appointment", AuditEvent.action == "create"))
    assert created == 12


def test_a_session_on_a_closed_day_refuses_the_import(vault: Vault, tmp_path: Path) -> None:
    close_day(vault, date(2025, 1, 13))
    plan = plan_of(vault, tmp_path, GOOGLE)
    with pytest.raises(Refused, match='"Session with Maya Okafor" on 2025-01-13 falls on a '
                                      "day you have closed") as refused:
        import_calendar(vault, plan, {t: Decision.new(t) for t in plan.file.titles()})
    assert refused.value.values["line"] == 8
    assert counts(vault) == (0, 0, 0, 0, 0)


def test_an_event_with_no_length_takes_the_practices_usual_session(vault: Vault,
                                                                    tmp_path: Path) -> None:
    text = calendar_of("BEGIN:VEVENT\nUID:moment@test\nDTSTART:20250602T090000Z\n"
                       "RRULE:FREQ=WEEKLY;COUNT=2\nSUMMARY:Ann Lee\nEND:VEVENT\n")
    plan = plan_of(vault, tmp_path, text)
    import_calendar(vault, plan, {"Ann Lee": Decision.new("Ann Lee")})
    assert [s[1] for s in sessions(vault)] == [50, 50]
    with vault.unit_of_work() as session:
        assert session.scalars(select(Series.length_minutes)).all() == [50]


def test_markup_in_a_title_is_kept_as_the_text_it_is(vault: Vault, tmp_path: Path) -> None:
    title = "Supervision <img src=x onerror=alert(1)> & <b>notes</b>"
    text = calendar_of(one_event("h@test", "20250602T090000Z", "20250602T100000Z", title))
    plan = plan_of(vault, tmp_path, text)
    import_calendar(vault, plan, plan.proposed())
    with vault.unit_of_work() as session:
        assert session.scalars(select(Block.note)).all() == [title]
        assert session.scalars(select(EventOrigin.title)).all() == [title]
