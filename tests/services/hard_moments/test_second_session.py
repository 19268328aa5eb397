"""A client's second session is the one after their first meeting, whatever came between."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.enums import AppointmentStatus, CancelledBy, ReasonCategory
from services.calendar.appointments import book, cancel, set_status
from services.clients.client_records import ClientDraft, create_client
from services.errors import NotFound
from services.hard_moments.second_session import is_second_session
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
FIRST = date(2026, 3, 2)


def week(n: int) -> datetime:
    return datetime.combine(FIRST + timedelta(weeks=n), time(10), tzinfo=LONDON)


@pytest.fixture
def client_id(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Ann Lee"))


def test_the_session_after_the_first_meeting_is_the_second(vault: Vault,
                                                           client_id: int) -> None:
    sessions = [book(vault, client_id, week(n))[0] for n in range(4)]
    assert not is_second_session(vault, sessions[0])
    set_status(vault, sessions[0], AppointmentStatus.ATTENDED)
    assert is_second_session(vault, sessions[1])
    set_status(vault, sessions[1], AppointmentStatus.ATTENDED_LATE)
    assert not is_second_session(vault, sessions[2])


def test_a_first_booking_missed_or_cancelled_is_not_a_meeting(vault: Vault,
                                                              client_id: int) -> None:
    sessions = [book(vault, client_id, week(n))[0] for n in range(4)]
    set_status(vault, sessions[0], AppointmentStatus.NO_SHOW)
    cancel(vault, sessions[1], CancelledBy.CLIENT, week(0), ReasonCategory.WORK)
    set_status(vault, sessions[2], AppointmentStatus.ATTENDED)
    assert is_second_session(vault, sessions[3])
    assert not is_second_session(vault, sessions[2])


def test_another_clients_meetings_do_not_count(vault: Vault, client_id: int) -> None:
    other = create_client(vault, ClientDraft(full_name="Bo Park"))
    (theirs,) = book(vault, other, week(0))
    set_status(vault, theirs, AppointmentStatus.ATTENDED)
    (mine,) = book(vault, client_id, week(1))
    assert not is_second_session(vault, mine)
    with pytest.raises(NotFound):
        is_second_session(vault, 999)
