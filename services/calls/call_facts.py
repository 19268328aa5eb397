"""What the call list needs to know of each client, gathered in one query.

One row per client who is not ended, with correlated subqueries that each walk one client's
slice of an index (appointment by client and start, contact log by client and time), so the
cost follows the practice's current clients, not its ten years of history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from models.base import stored_instant
from models.enums import AppointmentStatus, ClientStatus, ContactOutcome

# The client was reached (a declined call reaches them too): attempts start again after it.
ANSWERED = frozenset({ContactOutcome.REACHED, ContactOutcome.DECLINED})
# Calls that did not reach the client: these are the attempts counted towards a closing letter.
UNANSWERED = frozenset({ContactOutcome.NO_ANSWER, ContactOutcome.VOICEMAIL,
                        ContactOutcome.WRONG_NUMBER})
# Any contact that was not an unanswered call (reached, declined, a message or letter sent).
IN_TOUCH = frozenset(ContactOutcome) - UNANSWERED

_IN_TOUCH_SQL = ", ".join(f"'{o.value}'" for o in sorted(IN_TOUCH))
_ANSWERED_SQL = ", ".join(f"'{o.value}'" for o in sorted(ANSWERED))

CLIENT_FACTS = f"""
    WITH facts AS (
        SELECT c.id AS client_id,
            (SELECT a.id FROM appointment AS a
             WHERE a.client_id = c.id AND a.starts_at < :now AND a.status != 'scheduled'
             ORDER BY a.starts_at DESC LIMIT 1) AS last_id,
            (SELECT max(a.starts_at) FROM appointment AS a
             WHERE a.client_id = c.id AND a.starts_at < :now) AS last_session_at,
            (SELECT min(a.starts_at) FROM appointment AS a
             WHERE a.client_id = c.id AND a.starts_at >= :today
               AND a.status = 'scheduled') AS next_at,
            (SELECT max(l.at) FROM contact_log_entry AS l
             WHERE l.client_id = c.id AND l.at <= :now
               AND l.outcome IN ({_IN_TOUCH_SQL})) AS in_touch_at,
            (SELECT max(l.at) FROM contact_log_entry AS l
             WHERE l.client_id = c.id AND l.at <= :now
               AND l.outcome IN ({_ANSWERED_SQL})) AS answered_at,
            (SELECT l.id FROM contact_log_entry AS l
             WHERE l.client_id = c.id AND l.at <= :now AND l.follow_up_on IS NOT NULL
             ORDER BY l.at DESC LIMIT 1) AS follow_id
        FROM client AS c WHERE c.status IN ('active', 'paused') AND c.ending_on IS NULL
    )
    SELECT c.id, c.full_name, c.preferred_name, c.status, c.do_not_contact,
           coalesce(c.started_on, date(c.created_at)),
           f.last_id, a.starts_at, a.status, f.last_session_at, f.next_at, f.in_touch_at,
           f.answered_at, f.follow_id, l.at, l.follow_up_on, l.note
    FROM facts AS f JOIN client AS c ON c.id = f.client_id
    LEFT JOIN appointment AS a ON a.id = f.last_id
    LEFT JOIN contact_log_entry AS l ON l.id = f.follow_id
"""


@dataclass(frozen=True)
class ClientFacts:
    """One client's standing at a moment: their last session, next booking, last contacts."""

    client_id: int
    full_name: str
    preferred_name: str
    status: ClientStatus
    do_not_contact: bool
    began: date
    # The latest past session with a final status (a session still only booked has none).
    last_id: int | None
    last_at: datetime | None
    last_status: AppointmentStatus | None
    # The latest past session whatever its status, and the first still booked from today on.
    last_session_at: datetime | None
    next_at: datetime | None
    in_touch_at: datetime | None
    # The latest contact that reached the client (or that they declined).
    answered_at: datetime | None
    # The newest contact that set a follow-up date.
    follow_id: int | None
    follow_set_at: datetime | None
    follow_up_on: date | None
    follow_note: str


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def client_facts(session: Session, now: datetime, today_starts: datetime) -> list[ClientFacts]:
    """The facts of every client who is not ended, at `now`."""
    rows = session.connection().exec_driver_sql(
        CLIENT_FACTS.replace(":now", "?1").replace(":today", "?2"),
        (stored_instant(now), stored_instant(today_starts)))
    return [
        ClientFacts(
            client_id=row[0], full_name=row[1], preferred_name=row[2],
            status=ClientStatus(row[3]), do_not_contact=bool(row[4]),
            began=date.fromisoformat(row[5]), last_id=row[6], last_at=_instant(row[7]),
            last_status=AppointmentStatus(row[8]) if row[8] else None,
            last_session_at=_instant(row[9]), next_at=_instant(row[10]),
            in_touch_at=_instant(row[11]), answered_at=_instant(row[12]), follow_id=row[13],
            follow_set_at=_instant(row[14]),
            follow_up_on=date.fromisoformat(row[15]) if row[15] else None,
            follow_note=row[16] or "",
        )
        for row in rows
    ]
