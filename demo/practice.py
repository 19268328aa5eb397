"""A demo practice: years of invented clients, sessions, money, calls and notes.

For trying the app without real client data, and for measuring it at the size of a long-running
practice. The same seed and day always give the same practice. Everything is written with bulk
inserts in one unit of work; since those bypass the ORM's audit hook, one summary audit event
records what the demo added.

The people are invented in `demo.names`, their sessions booked in `demo.calendar`, their
money and calls follow in `demo.money`, the sessions kept by phone or video instead of being
cancelled and the no-shows' reasons in `demo.another_way`, and the notes of their past
sessions in `demo.notes`.
A solo therapist's week holds about 45 sessions; when the size asked for cannot fit in one
calendar (the 2,000-client, ten-year benchmark practice), sessions are booked side by side in
parallel calendars and `DemoSummary.parallel_sessions` says how many. Within one calendar no
two sessions overlap.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from demo.another_way import mark_another_way_and_reasons
from demo.calendar import (
    Calendar,
    SessionContext,
    book_series,
    make_ups,
    settle_status,
    slots_of,
    therapist_days_off,
)
from demo.call_list import DemoRows, arrange_call_list
from demo.day_closes import close_demo_days
from demo.money import ClientPlan, DemoPolicy, money_and_calls
from demo.names import (
    ACQUAINTANCE_NOTES,
    REASON_TEXTS,
    THERAPIST_NAMES,
    invent_person,
)
from demo.notes import DemoNotes, write_demo_notes
from demo.papers import issue_demo_papers
from models import (
    Acquaintance,
    Appointment,
    Base,
    Client,
    ContactLogEntry,
    ContactNumber,
    LedgerEntry,
    Practice,
    Series,
)
from models.audit import Change, append_events
from models.enums import ClientStatus, Language, Repeat
from services.clients.search_key import fold
from services.errors import InvalidValue, Refused
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault

DEFAULT_FEE = 8000
DEFAULT_FEES = {"RUB": 500000, "JPY": 10000, "KRW": 100000, "UAH": 150000, "KZT": 2000000}
WEEKS_AHEAD = 8


@dataclass(frozen=True)
class DemoSummary:
    """What the demo added.

    `parallel_sessions` is 1 for a practice one therapist could keep; more when the size asked
    for needs sessions side by side (a benchmark's stress size).
    """

    clients: int
    contact_numbers: int
    acquaintances: int
    series: int
    appointments: int
    past_appointments: int
    upcoming_appointments: int
    ledger_entries: int
    contact_log_entries: int
    parallel_sessions: int
    notes: int = 0
    addenda: int = 0
    reflections: int = 0
    now: datetime | None = None
    invoices: int = 0
    receipts: int = 0


def _prepare_practice(session: Session) -> DemoPolicy:
    practice = session.get(Practice, 1)
    if practice is None:
        raise Refused("This vault has no practice to fill.")
    if session.scalar(select(func.count()).select_from(Client)):
        raise Refused("The demo practice can only fill an empty practice; this one has clients.")
    language = practice.language.value
    if practice.session_fee == 0:
        practice.session_fee = DEFAULT_FEES.get(practice.currency, DEFAULT_FEE)
    if not practice.therapist_name:
        practice.therapist_name = THERAPIST_NAMES.get(language, THERAPIST_NAMES["en"])
    session.flush()
    work_days = tuple(sorted({int(c) for c in practice.work_days if c in "1234567"})) or (
        1, 2, 3, 4, 5)
    slots = slots_of(practice.work_starts, practice.work_ends, practice.session_minutes)
    if not slots:
        raise Refused("The practice's working hours are too short for one session.")
    return DemoPolicy(
        zone=ZoneInfo(practice.timezone), language=language, fee=practice.session_fee,
        length=practice.session_minutes, slots=slots, work_days=work_days,
        window_hours=max(practice.cancel_window_hours, 1),
        late_rule=(practice.late_cancel_fee_rule, practice.late_cancel_fee_value),
        no_show_rule=(practice.no_show_fee_rule, practice.no_show_fee_value),
        first_missed_forgiven=practice.first_missed_forgiven,
        late_call_minutes=practice.late_call_minutes,
    )


def _engagement_weeks(rng: random.Random) -> int:
    """How long a client stays: a few short pieces of work; most from half a year to three."""
    if rng.random() < 0.12:
        return rng.randint(4, 12)
    return min(520, max(6, round(rng.lognormvariate(math.log(70), 0.5))))


def _client_row(plan: ClientPlan, created: datetime) -> dict[str, Any]:
    person = plan.person
    return {
        "id": plan.id, "full_name": person.full_name, "preferred_name": person.preferred_name,
        "search_key": fold(f"{person.full_name} {person.preferred_name}"),
        "email": person.email, "address": person.address,
        "preferred_modality": person.preferred_modality, "online_handle": person.online_handle,
        "status": ClientStatus.ACTIVE, "started_on": None, "ended_on": None,
        "fee_override": plan.fee_override, "do_not_contact": False, "chart_notes": "",
        "created_at": created,
    }


def _number_rows(plans: list[ClientPlan], first_id: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for plan in plans:
        for position, n in enumerate(plan.person.numbers):
            rows.append({"id": first_id + len(rows), "client_id": plan.id, "position": position,
                         "label": n.label, "number": n.number, "may_call": n.may_call,
                         "may_voicemail": n.may_voicemail, "may_text": n.may_text})
    return rows


def _russian_share(language: str) -> float:
    return 0.75 if language == "ru" else 0.35


def _plans(rng: random.Random, count: int, policy: DemoPolicy, first_id: int) -> list[ClientPlan]:
    plans = []
    for i in range(count):
        person = invent_person(rng, rng.random() < _russian_share(policy.language))
        weeks = _engagement_weeks(rng)
        override = None
        if rng.random() < 0.08:  # a reduced fee, agreed at the start
            override = policy.fee * rng.choice((50, 60, 70, 80)) // 100
        payer = rng.choices(("session", "monthly", "insurer"), weights=(55, 35, 10))[0]
        repeat = Repeat.FORTNIGHTLY if rng.random() < 0.22 else Repeat.WEEKLY
        reliability = rng.lognormvariate(0, 0.6)
        plans.append(ClientPlan(first_id + i, person, weeks, repeat, override, payer,
                                reliability))
    return plans


def _bulk_insert(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Many rows at once, as one executemany on the table (the ORM's bulk path splits the
    rows into a statement each when their None values differ)."""
    session.execute(insert(Base.metadata.tables[model.__tablename__]), rows)


def _client_status(ctx: SessionContext, plan: ClientPlan, client: dict[str, Any]) -> None:
    if not plan.appointments or plan.first_day is None or plan.end is None:
        client["status"] = ClientStatus.PAUSED  # on the waiting list
        return
    client["started_on"] = min(plan.began or plan.first_day, plan.appointments[0]["day"])
    if plan.end > ctx.today:
        return
    last = plan.appointments[-1]["day"]
    if (ctx.today - plan.end).days < 120 and ctx.rng.random() < 0.4:
        client["status"] = ClientStatus.PAUSED
    else:
        client["status"], client["ended_on"] = ClientStatus.ENDED, last
    if ctx.rng.random() < 0.01:
        client["do_not_contact"] = True


def fill_demo_practice(
    vault: Vault, *, years: int = 3, clients: int = 120, seed: int = 1, today: date | None = None,
    notes: bool = True,
) -> DemoSummary:
    """Fill an empty practice with `years` of invented history around `today`.

    With `today` given, "now" is the middle of that working day, so the result depends only
    on the arguments; without it, today and now are the real ones in the practice's zone.
    Without `notes`, the sessions have no notes (`demo.notes.add_demo_notes` adds them later,
    as the benchmarks do to measure what notes add); `DemoSummary.now` is that moment.
    """
    if not 1 <= years <= 50:
        raise InvalidValue("A demo practice covers 1 to 50 years.", field="years")
    if not 1 <= clients <= 100_000:
        raise InvalidValue("A demo practice has 1 to 100,000 clients.", field="clients")

    rng = random.Random(seed)
    with vault.unit_of_work() as session:
        policy = _prepare_practice(session)
        if today is None:
            now = datetime.now(UTC)
            today = now.astimezone(policy.zone).date()
        else:
            first, last = policy.slots[0], policy.slots[-1]
            middle = (first.hour * 60 + first.minute + last.hour * 60 + last.minute) // 2
            now = to_utc(today, time(middle // 60, middle % 60), policy.zone)
        calendar = Calendar(policy)
        first_day = today.replace(year=today.year - years) if not (
            today.month == 2 and today.day == 29) else date(today.year - years, 2, 28)
        horizon = today + timedelta(weeks=WEEKS_AHEAD)
        ctx = SessionContext(rng, calendar, today, now, policy, REASON_TEXTS[policy.language])

        plans = _plans(rng, clients, policy, first_id=1)
        series_rows, calendars = book_series(rng, plans, calendar, first_day, today, horizon)
        plans.sort(key=lambda p: p.id)
        off = therapist_days_off(rng, calendar, first_day, today)
        for plan in plans:
            for row in plan.appointments:
                settle_status(ctx, plan, row, calendar.start(row["day"], row["slot"]),
                              off.get(row["day"]))
        make_ups(ctx, plans, calendars, horizon, off)

        client_rows = []
        for plan in plans:
            plan.appointments.sort(key=lambda a: (a["day"], a["slot"]))
            begins = plan.began or plan.first_day or first_day
            created = to_utc(begins - timedelta(days=rng.randint(3, 20)), time(12), policy.zone)
            row = _client_row(plan, created)
            _client_status(ctx, plan, row)
            client_rows.append(row)
        appointments = _appointment_rows(ctx, plans)
        ledger, contacts = money_and_calls(ctx.clock, plans)
        pairs = _acquaintances(rng, plans, policy.language)
        numbers = _number_rows(plans, first_id=1)
        arrange_call_list(session, ctx, DemoRows(client_rows, numbers, appointments, ledger,
                                                 contacts, pairs))
        close_demo_days(session, vault.actor, policy.zone, today, now, appointments, ledger)
        mark_another_way_and_reasons(seed, policy.language, appointments, now)

        for model, rows in ((Client, client_rows), (ContactNumber, numbers),
                            (Acquaintance, pairs), (Series, series_rows),
                            (Appointment, appointments), (LedgerEntry, ledger),
                            (ContactLogEntry, contacts)):
            if rows:
                _bulk_insert(session, model, rows)
        languages = {plan.id: Language.RUSSIAN if plan.person.russian else Language.ENGLISH
                     for plan in plans}
        written = (write_demo_notes(session, seed, languages, appointments, now, today,
                                    policy.zone) if notes else DemoNotes(0, 0, 0))
        past = sum(1 for a in appointments if a["starts_at"] < now)
        summary = DemoSummary(
            clients=len(client_rows), contact_numbers=len(numbers), acquaintances=len(pairs),
            series=len(series_rows), appointments=len(appointments), past_appointments=past,
            upcoming_appointments=len(appointments) - past, ledger_entries=len(ledger),
            contact_log_entries=len(contacts), parallel_sessions=calendars,
            notes=written.notes, addenda=written.addenda, reflections=written.reflections,
            now=now,
        )
        counts = {name: value for name, value in vars(summary).items()}
        append_events(session.connection(), vault.actor,
                      [Change("demo", "practice", "1", {},
                              {"seed": seed, "years": years, "today": today, **counts})])
    papers = issue_demo_papers(vault, today)
    return replace(summary, invoices=papers.invoices + papers.credit_notes,
                   receipts=papers.receipts)


def _appointment_rows(ctx: SessionContext, plans: list[ClientPlan]) -> list[dict[str, Any]]:
    """The sessions as rows, numbered in the order of their start, as a practice books them."""
    everything = [(ctx.calendar.start(a["day"], a["slot"]), a["room"], a)
                  for plan in plans for a in plan.appointments]
    everything.sort(key=lambda item: (item[0], item[1]))
    rows = []
    for number, (start, _room, a) in enumerate(everything, start=1):
        a["id"], a["starts_at"] = number, start
        created = start - timedelta(days=28) if a["series_id"] else start - timedelta(days=3)
        rows.append({
            "id": number, "client_id": a["client_id"], "series_id": a["series_id"],
            "starts_at": start, "length_minutes": ctx.policy.length, "modality": a["modality"],
            "status": a["status"], "arrived_at": a["arrived_at"],
            "cancelled_by": a["cancelled_by"],
            "cancellation_arrived_at": a["cancellation_arrived_at"],
            "reason_category": a["reason_category"], "reason_text": a["reason_text"],
            "note": a["note"], "fee_override": a["fee_override"],
            "kept_another_way": False, "no_show_reason": None,
            "created_at": min(created, ctx.now),
        })
    return rows


def _acquaintances(rng: random.Random, plans: list[ClientPlan],
                   language: str) -> list[dict[str, Any]]:
    """A few pairs of clients who know each other, stored with the smaller id first."""
    if len(plans) < 2:
        return []
    seen: set[tuple[int, int]] = set()
    rows = []
    for _ in range(max(1, len(plans) // 25)):
        a, b = sorted(p.id for p in rng.sample(plans, 2))
        if (a, b) not in seen:
            seen.add((a, b))
            rows.append({"client_id": a, "other_client_id": b,
                         "note": rng.choice(ACQUAINTANCE_NOTES[language])})
    return rows


def add_demo_clients(vault: Vault, count: int, *, seed: int = 2, today: date | None = None) -> int:
    """Add `count` invented past clients (names, numbers; no sessions) to any practice.

    For measuring search over a long client list. Returns the number added.
    """
    rng = random.Random(seed)
    with vault.unit_of_work() as session:
        practice = session.get(Practice, 1)
        if practice is None:
            raise Refused("This vault has no practice to fill.")
        zone = ZoneInfo(practice.timezone)
        today = today or datetime.now(zone).date()
        language = practice.language.value
        first_client = (session.scalar(select(func.max(Client.id))) or 0) + 1
        first_number = (session.scalar(select(func.max(ContactNumber.id))) or 0) + 1
        plans, rows = [], []
        for i in range(count):
            person = invent_person(rng, rng.random() < _russian_share(language))
            started = today - timedelta(days=rng.randint(200, 3650))
            plan = ClientPlan(first_client + i, person, 0, Repeat.WEEKLY, None, "session", 1.0)
            row = _client_row(plan, to_utc(started, time(12), zone))
            row.update(status=ClientStatus.ENDED, started_on=started,
                       ended_on=started + timedelta(days=rng.randint(30, 180)))
            plans.append(plan)
            rows.append(row)
        numbers = _number_rows(plans, first_number)
        if rows:
            _bulk_insert(session, Client, rows)
            _bulk_insert(session, ContactNumber, numbers)
            append_events(session.connection(), vault.actor,
                          [Change("demo", "client", f"{first_client}-{first_client + count - 1}",
                                  {}, {"clients": count, "contact_numbers": len(numbers)})])
    return count


__all__ = ["DemoSummary", "add_demo_clients", "fill_demo_practice"]
