"""The demo practice's call list: at least one client for every rule on the demo's today.

A realistic history rarely gives every rule on one given day, so a few rows are arranged just
before they are written: a session under way for more than the late-call minutes with nobody
marked as arrived (or, out of hours, the next session today, late once its minutes pass), the
latest attended session of one client turned into a no-show nobody has called
about yet, three former clients who drifted away still marked active (one after an attended
session, one after a cancellation, one long silent), two acquaintances booked back to back in
the coming weeks, one of whom asked not to be contacted, and a call back agreed for today.
Each step picks by a fixed order, so the same seed gives the same practice; a step that finds
no client to use (a practice too small or a day off) is skipped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from demo.calendar import SessionContext
from demo.names import ACQUAINTANCE_NOTES
from models import Practice
from models.enums import (
    AppointmentStatus,
    CancelledBy,
    ClientStatus,
    ContactChannel,
    ContactOutcome,
    ContactReason,
    LedgerKind,
    ReasonCategory,
)
from services.practice.practice_time import to_utc

S = AppointmentStatus
Row = dict[str, Any]
ATTENDED = (S.ATTENDED, S.ATTENDED_LATE)
FOLLOW_UP_NOTE = {
    "en": "Wanted time to think about an evening time; call back today.",
    "ru": "Хотела подумать о вечернем времени; перезвонить сегодня.",
}


@dataclass
class DemoRows:
    """The rows the demo is about to write, changed here in place."""

    clients: list[Row]
    numbers: list[Row]
    appointments: list[Row]
    ledger: list[Row]
    contacts: list[Row]
    acquaintances: list[Row]
    used: set[int] = field(default_factory=set)  # clients already given a part

    def __post_init__(self) -> None:
        self.client = {c["id"]: c for c in self.clients}
        self.sessions: dict[int, list[Row]] = defaultdict(list)
        for a in sorted(self.appointments, key=lambda a: (a["starts_at"], a["id"])):
            self.sessions[a["client_id"]].append(a)
        self.contacted: dict[int, list[datetime]] = defaultdict(list)
        for c in self.contacts:
            self.contacted[c["client_id"]].append(c["at"])
        self.billed: dict[int, list[Row]] = defaultdict(list)
        for e in self.ledger:
            self.billed[e["client_id"]].append(e)

    def free(self, client_id: int, status: ClientStatus = ClientStatus.ACTIVE) -> bool:
        client = self.client[client_id]
        return (client_id not in self.used and client["status"] == status
                and not client["do_not_contact"])

    def unbill(self, session: Row, day: date) -> bool:
        """Take back a session's charge and its own payment, when nothing else (a monthly
        transfer) paid for it; False when that cannot be done cleanly."""
        mine = self.billed[session["client_id"]]
        entries = [e for e in mine if e["appointment_id"] == session["id"]]
        kinds = sorted(e["kind"] for e in entries)
        if kinds == sorted([LedgerKind.PAYMENT, LedgerKind.SESSION_CHARGE]):
            if entries[0]["amount"] != entries[1]["amount"]:
                return False
        elif kinds != [LedgerKind.SESSION_CHARGE] or any(
                e["kind"] == LedgerKind.PAYMENT and e["day"] >= day for e in mine):
            return False
        gone = {id(e) for e in entries}
        self.ledger[:] = [e for e in self.ledger if id(e) not in gone]
        return True


def arrange_call_list(session: Session, ctx: SessionContext, rows: DemoRows) -> None:
    """Make sure the demo's today has a client for every rule of the call list."""
    practice = session.get(Practice, 1)
    assert practice is not None
    _late_now(ctx, rows, practice.late_call_minutes)
    _no_show(ctx, rows)
    _drifted_away(ctx, rows, practice.follow_up_days, practice.silence_days)
    _acquaintances_back_to_back(ctx, rows, practice.waiting_room_gap_minutes,
                                practice.scheduling_weeks)
    _follow_up_today(ctx, rows)


def _local_day(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()


def _late_now(ctx: SessionContext, rows: DemoRows, late_call_minutes: int) -> None:
    """A client late right now: a session under way for more than the late-call minutes,
    nobody marked as arrived. When none is under way (before or after hours), the first
    session later today stays booked instead, and is late once its minutes pass."""
    late_call = timedelta(minutes=late_call_minutes)
    under_way = sorted((a for a in rows.appointments
                        if a["starts_at"] + late_call <= ctx.now
                        < a["starts_at"] + timedelta(minutes=a["length_minutes"])
                        and a["status"] in ATTENDED and rows.free(a["client_id"])),
                       key=lambda a: (a["starts_at"], a["id"]))
    late = next((a for a in under_way
                 if rows.unbill(a, _local_day(a["starts_at"], ctx.policy.zone))), None)
    if late is None:
        today_ends = to_utc(ctx.today + timedelta(days=1), time(0), ctx.policy.zone)
        coming = [a for a in rows.appointments if ctx.now <= a["starts_at"] < today_ends]
        late = min(coming, key=lambda a: (a["starts_at"], a["id"]), default=None)
    if late is not None:
        late.update(status=S.SCHEDULED, arrived_at=None, cancelled_by=None,
                    cancellation_arrived_at=None, reason_category=None, reason_text="")
        rows.used.add(late["client_id"])


def _no_show(ctx: SessionContext, rows: DemoRows) -> None:
    """The latest attended session of a client, made a no-show nobody has called about."""
    for client_id, sessions in sorted(rows.sessions.items(), key=lambda item: -_latest(
            item[1], ctx.now)):
        past = [a for a in sessions if a["starts_at"] < ctx.now]
        if not past or not rows.free(client_id):
            continue
        last = past[-1]
        if (last["status"] == S.ATTENDED
                and not any(at > last["starts_at"] for at in rows.contacted[client_id])
                and rows.unbill(last, _local_day(last["starts_at"], ctx.policy.zone))):
            last.update(status=S.NO_SHOW, arrived_at=None)
            rows.used.add(client_id)
            return


def _latest(sessions: list[Row], now: datetime) -> float:
    past = [a["starts_at"] for a in sessions if a["starts_at"] < now]
    return max(past).timestamp() if past else 0.0


def _drifted_away(ctx: SessionContext, rows: DemoRows, follow_up_days: int,
                  silence_days: int) -> None:
    """Three former clients still marked active: after an attended session, after a
    cancellation, and one not heard from for longer than the silence days."""
    zone = ctx.policy.zone
    candidates = []
    for client in rows.clients:
        sessions = rows.sessions[client["id"]]
        if (client["status"] == ClientStatus.ACTIVE or client["do_not_contact"] or not sessions
                or sessions[-1]["starts_at"] >= ctx.now):
            continue
        last = sessions[-1]
        heard = max([last["starts_at"], *rows.contacted[client["id"]]])
        candidates.append(((ctx.today - _local_day(heard, zone)).days, last))
    candidates.sort(key=lambda c: (c[0], c[1]["id"]))

    def take(low: int, high: int, fits: Callable[[Row], bool]) -> None:
        for days, last in candidates:
            client_id = last["client_id"]
            if low <= days < high and client_id not in rows.used and fits(last):
                rows.client[client_id].update(status=ClientStatus.ACTIVE, ended_on=None)
                rows.used.add(client_id)
                return

    take(follow_up_days, silence_days, lambda last: last["status"] in ATTENDED)
    take(follow_up_days, 10 * silence_days, lambda last: _cancel(ctx, last, rows))
    take(silence_days, 10 * silence_days, lambda last: True)


def _cancel(ctx: SessionContext, last: Row, rows: DemoRows) -> bool:
    """The client's last session, cancelled by them in good time (and so not charged)."""
    if last["status"] in (S.CANCELLED, S.LATE_CANCELLATION):
        return True
    day = _local_day(last["starts_at"], ctx.policy.zone)
    if last["status"] != S.ATTENDED or not rows.unbill(last, day):
        return False
    arrived = last["starts_at"] - timedelta(hours=ctx.policy.window_hours + 2)
    last.update(status=S.CANCELLED, arrived_at=None, cancelled_by=CancelledBy.CLIENT,
                cancellation_arrived_at=arrived, reason_category=ReasonCategory.WORK)
    return True


def _acquaintances_back_to_back(ctx: SessionContext, rows: DemoRows, gap_minutes: int,
                                weeks: int) -> None:
    """Two clients who know each other, booked one after the other in the coming weeks; the
    second asked not to be contacted (so is listed only for this)."""
    tomorrow = to_utc(ctx.today + timedelta(days=1), time(0), ctx.policy.zone)
    coming = sorted((a for a in rows.appointments
                     if tomorrow <= a["starts_at"] < tomorrow + timedelta(weeks=weeks)
                     and a["status"] == S.SCHEDULED), key=lambda a: (a["starts_at"], a["id"]))
    gap = timedelta(minutes=gap_minutes)
    for first, second in zip(coming, coming[1:], strict=False):
        ends = first["starts_at"] + timedelta(minutes=first["length_minutes"])
        low, high = sorted((first["client_id"], second["client_id"]))
        if (ends <= second["starts_at"] < ends + gap and low != high
                and rows.free(low) and rows.free(high)):
            if not any((p["client_id"], p["other_client_id"]) == (low, high)
                       for p in rows.acquaintances):
                rows.acquaintances.append({"client_id": low, "other_client_id": high,
                                           "note": ACQUAINTANCE_NOTES[ctx.policy.language][0]})
            rows.client[second["client_id"]]["do_not_contact"] = True
            rows.used.update((low, high))
            return


def _follow_up_today(ctx: SessionContext, rows: DemoRows) -> None:
    """A call last week that agreed to speak again today."""
    at = min(to_utc(ctx.today - timedelta(days=6), time(11), ctx.policy.zone), ctx.now)
    callable_ = {n["client_id"] for n in rows.numbers if n["may_call"]}
    for client in rows.clients:
        client_id = client["id"]
        if (client_id in callable_ and rows.free(client_id)
                and not any(t >= at for t in rows.contacted[client_id])):
            note = FOLLOW_UP_NOTE[ctx.policy.language]
            rows.contacts.append({
                "id": max((c["id"] for c in rows.contacts), default=0) + 1,
                "client_id": client_id, "appointment_id": None, "at": at,
                "channel": ContactChannel.CALL, "reason": "",
                "reason_code": ContactReason.CHECK_IN.value,
                "outcome": ContactOutcome.REACHED, "note": note, "follow_up_on": ctx.today})
            rows.used.add(client_id)
            return
