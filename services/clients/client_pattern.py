"""A client's own pattern of cancelling and missing sessions over the last twelve months: how
often, for which reasons, on which weekdays and at what time of day. The practice guidance asks
the therapist to notice a pattern and to talk about it with the client; this is what there is
to notice, and the sessions they kept by phone or video rather than cancel."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment
from models.enums import AppointmentStatus, CancelledBy
from services.practice.practice_time import TIMES_OF_DAY, time_of_day

S = AppointmentStatus
PERIOD = timedelta(days=365)
# What the client did not keep: the therapist's own cancellations and misses are not theirs.
NOT_KEPT = (S.NO_SHOW, S.LATE_CANCELLATION, S.CANCELLED)
THE_THERAPISTS = (S.CANCELLED_BY_THERAPIST, S.MISSED_BY_THERAPIST)
KEPT = (S.ATTENDED, S.ATTENDED_LATE)


@dataclass(frozen=True)
class ClientPattern:
    """Counts over the sessions that started from `since` until now."""

    since: datetime
    booked: int  # every session of the period but those the therapist cancelled or missed
    no_shows: int
    late_cancellations: int
    cancellations: int  # cancelled by the client in good time
    # Why: a cancellation's ReasonCategory value, a no-show's NoShowReason value, or
    # "unknown"; the most frequent first.
    by_reason: dict[str, int]
    by_weekday: dict[int, int]  # Monday is 0; only the days it happened on
    by_time_of_day: dict[str, int]  # in the order of TIMES_OF_DAY; only those it happened in
    kept_another_way: int = 0  # by phone or video instead of being cancelled

    @property
    def not_kept(self) -> int:
        return self.no_shows + self.late_cancellations + self.cancellations


def client_pattern_in(session: Session, client_id: int, zone: ZoneInfo,
                      now: datetime) -> ClientPattern:
    """The client's pattern over the twelve months before `now`."""
    since = now - PERIOD
    rows = session.execute(
        select(Appointment.starts_at, Appointment.status, Appointment.cancelled_by,
               Appointment.reason_category, Appointment.no_show_reason,
               Appointment.kept_another_way)
        .where(Appointment.client_id == client_id, Appointment.starts_at >= since,
               Appointment.starts_at < now)).all()
    theirs = [row for row in rows if row.status not in THE_THERAPISTS
              and row.cancelled_by != CancelledBy.THERAPIST]
    missed = [row for row in theirs if row.status in NOT_KEPT]
    statuses = Counter(row.status for row in missed)
    reasons = Counter(str(row.no_show_reason or row.reason_category or "unknown")
                      for row in missed)
    local = [row.starts_at.astimezone(zone) for row in missed]
    weekdays = Counter(at.weekday() for at in local)
    times = Counter(time_of_day(at) for at in local)
    return ClientPattern(
        since=since, booked=len(theirs), no_shows=statuses[S.NO_SHOW],
        late_cancellations=statuses[S.LATE_CANCELLATION], cancellations=statuses[S.CANCELLED],
        by_reason=dict(reasons.most_common()),
        by_weekday={day: weekdays[day] for day in sorted(weekdays)},
        by_time_of_day={part: times[part] for part in TIMES_OF_DAY if times[part]},
        kept_another_way=sum(1 for row in theirs
                             if row.kept_another_way and row.status in KEPT))
