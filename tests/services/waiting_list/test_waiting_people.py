"""The waiting list: checked like a client's details, in order of waiting, removed with a
reason kept, each change undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import select

from models import WaitingPerson
from models.enums import BookAction, Modality, WaitingStatus
from services.errors import InvalidValue, Refused
from services.undo import undo
from services.vault.practice_vault import Vault
from services.waiting_list.waiting_people import (
    SuitableTime,
    add_to_waiting_list,
    change_waiting,
    mark_offered,
    remove_from_waiting_list,
    waiting_list,
)
from tests.services.waiting_list.waiting_practice import thursday_mornings


@pytest.mark.parametrize(("change", "field"), [
    ({"full_name": "  "}, "full_name"),
    ({"phone": "call me"}, "phone"),
    ({"email": "mia at home"}, "email"),
    ({"times": ()}, "times"),
    ({"times": (SuitableTime(4, time(12), time(9)),)}, "times.0"),
    ({"times": (SuitableTime(8, time(9), time(12)),)}, "times.0"),
    ({"waiting_since": date(1800, 1, 1)}, "waiting_since"),
])
def test_a_person_is_checked_like_a_client_and_nothing_is_kept_on_a_refusal(
        vault: Vault, change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        add_to_waiting_list(vault, replace(thursday_mornings(), **change))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert waiting_list(vault) == []


def test_the_list_comes_longest_waiting_first_with_its_details_tidied(vault: Vault) -> None:
    later = add_to_waiting_list(vault, thursday_mornings("Lev Orlov", date(2026, 10, 2)))
    first = add_to_waiting_list(vault, replace(
        thursday_mornings(" Mia Ross ", date(2026, 9, 1)), phone=" +44 20 7946 0000 ",
        any_time=True, modality=Modality.VIDEO))
    listed = waiting_list(vault)
    assert [p.id for p in listed] == [first, later]
    mia = listed[0]
    assert (mia.draft.full_name, mia.draft.phone, mia.draft.times, mia.draft.modality) == (
        "Mia Ross", "+44 20 7946 0000", (), Modality.VIDEO)
    assert mia.status == WaitingStatus.WAITING


def test_changing_a_person_replaces_their_times(vault: Vault) -> None:
    mia = add_to_waiting_list(vault, thursday_mornings())
    change_waiting(vault, mia, replace(thursday_mornings(), times=(
        SuitableTime(2, time(17), time(19)), SuitableTime(1, time(8), time(10)))))
    assert waiting_list(vault)[0].draft.times == (SuitableTime(1, time(8), time(10)),
                                                  SuitableTime(2, time(17), time(19)))


def test_someone_offered_a_time_is_still_waiting(vault: Vault) -> None:
    mia = add_to_waiting_list(vault, thursday_mornings())
    mark_offered(vault, mia)
    assert [p.status for p in waiting_list(vault)] == [WaitingStatus.OFFERED]


def test_removing_someone_keeps_why_and_takes_them_off_the_list(vault: Vault) -> None:
    mia = add_to_waiting_list(vault, thursday_mornings())
    remove_from_waiting_list(vault, mia, "Found a therapist nearer home")
    assert waiting_list(vault) == []
    with vault.unit_of_work() as session:
        kept = session.scalars(select(WaitingPerson)).one()
        assert (kept.status, kept.status_reason) == (WaitingStatus.REMOVED,
                                                     "Found a therapist nearer home")
        assert kept.status_changed_at is not None
    with pytest.raises(Refused):
        change_waiting(vault, mia, thursday_mornings())


def test_each_change_to_the_list_can_be_undone(vault: Vault) -> None:
    mia = add_to_waiting_list(vault, thursday_mornings())
    remove_from_waiting_list(vault, mia, "Moved away")
    assert undo(vault) is not None
    assert [p.id for p in waiting_list(vault)] == [mia]
    done = undo(vault)
    assert done is not None and done.action == BookAction.ADD_WAITING
    assert waiting_list(vault) == []
