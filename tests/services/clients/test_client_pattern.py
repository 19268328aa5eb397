"""A client's own pattern: what they did not keep over the last twelve months, by reason,
weekday and time of day, leaving out the therapist's own cancellations and misses."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from models.enums import (
    AppointmentStatus,
    BookAction,
    CancelledBy,
    Modality,
    NoShowReason,
    ReasonCategory,
)
from services.calendar.appointments import book, cancel, set_status
from services.clients.client_panel import client_panel
from services.clients.client_records import ClientDraft, create_client
from services.hard_moments.session_decision import SessionDecision, decide
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 12, tzinfo=LONDON)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


def test_the_pattern_counts_what_the_client_did_not_keep_by_reason_day_and_time(
        vault: Vault) -> None:
    update_settings(vault, timezone="Europe/London")
    iris = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    other = create_client(vault, ClientDraft(full_name="Tom Reed"))
    monday, thursday = date(2026, 10, 5), date(2026, 10, 8)

    def session(day: date, hour: int, client: int = iris) -> int:
        return book(vault, client, at(day, hour))[0]

    set_status(vault, session(monday, 18), AppointmentStatus.NO_SHOW)
    set_status(vault, session(monday + timedelta(weeks=1), 18), AppointmentStatus.NO_SHOW)
    cancel(vault, session(monday + timedelta(weeks=2), 19), CancelledBy.CLIENT,
           at(monday + timedelta(weeks=2), 9), ReasonCategory.WORK)  # late: the same day
    cancel(vault, session(thursday, 10), CancelledBy.CLIENT, at(thursday, 10) - timedelta(days=5),
           ReasonCategory.ILLNESS)
    cancel(vault, session(thursday + timedelta(weeks=1), 10), CancelledBy.CLIENT,
           at(thursday, 10), ReasonCategory.WORK)
    set_status(vault, session(thursday + timedelta(weeks=2), 10), AppointmentStatus.ATTENDED)
    cancel(vault, session(thursday + timedelta(weeks=3), 10), CancelledBy.THERAPIST,
           at(thursday, 10), ReasonCategory.ILLNESS)  # the therapist's, not theirs
    set_status(vault, session(thursday + timedelta(weeks=4), 10),
               AppointmentStatus.MISSED_BY_THERAPIST)
    set_status(vault, session(date(2025, 10, 6), 18), AppointmentStatus.NO_SHOW)  # over a year
    session(date(2026, 12, 3), 10)  # still to come
    set_status(vault, session(monday, 10, other), AppointmentStatus.NO_SHOW)  # someone else's

    pattern = client_panel(vault, iris, NOW).pattern

    assert pattern is not None
    assert (pattern.no_shows, pattern.late_cancellations, pattern.cancellations) == (2, 1, 2)
    assert pattern.not_kept == 5 and pattern.booked == 6
    assert pattern.by_reason == {"work": 2, "unknown": 2, "illness": 1}
    assert pattern.by_weekday == {0: 3, 3: 2}
    assert pattern.by_time_of_day == {"morning": 2, "evening": 3}
    assert pattern.since == NOW - timedelta(days=365)


def test_a_client_who_keeps_every_session_has_nothing_to_notice(vault: Vault) -> None:
    iris = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    set_status(vault, book(vault, iris, at(date(2026, 10, 5), 10))[0], AppointmentStatus.ATTENDED)
    pattern = client_panel(vault, iris, NOW).pattern
    assert pattern is not None and pattern.not_kept == 0 and pattern.booked == 1
    assert pattern.by_reason == pattern.by_weekday == pattern.by_time_of_day == {}


def test_a_no_show_counts_under_the_reason_the_client_gave_and_kept_sessions_are_counted(
        vault: Vault) -> None:
    iris = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    monday = date(2026, 10, 5)
    forgot, silent, by_video, in_person = (book(vault, iris, at(monday + timedelta(weeks=w), 18))[0]
                                           for w in range(4))
    decide(vault, SessionDecision(BookAction.NO_SHOW, forgot, status=AppointmentStatus.NO_SHOW,
                                  no_show_reason=NoShowReason.FORGOT))
    set_status(vault, silent, AppointmentStatus.NO_SHOW)
    decide(vault, SessionDecision(BookAction.CANCELLATION, by_video, meet_by=Modality.VIDEO))
    set_status(vault, by_video, AppointmentStatus.ATTENDED)
    set_status(vault, in_person, AppointmentStatus.ATTENDED)

    pattern = client_panel(vault, iris, NOW).pattern

    assert pattern is not None
    assert pattern.by_reason == {"forgot": 1, "unknown": 1}
    assert pattern.kept_another_way == 1 and pattern.booked == 4
