"""The demo practice's calendar: who comes when, and what happened at each session.

Clients take weekly or fortnightly places in the week at a fixed local wall-clock time (10:00
stays 10:00 across a clock change) on the practice's working days and hours, skipping its
holidays. The practice is kept about evenly full over the years: the records begin with the
clients already coming, and whenever one finishes the next takes a free place. Past sessions
get a final status from a realistic mix; the therapist's sick days and conferences cancel a
whole day, and most of those sessions are made up in a free slot within the week.
"""

from __future__ import annotations

import heapq
import math
import random
from collections import deque
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from demo.money import ClientPlan, DemoClock, DemoPolicy
from demo.names import MISSED_NOTES, THERAPIST_REASONS
from models.enums import AppointmentStatus, CancelledBy, Modality, ReasonCategory, Repeat
from services.practice.practice_time import to_utc

S = AppointmentStatus
# The final status of a past session, before a client's own reliability is applied.
PAST_STATUSES = (S.ATTENDED, S.ATTENDED_LATE, S.NO_SHOW, S.CANCELLED, S.LATE_CANCELLATION,
                 S.CANCELLED_BY_THERAPIST, S.MISSED_BY_THERAPIST)
PAST_WEIGHTS = (86.0, 5.0, 2.2, 4.5, 2.0, 0.4, 0.25)
CLIENT_REASONS = tuple(ReasonCategory)
CLIENT_REASON_WEIGHTS = (25, 30, 15, 15, 5, 10)
FILL = 0.85  # the share of a calendar's weekly places filled before another calendar is added
FULLNESS = 1.0  # the practice's usual size, as a share of the one that uses up every client


class Calendar:
    """Working days, slots and holidays, with local-to-UTC conversion cached per slot."""

    def __init__(self, policy: DemoPolicy) -> None:
        self.policy = policy
        self.new_year_days = 8 if policy.language == "ru" else 2
        self._utc: dict[tuple[date, int], datetime] = {}

    def closed(self, day: date) -> bool:
        if day.isoweekday() not in self.policy.work_days:
            return True
        if (day.month == 12 and day.day >= 24) or (day.month == 1
                                                    and day.day <= self.new_year_days):
            return True
        if day.month == 8:  # two weeks' summer break from the first Monday of August
            first_monday = 1 + (7 - date(day.year, 8, 1).weekday()) % 7
            return first_monday <= day.day < first_monday + 14
        return False

    def start(self, day: date, slot: int) -> datetime:
        key = (day, slot)
        instant = self._utc.get(key)
        if instant is None:
            instant = self._utc[key] = to_utc(day, self.policy.slots[slot], self.policy.zone)
        return instant


def slots_of(starts: time, ends: time, length: int) -> tuple[time, ...]:
    step = 60 if length <= 60 else math.ceil((length + 10) / 30) * 30
    first, last = starts.hour * 60 + starts.minute, ends.hour * 60 + ends.minute
    return tuple(time(m // 60, m % 60) for m in range(first, last - length + 1, step))


def _week_of(day: date) -> int:
    return (day.toordinal() - 1) // 7


def _share(plan: ClientPlan) -> float:
    """The share of a weekly place a client holds."""
    return 1.0 if plan.repeat == Repeat.WEEKLY else 0.5


class _Places:
    """The weekly places of one or more calendars, and the day each is free again.

    A weekly client holds a place every week; a fortnightly one every other week, so two
    fortnightly clients can share a place.
    """

    def __init__(self, rng: random.Random, calendar: Calendar, calendars: int,
                 horizon: date) -> None:
        self.rng, self.calendar, self.horizon = rng, calendar, horizon
        policy = calendar.policy
        self.places = [(room, weekday, slot) for room in range(calendars)
                       for weekday in policy.work_days for slot in range(len(policy.slots))]
        self.free_from: dict[tuple[int, int, int, int], date] = {}
        self.series: list[dict[str, Any]] = []

    def book(self, plan: ClientPlan, earliest: date, weeks: int) -> bool:
        """Give the client a free place from `earliest` for `weeks`; False if none is free."""
        found: list[tuple[int, int, int, date, tuple[int, ...]]] = []
        for room, weekday, slot in self.places:
            if found and room != found[0][0]:
                break  # fill the first calendar before stacking another
            day = earliest + timedelta(days=(weekday - earliest.isoweekday()) % 7)
            weekly = plan.repeat == Repeat.WEEKLY
            parities: tuple[int, ...] = (0, 1) if weekly else (_week_of(day) % 2,)
            if all(self.free_from.get((room, weekday, slot, p), date.min) <= day
                   for p in parities):
                found.append((room, weekday, slot, day, parities))
        if not found:
            return False
        room, weekday, slot, day, parities = self.rng.choice(found)
        end = day + timedelta(weeks=weeks)
        for p in parities:
            self.free_from[(room, weekday, slot, p)] = end if end <= self.horizon else date.max
        plan.series_id = len(self.series) + 1
        plan.first_day, plan.end = day, end
        step = timedelta(weeks=1 if plan.repeat == Repeat.WEEKLY else 2)
        current = day
        while current < end and current <= self.horizon:
            if not self.calendar.closed(current):
                plan.appointments.append({"client_id": plan.id, "series_id": plan.series_id,
                                          "day": current, "slot": slot, "room": room,
                                          "modality": plan.person.preferred_modality})
            current += step
        policy = self.calendar.policy
        self.series.append({
            "id": plan.series_id, "client_id": plan.id, "repeat": plan.repeat, "first_day": day,
            "local_start": policy.slots[slot], "length_minutes": policy.length,
            "modality": plan.person.preferred_modality,
            "ends_on": end - timedelta(days=1) if end <= self.horizon else None,
        })
        return True


def book_series(rng: random.Random, plans: list[ClientPlan], calendar: Calendar, first: date,
                today: date, horizon: date) -> tuple[list[dict[str, Any]], int]:
    """Book the clients in turn, keeping the practice about evenly full over the years.

    The records begin with the practice already at its usual size (some clients started
    before); from then on, whenever someone finishes, the next client takes a free place, as
    from a waiting list. The usual size is the one that uses up all the clients by today.
    Returns the series rows and the number of calendars needed (1 unless the size asked for
    cannot fit in one).
    """
    policy = calendar.policy
    # Every client's weeks are spent before the records begin (by those already coming),
    # between then and today at the usual size, or after today (by those still coming); for
    # a steady practice the first and last each take as long as a typical client stays
    # counted by weeks, sum(L^2) / sum(L).
    span_weeks = (today - first).days / 7
    stays = sum(p.weeks**2 for p in plans) / sum(p.weeks for p in plans)
    target = FULLNESS * sum(_share(p) * p.weeks for p in plans) / (span_weeks + stays)
    per_week = len(policy.slots) * len(policy.work_days)
    calendars = max(1, math.ceil(target / (FILL * per_week)))
    places = _Places(rng, calendar, calendars, horizon)
    # Those already coming when the records begin are, as in any practice, mostly the ones
    # who stay long: pick them with odds in proportion to their length, and number the
    # clients in the order they came.
    keys = {p.id: rng.random() ** (1 / p.weeks) for p in plans}
    by_length = sorted(plans, key=lambda p: -keys[p.id])
    carried, load = 0, 0.0
    while carried < len(by_length) and load + _share(by_length[carried]) <= target:
        load += _share(by_length[carried])
        carried += 1
    chosen = {p.id for p in by_length[:carried]}
    ordered = by_length[:carried] + [p for p in plans if p.id not in chosen]
    first_id = min(p.id for p in plans)
    for number, plan in enumerate(ordered, start=first_id):
        plan.id = number
    waiting = deque(ordered)
    finishing: list[tuple[date, int, float]] = []
    load = 0.0
    for _ in range(carried):
        plan = waiting[0]
        elapsed = rng.randrange(plan.weeks)
        if not places.book(plan, first, plan.weeks - elapsed):
            break
        waiting.popleft()
        plan.began = first - timedelta(weeks=elapsed)
        heapq.heappush(finishing, (plan.end or first, plan.id, _share(plan)))
        load += _share(plan)
    week = first + timedelta(days=7 - first.weekday())
    while waiting and week <= today + timedelta(days=14):
        while finishing and finishing[0][0] <= week:
            load -= heapq.heappop(finishing)[2]
        while waiting and load < target and places.book(waiting[0], week, waiting[0].weeks):
            plan = waiting.popleft()
            heapq.heappush(finishing, (plan.end or week, plan.id, _share(plan)))
            load += _share(plan)
        week += timedelta(days=7)
    return places.series, calendars


def therapist_days_off(rng: random.Random, calendar: Calendar, first: date,
                       today: date) -> dict[date, ReasonCategory]:
    """The days the therapist cancelled everything: a few sick days, a conference a year."""
    off: dict[date, ReasonCategory] = {}
    for year_start in range(first.toordinal(), today.toordinal(), 365):
        for reason, count in ((ReasonCategory.ILLNESS, 3), (ReasonCategory.TRAVEL, 2)):
            for _ in range(count):
                day = date.fromordinal(year_start + rng.randrange(365))
                if first <= day < today and not calendar.closed(day):
                    off[day] = reason
    return off


@dataclass(frozen=True)
class SessionContext:
    """What deciding a session's outcome needs: the dice, the calendar, today and now."""

    rng: random.Random
    calendar: Calendar
    today: date
    now: datetime
    policy: DemoPolicy
    texts: dict[str, tuple[str, ...]]

    @property
    def clock(self) -> DemoClock:
        return DemoClock(self.rng, self.policy, self.today, self.now)


def settle_status(ctx: SessionContext, plan: ClientPlan, row: dict[str, Any], start: datetime,
                  off: ReasonCategory | None) -> None:
    """Give a session its status, with arrival or cancellation details."""
    rng, lang = ctx.rng, ctx.policy.language
    row.update(status=S.SCHEDULED, arrived_at=None, cancelled_by=None,
               cancellation_arrived_at=None, reason_category=None, reason_text="", note="",
               fee_override=None)
    if start >= ctx.now:
        in_time = start - timedelta(hours=ctx.policy.window_hours)
        if start < ctx.now + timedelta(days=14) and in_time > ctx.now and rng.random() < 0.03:
            arrived = ctx.now - timedelta(minutes=rng.randint(5, 2880))
            _client_cancel(ctx, row, S.CANCELLED, arrived)
        return
    if off is not None:
        status = S.CANCELLED_BY_THERAPIST
    else:
        r = plan.reliability
        weights = [w * (r if s in (S.NO_SHOW, S.CANCELLED, S.LATE_CANCELLATION) else 1.0)
                   for s, w in zip(PAST_STATUSES, PAST_WEIGHTS, strict=True)]
        status = rng.choices(PAST_STATUSES, weights=weights)[0]
    if status == S.ATTENDED:
        early = 0 if row["modality"] != Modality.IN_PERSON else rng.randint(0, 10)
        row.update(status=status, arrived_at=start - timedelta(minutes=early))
        if rng.random() < 0.004:  # a one-off reduced fee, agreed in a hard month
            row["fee_override"] = (plan.fee_override or ctx.policy.fee) // 2
    elif status == S.ATTENDED_LATE:
        row.update(status=status, arrived_at=start + timedelta(minutes=rng.randint(4, 30)))
    elif status in (S.NO_SHOW, S.MISSED_BY_THERAPIST):
        row["status"] = status
        if status == S.MISSED_BY_THERAPIST:
            row["note"] = MISSED_NOTES[lang]
    elif status == S.CANCELLED:
        hours = ctx.policy.window_hours + rng.uniform(1, 96)
        _client_cancel(ctx, row, status, start - timedelta(hours=hours))
    elif status == S.LATE_CANCELLATION:
        window = ctx.policy.window_hours
        hours = rng.uniform(min(0.5, window / 4), window - min(0.5, window / 4))
        _client_cancel(ctx, row, status, start - timedelta(hours=hours))
    else:
        reason = off or rng.choice((ReasonCategory.ILLNESS, ReasonCategory.OTHER))
        ahead = (timedelta(days=rng.uniform(14, 40)) if reason == ReasonCategory.TRAVEL
                 else timedelta(hours=rng.uniform(1, 14)))
        row.update(status=status, cancelled_by=CancelledBy.THERAPIST,
                   cancellation_arrived_at=start - ahead, reason_category=reason,
                   reason_text=THERAPIST_REASONS[lang][reason.value])


def _client_cancel(ctx: SessionContext, row: dict[str, Any], status: AppointmentStatus,
                   arrived: datetime) -> None:
    reason = ctx.rng.choices(CLIENT_REASONS, weights=CLIENT_REASON_WEIGHTS)[0]
    text = ctx.rng.choice(ctx.texts[reason.value]) if ctx.rng.random() < 0.75 else ""
    row.update(status=status, cancelled_by=CancelledBy.CLIENT, cancellation_arrived_at=arrived,
               reason_category=reason, reason_text=text)


def make_ups(ctx: SessionContext, plans: list[ClientPlan], calendars: int, horizon: date,
             off: dict[date, ReasonCategory]) -> None:
    """Offer a one-off session in a free slot after most sessions the therapist cancelled."""
    occupied = {(a["room"], a["day"], a["slot"]) for p in plans for a in p.appointments}
    slots = range(len(ctx.policy.slots))
    for plan in plans:
        wanted = [a["day"] for a in plan.appointments
                  if a["status"] in (S.CANCELLED_BY_THERAPIST, S.MISSED_BY_THERAPIST)
                  and ctx.rng.random() < 0.6]
        for missed in wanted:
            for days in range(1, 8):
                day = missed + timedelta(days=days)
                if day > horizon or ctx.calendar.closed(day) or day in off:
                    continue
                free = [(room, slot) for room in range(calendars) for slot in slots
                        if (room, day, slot) not in occupied]
                if free:
                    room, slot = ctx.rng.choice(free)
                    occupied.add((room, day, slot))
                    row = {"client_id": plan.id, "series_id": None, "day": day, "slot": slot,
                           "room": room, "modality": plan.person.preferred_modality}
                    settle_status(ctx, plan, row, ctx.calendar.start(day, slot), None)
                    plan.appointments.append(row)
                    break


