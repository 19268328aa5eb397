"""The demo practice closes its days: every past day with sessions is closed but the last three.

Those three are left open, each showing some of the problems the close-day dialog finds: a
session still booked after its end, one attended but not charged, a fee off the policy with no
reason, a payment with no client, and a client in credit (a negative balance). Worked on the
demo's rows before they are inserted, so it stays fast; the totals of the closed days are
worked out the way `services.day_close.day_reading` works them out for one day.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlalchemy.orm import Session

from models import DayClose
from models.enums import AppointmentStatus, LedgerKind, PaymentMethod
from services.money.session_charges import CHARGE_KINDS

OPEN_DAYS = 3
ATTENDED = (AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE)
Row = dict[str, Any]


def _attended(sessions: list[Row], taken: set[int]) -> Row | None:
    return next((a for a in sessions if a["status"] in ATTENDED and a["id"] not in taken), None)


def _make_problems(days: list[date], by_day: dict[date, list[Row]],
                   ledger: list[Row]) -> None:
    """Put the problems on the open days, oldest first: off policy and a stray payment; not
    charged and a client in credit; a session still booked after its end."""
    of_session: dict[int, list[Row]] = defaultdict(list)
    for row in ledger:
        if row["appointment_id"] is not None:
            of_session[row["appointment_id"]].append(row)
    taken: set[int] = set()
    first, second, third = days
    off = _attended(by_day[first], taken)
    if off is not None:
        taken.add(off["id"])
        for row in of_session[off["id"]]:
            if row["kind"] == LedgerKind.SESSION_CHARGE:
                row["amount"] = max(0, row["amount"] - 1500)
    template = dict(ledger[-1])
    stray_at = by_day[first][-1]["starts_at"] + timedelta(hours=1)
    extra = [dict(template, client_id=None, appointment_id=None, kind=LedgerKind.PAYMENT,
                  amount=5000, method=PaymentMethod.CASH, waiver_reason=None,
                  note="", day=first, recorded_at=stray_at)]
    uncharged = _attended(by_day[second], taken)
    if uncharged is not None:
        taken.add(uncharged["id"])
        gone = {id(r) for r in of_session[uncharged["id"]] if r["kind"] in (
            LedgerKind.SESSION_CHARGE, LedgerKind.PAYMENT)}
        ledger[:] = [r for r in ledger if id(r) not in gone]
    credit = _attended(by_day[second], taken)
    if credit is not None:
        taken.add(credit["id"])
        owed = sum(LedgerKind(r["kind"]).sign * r["amount"] for r in ledger
                   if r["client_id"] == credit["client_id"] and r["day"] <= second)
        extra.append(dict(template, client_id=credit["client_id"], appointment_id=None,
                          kind=LedgerKind.PAYMENT, amount=max(0, owed) + 12000,
                          method=PaymentMethod.TRANSFER, waiver_reason=None, note="",
                          day=second, recorded_at=credit["starts_at"] + timedelta(hours=2)))
    booked = _attended(list(reversed(by_day[third])), taken)
    if booked is not None:
        booked["status"], booked["arrived_at"] = AppointmentStatus.SCHEDULED, None
        gone = {id(r) for r in of_session[booked["id"]]}
        ledger[:] = [r for r in ledger if id(r) not in gone]
    next_id = max(r["id"] for r in ledger) + 1
    for number, row in enumerate(extra):
        row["id"] = next_id + number
    ledger.extend(extra)


def _totals(day_sessions: list[Row], entries: list[Row],
            balances: dict[int, int]) -> dict[str, Any]:
    by_status = Counter(str(a["status"]) for a in day_sessions)
    by_method: Counter[str] = Counter()
    sums = Counter[str]()
    for row in entries:
        kind = row["kind"]
        if kind in CHARGE_KINDS:
            sums["charged"] += row["amount"]
        elif kind == LedgerKind.PAYMENT:
            sums["received"] += row["amount"]
            by_method[str(row["method"] or "")] += row["amount"]
        elif kind == LedgerKind.WAIVER:
            sums["waived"] += row["amount"]
        else:
            sums["refunded"] += row["amount"]
    clients = {a["client_id"] for a in day_sessions} | {
        r["client_id"] for r in entries if r["client_id"] is not None}
    return {"sessions_by_status": dict(sorted(by_status.items())), "charged": sums["charged"],
            "received_by_method": dict(sorted(by_method.items())), "received": sums["received"],
            "waived": sums["waived"], "refunded": sums["refunded"],
            "outstanding": sum(max(0, balances.get(c, 0)) for c in clients)}


def close_demo_days(session: Session, actor: str, zone: ZoneInfo,
                    today: date, now: datetime, appointments: list[Row],
                    ledger: list[Row]) -> int:
    """Close the demo's past days but the last three, which get the problems; returns how many
    days were closed. Changes `appointments` and `ledger` in place, before they are inserted."""
    by_day: dict[date, list[Row]] = defaultdict(list)
    for a in appointments:
        day = a["starts_at"].astimezone(zone).date()
        if day < today:
            by_day[day].append(a)
    days = sorted(by_day)
    if len(days) <= OPEN_DAYS:
        return 0
    for day in days:
        by_day[day].sort(key=lambda a: a["starts_at"])
    _make_problems(days[-OPEN_DAYS:], by_day, ledger)
    closing = days[:-OPEN_DAYS]
    entries_of: dict[date, list[Row]] = defaultdict(list)
    for row in ledger:
        entries_of[row["day"]].append(row)
    balances: dict[int, int] = defaultdict(int)
    ledger_days = sorted(d for d in entries_of if d <= closing[-1])
    rows = []
    position = 0
    for day in closing:
        while position < len(ledger_days) and ledger_days[position] <= day:
            for row in entries_of[ledger_days[position]]:
                if row["client_id"] is not None:
                    balances[row["client_id"]] += LedgerKind(row["kind"]).sign * row["amount"]
            position += 1
        totals = _totals(by_day[day], entries_of[day], balances)
        closed_at = max(a["starts_at"] for a in by_day[day]) + timedelta(hours=2)
        rows.append({"day": day, "closed_at": min(closed_at, now), "note": "",
                     "reopened_at": None, "reopen_reason": "",
                     "totals": {"totals": totals, "first": totals,
                                "first_closed_at": min(closed_at, now).isoformat(),
                                "accepted": [], "reopenings": []}})
    session.execute(insert(DayClose), rows)  # recorded by the demo's one audit event
    return len(rows)
