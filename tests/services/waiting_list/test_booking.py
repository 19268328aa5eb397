"""Booking from the waiting list makes exactly one client and their sessions in one
transaction: a refused booking leaves no client; Undo takes it all back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from models import Appointment, Client, Series, WaitingPerson
from models.enums import BlockKind, BookAction, Modality, Repeat, WaitingStatus
from services.calendar.appointments import book
from services.calendar.blocks import BlockPlan, add_block
from services.clients.client_records import ClientDraft, create_client, read_client
from services.errors import Conflicts, Refused
from services.undo import undo
from services.vault.practice_vault import Vault
from services.waiting_list.booking import book_from_waiting_list, suitable_free_slots
from services.waiting_list.waiting_people import add_to_waiting_list, waiting_list
from tests.services.book_state import book_state
from tests.services.waiting_list.waiting_practice import thursday_mornings

LONDON = ZoneInfo("Europe/London")
THURSDAY_TEN = datetime(2027, 1, 7, 10, 0, tzinfo=LONDON)
BEFORE = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def mia(vault: Vault) -> int:
    return add_to_waiting_list(vault, replace(
        thursday_mornings(), preferred_name="Mia", phone="+44 20 7946 0000",
        email="mia@example.org", modality=Modality.VIDEO))


def _count(vault: Vault, model: type) -> int:
    with vault.unit_of_work() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_booking_a_weekly_series_makes_them_a_client_in_one_step(vault: Vault,
                                                                  mia: int) -> None:
    booked = book_from_waiting_list(vault, mia, THURSDAY_TEN, repeat=Repeat.WEEKLY,
                                    occurrences=6)
    assert _count(vault, Client) == 1 and len(booked.appointment_ids) == 6
    client = read_client(vault, booked.client_id).draft
    assert (client.full_name, client.preferred_name, client.email) == (
        "Mia Ross", "Mia", "mia@example.org")
    assert [n.number for n in client.numbers] == ["+44 20 7946 0000"]
    assert (client.preferred_modality, client.started_on) == (Modality.VIDEO, date(2027, 1, 7))
    with vault.unit_of_work() as session:
        series = session.scalars(select(Series)).one()
        assert (series.repeat, series.local_start, series.modality) == (
            Repeat.WEEKLY, time(10), Modality.VIDEO)
        person = session.get(WaitingPerson, mia)
        assert person is not None
        assert (person.status, person.client_id) == (WaitingStatus.BOOKED, booked.client_id)
    assert waiting_list(vault) == []
    done = vault.history.next_undo()
    assert done is not None and done.action == BookAction.BOOK_FROM_WAITING


def test_a_refusal_at_the_booking_step_leaves_no_client(vault: Vault, mia: int) -> None:
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    book(vault, zoe, THURSDAY_TEN)
    before = book_state(vault)
    with pytest.raises(Conflicts) as refused:
        book_from_waiting_list(vault, mia, THURSDAY_TEN)
    assert refused.value.part == "booking"
    assert book_state(vault) == before
    assert _count(vault, Client) == 1
    assert [p.status for p in waiting_list(vault)] == [WaitingStatus.WAITING]


def test_someone_booked_is_not_booked_twice(vault: Vault, mia: int) -> None:
    book_from_waiting_list(vault, mia, THURSDAY_TEN)
    with pytest.raises(Refused):
        book_from_waiting_list(vault, mia, datetime(2027, 1, 14, 10, tzinfo=LONDON))
    assert _count(vault, Client) == 1


def test_undo_takes_back_the_client_the_sessions_and_the_change_on_the_list(
        vault: Vault, mia: int) -> None:
    before = book_state(vault, with_audit=False)
    book_from_waiting_list(vault, mia, THURSDAY_TEN, repeat=Repeat.FORTNIGHTLY, occurrences=3)
    assert undo(vault) is not None
    assert book_state(vault, with_audit=False) == before
    assert _count(vault, Appointment) == 0


def test_the_free_slots_offered_suit_them_and_skip_blocks(vault: Vault, mia: int) -> None:
    add_block(vault, BlockPlan(BlockKind.SUPERVISION,
                               starts_at=datetime(2027, 1, 7, 9, tzinfo=LONDON),
                               ends_at=datetime(2027, 1, 7, 10, 30, tzinfo=LONDON)))
    slots = suitable_free_slots(vault, mia, date(2027, 1, 4), days=7, now=BEFORE)
    starts = [slot.starts_at.astimezone(LONDON).time() for slot in slots]
    assert starts == [time(10, 30), time(11)]  # 9:00 to 10:30 blocked; 11:10 is the latest
    assert all(slot.starts_at.astimezone(LONDON).date() == date(2027, 1, 7) for slot in slots)
    assert {slot.modality for slot in slots} == {Modality.VIDEO}
