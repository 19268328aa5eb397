"""What an import would write, worked out from the plan and the decisions, before writing.

The same reckoning gives the summary the therapist reviews and the writes Finish makes, so
the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from models.enums import BlockKind, Repeat
from services.calendar_import.decisions import (
    Decision,
    ImportSummary,
    decision_for,
    is_past,
)
from services.calendar_import.events import EventGroup, EventKey, ImportedEvent
from services.calendar_import.matching import CalendarPlan


@dataclass(frozen=True)
class SessionsToWrite:
    """A group's events to book for one client (existing, or new by name), as a series when
    the group repeats weekly or fortnightly."""

    group: EventGroup
    decision: Decision
    events: tuple[ImportedEvent, ...]
    repeat: Repeat | None


@dataclass(frozen=True)
class BlocksToWrite:
    group: EventGroup
    kind: BlockKind
    events: tuple[ImportedEvent, ...]


@dataclass(frozen=True)
class PlannedWrites:
    sessions: tuple[SessionsToWrite, ...]
    blocks: tuple[BlocksToWrite, ...]
    skipped: tuple[ImportedEvent, ...]  # remembered, so the next import does not ask again
    summary: ImportSummary


def planned_writes(plan: CalendarPlan, decisions: Mapping[str, Decision],
                   allow_conflicts: bool = False) -> PlannedWrites:
    """Everything an import writes with these decisions, and its summary."""
    clashing: set[EventKey] = set()
    clash_list = []
    session_titles = {t for t in plan.file.titles() if decision_for(decisions, t).sessions}
    for clash in plan.clashes:
        if clash.title in session_titles:
            clashing.add(clash.key)
            clash_list.append(clash)
    sessions, blocks, skipped = [], [], []
    past = future = series = already = cancelled = 0
    new_names: set[str] = set()
    for group in plan.file.groups:
        decision = decision_for(decisions, group.title)
        fresh = []
        for event in group.occurrences:
            if event.key in plan.already_imported:
                already += 1
            elif event.cancelled:
                cancelled += 1
            elif decision.sessions and event.key in clashing and not allow_conflicts:
                continue
            else:
                fresh.append(event)
        if not fresh:
            continue
        if decision.skip:
            skipped.extend(fresh)
        elif decision.block is not None:
            blocks.append(BlocksToWrite(group, decision.block, tuple(fresh)))
        else:
            repeat = group.repeat if len(group.occurrences) > 1 else None
            sessions.append(SessionsToWrite(group, decision, tuple(fresh), repeat))
            series += repeat is not None and not any(
                e.key in plan.already_imported for e in group.occurrences)
            for event in fresh:
                if is_past(event.starts_at, plan.now):
                    past += 1
                else:
                    future += 1
            if decision.new_client is not None:
                new_names.add(decision.new_client.strip())
    summary = ImportSummary(
        past_sessions=past, future_sessions=future, series=series, new_clients=len(new_names),
        blocks=sum(len(b.events) for b in blocks), skipped=len(skipped),
        already_imported=already, cancelled_in_file=cancelled, clashes=tuple(clash_list))
    return PlannedWrites(tuple(sessions), tuple(blocks), tuple(skipped), summary)
