"""The therapist's decision for each title, and what an import of them would write."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from models.enums import BlockKind

if TYPE_CHECKING:
    from services.calendar_import.clashes import Clash
    from services.calendar_import.matching import CalendarPlan


@dataclass(frozen=True)
class Decision:
    """What a title's events become: sessions of a client, of a new client, a block, or
    nothing. Exactly one of the first three is set, or `skip`."""

    client_id: int | None = None
    new_client: str | None = None
    block: BlockKind | None = None
    skip: bool = False

    @classmethod
    def session_for(cls, client_id: int) -> Decision:
        return cls(client_id=client_id)

    @classmethod
    def new(cls, name: str) -> Decision:
        return cls(new_client=name)

    @classmethod
    def block_of(cls, kind: BlockKind) -> Decision:
        return cls(block=kind)

    @classmethod
    def skipped(cls) -> Decision:
        return cls(skip=True)

    @property
    def sessions(self) -> bool:
        return self.client_id is not None or self.new_client is not None


@dataclass(frozen=True)
class ImportSummary:
    """What an import writes (or wrote): sessions before and after now, series, new clients,
    blocks, events skipped or already imported, and the clashes with sessions already in the
    book (left out unless the therapist chose to book them anyway)."""

    past_sessions: int = 0
    future_sessions: int = 0
    series: int = 0
    new_clients: int = 0
    blocks: int = 0
    skipped: int = 0
    already_imported: int = 0
    cancelled_in_file: int = 0
    clashes: tuple[Clash, ...] = ()

    @property
    def sessions(self) -> int:
        return self.past_sessions + self.future_sessions

    @property
    def writes_nothing(self) -> bool:
        return not (self.sessions or self.blocks or self.new_clients)


def decision_for(decisions: Mapping[str, Decision], title: str) -> Decision:
    """The therapist's decision for a title; a title with none is skipped."""
    return decisions.get(title, Decision.skipped())


def import_summary(plan: CalendarPlan, decisions: Mapping[str, Decision],
                   allow_conflicts: bool = False) -> ImportSummary:
    """What `import_calendar` would write with these decisions."""
    from services.calendar_import.import_steps import planned_writes

    return planned_writes(plan, decisions, allow_conflicts).summary


def is_past(starts_at: datetime, now: datetime) -> bool:
    """A session that has begun by now is history: attended, or booked for the therapist to
    close."""
    return starts_at <= now
