"""The waiting list offers a freed slot: ending a client with a weekly series frees their
day and time, offered to whom on the list it suits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from models.enums import Modality, Repeat
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.clients.ending import end_client
from services.vault.practice_vault import Vault
from services.waiting_list.freed_slots import FreedSlot, freed_by_moving_series, offers_for
from services.waiting_list.waiting_people import SuitableTime, add_to_waiting_list
from tests.services.waiting_list.waiting_practice import THURSDAY, thursday_mornings

LONDON = ZoneInfo("Europe/London")


def test_the_waiting_list_offers_a_freed_slot(vault: Vault) -> None:
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart", started_on=date(2026, 12, 1)))
    book(vault, zoe, datetime(2027, 1, 7, 10, tzinfo=LONDON), repeat=Repeat.WEEKLY,
         occurrences=8)
    book(vault, zoe, datetime(2027, 1, 20, 15, tzinfo=LONDON))  # one session: not regular
    mia = add_to_waiting_list(vault, thursday_mornings("Mia Ross", date(2026, 9, 1)))
    lev = add_to_waiting_list(vault, thursday_mornings("Lev Orlov", date(2026, 8, 1)))
    add_to_waiting_list(vault, replace(thursday_mornings("Ola Berg"), times=(
        SuitableTime(THURSDAY, time(14), time(18)),)))
    add_to_waiting_list(vault, replace(thursday_mornings("Ivo Marx"), modality=Modality.VIDEO))

    ending = end_client(vault, zoe, date(2027, 1, 12),
                        now=datetime(2027, 1, 12, 12, tzinfo=UTC))

    assert ending.freed == (FreedSlot(THURSDAY, time(10), 50, Modality.IN_PERSON,
                                      Repeat.WEEKLY, date(2027, 1, 14)),)
    offers = offers_for(vault, ending.freed)
    assert [(o.slot, [p.id for p in o.people]) for o in offers] == [
        (ending.freed[0], [lev, mia])]


def test_a_freed_slot_no_one_would_take_offers_nothing(vault: Vault) -> None:
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    book(vault, zoe, datetime(2027, 1, 5, 18, tzinfo=LONDON), repeat=Repeat.FORTNIGHTLY,
         occurrences=4)
    add_to_waiting_list(vault, thursday_mornings())
    ending = end_client(vault, zoe, date(2027, 1, 1), now=datetime(2027, 1, 1, 9, tzinfo=UTC))
    assert [(s.weekday, s.starts, s.repeat) for s in ending.freed] == [
        (2, time(18), Repeat.FORTNIGHTLY)]
    assert offers_for(vault, ending.freed) == []


def test_moving_a_series_to_another_day_frees_its_old_day_and_time(vault: Vault) -> None:
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    ids = book(vault, zoe, datetime(2027, 1, 7, 10, tzinfo=LONDON), repeat=Repeat.WEEKLY,
               occurrences=6)
    friday = datetime(2027, 1, 22, 10, tzinfo=LONDON)
    freed = freed_by_moving_series(vault, ids[2], friday)
    assert freed == (FreedSlot(THURSDAY, time(10), 50, Modality.IN_PERSON, Repeat.WEEKLY,
                               date(2027, 1, 21)),)
    same_time = datetime(2027, 1, 21, 10, tzinfo=LONDON)
    assert freed_by_moving_series(vault, ids[2], same_time) == ()


def test_moving_a_single_session_frees_nothing_regular(vault: Vault) -> None:
    zoe = create_client(vault, ClientDraft(full_name="Zoe Hart"))
    (once,) = book(vault, zoe, datetime(2027, 1, 7, 10, tzinfo=LONDON))
    assert freed_by_moving_series(vault, once, datetime(2027, 1, 8, 10, tzinfo=LONDON)) == ()
