"""Whether a regular slot suits someone on the waiting list, and who on the list it suits.

A slot suits a person when one of the times that suit them holds the whole session, from its
start to its end, on that weekday (or they said any time), and it is a way of meeting they
take (or they take any).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models.enums import Modality
from services import validation
from services.errors import InvalidValue
from services.vault.practice_vault import Vault
from services.waiting_list.waiting_people import Waiting, WaitingDraft, waiting_list_in

# Any day will do for comparing times of day: only the hours matter.
SOME_DAY = date(2000, 1, 3)


def suits(person: WaitingDraft, weekday: int, starts: time, length_minutes: int,
          modality: Modality) -> bool:
    """Whether a session on `weekday` (ISO) from `starts` for `length_minutes` suits them."""
    if person.modality is not None and person.modality != modality:
        return False
    if person.any_time:
        return True
    begin = datetime.combine(SOME_DAY, starts)
    end = begin + timedelta(minutes=length_minutes)
    return any(t.weekday == weekday and datetime.combine(SOME_DAY, t.starts) <= begin
               and end <= datetime.combine(SOME_DAY, t.ends) for t in person.times)


def matches_for_slot(vault: Vault, weekday: int, starts: time, length_minutes: int,
                     modality: Modality) -> list[Waiting]:
    """Who on the waiting list a regular slot suits, the longest waiting first."""
    if not 1 <= weekday <= 7:
        raise InvalidValue("Please choose a day of the week.", field="weekday")
    validation.session_length(length_minutes)
    with vault.unit_of_work() as session:
        return [person for person in waiting_list_in(session)
                if suits(person.draft, weekday, starts, length_minutes, modality)]
