from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from models.enums import AppointmentStatus, Modality
from services.calendar.appointments import book, set_status
from services.calls.late_arrivals import late_now
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
START = datetime.combine(date(2026, 6, 1), time(10), tzinfo=LONDON)


def test_a_session_is_late_from_the_late_call_minutes_until_it_would_have_ended(
    vault: Vault,
) -> None:
    number = PhoneNumber("+44 7700 900123", may_voicemail=True)
    client = create_client(vault, ClientDraft(full_name="Ann Lee", numbers=(number,)))
    book(vault, client, START, length_minutes=50)
    assert late_now(vault, START + timedelta(minutes=14, seconds=59)) == []
    (late,) = late_now(vault, START + timedelta(minutes=15))
    assert (late.entry.client_name, late.minutes_late, late.numbers) == ("Ann Lee", 15, (number,))
    assert late_now(vault, START + timedelta(minutes=50)) == []


def test_the_late_call_minutes_come_from_the_settings(vault: Vault) -> None:
    update_settings(vault, late_call_minutes=5)
    client = create_client(vault, ClientDraft(full_name="Ann Lee"))
    book(vault, client, START)
    assert [a.minutes_late for a in late_now(vault, START + timedelta(minutes=6))] == [6]


def test_arrived_or_marked_sessions_are_not_late(vault: Vault) -> None:
    first = create_client(vault, ClientDraft(full_name="Ann Lee"))
    second = create_client(vault, ClientDraft(full_name="Bo Park"))
    (arrived,) = book(vault, first, START)
    (marked,) = book(vault, second, START, allow_conflicts=True)
    set_status(vault, arrived, AppointmentStatus.SCHEDULED, arrived_at=START.astimezone(UTC))
    set_status(vault, marked, AppointmentStatus.NO_SHOW)
    assert late_now(vault, START + timedelta(minutes=20)) == []


def test_a_late_video_session_comes_with_the_clients_video_handle(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Ann Lee",
                                              online_handle="ann.lee (WhatsApp)"))
    book(vault, client, START, modality=Modality.VIDEO)
    book(vault, client, START + timedelta(days=1), modality=Modality.PHONE)
    (by_video,) = late_now(vault, START + timedelta(minutes=20))
    assert by_video.video_handle == "ann.lee (WhatsApp)"
    (by_phone,) = late_now(vault, START + timedelta(days=1, minutes=20))
    assert by_phone.video_handle == ""
