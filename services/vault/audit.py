"""Checking the audit trail: is every recorded change still as it was written?

The chain is recomputed from the first event. An edited event no longer matches its hash, a
deleted or inserted one breaks the sequence or the link to the event before it, and deleting
the newest events leaves the head row pointing past the end.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import GENESIS, AuditEvent, AuditHead, event_hash


def verify(session: Session) -> list[str]:
    """What is wrong with the audit trail, in plain words; an empty list when it is intact."""
    problems: list[str] = []
    last_seq, last_hash = 0, GENESIS
    events = session.execute(
        select(
            AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
            AuditEvent.entity, AuditEvent.entity_id, AuditEvent.before, AuditEvent.after,
            AuditEvent.prev_hash, AuditEvent.hash,
        ).order_by(AuditEvent.seq)
    )
    for event in events:
        if event.seq != last_seq + 1:
            problems.append(f"The audit trail skips from event {last_seq} to event {event.seq}: "
                            "events were deleted.")
        elif event.prev_hash != last_hash:
            problems.append(f"Audit event {event.seq} does not follow on from event {last_seq}: "
                            "an event was removed, replaced or inserted.")
        recomputed = event_hash(
            event.seq, event.at, event.actor, event.action, event.entity, event.entity_id,
            event.before, event.after, event.prev_hash,
        )
        if recomputed != event.hash:
            problems.append(f"Audit event {event.seq} was changed after it was written.")
        last_seq, last_hash = event.seq, event.hash
    head = session.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one_or_none()
    head_seq, head_hash = (head.last_seq, head.last_hash) if head else (0, GENESIS)
    if (head_seq, head_hash) != (last_seq, last_hash):
        problems.append(f"The audit trail should end at event {head_seq} but ends at event "
                        f"{last_seq}: its newest events were deleted or altered.")
    return problems
