"""The regular slots an ending or a series moved to another time frees, and whom on the
waiting list each would suit.

A slot is regular when the cancelled sessions belonged to a weekly or fortnightly series: the
series' weekday and local start, its length and way of meeting, free from the first of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Series
from models.enums import AppointmentStatus, Modality, Repeat
from services.practice.practice_row import practice_zone
from services.vault.practice_vault import Vault
from services.waiting_list.slot_fit import suits
from services.waiting_list.waiting_people import Waiting, waiting_list_in


@dataclass(frozen=True)
class FreedSlot:
    """A weekly or fortnightly time no one holds any more, from `first_day` on."""

    weekday: int  # ISO: Monday 1
    starts: time  # local wall-clock time
    length_minutes: int
    modality: Modality
    repeat: Repeat
    first_day: date


@dataclass(frozen=True)
class SlotOffer:
    """A freed slot and the people on the waiting list it suits, the longest waiting first."""

    slot: FreedSlot
    people: tuple[Waiting, ...]


def freed_by(session: Session, cancelled: Iterable[Appointment],
             zone: ZoneInfo) -> tuple[FreedSlot, ...]:
    """The regular slots that cancelling these sessions frees, the soonest first.

    Only sessions of a series count, and only those still at the series' own day and time
    (one moved for a week frees nothing regular)."""
    first: dict[tuple[int, time, int], FreedSlot] = {}
    for appointment in sorted(cancelled, key=lambda a: a.starts_at):
        if appointment.series_id is None:
            continue
        series = session.get(Series, appointment.series_id)
        assert series is not None
        local = appointment.starts_at.astimezone(zone)
        weekday = series.first_day.isoweekday()
        if (local.isoweekday(), local.time()) != (weekday, series.local_start):
            continue
        key = (weekday, series.local_start, appointment.length_minutes)
        if key not in first:
            first[key] = FreedSlot(weekday, series.local_start, appointment.length_minutes,
                                   appointment.modality, series.repeat, local.date())
    return tuple(sorted(first.values(), key=lambda slot: (slot.first_day, slot.starts)))


def freed_by_moving_series(vault: Vault, appointment_id: int,
                           starts_at: datetime) -> tuple[FreedSlot, ...]:
    """The regular slot that moving this session and all that follow it to `starts_at` would
    free: asked before the move. Nothing when it is not in a series or keeps its day and time."""
    with vault.unit_of_work() as session:
        zone = practice_zone(session)
        moved = session.get(Appointment, appointment_id)
        if moved is None or moved.series_id is None:
            return ()
        series = session.get(Series, moved.series_id)
        assert series is not None
        new = starts_at.astimezone(zone)
        if (new.isoweekday(), new.time()) == (series.first_day.isoweekday(), series.local_start):
            return ()
        following = session.scalars(select(Appointment).where(
            Appointment.series_id == moved.series_id, Appointment.starts_at >= moved.starts_at,
            Appointment.status == AppointmentStatus.SCHEDULED))
        return freed_by(session, following, zone)


def offers_in(session: Session, slots: Sequence[FreedSlot]) -> list[SlotOffer]:
    """Each freed slot someone on the list would take, with who."""
    people = waiting_list_in(session)
    offers = []
    for slot in slots:
        suited = tuple(p for p in people if suits(p.draft, slot.weekday, slot.starts,
                                                   slot.length_minutes, slot.modality))
        if suited:
            offers.append(SlotOffer(slot, suited))
    return offers


def offers_for(vault: Vault, slots: Sequence[FreedSlot]) -> list[SlotOffer]:
    """Each freed slot someone on the list would take, with who (nothing when no one)."""
    if not slots:
        return []
    with vault.unit_of_work() as session:
        return offers_in(session, slots)
