"""Undo and redo of the therapist's actions on the book, for the window's session.

An undoable unit of work (`Vault.unit_of_work(undoable=...)`) records every row it inserts,
updates or deletes, with the values before and after, as the flushes happen. Undo applies
those changes backwards in one new unit of work, redo forwards again; each first checks that
every row still holds what the action left (or found), so nothing done since is overwritten,
and refuses when a day it touches is closed. The history is kept in memory only: it lives
as long as the open vault, never on disk.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import NO_VALUE, Session
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.orm.unitofwork import UOWTransaction

from models.base import Base
from models.enums import BookAction
from services.errors import Refused

LIMIT = 100
CAPTURE = "undo_changes"
MOVED = "undo_moved"
CHANGED_SINCE = ("This can no longer be undone as it was: what it changed has been changed again "
                 "since. Make the change by hand instead.")


@dataclass(frozen=True)
class Undoable:
    """What a unit of work does, asked to be undoable: the action, and whose it is (the
    client, or the session's client)."""

    action: BookAction
    client_id: int | None = None
    appointment_id: int | None = None


@dataclass(frozen=True)
class Done:
    """An action as the Edit menu names it: "Undo No-show for Ann Lee"."""

    action: BookAction
    client_name: str = ""


@dataclass(frozen=True)
class RowChange:
    """One row's values before and after (None: the row did not exist then)."""

    model: type[Base]
    key: tuple[Any, ...]
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class Step:
    done: Done
    changes: tuple[RowChange, ...]


def _columns(obj: Any) -> dict[str, Any]:
    loaded = instance_state(obj).dict
    return {c.key: loaded[c.key] for c in obj.__mapper__.column_attrs if c.key in loaded}


def _deleted(obj: Any) -> RowChange | None:
    """A deleted row with every value it held; None when some were never loaded (not
    undoable: it could not be put back as it was)."""
    values = _columns(obj)
    if len(values) < len(obj.__mapper__.column_attrs):
        return None
    return RowChange(type(obj), _key(obj), values, None)


def _key(obj: Any) -> tuple[Any, ...]:
    return tuple(obj.__mapper__.primary_key_from_instance(obj))


def _updated(obj: Any) -> RowChange | None:
    """The row's changed values; None when one was never loaded. Its `after` is empty when
    only its collections changed (a client's numbers): those rows are recorded themselves."""
    state = instance_state(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in obj.__mapper__.column_attrs:
        history = state.attrs[attr.key].history
        if not (history.added or history.deleted):
            continue
        old = history.deleted[0] if history.deleted else state.committed_state.get(attr.key)
        if old is NO_VALUE:
            return None  # never loaded, so what it held is not known: not undoable
        before[attr.key] = old
        after[attr.key] = history.added[0] if history.added else None
    return RowChange(type(obj), _key(obj), before, after)


def _capture(session: Session, flush: UOWTransaction) -> None:
    """After each flush of an undoable unit of work: what the flush changed, in order.

    The deleted rows are those the flush deleted, not only `session.deleted`: a client's old
    numbers, replaced, are deleted by the flush itself as orphans of the client."""
    changes: list[RowChange | None] | None = session.info.get(CAPTURE)
    if changes is None:
        return
    for obj in _parents_first(session.new):
        changes.append(RowChange(type(obj), _key(obj), None, _columns(obj)))
    for obj in session.dirty:
        change = _updated(obj)
        if change is None or change.after:
            changes.append(change)
    deleted = [state.obj() for state, (is_deleted, only_listed) in flush.states.items()
               if is_deleted and not only_listed]
    for obj in reversed(_parents_first(deleted)):
        changes.append(None if obj is None else _deleted(obj))


def _parents_first(objs: Iterable[Any]) -> list[Any]:
    """Rows in the order their tables depend on each other (a client before their numbers),
    so that replayed in order, or backwards, no row ever points at one not there."""
    order = {table: i for i, table in enumerate(Base.metadata.sorted_tables)}
    return sorted(objs, key=lambda obj: -1 if obj is None else order[obj.__mapper__.local_table])


def install_capture(session_class: type[Session]) -> None:
    if not event.contains(session_class, "after_flush", _capture):
        event.listen(session_class, "after_flush", _capture)


def start_capture(session: Session) -> list[RowChange | None]:
    changes: list[RowChange | None] = []
    session.info[CAPTURE] = changes
    return changes


Guard = Callable[[Session, Sequence[RowChange]], None]


@dataclass
class UndoHistory:
    """The undoable actions of this session of the window, newest last; thread-safe."""

    limit: int = LIMIT
    _done: list[Step] = field(default_factory=list)
    _undone: list[Step] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, done: Done, changes: Sequence[RowChange | None]) -> None:
        """A new action: it can be undone, and nothing undone before can be redone."""
        if not changes:
            return
        with self._lock:
            self._undone.clear()
            if any(change is None for change in changes):
                return  # a change that cannot be taken back exactly: no undo past it
            kept = tuple(change for change in changes if change is not None)
            self._done.append(Step(done, kept))
            del self._done[:-self.limit]

    def next_undo(self) -> Done | None:
        with self._lock:
            return self._done[-1].done if self._done else None

    def next_redo(self) -> Done | None:
        with self._lock:
            return self._undone[-1].done if self._undone else None

    def undo(self, session: Session, guard: Guard) -> Done | None:
        """Take back the newest action in `session`. None: there is nothing to undo.

        The history moves on only once `session` is committed (`commit_move`)."""
        return self._move(session, guard, backwards=True)

    def redo(self, session: Session, guard: Guard) -> Done | None:
        return self._move(session, guard, backwards=False)

    def _move(self, session: Session, guard: Guard, *, backwards: bool) -> Done | None:
        with self._lock:
            source = self._done if backwards else self._undone
            if not source:
                return None
            step = source[-1]
        changes = [_reversed(c) for c in reversed(step.changes)] if backwards else step.changes
        guard(session, changes)
        apply_changes(session, changes)
        session.info[MOVED] = (step, backwards)
        return step.done

    def commit_move(self, session: Session) -> None:
        """The undo or redo made in `session` is committed: move it to the other list."""
        moved: tuple[Step, bool] | None = session.info.get(MOVED)
        if moved is None:
            return
        step, backwards = moved
        with self._lock:
            source = self._done if backwards else self._undone
            if source and source[-1] is step:
                source.pop()
                (self._undone if backwards else self._done).append(step)


def _reversed(change: RowChange) -> RowChange:
    return RowChange(change.model, change.key, change.after, change.before)


def apply_changes(session: Session, changes: Sequence[RowChange]) -> None:
    """Make each row go from its `before` to its `after`, in order; `Refused` when a row no
    longer holds its `before` values (something changed it since)."""
    for change in changes:
        if change.before is None:
            if session.get(change.model, change.key) is not None:
                raise Refused(CHANGED_SINCE)
            session.add(change.model(**(change.after or {})))
        else:
            row = session.get(change.model, change.key)
            if row is None or any(getattr(row, name) != value
                                  for name, value in change.before.items()):
                raise Refused(CHANGED_SINCE)
            if change.after is None:
                session.delete(row)
            else:
                for name, value in change.after.items():
                    setattr(row, name, value)
        session.flush()


def values_of(changes: Sequence[RowChange], column: str) -> Iterator[Any]:
    """Every value `column` holds before or after in these changes (for the guard)."""
    for change in changes:
        for values in (change.before, change.after):
            if values and values.get(column) is not None:
                yield values[column]
