"""The demo practice's money and calls, as they follow from its sessions.

Attended sessions are charged; no-shows and late cancellations bring the policy's fee, some of
them waived with a reason; a session the therapist cancelled or missed is never charged, by
the rule the guided "I missed this session" dialog follows (`charge_kind_for`).
Clients pay at each session (card or cash), by monthly transfer, or through an insurer a month
later; now and then a transfer pays too much and the difference is refunded. Each no-show,
late arrival and cancellation leaves the calls, voicemails and texts it took, within the consent
given for each number.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from demo.names import CONTACT_REASONS, InventedNumber, InventedPerson
from models.enums import (
    AppointmentStatus,
    ContactChannel,
    ContactOutcome,
    FeeRule,
    LedgerKind,
    PaymentMethod,
    Repeat,
    WaiverReason,
)
from services.money.amounts import percent_of
from services.money.session_charges import charge_kind_for
from services.practice.practice_time import to_utc

S = AppointmentStatus
WAIVER_REASONS = (WaiverReason.ILLNESS, WaiverReason.FAMILY_EMERGENCY, WaiverReason.GOODWILL,
                  WaiverReason.OTHER)
WAIVER_WEIGHTS = (45, 20, 25, 10)
INBOUND = (ContactChannel.TEXT, ContactChannel.CALL, ContactChannel.VOICEMAIL,
           ContactChannel.EMAIL)
INBOUND_OUTCOME = {ContactChannel.TEXT: ContactOutcome.SENT, ContactChannel.CALL:
                   ContactOutcome.REACHED, ContactChannel.VOICEMAIL: ContactOutcome.VOICEMAIL,
                   ContactChannel.EMAIL: ContactOutcome.SENT}


@dataclass(frozen=True)
class DemoPolicy:
    """What the demo needs of the practice's settings."""

    zone: ZoneInfo
    language: str
    fee: int
    length: int
    slots: tuple[time, ...]
    work_days: tuple[int, ...]
    window_hours: int
    late_rule: tuple[FeeRule, int]
    no_show_rule: tuple[FeeRule, int]
    first_missed_forgiven: bool
    late_call_minutes: int


@dataclass
class ClientPlan:
    """One invented client, how their work with the therapist goes, and their sessions."""

    id: int
    person: InventedPerson
    weeks: int
    repeat: Repeat
    fee_override: int | None
    payer: str  # "session", "monthly" or "insurer"
    reliability: float  # above 1: cancels and misses more than most
    appointments: list[dict[str, Any]] = field(default_factory=list)
    series_id: int | None = None
    first_day: date | None = None
    end: date | None = None
    began: date | None = None  # before the records begin, for a client already coming


@dataclass(frozen=True)
class DemoClock:
    rng: random.Random
    policy: DemoPolicy
    today: date
    now: datetime


def fee_for(rule: tuple[FeeRule, int], fee: int) -> int:
    """The fee a rule asks for a missed session whose full fee is `fee`."""
    kind, value = rule
    if kind == FeeRule.FULL:
        return fee
    if kind == FeeRule.FIXED:
        return max(value, 0)
    if kind == FeeRule.PERCENT:
        return percent_of(fee, min(max(value, 0), 100))
    return 0


class _Account:
    """One client's ledger as it is written, with what they owe so far."""

    def __init__(self, clock: DemoClock, plan: ClientPlan, rows: list[dict[str, Any]]) -> None:
        self.clock, self.plan, self.rows = clock, plan, rows
        self.due = 0

    def add(self, kind: LedgerKind, amount: int, day: date, at: datetime,
            appointment_id: int | None = None, method: PaymentMethod | None = None,
            reason: WaiverReason | None = None) -> None:
        if amount <= 0:
            return
        self.rows.append({
            "client_id": self.plan.id, "appointment_id": appointment_id, "kind": kind,
            "amount": amount, "method": method, "waiver_reason": reason, "note": "",
            "day": day, "recorded_at": min(at, self.clock.now),
        })
        self.due += kind.sign * amount

    def month_paid(self, month: tuple[int, int], method: PaymentMethod) -> None:
        """The transfer (or insurer's payment) for a month's sessions, if it has come yet."""
        rng, policy = self.clock.rng, self.clock.policy
        year, number = month
        after = date(year + number // 12, number % 12 + 1, 1)
        delay = rng.randint(0, 5) if method != PaymentMethod.INSURER else rng.randint(20, 40)
        day = after + timedelta(days=delay)
        day += timedelta(days=8 - day.isoweekday() if day.isoweekday() > 5 else 0)
        if day > self.clock.today or self.due <= 0:
            return
        at = to_utc(day, time(10), policy.zone)
        extra = self.plan.fee_override or policy.fee
        overpaid = method == PaymentMethod.TRANSFER and rng.random() < 0.04
        self.add(LedgerKind.PAYMENT, self.due + (extra if overpaid else 0), day, at,
                 method=method)
        refund_day = day + timedelta(days=rng.randint(2, 10))
        if overpaid and refund_day <= self.clock.today:
            self.add(LedgerKind.REFUND, extra, refund_day,
                     to_utc(refund_day, time(11), policy.zone), method=method)


def _account(clock: DemoClock, plan: ClientPlan, rows: list[dict[str, Any]]) -> None:
    rng, policy = clock.rng, clock.policy
    account = _Account(clock, plan, rows)
    usual_fee = plan.fee_override or policy.fee
    usual = {"session": rng.choice((PaymentMethod.CARD, PaymentMethod.CARD, PaymentMethod.CASH)),
             "monthly": PaymentMethod.TRANSFER, "insurer": PaymentMethod.INSURER}[plan.payer]
    slow = rng.random() < 0.05
    misses = 0
    month: tuple[int, int] | None = None
    for a in plan.appointments:
        start, status, day, ident = a["starts_at"], a["status"], a["day"], a["id"]
        if start >= clock.now:
            break
        if plan.payer != "session" and month is not None and (day.year, day.month) != month:
            account.month_paid(month, usual)
        month = (day.year, day.month)
        end = start + timedelta(minutes=policy.length)
        fee = a["fee_override"] or usual_fee
        kind = charge_kind_for(status, a["cancelled_by"])
        if kind == LedgerKind.SESSION_CHARGE:
            account.add(kind, fee, day, end, ident)
        elif kind is not None:
            misses += 1
            no_show = kind == LedgerKind.NO_SHOW_FEE
            amount = fee_for(policy.no_show_rule if no_show else policy.late_rule, fee)
            if policy.first_missed_forgiven and misses == 1:
                amount = 0
            account.add(kind, amount, day, end, ident)
            if amount and rng.random() < (0.2 if no_show else 0.35):
                reason = rng.choices(WAIVER_REASONS, weights=WAIVER_WEIGHTS)[0]
                account.add(LedgerKind.WAIVER, amount, day, end + timedelta(minutes=1), ident,
                            reason=reason)
        if (plan.payer == "session" and status in (S.ATTENDED, S.ATTENDED_LATE)
                and account.due > 0 and rng.random() < (0.7 if slow else 0.96)):
            method = usual if rng.random() < 0.9 else rng.choice(tuple(PaymentMethod)[:3])
            account.add(LedgerKind.PAYMENT, account.due, day, end + timedelta(minutes=2), ident,
                        method=method)
    if plan.payer != "session" and month is not None:
        account.month_paid(month, usual)


def _may(numbers: tuple[InventedNumber, ...], what: str) -> bool:
    return any(getattr(n, what) for n in numbers)


def _calls(clock: DemoClock, plan: ClientPlan, rows: list[dict[str, Any]]) -> None:
    rng, policy = clock.rng, clock.policy
    numbers = plan.person.numbers
    can_call, can_text = _may(numbers, "may_call"), _may(numbers, "may_text")
    can_voicemail = _may(numbers, "may_voicemail")

    def log(at: datetime, channel: ContactChannel, outcome: ContactOutcome, reason: str,
            appointment_id: int, follow_up: date | None = None) -> None:
        rows.append({"client_id": plan.id, "appointment_id": appointment_id,
                     "at": min(at, clock.now), "channel": channel, "reason": "",
                     "reason_code": CONTACT_REASONS[reason].value,
                     "outcome": outcome, "note": "", "follow_up_on": follow_up})

    def reach_out(at: datetime, reason: str, ident: int, reached: float) -> bool:
        """A call, a voicemail if allowed, then a text if allowed; True if they answered."""
        if can_call:
            if rng.random() < reached:
                log(at, ContactChannel.CALL, ContactOutcome.REACHED, reason, ident)
                return True
            missed = ContactOutcome.VOICEMAIL if can_voicemail else ContactOutcome.NO_ANSWER
            log(at, ContactChannel.CALL, missed, reason, ident)
        if can_text:
            log(at + timedelta(minutes=3), ContactChannel.TEXT, ContactOutcome.SENT, reason,
                ident)
        elif not can_call and plan.person.email:
            log(at + timedelta(minutes=3), ContactChannel.EMAIL, ContactOutcome.SENT, reason,
                ident)
        return False

    late_call = timedelta(minutes=policy.late_call_minutes)
    for a in plan.appointments:
        start, status, ident = a["starts_at"], a["status"], a["id"]
        if start + late_call >= clock.now:
            break
        if status == S.NO_SHOW:
            before = len(rows)
            if not reach_out(start + late_call, "no_show", ident, 0.35) and len(rows) > before:
                rows[-1]["follow_up_on"] = a["day"] + timedelta(days=1)
        elif status == S.ATTENDED_LATE and a["arrived_at"] > start + late_call:
            reach_out(start + late_call, "late", ident, 0.5)
        elif status in (S.CANCELLED, S.LATE_CANCELLATION) and a["cancellation_arrived_at"]:
            # The client's message: a text, a call, a voicemail left, or an e-mail.
            channel = rng.choices(INBOUND, weights=(40, 25, 15, 20 if plan.person.email else 0))[0]
            log(a["cancellation_arrived_at"], channel, INBOUND_OUTCOME[channel], "cancellation",
                ident)
        elif status == S.CANCELLED_BY_THERAPIST:
            reach_out(a["cancellation_arrived_at"], "therapist_cancelled", ident, 0.6)
        elif status == S.MISSED_BY_THERAPIST:
            reach_out(start + timedelta(hours=2), "missed", ident, 0.7)


def money_and_calls(clock: DemoClock, plans: list[ClientPlan]
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Ledger rows and contact-log rows for every client's past sessions, numbered in time."""
    ledger: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    for plan in plans:
        _account(clock, plan, ledger)
        _calls(clock, plan, contacts)
    for rows, key in ((ledger, "recorded_at"), (contacts, "at")):
        rows.sort(key=lambda row: row[key])  # stable: ties keep the order they were made in
        for number, row in enumerate(rows, start=1):
            row["id"] = number
    return ledger, contacts
