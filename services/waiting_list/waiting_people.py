"""Adding, changing and removing the people on the waiting list, and the list itself.

A person's name, phone and e-mail are checked as a client's are (`services.validation`), and
the times that suit them are weekdays with hours, or any time. Removing someone keeps the row
with the reason and the moment, so the list remembers who asked; each change is one undoable
action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import WaitingPerson, WaitingTime
from models.enums import BookAction, Modality, WaitingStatus
from services import validation
from services.errors import InvalidValue, NotFound, Refused
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable

# Who is still waiting: an offer made is not yet a time booked.
ON_THE_LIST = (WaitingStatus.WAITING, WaitingStatus.OFFERED)
MAX_TIMES = 21


@dataclass(frozen=True)
class SuitableTime:
    """A weekday (ISO: Monday 1) and the local hours of it that suit, `starts` before `ends`."""

    weekday: int
    starts: time
    ends: time


@dataclass(frozen=True)
class WaitingDraft:
    """What the therapist types for someone waiting; checked by `checked_waiting_draft`."""

    full_name: str
    waiting_since: date
    preferred_name: str = ""
    phone: str = ""
    email: str = ""
    times: tuple[SuitableTime, ...] = ()
    any_time: bool = False
    modality: Modality | None = None  # None: any way of meeting suits
    note: str = ""


@dataclass(frozen=True)
class Waiting:
    """Someone on the waiting list, as the list shows them."""

    id: int
    draft: WaitingDraft
    status: WaitingStatus
    client_id: int | None = None

    @property
    def display_name(self) -> str:
        return self.draft.preferred_name or self.draft.full_name


def checked_waiting_draft(draft: WaitingDraft) -> WaitingDraft:
    """The draft with its text tidied, or InvalidValue naming the first field at fault."""
    full_name = validation.name(draft.full_name, "full_name")
    preferred_name = validation.name(draft.preferred_name, "preferred_name", required=False)
    phone = validation.phone(draft.phone) if draft.phone.strip() else ""
    email = validation.email(draft.email)
    validation.day(draft.waiting_since, "waiting_since")
    if len(draft.times) > MAX_TIMES:
        raise InvalidValue("Please give at most {count} times that suit.", field="times",
                           count=MAX_TIMES)
    for index, suits in enumerate(draft.times):
        if not 1 <= suits.weekday <= 7:
            raise InvalidValue("Please choose a day of the week.", field=f"times.{index}")
        if suits.starts >= suits.ends:
            raise InvalidValue("The time that suits must end after it starts.",
                               field=f"times.{index}")
    if not draft.any_time and not draft.times:
        raise InvalidValue("Please add a day and time that suit, or choose any time.",
                           field="times")
    times = () if draft.any_time else tuple(sorted(
        set(draft.times), key=lambda t: (t.weekday, t.starts, t.ends)))
    return WaitingDraft(
        full_name=full_name, waiting_since=draft.waiting_since, preferred_name=preferred_name,
        phone=phone, email=email, times=times, any_time=draft.any_time,
        modality=Modality(draft.modality) if draft.modality is not None else None,
        note=validation.text(draft.note, "note", limit=2000),
    )


def _apply(person: WaitingPerson, draft: WaitingDraft) -> None:
    person.full_name = draft.full_name
    person.preferred_name = draft.preferred_name
    person.phone = draft.phone
    person.email = draft.email
    person.modality = draft.modality
    person.any_time = draft.any_time
    person.note = draft.note
    person.waiting_since = draft.waiting_since
    person.times = [WaitingTime(weekday=t.weekday, local_from=t.starts, local_to=t.ends)
                    for t in draft.times]


def waiting_of(person: WaitingPerson) -> Waiting:
    """The person as a plain value."""
    draft = WaitingDraft(
        full_name=person.full_name, waiting_since=person.waiting_since,
        preferred_name=person.preferred_name, phone=person.phone, email=person.email,
        times=tuple(SuitableTime(t.weekday, t.local_from, t.local_to) for t in person.times),
        any_time=person.any_time, modality=person.modality, note=person.note)
    return Waiting(person.id, draft, person.status, person.client_id)


def person_in(session: Session, person_id: int) -> WaitingPerson:
    """The person, still on the list (waiting or offered a time), or a refusal."""
    person = session.get(WaitingPerson, person_id)
    if person is None:
        raise NotFound("There is no one on the waiting list with number {id}.", id=person_id)
    if person.status not in ON_THE_LIST:
        raise Refused("{name} is no longer on the waiting list.", name=person.full_name)
    return person


def add_to_waiting_list(vault: Vault, draft: WaitingDraft) -> int:
    """Put someone on the waiting list; returns their number. Undoable."""
    draft = checked_waiting_draft(draft)
    with vault.unit_of_work(Undoable(BookAction.ADD_WAITING)) as session:
        person = WaitingPerson(status=WaitingStatus.WAITING, status_reason="",
                               created_at=datetime.now(UTC))
        _apply(person, draft)
        session.add(person)
        session.flush()
        return person.id


def change_waiting(vault: Vault, person_id: int, draft: WaitingDraft) -> None:
    """Save what changed about someone waiting (their times, how to reach them). Undoable."""
    draft = checked_waiting_draft(draft)
    with vault.unit_of_work(Undoable(BookAction.CHANGE_WAITING)) as session:
        _apply(person_in(session, person_id), draft)


def mark_offered(vault: Vault, person_id: int, now: datetime | None = None) -> None:
    """A time was offered to them: they stay on the list until they answer. Undoable."""
    with vault.unit_of_work(Undoable(BookAction.CHANGE_WAITING)) as session:
        person = person_in(session, person_id)
        person.status = WaitingStatus.OFFERED
        person.status_changed_at = (now or datetime.now(UTC)).astimezone(UTC)


def remove_from_waiting_list(vault: Vault, person_id: int, reason: str = "",
                             now: datetime | None = None) -> None:
    """Take someone off the list; the row stays, with why and when. Undoable."""
    reason = validation.text(reason, "reason", limit=2000)
    with vault.unit_of_work(Undoable(BookAction.REMOVE_WAITING)) as session:
        person = person_in(session, person_id)
        person.status = WaitingStatus.REMOVED
        person.status_reason = reason
        person.status_changed_at = (now or datetime.now(UTC)).astimezone(UTC)


def waiting_list_in(session: Session) -> list[Waiting]:
    """Everyone still waiting, the longest waiting first."""
    people = session.scalars(
        select(WaitingPerson).where(WaitingPerson.status.in_(ON_THE_LIST))
        .order_by(WaitingPerson.waiting_since, WaitingPerson.id))
    return [waiting_of(person) for person in people]


def waiting_list(vault: Vault) -> list[Waiting]:
    """Everyone still waiting, the longest waiting first."""
    with vault.unit_of_work() as session:
        return waiting_list_in(session)
