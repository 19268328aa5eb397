"""Each title of a calendar matched to a client by name, with what to do with it proposed.

A title names a client exactly ("Session with Ann Lee", "Lee, Ann", "Zoë" for "Zoe"), by
first name and initial ("Ann L."), by initials ("A.L."), by surname or first name alone, or by
a Russian name in another case ("Сессия с Анной" for "Анна"). Only one client named exactly,
or by a surname or "Ann L." no one else shares, is a sure match; anything else the therapist
confirms. Titles that name time kept from clients (lunch, supervision) and whole days become
blocks; a name no client has becomes a new client.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Client
from models.enums import BlockKind
from services.calendar_import.changes import EventChange, changes_in
from services.calendar_import.clashes import Clash, clashes_in
from services.calendar_import.decisions import Decision
from services.calendar_import.events import CalendarFile, EventKey
from services.calendar_import.origins import imported_keys
from services.calendar_import.title_names import block_kind_in, initials_in, name_in
from services.clients.search_key import fold
from services.vault.practice_vault import Vault

SESSION_LIMIT_MINUTES = 8 * 60


class Confidence(enum.StrEnum):
    SURE = "sure"
    UNSURE = "unsure"
    NONE = "none"


@dataclass(frozen=True)
class ClientCandidate:
    id: int
    name: str


@dataclass(frozen=True)
class TitleMatch:
    """A distinct title: how many events have it, whom it may name, what is proposed."""

    title: str
    name: str  # the name read from the title, as written ("Ann Lee")
    events: int
    whole_day: bool
    confidence: Confidence
    candidates: tuple[ClientCandidate, ...]
    proposed: Decision


@dataclass(frozen=True)
class CalendarPlan:
    """The file with a proposal for each title, what an earlier import already brought in,
    what changed in the file since, and the existing sessions its events would clash with."""

    file: CalendarFile
    titles: tuple[TitleMatch, ...]
    already_imported: frozenset[EventKey]
    changes: tuple[EventChange, ...]
    clashes: tuple[Clash, ...]
    now: datetime
    clients: tuple[ClientCandidate, ...] = ()  # every client, by name, to choose from

    def proposed(self) -> dict[str, Decision]:
        """The proposals as decisions: what Finish writes when the therapist changes none."""
        return {m.title: m.proposed for m in self.titles}

    def unsure(self) -> tuple[TitleMatch, ...]:
        """The titles proposed as sessions without a sure match: a guess among clients, or a
        new client made from the title. The therapist confirms each."""
        return tuple(m for m in self.titles
                     if m.proposed.sessions and m.confidence is not Confidence.SURE)


@dataclass(frozen=True)
class _Known:
    id: int
    name: str
    words: tuple[str, ...]  # the folded words of the full name
    preferred: str  # folded


def _stem_match(word: str, other: str) -> bool:
    """Two words that differ only in a Russian ending ("анной" and "анна")."""
    shortest = min(len(word), len(other))
    return shortest >= 3 and word[: max(3, shortest - 2)] == other[: max(3, shortest - 2)] \
        and not word.isascii()


def candidates_for(title: str, clients: list[_Known]) -> tuple[Confidence, list[_Known]]:
    """Whom a title names, and how sure that is."""
    initials = initials_in(title)
    if initials is not None:
        found = [c for c in clients if len(c.words) >= 2
                 and c.words[0][0] + c.words[-1][0] == initials]
        return (Confidence.UNSURE if found else Confidence.NONE), found
    words = tuple(fold(name_in(title)).split())
    if not words:
        return Confidence.NONE, []
    exact = [c for c in clients if words == c.words or " ".join(words) == c.preferred
             or (len(words) == 2 and words[::-1] == c.words)]
    if exact:
        return (Confidence.SURE if len(exact) == 1 else Confidence.UNSURE), exact
    if len(words) == 2 and len(words[1]) == 1:  # "Ann L."
        found = [c for c in clients if len(c.words) >= 2 and c.words[0] == words[0]
                 and c.words[-1].startswith(words[1])]
        return (Confidence.SURE if len(found) == 1 else
                Confidence.UNSURE if found else Confidence.NONE), found
    if len(words) == 1:
        word = words[0]
        surname = [c for c in clients if len(c.words) >= 2 and c.words[-1] == word]
        if len(surname) == 1:
            return Confidence.SURE, surname
        given = [c for c in clients if c.words[0] == word or c.preferred == word]
        inflected = [c for c in clients if any(_stem_match(word, w) for w in c.words)]
        found = list(dict.fromkeys(surname + given + inflected))
        return (Confidence.UNSURE if found else Confidence.NONE), found
    stems = [c for c in clients if len(c.words) == len(words)
             and all(a == b or _stem_match(a, b) for a, b in zip(words, c.words, strict=True))]
    return (Confidence.UNSURE if stems else Confidence.NONE), stems


def _proposal(match_name: str, whole_day: bool, longest: int, kind: BlockKind | None,
              confidence: Confidence, found: list[_Known]) -> Decision:
    if longest > SESSION_LIMIT_MINUTES and not whole_day:  # longer than any session
        return Decision.block_of(kind or BlockKind.OTHER)
    if confidence is Confidence.SURE and not whole_day and kind is None:
        return Decision.session_for(found[0].id)
    if kind is not None:
        return Decision.block_of(kind)
    if found:
        return Decision.session_for(found[0].id)
    if any(ch.isalpha() for ch in match_name) and len(match_name.split()) <= 4:
        return Decision.new(match_name)
    return Decision.skipped()


def _clients(session: Session) -> list[_Known]:
    rows = session.execute(select(Client.id, Client.full_name, Client.preferred_name)
                           .order_by(Client.id))
    return [_Known(id, full, tuple(fold(full).split()), fold(preferred))
            for id, full, preferred in rows]


def propose_matches_in(session: Session, file: CalendarFile,
                       now: datetime | None = None) -> CalendarPlan:
    """`propose_matches` inside the caller's unit of work."""
    clients = _clients(session)
    groups: dict[str, list[int]] = {}
    whole: dict[str, bool] = {}
    longest: dict[str, int] = {}
    for group in file.groups:
        groups.setdefault(group.title, []).append(len(group.occurrences))
        whole[group.title] = whole.get(group.title, True) and group.whole_day
        longest[group.title] = max(longest.get(group.title, 0),
                                   max(e.minutes for e in group.occurrences))
    titles = []
    for title, counts in groups.items():
        confidence, found = candidates_for(title, clients)
        name = name_in(title)
        kind = block_kind_in(title, whole[title])
        titles.append(TitleMatch(
            title, name, sum(counts), whole[title], confidence,
            tuple(ClientCandidate(c.id, c.name) for c in found),
            _proposal(name, whole[title], longest[title], kind, confidence, found)))
    already = imported_keys(session, file)
    everyone = tuple(sorted((ClientCandidate(c.id, c.name) for c in clients),
                            key=lambda c: (fold(c.name), c.id)))
    return CalendarPlan(file, tuple(titles), frozenset(already), tuple(changes_in(session, file)),
                        tuple(clashes_in(session, file, already)), now or datetime.now(UTC),
                        everyone)


def propose_matches(vault: Vault, file: CalendarFile, now: datetime | None = None) -> CalendarPlan:
    """What to do with each title of the file, for the therapist to confirm or change."""
    with vault.unit_of_work() as session:
        return propose_matches_in(session, file, now)
