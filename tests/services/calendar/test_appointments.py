from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enums import (
    AppointmentStatus,
    CancelledBy,
    Language,
    LedgerKind,
    NoteFormat,
    ReasonCategory,
    Repeat,
)
from services.calendar.appointments import (
    book,
    cancel,
    clash_between,
    delete,
    move,
    set_status,
    week,
)
from services.clients.client_records import ClientDraft, create_client, link_acquaintances
from services.errors import Conflicts, InvalidValue, Refused
from services.money.ledger import record
from services.notes.reflections import ReflectionDraft, add_reflection
from services.notes.session_notes import NoteDraft, save_draft
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Nadia Volkova", preferred_name="Nadia"))


def test_weekly_series_keeps_local_time_across_the_clock_change(vault: Vault,
                                                                 client_id: int) -> None:
    # Clocks go back in London on Sunday 25 October 2026.
    ids = book(vault, client_id, at(date(2026, 10, 19), 10), repeat=Repeat.WEEKLY, occurrences=3)
    assert len(ids) == 3
    entries = week(vault, date(2026, 10, 19)) + week(vault, date(2026, 10, 26))
    local_times = [e.starts_at.astimezone(LONDON).time() for e in entries]
    assert local_times == [time(10), time(10)]
    utc_hours = [e.starts_at.astimezone(UTC).hour for e in entries]
    assert utc_hours == [9, 10]
    assert entries[0].client_name == "Nadia"


def test_week_with_a_daylight_saving_change_holds_its_sunday_evening(vault: Vault,
                                                                    client_id: int) -> None:
    book(vault, client_id, at(date(2026, 10, 25), 23), length_minutes=50)
    assert [e.starts_at for e in week(vault, date(2026, 10, 21))] == [at(date(2026, 10, 25), 23)]
    assert week(vault, date(2026, 10, 26)) == []


def test_fortnightly_series_skips_a_week(vault: Vault, client_id: int) -> None:
    book(vault, client_id, at(date(2026, 6, 1), 9), repeat=Repeat.FORTNIGHTLY, occurrences=2)
    assert len(week(vault, date(2026, 6, 8))) == 0
    assert len(week(vault, date(2026, 6, 15))) == 1


def test_overlap_is_a_conflict_unless_allowed(vault: Vault, client_id: int) -> None:
    other = create_client(vault, ClientDraft(full_name="Tom Reed"))
    book(vault, client_id, at(date(2026, 6, 1), 9))
    with pytest.raises(Conflicts) as caught:
        book(vault, other, at(date(2026, 6, 1), 9, 30))
    assert caught.value.conflicts[0].kind == "overlap"
    assert len(week(vault, date(2026, 6, 1))) == 1
    book(vault, other, at(date(2026, 6, 1), 9, 30), allow_conflicts=True)
    assert len(week(vault, date(2026, 6, 1))) == 2


def test_acquaintances_back_to_back_are_a_conflict(vault: Vault, client_id: int) -> None:
    friend = create_client(vault, ClientDraft(full_name="Lena Orlova"))
    stranger = create_client(vault, ClientDraft(full_name="Pat Doyle"))
    link_acquaintances(vault, client_id, friend)
    book(vault, client_id, at(date(2026, 6, 1), 9))
    book(vault, stranger, at(date(2026, 6, 1), 12))
    with pytest.raises(Conflicts) as caught:
        book(vault, friend, at(date(2026, 6, 1), 9, 50))
    assert [c.kind for c in caught.value.conflicts] == ["acquaintances"]
    book(vault, friend, at(date(2026, 6, 1), 11))  # an hour apart: the waiting room is clear


def test_move_this_and_following_shifts_the_rest_of_the_series(vault: Vault,
                                                               client_id: int) -> None:
    ids = book(vault, client_id, at(date(2026, 6, 1), 9), repeat=Repeat.WEEKLY, occurrences=4)
    move(vault, ids[2], at(date(2026, 6, 16), 14), following=True)
    starts = [e.starts_at for d in (1, 8, 15, 22) for e in week(vault, date(2026, 6, d))]
    assert starts == [at(date(2026, 6, 1), 9), at(date(2026, 6, 8), 9),
                      at(date(2026, 6, 16), 14), at(date(2026, 6, 23), 14)]


def test_cancellation_inside_the_window_is_late(vault: Vault, client_id: int) -> None:
    first, second = book(vault, client_id, at(date(2026, 6, 2), 9), repeat=Repeat.WEEKLY,
                         occurrences=2)
    late = cancel(vault, first, CancelledBy.CLIENT, at(date(2026, 6, 1), 18), ReasonCategory.WORK)
    early = cancel(vault, second, CancelledBy.CLIENT, at(date(2026, 6, 1), 18),
                   ReasonCategory.TRAVEL)
    assert (late, early) == (AppointmentStatus.LATE_CANCELLATION, AppointmentStatus.CANCELLED)


def test_status_changes_and_refusals(vault: Vault, client_id: int) -> None:
    (session_id,) = book(vault, client_id, at(date(2026, 6, 1), 9))
    set_status(vault, session_id, AppointmentStatus.ATTENDED)
    assert week(vault, date(2026, 6, 1))[0].status == AppointmentStatus.ATTENDED
    with pytest.raises(Refused):
        set_status(vault, session_id, AppointmentStatus.CANCELLED)
    record(vault, client_id, LedgerKind.SESSION_CHARGE, 8000, appointment_id=session_id)
    with pytest.raises(Refused):
        delete(vault, session_id)
    assert len(week(vault, date(2026, 6, 1))) == 1


def test_a_session_with_a_note_or_a_reflection_is_not_deleted(vault: Vault,
                                                              client_id: int) -> None:
    noted, reflected, bare = book(vault, client_id, at(date(2026, 6, 1), 9),
                                  repeat=Repeat.WEEKLY, occurrences=3)
    save_draft(vault, NoteDraft(noted, NoteFormat.FREE, Language.ENGLISH, (("note", "x"),)))
    add_reflection(vault, ReflectionDraft(client_id, "Mine.", reflected))
    for session_id in (noted, reflected):
        with pytest.raises(Refused, match="note or a reflection"):
            delete(vault, session_id)
    delete(vault, bare)
    assert len(week(vault, date(2026, 6, 1)) + week(vault, date(2026, 6, 8))) == 2


def test_bad_times_are_refused(vault: Vault, client_id: int) -> None:
    with pytest.raises(InvalidValue):
        book(vault, client_id, datetime(2026, 6, 1, 9))  # no time zone
    with pytest.raises(InvalidValue):
        book(vault, client_id, at(date(1850, 6, 1), 9))
    with pytest.raises(InvalidValue):
        book(vault, client_id, at(date(2026, 6, 1), 9), length_minutes=481)
    with pytest.raises(InvalidValue):
        book(vault, client_id, at(date(2026, 6, 1), 9) + timedelta(0), occurrences=3)


def test_lateness_counts_real_hours_whatever_zone_the_times_are_in() -> None:
    from services.calendar.cancellation_window import is_late_cancellation

    # Clocks go back in London on 25 Oct 2026: 10:30 the day before is 24 h 30 min of notice.
    session = datetime(2026, 10, 25, 10, 0, tzinfo=LONDON)
    notice = datetime(2026, 10, 24, 10, 30, tzinfo=LONDON)
    assert not is_late_cancellation(session, notice, 24)
    assert not is_late_cancellation(session.astimezone(UTC), notice.astimezone(UTC), 24)


def test_change_modality_keeps_the_time_and_only_for_a_booked_session(vault: Vault,
                                                                      client_id: int) -> None:
    from models.enums import Modality
    from services.calendar.appointments import change_modality, find_entry

    first, second = book(vault, client_id, at(date(2026, 6, 2), 9), repeat=Repeat.WEEKLY,
                         occurrences=2)
    assert change_modality(vault, first, Modality.VIDEO) == Modality.IN_PERSON
    changed, other = find_entry(vault, first), find_entry(vault, second)
    assert (changed.modality, changed.starts_at, changed.status) == (
        Modality.VIDEO, at(date(2026, 6, 2), 9), AppointmentStatus.SCHEDULED)
    assert other.modality == Modality.IN_PERSON
    cancel(vault, second, CancelledBy.CLIENT, at(date(2026, 6, 1), 9), ReasonCategory.WORK)
    with pytest.raises(Refused):
        change_modality(vault, second, Modality.PHONE)
    assert find_entry(vault, second).modality == Modality.IN_PERSON


@given(st.integers(0, 600), st.integers(10, 180), st.integers(0, 600), st.integers(10, 180),
       st.booleans(), st.integers(0, 60))
def test_a_clash_is_the_same_whichever_session_is_asked_about(
        start: int, length: int, other: int, other_length: int, acquainted: bool,
        gap: int) -> None:
    base = datetime(2026, 3, 29, 0, 0, tzinfo=UTC)  # the night the clocks go forward
    one = (base + timedelta(minutes=start), base + timedelta(minutes=start + length))
    two = (base + timedelta(minutes=other), base + timedelta(minutes=other + other_length))
    gap_time = timedelta(minutes=gap)
    found = clash_between(*one, *two, acquainted=acquainted, gap=gap_time)
    assert found == clash_between(*two, *one, acquainted=acquainted, gap=gap_time)
    shares_time = one[0] < two[1] and two[0] < one[1]
    assert (found == "overlap") == shares_time
    if found == "acquaintances":
        assert acquainted and gap > 0


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(-3 * 24 * 3600, 3 * 24 * 3600),
       st.sampled_from([AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE,
                        AppointmentStatus.NO_SHOW]))
def test_a_session_is_marked_attended_late_or_no_show_only_once_it_has_begun(
        vault: Vault, client_id: int, seconds: int, status: AppointmentStatus) -> None:
    starts = at(date(2026, 6, 1), 9)
    found = [e for e in week(vault, date(2026, 6, 1)) if e.starts_at == starts]
    session_id = found[0].id if found else book(vault, client_id, starts)[0]
    set_status(vault, session_id, AppointmentStatus.SCHEDULED)
    now = starts + timedelta(seconds=seconds)
    if seconds < 0:
        with pytest.raises(Refused, match="not started yet"):
            set_status(vault, session_id, status, now=now)
        assert week(vault, date(2026, 6, 1))[0].status == AppointmentStatus.SCHEDULED
    else:
        set_status(vault, session_id, status, now=now)
        assert week(vault, date(2026, 6, 1))[0].status == status


def test_a_session_next_week_cannot_be_marked_by_the_present_clock(vault: Vault,
                                                                  client_id: int) -> None:
    (session_id,) = book(vault, client_id, datetime.now(UTC) + timedelta(days=7))
    with pytest.raises(Refused):
        set_status(vault, session_id, AppointmentStatus.ATTENDED)


def test_find_entry_is_the_session_asked_for_when_another_starts_at_the_same_time(
        vault: Vault, client_id: int) -> None:
    from services.calendar.appointments import find_entry

    other = create_client(vault, ClientDraft(full_name="Leo Marsh"))
    cancelled = book(vault, client_id, at(date(2026, 6, 2), 9))[0]
    cancel(vault, cancelled, CancelledBy.CLIENT, at(date(2026, 5, 25), 9), ReasonCategory.WORK)
    rebooked = book(vault, other, at(date(2026, 6, 2), 9))[0]
    assert find_entry(vault, cancelled).client_id == client_id
    assert find_entry(vault, rebooked).client_id == other
