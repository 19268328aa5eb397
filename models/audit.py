"""The audit trail: every change to clinical or money data, chained by hash.

Each event's hash covers its own fields and the hash of the event before it, and the head
row remembers the last one, so an edited, inserted or deleted event breaks the chain.
Changes made through the ORM are recorded by a flush hook; bulk writes call `append_events`.
A class may name columns in `__audit_digest__` whose text is recorded by its SHA-256 only (a
private reflection: the trail is exported with the book, the reflection's words are not).
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import CheckConstraint, Connection, Integer, String, Text, event, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Mapped, Mapper, Session, UOWTransaction, mapped_column, object_session
from sqlalchemy.orm.attributes import instance_state

from models.base import Base, UtcDateTime

GENESIS = "0" * 64
# Where a session keeps the head its flushes moved the chain to: (seq, hash), once committed
# the practice's newest audit position.
HEAD_MOVED = "audit_head_moved"
# Where a session collects the audited rows its flush deletes, orphans included.
DELETED = "audit_deleted"
_audited_sessions: list[type[Session]] = []


class AuditEvent(Base):
    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(80))
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the sequence number and hash of the newest event."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS)


@dataclass(frozen=True)
class Change:
    """A change to be recorded: what happened to which row, with its values before and after."""

    action: str
    entity: str
    entity_id: str
    before: dict[str, Any]
    after: dict[str, Any]


# Values JSON spells as they are (exactly these types: a str enum is spelled by its value).
AS_THEY_ARE = frozenset({str, int, bool, float, type(None)})
# One encoder for every event (json.dumps would build one per call): an import writes
# thousands of events at once.
CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
HASHED = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def plain(value: Any) -> Any:
    """A value as the audit trail spells it: enums by value, instants and days in ISO form,
    bytes by their SHA-256."""
    if type(value) in AS_THEY_ARE:
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest()}
    return value


def canonical(values: dict[str, Any]) -> str:
    """The one JSON spelling of a dict, so a hash can be recomputed byte for byte."""
    return CANONICAL.encode({k: plain(v) for k, v in values.items()})


def event_hash(
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str,
    after: str,
    prev_hash: str,
) -> str:
    fields = [seq, at.astimezone(UTC).isoformat(), actor, action, entity, entity_id,
              before, after, prev_hash]
    payload = HASHED.encode(fields)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append_events(connection: Connection, actor: str,
                  changes: Sequence[Change]) -> tuple[int, str] | None:
    """Write the changes as the next events of the chain, in the caller's transaction.

    Returns the chain's new head (sequence number and hash), or None when there was nothing.
    """
    if not changes:
        return None
    head = connection.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one_or_none()
    seq, prev = (head.last_seq, head.last_hash) if head else (0, GENESIS)
    at = datetime.now(UTC)
    rows = []
    for change in changes:
        seq += 1
        before, after = canonical(change.before), canonical(change.after)
        digest = event_hash(
            seq, at, actor, change.action, change.entity, change.entity_id, before, after, prev
        )
        rows.append(
            {
                "seq": seq, "at": at, "actor": actor, "action": change.action,
                "entity": change.entity, "entity_id": change.entity_id,
                "before": before, "after": after, "prev_hash": prev, "hash": digest,
            }
        )
        prev = digest
    connection.execute(insert(AuditEvent), rows)
    if head is None:
        connection.execute(insert(AuditHead).values(id=1, last_seq=seq, last_hash=prev))
    else:
        connection.execute(sql_update(AuditHead).values(last_seq=seq, last_hash=prev))
    return seq, prev


def _is_audited(obj: object) -> bool:
    return bool(getattr(obj, "__audited__", False))


def _loaded_columns(obj: Any) -> dict[str, Any]:
    """Column values already in memory; deferred ones (a letter's PDF) are not loaded for this."""
    loaded = instance_state(obj).dict
    return {c.key: loaded[c.key] for c in obj.__mapper__.column_attrs if c.key in loaded}


def _digested(obj: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The values with the class's `__audit_digest__` columns as bytes, recorded by SHA-256."""
    private = getattr(obj, "__audit_digest__", ())
    return {k: v.encode("utf-8") if k in private and isinstance(v, str) else v
            for k, v in values.items()}


def _identity(obj: Any) -> str:
    """The row's primary key, read from the object (a new row has no identity key yet)."""
    key = obj.__mapper__.primary_key_from_instance(obj)
    return ":".join(str(part) for part in key)


def _changes_of(session: Session) -> Iterable[Change]:
    for obj in session.new:
        if _is_audited(obj):
            yield Change("create", obj.__tablename__, _identity(obj), {},
                         _digested(obj, _loaded_columns(obj)))
    for obj in session.dirty:
        if not _is_audited(obj) or not session.is_modified(obj):
            continue
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        state = instance_state(obj)
        for attr in obj.__mapper__.column_attrs:
            history = state.attrs[attr.key].history
            if history.added or history.deleted:
                before[attr.key] = history.deleted[0] if history.deleted else None
                after[attr.key] = history.added[0] if history.added else None
        if after:
            yield Change("update", obj.__tablename__, _identity(obj), _digested(obj, before),
                         _digested(obj, after))
    for entity, identity, values in session.info.pop(DELETED, []):
        yield Change("delete", entity, identity, values, {})


def _note_deletion(mapper: Mapper[Any], connection: Connection, obj: Any) -> None:
    """As each audited row is deleted in a flush: what it was. `session.deleted` would miss the
    orphans a flush deletes itself (a client's numbers replaced by new ones)."""
    session = object_session(obj)
    if session is not None and _is_audited(obj) and isinstance(session, tuple(_audited_sessions)):
        session.info.setdefault(DELETED, []).append(
            (obj.__tablename__, _identity(obj), _digested(obj, _loaded_columns(obj))))


def _record_flush(session: Session, flush_context: UOWTransaction) -> None:
    changes = list(_changes_of(session))
    if changes:
        session.info[HEAD_MOVED] = append_events(
            session.connection(), str(session.info.get("actor", "unknown")), changes)


def install_audit(session_class: type[Session]) -> None:
    """Record every audited change flushed by sessions of this class."""
    if not event.contains(session_class, "after_flush", _record_flush):
        event.listen(session_class, "after_flush", _record_flush)
        _audited_sessions.append(session_class)
    if not event.contains(Base, "after_delete", _note_deletion):
        event.listen(Base, "after_delete", _note_deletion, propagate=True)
