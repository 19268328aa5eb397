"""The call list: who should hear from the therapist today, why, and what came of each call.

Computed from the database each time it is asked for (never stored, so never stale); the
thresholds are the practice's settings. The GUI writes the words of
each script; this module gives the facts.

Public API for the window and the command line:
- `call_list(vault, now)` -> `list[CallListEntry]`, most urgent first;
- `attempts_of(session, client_id, since)` -> unanswered calls since a moment.

How a call went is written by `services.calls.call_outcome.record_call_outcome`.

Changed from the suggested shape: an entry's numbers are
`services.clients.client_records.PhoneNumber` (number,
label, may_call, may_voicemail, may_text: the fields proposed for `NumberToUse`), reused rather
than twinned. A paused client is listed only for a follow-up date, a scheduling fix or
being late now: a pause is an agreed break, not a client drifting away, so the no-show and
"lapsed" rules (no next session, cancelled, not heard from) pass them by. Late now counts from
the late-call minutes exactly (as the window's late notice does) until the session's end.
"In touch" is any contact but an unanswered call (no answer, voicemail, wrong number): it
holds back the lapsed rules for the follow-up days and supersedes an earlier follow-up date.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ContactLogEntry, ContactNumber
from models.enums import AppointmentStatus, ClientStatus, ContactOutcome
from services.calendar.appointments import FREE_THE_SLOT
from services.calls.call_facts import ANSWERED, UNANSWERED, ClientFacts, client_facts
from services.calls.call_mistakes import scheduling_mistakes
from services.calls.late_arrivals import late_now_in
from services.clients.client_records import PhoneNumber
from services.errors import InvalidValue
from services.practice.practice_row import practice_of
from services.practice.practice_settings import PracticeSettings, settings_of
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault

ATTENDED = frozenset({AppointmentStatus.ATTENDED, AppointmentStatus.ATTENDED_LATE})


class CallRule(enum.StrEnum):
    """Why a client is on the list, in order of urgency (the most urgent first)."""

    LATE_NOW = "late_now"
    NO_SHOW_NOT_CONTACTED = "no_show_not_contacted"
    SCHEDULING_MISTAKE = "scheduling_mistake"
    FOLLOW_UP_DUE = "follow_up_due"
    CANCELLED_NOT_REBOOKED = "cancelled_not_rebooked"
    NO_NEXT_SESSION = "no_next_session"
    NOT_HEARD_FROM = "not_heard_from"

    @property
    def urgency(self) -> int:
        """0 for the most urgent rule."""
        return _URGENCY[self]


_URGENCY = {rule: place for place, rule in enumerate(CallRule)}


@dataclass(frozen=True)
class CallReason:
    """One rule a client matches, with the facts behind it.

    `at` is the session or contact the rule is about (aware, UTC): the late or missed session,
    the last attended or cancelled session, the last contact, the session booked by mistake,
    or for a follow-up the contact that set it. `days` is how many days have passed (lapsed
    rules) or how many minutes late (LATE_NOW). For a scheduling mistake, `other_client_id`
    and `other_client_name` name the client it clashes with and `note` is "overlap" or
    "acquaintances"; for a follow-up `note` is the contact's note and `follow_up_on` its date.
    """

    rule: CallRule
    appointment_id: int | None = None
    at: datetime | None = None
    days: int | None = None
    other_client_id: int | None = None
    other_client_name: str = ""
    note: str = ""
    follow_up_on: date | None = None


# A client the call list lists, with every reason, most urgent first.
DueCall = tuple[ClientFacts, tuple[CallReason, ...]]


@dataclass(frozen=True)
class CallListEntry:
    """A client to reach today: every reason they are listed, most urgent first."""

    client_id: int
    full_name: str
    preferred_name: str
    reasons: tuple[CallReason, ...]
    numbers: tuple[PhoneNumber, ...]
    do_not_contact: bool
    # Unanswered calls (no answer, voicemail, wrong number) since the most urgent reason arose
    # (today, for a scheduling mistake), counted back to the last call that reached the client.
    attempts: int

    @property
    def rule(self) -> CallRule:
        """The most urgent rule this client matches."""
        return self.reasons[0].rule

    @property
    def initials(self) -> str:
        return initials_of(self.full_name)


def initials_of(full_name: str) -> str:
    """"Anna Maria Petrova" -> "A.M.P.": enough for a list that may be seen over a shoulder."""
    return "".join(f"{word[0].upper()}." for word in full_name.split())


def _settings(session: Session) -> PracticeSettings:
    practice = practice_of(session)
    return settings_of(practice)


def aware(now: datetime, field: str) -> datetime:
    """`now` in UTC; InvalidValue on `field` when it has no time zone."""
    if now.tzinfo is None:
        raise InvalidValue("A moment for the call list needs a time zone.", field=field)
    return now.astimezone(UTC)


class _Day:
    """Local days in the practice's zone, counted from today."""

    def __init__(self, now: datetime, zone: ZoneInfo) -> None:
        self.zone = zone
        self.today = now.astimezone(zone).date()
        self.starts = to_utc(self.today, time(0), zone)

    def days_since(self, instant: datetime) -> int:
        return (self.today - instant.astimezone(self.zone).date()).days


def _follow_up(f: ClientFacts, day: _Day) -> tuple[CallReason | None, bool]:
    """The follow-up now due, if any; and whether one is still pending (a later date)."""
    if f.follow_up_on is None or f.follow_set_at is None:
        return None, False
    if f.in_touch_at is not None and f.in_touch_at > f.follow_set_at:
        return None, False  # superseded: the client was reached (or written to) since
    if f.follow_up_on > day.today:
        return None, True
    return CallReason(CallRule.FOLLOW_UP_DUE, at=f.follow_set_at,
                      days=(day.today - f.follow_up_on).days, note=f.follow_note,
                      follow_up_on=f.follow_up_on), False


def _lapsed(f: ClientFacts, day: _Day, s: PracticeSettings) -> list[CallReason]:
    """No next session, cancelled and not rebooked, not heard from: nothing booked ahead."""
    reasons = []
    touched = f.in_touch_at is not None and day.days_since(f.in_touch_at) < s.follow_up_days
    if f.last_at is not None and f.last_id is not None and not touched:
        days = day.days_since(f.last_at)
        rule = (CallRule.NO_NEXT_SESSION if f.last_status in ATTENDED
                else CallRule.CANCELLED_NOT_REBOOKED if f.last_status in FREE_THE_SLOT else None)
        if rule is not None and days >= s.follow_up_days:
            reasons.append(CallReason(rule, appointment_id=f.last_id, at=f.last_at, days=days))
    if f.status == ClientStatus.ACTIVE:
        heard = max((t for t in (f.last_session_at, f.in_touch_at) if t is not None),
                    default=None)
        days = day.days_since(heard) if heard else (day.today - f.began).days
        if days >= s.silence_days:
            reasons.append(CallReason(CallRule.NOT_HEARD_FROM, at=heard, days=days))
    return reasons


def _undecided(f: ClientFacts, missed: datetime) -> bool:
    """The no-show at `missed` has had no answer and no decision since: no call that reached
    the client (or that they declined) and no day set to try again after it.

    A text sent or a voicemail left is not an answer, so the client stays on the list, with
    the attempts so far, until the therapist hears back or decides when to call again."""
    return ((f.answered_at is None or f.answered_at <= missed)
            and (f.follow_set_at is None or f.follow_set_at <= missed))


def _reasons_of(f: ClientFacts, day: _Day, s: PracticeSettings) -> list[CallReason]:
    """Every rule but late now and scheduling mistakes (those come from the calendar)."""
    if f.do_not_contact:
        return []
    reasons = []
    paused = f.status == ClientStatus.PAUSED
    if (not paused and f.last_status == AppointmentStatus.NO_SHOW and f.last_at is not None
            and _undecided(f, f.last_at)):
        reasons.append(CallReason(CallRule.NO_SHOW_NOT_CONTACTED, appointment_id=f.last_id,
                                  at=f.last_at, days=day.days_since(f.last_at)))
    due, pending = _follow_up(f, day)
    if due is not None:
        reasons.append(due)
    if not paused and not pending and f.next_at is None:
        reasons += _lapsed(f, day, s)
    return reasons


def call_list(vault: Vault, now: datetime) -> list[CallListEntry]:
    """Everyone to call at `now` (aware), sorted by their most urgent rule, then its time.

    A client matching several rules is listed once with all of them. An ended client is never
    listed; one who asked not to be contacted only for scheduling fixes (`do_not_contact`).
    """
    with vault.unit_of_work() as session:
        return call_list_in(session, now)


def call_list_in(session: Session, now: datetime) -> list[CallListEntry]:
    """`call_list` inside the caller's unit of work."""
    now = aware(now, "now")
    due = due_calls_in(session, now)
    day = _Day(now, _settings(session).zone)
    listed = [f.client_id for f, _reasons in due]
    numbers = _numbers(session, listed)
    calls = _calls(session, listed, now)
    entries = []
    for f, reasons in due:
        since = reasons[0].at if reasons[0].at and reasons[0].at <= now else day.starts
        entries.append(CallListEntry(
            f.client_id, f.full_name, f.preferred_name, reasons,
            numbers.get(f.client_id, ()), f.do_not_contact,
            _count_attempts(calls.get(f.client_id, []), since)))
    return entries


def due_calls_in(session: Session, now: datetime) -> list[DueCall]:
    """Whom the call list lists at `now` and why, in its order, without their numbers and
    attempts: the day's agenda names each with their most urgent reason."""
    now = aware(now, "now")
    late = late_now_in(session, now)
    s = _settings(session)
    day = _Day(now, s.zone)
    facts = {f.client_id: f for f in client_facts(session, now, day.starts)}
    found: dict[int, list[CallReason]] = defaultdict(list)
    for arrival in late:
        f = facts.get(arrival.entry.client_id)
        if f is not None and not f.do_not_contact:
            found[f.client_id].append(CallReason(
                CallRule.LATE_NOW, appointment_id=arrival.entry.id,
                at=arrival.entry.starts_at, days=arrival.minutes_late))
    window_ends = to_utc(day.today + timedelta(weeks=s.scheduling_weeks), time(0), s.zone)
    for subject, other, kind in scheduling_mistakes(session, now, window_ends,
                                                     s.waiting_room_gap_minutes):
        if subject.client_id in facts:
            found[subject.client_id].append(CallReason(
                CallRule.SCHEDULING_MISTAKE, appointment_id=subject.id,
                at=subject.starts_at, other_client_id=other.client_id,
                other_client_name=other.client_name, note=kind))
    for f in facts.values():
        reasons = _reasons_of(f, day, s)
        if reasons:
            found[f.client_id] += reasons
    due: list[DueCall] = []
    for client_id, reasons in found.items():
        reasons.sort(key=lambda r: (r.rule.urgency, r.at or now))
        due.append((facts[client_id], tuple(reasons)))
    due.sort(key=lambda d: (d[1][0].rule.urgency, d[1][0].at or now, d[0].full_name))
    return due


def _numbers(session: Session, client_ids: list[int]) -> dict[int, tuple[PhoneNumber, ...]]:
    found: dict[int, list[PhoneNumber]] = defaultdict(list)
    n = ContactNumber
    for client_id, number, label, call, voicemail, text in session.execute(
            select(n.client_id, n.number, n.label, n.may_call, n.may_voicemail, n.may_text)
            .where(n.client_id.in_(client_ids)).order_by(n.client_id, n.position)).all():
        found[client_id].append(PhoneNumber(number, label, call, voicemail, text))
    return {client_id: tuple(numbers) for client_id, numbers in found.items()}


Call = tuple[datetime, ContactOutcome]


def _calls(session: Session, client_ids: list[int],
           until: datetime | None = None) -> dict[int, list[Call]]:
    """Each client's contacts (up to `until`), oldest first."""
    found: dict[int, list[Call]] = defaultdict(list)
    query = (select(ContactLogEntry.client_id, ContactLogEntry.at, ContactLogEntry.outcome)
             .where(ContactLogEntry.client_id.in_(client_ids)).order_by(ContactLogEntry.at))
    if until is not None:
        query = query.where(ContactLogEntry.at <= until)
    for client_id, at, outcome in session.execute(query).all():
        found[client_id].append((at, outcome))
    return found


def _count_attempts(calls: list[Call], since: datetime | None) -> int:
    """Unanswered calls after `since`, counted back to the last call that reached them."""
    count = 0
    for at, outcome in calls:
        if outcome in ANSWERED:
            count = 0
        elif outcome in UNANSWERED and (since is None or at > since):
            count += 1
    return count


def attempts_of(session: Session, client_id: int, since: datetime | None,
                until: datetime | None = None) -> int:
    """Unanswered calls (no answer, voicemail, wrong number) logged after `since` (any time
    when None) and up to `until` (any time when None), counted back to the last contact that
    reached the client or was declined."""
    return _count_attempts(_calls(session, [client_id], until).get(client_id, []), since)
