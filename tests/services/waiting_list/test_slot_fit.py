"""A slot suits a person iff one of the times that suit them holds the whole session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from models.enums import Modality
from services.vault.practice_vault import Vault
from services.waiting_list.slot_fit import matches_for_slot, suits
from services.waiting_list.waiting_people import SuitableTime, WaitingDraft, add_to_waiting_list
from tests.services.waiting_list.waiting_practice import THURSDAY, thursday_mornings

MIA = thursday_mornings()


def test_a_session_that_fills_the_window_exactly_suits() -> None:
    assert suits(MIA, THURSDAY, time(9), 180, Modality.IN_PERSON)
    assert suits(MIA, THURSDAY, time(11, 10), 50, Modality.IN_PERSON)


def test_a_session_a_minute_outside_the_window_does_not_suit() -> None:
    assert not suits(MIA, THURSDAY, time(11, 11), 50, Modality.IN_PERSON)
    assert not suits(MIA, THURSDAY, time(8, 59), 50, Modality.IN_PERSON)
    assert not suits(MIA, THURSDAY + 1, time(10), 50, Modality.IN_PERSON)


def test_the_way_of_meeting_counts_only_when_they_prefer_one() -> None:
    video = replace(MIA, modality=Modality.VIDEO)
    assert not suits(video, THURSDAY, time(10), 50, Modality.IN_PERSON)
    assert suits(video, THURSDAY, time(10), 50, Modality.VIDEO)
    assert suits(MIA, THURSDAY, time(10), 50, Modality.PHONE)


def test_any_time_suits_every_slot() -> None:
    anyone = replace(MIA, times=(), any_time=True)
    assert suits(anyone, 7, time(23), 480, Modality.IN_PERSON)


QUARTERS = st.integers(0, 95).map(lambda q: time(q // 4, q % 4 * 15))
WINDOWS = st.lists(st.tuples(st.integers(1, 7), QUARTERS, QUARTERS).filter(
    lambda w: w[1] < w[2]).map(lambda w: SuitableTime(*w)), max_size=4)


def _minutes(at: time) -> int:
    return at.hour * 60 + at.minute


@given(times=WINDOWS, weekday=st.integers(1, 7), starts=QUARTERS, length=st.integers(1, 480),
       modality=st.sampled_from(Modality), wants=st.sampled_from([None, *Modality]))
def test_a_person_is_offered_a_slot_iff_a_window_holds_the_whole_session(
        times: list[SuitableTime], weekday: int, starts: time, length: int,
        modality: Modality, wants: Modality | None) -> None:
    person = WaitingDraft("Mia Ross", date(2026, 9, 1), times=tuple(times), modality=wants)
    held = any(t.weekday == weekday and _minutes(t.starts) <= _minutes(starts)
               and _minutes(starts) + length <= _minutes(t.ends) for t in times)
    assert suits(person, weekday, starts, length, modality) == (
        held and wants in (None, modality))


def test_matches_for_a_slot_come_longest_waiting_first(vault: Vault) -> None:
    newer = add_to_waiting_list(vault, thursday_mornings("Lev Orlov", date(2026, 10, 1)))
    older = add_to_waiting_list(vault, thursday_mornings("Mia Ross", date(2026, 9, 1)))
    add_to_waiting_list(vault, replace(thursday_mornings("Ola Berg"), times=(
        SuitableTime(THURSDAY, time(14), time(16)),)))
    found = matches_for_slot(vault, THURSDAY, time(10), 50, Modality.IN_PERSON)
    assert [p.id for p in found] == [older, newer]
    assert matches_for_slot(vault, THURSDAY, time(11, 30), 50, Modality.IN_PERSON) == []
