"""Reading one day from the vault: its sessions with their money, the totals, the problems.

The day's money is every ledger entry dated that day: entries tied to one of the day's
sessions go on that session's line, the rest are account lines. So the totals are exactly the
sums of the lines. Problems look at all the money tied to a session, whatever its date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import Appointment, Client, LedgerEntry
from models.enums import AppointmentStatus, LedgerKind, PaymentMethod
from services.calendar.appointments import CalendarEntry, between
from services.day_close.day_review import (
    AccountLine,
    DayProblem,
    DayTotals,
    ProblemKind,
    SessionLine,
)
from services.money.ledger import SIGNED_AMOUNT
from services.money.session_charges import CHARGE_KINDS, charge_by_policy
from services.practice.practice_time import days_bounds

Row = tuple[int, int | None, int | None, LedgerKind, int, PaymentMethod | None, str, date]


def _rows(session: Session, day: date, appointment_ids: list[int]) -> list[Row]:
    """The day's ledger entries, and every entry tied to one of the day's sessions."""
    where = LedgerEntry.day == day
    if appointment_ids:
        where = or_(where, LedgerEntry.appointment_id.in_(appointment_ids))
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(LedgerEntry.id, LedgerEntry.client_id, LedgerEntry.appointment_id,
               LedgerEntry.kind, LedgerEntry.amount, LedgerEntry.method, LedgerEntry.note,
               LedgerEntry.day).where(where).order_by(LedgerEntry.id))]


def balances_at(session: Session, client_ids: set[int], day: date) -> dict[int, int]:
    """What each client owed at the end of the day."""
    if not client_ids:
        return {}
    rows = session.execute(
        select(LedgerEntry.client_id, func.sum(SIGNED_AMOUNT))
        .where(LedgerEntry.client_id.in_(client_ids), LedgerEntry.day <= day)
        .group_by(LedgerEntry.client_id))
    found = {client_id: int(total or 0) for client_id, total in rows}
    return {client_id: found.get(client_id, 0) for client_id in client_ids}


def _names(session: Session, client_ids: set[int]) -> dict[int, str]:
    if not client_ids:
        return {}
    rows = session.execute(select(Client.id, Client.preferred_name, Client.full_name)
                           .where(Client.id.in_(client_ids)))
    return {i: preferred or full for i, preferred, full in rows}


def totals_of(lines: tuple[SessionLine, ...], accounts: tuple[AccountLine, ...],
              balances: dict[int, int]) -> DayTotals:
    """The day's totals: sums of its lines; outstanding counts each client's debt once."""
    by_method: Counter[str] = Counter()
    for line in lines:
        by_method.update(line.received_by_method)
    waived = sum(line.waived for line in lines)
    charged = sum(line.charged for line in lines)
    received = sum(line.received for line in lines)
    refunded = 0
    for entry in accounts:
        if entry.kind == LedgerKind.PAYMENT:
            received += entry.amount
            by_method[entry.method or ""] += entry.amount
        elif entry.kind == LedgerKind.WAIVER:
            waived += entry.amount
        elif entry.kind == LedgerKind.REFUND:
            refunded += entry.amount
        else:
            charged += entry.amount
    return DayTotals(
        sessions_by_status=dict(sorted(Counter(str(line.status) for line in lines).items())),
        charged=charged, received_by_method=dict(sorted(by_method.items())), received=received,
        waived=waived, refunded=refunded,
        outstanding=sum(max(0, balance) for balance in balances.values()))


def read_day(session: Session, day: date, zone: ZoneInfo, now: datetime | None,
             ) -> tuple[tuple[SessionLine, ...], tuple[AccountLine, ...], DayTotals,
                        list[DayProblem]]:
    """The day's lines, account lines and totals; problems too unless `now` is None."""
    entries = between(session, *days_bounds(day, 1, zone))
    ids = [e.id for e in entries]
    rows = _rows(session, day, ids)
    day_sessions = set(ids)
    of_session: dict[int | None, list[Row]] = defaultdict(list)
    account_rows: list[Row] = []
    for row in rows:
        if row[2] in day_sessions:
            of_session[row[2]].append(row)
        elif row[7] == day:
            account_rows.append(row)
    clients = {e.client_id for e in entries} | {r[1] for r in account_rows if r[1] is not None}
    balances = balances_at(session, clients, day)
    names = {e.client_id: e.client_name for e in entries}
    names |= _names(session, clients - set(names))
    lines = tuple(_line(entry, [r for r in of_session[entry.id] if r[7] == day], zone, balances)
                  for entry in entries)
    accounts = tuple(AccountLine(r[0], r[1], names.get(r[1], "") if r[1] else "", r[3], r[4],
                                 r[5], r[2], r[6]) for r in account_rows)
    totals = totals_of(lines, accounts, balances)
    if now is None:
        return lines, accounts, totals, []
    problems = _session_problems(session, entries, of_session, now, zone)
    problems += [DayProblem(ProblemKind.PAYMENT_WITHOUT_CLIENT,
                            f"payment_without_client:{a.ledger_id}", ledger_id=a.ledger_id,
                            values={"amount": a.amount, "method": a.method})
                 for a in accounts if a.client_id is None and a.kind == LedgerKind.PAYMENT]
    problems += [DayProblem(ProblemKind.NEGATIVE_BALANCE, f"negative_balance:{client_id}",
                            client_id=client_id, client_name=names.get(client_id, ""),
                            values={"balance": balance})
                 for client_id, balance in sorted(balances.items()) if balance < 0]
    return lines, accounts, totals, problems


def _line(entry: CalendarEntry, rows: list[Row], zone: ZoneInfo,
          balances: dict[int, int]) -> SessionLine:
    charged = sum(r[4] for r in rows if r[3] in CHARGE_KINDS)
    payments = [r for r in rows if r[3] == LedgerKind.PAYMENT]
    methods = tuple(dict.fromkeys(r[5] for r in payments if r[5] is not None))
    by_method: Counter[str] = Counter()
    for r in payments:
        by_method[r[5] or ""] += r[4]
    return SessionLine(
        appointment_id=entry.id, client_id=entry.client_id, client_name=entry.client_name,
        starts_at=entry.starts_at.astimezone(zone), minutes=entry.length_minutes,
        status=entry.status, charged=charged, received=sum(r[4] for r in payments),
        methods=methods, waived=sum(r[4] for r in rows if r[3] == LedgerKind.WAIVER),
        client_balance=balances.get(entry.client_id, 0), received_by_method=dict(by_method))


def _session_problems(session: Session, entries: list[CalendarEntry],
                      of_session: dict[int | None, list[Row]], now: datetime,
                      zone: ZoneInfo) -> list[DayProblem]:
    problems: list[DayProblem] = []
    loaded = {a.id: a for a in session.scalars(
        select(Appointment).where(Appointment.id.in_([e.id for e in entries])))}
    for entry in entries:
        starts_at = entry.starts_at.astimezone(zone)

        def problem(kind: ProblemKind, values: dict[str, object],
                    entry: CalendarEntry = entry) -> DayProblem:
            return DayProblem(kind, f"{kind}:{entry.id}", appointment_id=entry.id,
                              client_id=entry.client_id, client_name=entry.client_name,
                              values=values)

        if entry.status == AppointmentStatus.SCHEDULED:
            ends_at = starts_at + timedelta(minutes=entry.length_minutes)
            if ends_at <= now:
                problems.append(problem(ProblemKind.STILL_SCHEDULED,
                                        {"starts_at": starts_at, "ends_at": ends_at}))
            continue
        rows = of_session.get(entry.id, [])
        charges = [r for r in rows if r[3] in CHARGE_KINDS]
        charged = sum(r[4] for r in charges)
        policy = charge_by_policy(session, loaded[entry.id])
        policy_amount = policy[1] if policy else 0
        values: dict[str, object] = {"starts_at": starts_at, "charged": charged,
                                     "policy": policy_amount, "status": entry.status}
        attended = policy is not None and policy[0] == LedgerKind.SESSION_CHARGE
        if attended and not charges and policy_amount:
            problems.append(problem(ProblemKind.NOT_CHARGED, values))
        elif (charged != policy_amount and not any(r[6] for r in charges)
              and not any(r[3] == LedgerKind.WAIVER for r in rows)):
            problems.append(problem(ProblemKind.FEE_OFF_POLICY, values))
    return problems
