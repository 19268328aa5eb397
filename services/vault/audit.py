"""Checking the audit trail: is every recorded change still as it was written?

The chain is recomputed from the first event. An edited event no longer matches its hash, a
deleted or inserted one breaks the sequence or the link to the event before it, and deleting
the newest events leaves the head row pointing past the end.

With `records=True` the trail is also replayed: for every audited row, the values its events
last recorded (a creation records them all, an update the ones it changed, a deletion that
the row is gone) are compared with the row as it is now. A page of the file put back from an
older copy, or a write the disk lost, leaves a row that no longer says what its trail says.
Rows the trail never described (the bulk-made demo practice) are not compared.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, Table, Time, select
from sqlalchemy.orm import Session

from models import Base
from models.audit import GENESIS, AuditEvent, AuditHead, event_hash, plain
from models.base import UtcDateTime, stored_instant

REPLAYED = frozenset({"create", "update", "delete"})
GONE = None  # what a deletion leaves a row as, in the replay
NAMED_AT_MOST = 10
CHUNK = 500  # keys per IN (...) query
WHOLE_TABLE_FROM = 5000  # read the whole table rather than this many keys one chunk at a time

# (entity, entity id) -> the row's values as its trail last recorded them, or GONE.
Expected = dict[tuple[str, str], dict[str, Any] | None]


def verify(session: Session, *, records: bool = False) -> list[str]:
    """What is wrong with the audit trail, in plain words; an empty list when it is intact.

    With `records`, also every audited row that no longer matches its trail.
    """
    expected: Expected | None = {} if records else None
    problems = _chain_problems(session, expected)
    if expected:
        problems += _records_not_matching(session, expected)
    return problems


def _chain_problems(session: Session, expected: Expected | None) -> list[str]:
    problems: list[str] = []
    last_seq, last_hash = 0, GENESIS
    replay = _Replay(expected) if expected is not None else None
    events = session.execute(
        select(
            AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.action,
            AuditEvent.entity, AuditEvent.entity_id, AuditEvent.before, AuditEvent.after,
            AuditEvent.prev_hash, AuditEvent.hash,
        ).order_by(AuditEvent.seq)
    )
    for seq, at, actor, action, entity, entity_id, before, after, prev_hash, digest in events:
        if seq != last_seq + 1:
            problems.append(f"The audit trail skips from event {last_seq} to event {seq}: "
                            "events were deleted.")
        elif prev_hash != last_hash:
            problems.append(f"Audit event {seq} does not follow on from event {last_seq}: "
                            "an event was removed, replaced or inserted.")
        recomputed = event_hash(seq, at, actor, action, entity, entity_id, before, after,
                                prev_hash)
        if recomputed != digest:
            problems.append(f"Audit event {seq} was changed after it was written.")
        if replay is not None:
            replay.take(at, action, (entity, entity_id), after)
        last_seq, last_hash = seq, digest
    head = session.execute(select(AuditHead.last_seq, AuditHead.last_hash)).one_or_none()
    head_seq, head_hash = (head.last_seq, head.last_hash) if head else (0, GENESIS)
    if (head_seq, head_hash) != (last_seq, last_hash):
        problems.append(f"The audit trail should end at event {head_seq} but ends at event "
                        f"{last_seq}: its newest events were deleted or altered.")
    return problems


class _Replay:
    """Each row's values as its events leave them, event after event.

    The events one flush wrote share their time. A flush records its creations before its
    deletions, but a row it deletes and a row it creates under the same id (SQLite gives a new
    row the highest id plus one, so replacing a client's numbers can reuse the id just freed)
    can only have been deleted first: such a deletion is of the row before, and is passed over.
    """

    def __init__(self, expected: Expected) -> None:
        self.expected = expected
        self.flush_at: datetime | None = None
        self.created: set[tuple[str, str]] = set()
        self.decode = json.JSONDecoder().raw_decode

    def take(self, at: datetime, action: str, key: tuple[str, str], after: str) -> None:
        if at != self.flush_at:
            self.flush_at, self.created = at, set()
        if action == "delete":
            if key not in self.created:
                self.expected[key] = GONE
            return
        if action not in REPLAYED:
            return
        try:
            values = self.decode(after)[0]
        except ValueError:
            return  # an event altered this way is named by the chain's own check
        if not isinstance(values, dict):
            return
        known = self.expected.get(key)
        if action == "update" and known is not None:
            known.update(values)
        else:  # a creation, or the first change to a row made before the trail described it
            self.expected[key] = values
            if action == "create":
                self.created.add(key)


def _records_not_matching(session: Session, expected: Expected) -> list[str]:
    by_entity: dict[str, dict[str, dict[str, Any] | None]] = defaultdict(dict)
    for (entity, entity_id), values in expected.items():
        by_entity[entity][entity_id] = values
    mismatched: list[str] = []
    for entity, rows in sorted(by_entity.items()):
        table = Base.metadata.tables.get(entity)
        if table is None:
            continue
        mismatched += (f"{entity} {entity_id}" for entity_id in _mismatched(session, table, rows))
    problems = [f"The record of {name} no longer matches its audit trail."
                for name in mismatched[:NAMED_AT_MOST]]
    if len(mismatched) > NAMED_AT_MOST:
        problems.append(f"And {len(mismatched) - NAMED_AT_MOST} more records no longer match "
                        "their audit trail.")
    return problems


def _mismatched(session: Session, table: Table,
                rows: dict[str, dict[str, Any] | None]) -> Iterator[str]:
    """The ids of `table`'s rows that differ from what the trail says, in the trail's order.

    Rows are read as SQLite stores them, and compared with the trail's values in bulk: most
    columns are spelled the same in both (text, numbers, enums by value, days, and true/false
    against 1/0), so a row is two lookups and a tuple comparison; only instants, times, JSON
    and bytes are respelled, one value at a time.
    """
    keys = list(table.primary_key.columns)
    columns = list(table.columns)
    index = {column.name: i for i, column in enumerate(columns)}
    special = {column.name: same for column in columns
               if (same := _comparison(column)) is not None}
    parse = _key_parser(keys)
    parsed = {entity_id: parse(entity_id) for entity_id in rows}
    found = _read(session, table, [index[key.name] for key in keys],
                  [key for key in parsed.values() if key is not None])
    getters: dict[tuple[str, ...], tuple[Any, Any, list[tuple[str, int, Any]]]] = {}
    for entity_id, values in rows.items():
        key = parsed[entity_id]
        actual = found.get(key) if key is not None else None
        if values is GONE or actual is None:
            if actual is not None or values is not GONE:
                yield entity_id
            continue
        names = tuple(values)
        if names not in getters:
            getters[names] = _getters(names, index, special)
        recorded, stored, respelled = getters[names]
        if recorded(values) != stored(actual) or not all(
                same(values[name], actual[i]) for name, i, same in respelled):
            yield entity_id


def _getters(names: tuple[str, ...], index: dict[str, int],
             special: dict[str, Any]) -> tuple[Any, Any, list[tuple[str, int, Any]]]:
    """For rows whose trail names these columns: what to compare as it is, in one go, and the
    columns to compare one by one. A column the table no longer has is passed over."""
    plain_names = [name for name in names if name in index and name not in special]
    respelled = [(name, index[name], special[name]) for name in names if name in special]
    return (_tuple_getter(plain_names), _tuple_getter([index[n] for n in plain_names]),
            respelled)


def _tuple_getter(items: Sequence[Any]) -> Any:
    if not items:
        return lambda _row: ()
    if len(items) == 1:
        only = items[0]
        return lambda row: (row[only],)
    return itemgetter(*items)


def _key_parser(keys: Sequence[Column[Any]]) -> Any:
    """How to read a row's primary key from the id an event names it by ("12", or "3:7" for
    a pair): the value itself for a one-column key, a tuple for more; None when it is not one."""
    try:
        kinds = [column.type.python_type for column in keys]
    except NotImplementedError:
        return lambda _entity_id: None

    def parse(entity_id: str) -> Any:
        parts = entity_id.split(":")
        if len(parts) != len(kinds):
            return None
        try:
            values = tuple(kind(part) for kind, part in zip(kinds, parts, strict=True))
        except ValueError:
            return None
        return values[0] if len(values) == 1 else values

    if kinds == [int]:
        def parse_int(entity_id: str) -> Any:
            try:
                return int(entity_id)
            except ValueError:
                return None
        return parse_int
    return parse


def _read(session: Session, table: Table, key_at: list[int],
          wanted: list[Any]) -> dict[Any, tuple[Any, ...]]:
    """The wanted rows of `table`, every column as SQLite stores it, by primary key (the value
    itself for a one-column key, a tuple for more)."""
    columns = ", ".join(f'"{column.name}"' for column in table.columns)
    names = [f'"{column.name}"' for column in table.primary_key.columns]
    cursor = session.connection().connection.cursor()
    try:
        if len(wanted) >= WHOLE_TABLE_FROM:
            cursor.execute(f'SELECT {columns} FROM "{table.name}"')
            batches = [cursor.fetchall()]
        else:
            target = names[0] if len(names) == 1 else f"({', '.join(names)})"
            batches = []
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start:start + CHUNK]
                if len(names) == 1:
                    marks, values = ", ".join(["?"] * len(chunk)), chunk
                else:
                    marks = ", ".join([f"({', '.join(['?'] * len(names))})"] * len(chunk))
                    values = [part for key in chunk for part in key]
                cursor.execute(f'SELECT {columns} FROM "{table.name}" WHERE {target} IN '
                               f"({marks})", values)
                batches.append(cursor.fetchall())
    finally:
        cursor.close()
    key_of = itemgetter(*key_at)
    return {key_of(row): row for batch in batches for row in batch}


def _comparison(column: Column[Any]) -> Any:
    """How a value the trail recorded is compared with a column that SQLite spells otherwise
    (None: the two spellings are the same)."""
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return _same_instant
    if isinstance(kind, Time):
        return _same_time
    if isinstance(kind, JSON):
        return _same_json
    if isinstance(kind, LargeBinary):
        return _same_bytes
    return None


def _same_instant(recorded: Any, stored: Any) -> bool:
    """"2026-03-10T09:30:00+09:00" in the trail is "2026-03-10 00:30:00.000000" in the file."""
    if recorded is None or stored is None:
        return recorded is stored
    if isinstance(recorded, str) and recorded.endswith("+00:00") and len(recorded) in (25, 32):
        spelled = f"{recorded[:10]} {recorded[11:-6]}"  # the usual case: recorded in UTC
        return bool((spelled if len(spelled) == 26 else f"{spelled}.000000") == stored)
    try:
        instant = datetime.fromisoformat(recorded)
    except (TypeError, ValueError):
        return False
    return instant.tzinfo is not None and bool(stored_instant(instant) == stored)


def _same_time(recorded: Any, stored: Any) -> bool:
    if not isinstance(recorded, str) or not isinstance(stored, str):
        return recorded is stored
    return bool((recorded if len(recorded) > 8 else f"{recorded}.000000") == stored)


def _same_json(recorded: Any, stored: Any) -> bool:
    try:
        return bool(json.loads(stored) == recorded) if stored is not None else recorded is None
    except (TypeError, ValueError):
        return False


def _same_bytes(recorded: Any, stored: Any) -> bool:
    return bool(plain(stored) == recorded) if stored is not None else recorded is None
