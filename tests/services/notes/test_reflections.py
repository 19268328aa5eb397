"""Private reflections: read apart, and their words never copied into the audit trail."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from models import AuditEvent
from services.errors import InvalidValue, NotFound
from services.notes.reflections import ReflectionDraft, add_reflection, reflections_of
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import client_with_sessions

WORDS = "I noticed my irritation when she was late again."


def test_reflections_are_read_apart_newest_first_and_marked_private(vault: Vault) -> None:
    client, [first, second, *_] = client_with_sessions(vault, "Ann Lee")
    at = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    older = add_reflection(vault, ReflectionDraft(client, WORDS, first), at=at)
    newer = add_reflection(vault, ReflectionDraft(client, "About the work as a whole."),
                           at=at + timedelta(days=7))
    assert [r.id for r in reflections_of(vault, client)] == [newer.id, older.id]
    assert [r.id for r in reflections_of(vault, client, appointment_id=first)] == [older.id]
    assert all(r.private for r in reflections_of(vault, client))
    assert reflections_of(vault, client, appointment_id=second) == ()


def test_a_reflection_is_audited_by_the_fingerprint_of_its_words(vault: Vault) -> None:
    client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    add_reflection(vault, ReflectionDraft(client, WORDS, first))
    with vault.unit_of_work() as session:
        [event] = session.scalars(select(AuditEvent).where(AuditEvent.entity == "reflection"))
    assert "irritation" not in event.after
    assert set(json.loads(event.after)["text"]) == {"sha256"}


def test_a_reflection_needs_words_and_a_session_of_its_own_client(vault: Vault) -> None:
    client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    other, [theirs, *_] = client_with_sessions(vault, "Ben Hale",
                                               first=datetime(2026, 3, 3, 9, tzinfo=UTC))
    with pytest.raises(InvalidValue):
        add_reflection(vault, ReflectionDraft(client, "   "))
    with pytest.raises(NotFound):
        add_reflection(vault, ReflectionDraft(client, WORDS, theirs))
    with pytest.raises(NotFound):
        add_reflection(vault, ReflectionDraft(9999, WORDS))
    assert reflections_of(vault, client) == () and reflections_of(vault, other) == ()
