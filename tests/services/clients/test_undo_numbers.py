"""A client's phone numbers are part of an undoable step: the numbers added, changed and
replaced (deleted by the flush as orphans of the client) come back exactly on undo, and go
again on redo, guarded like every other row."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enums import ClientStatus
from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    read_client,
    update_client,
)
from services.clients.ending import save_and_end_client
from services.errors import Refused
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from tests.services.book_state import book_state

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)

numbers = st.lists(st.builds(
    PhoneNumber,
    number=st.sampled_from(["+44 7700 900111", "+44 20 7946 0000", "01632 960 123"]),
    label=st.sampled_from(["", "home", "work"]),
    may_call=st.booleans(), may_voicemail=st.booleans(), may_text=st.booleans(),
), max_size=3).map(tuple)


@pytest.fixture
def ann(vault: Vault) -> int:
    return create_client(vault, ClientDraft(
        full_name="Ann Lee", numbers=(PhoneNumber("+44 7700 900999", "mobile"),)))


def _saved_with(vault: Vault, client_id: int, new: tuple[PhoneNumber, ...]) -> None:
    draft = replace(read_client(vault, client_id).draft, status=ClientStatus.ENDED, numbers=new)
    save_and_end_client(vault, client_id, draft, now=NOW)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(numbers, min_size=1, max_size=4))
def test_any_edits_of_the_numbers_undo_to_the_original_and_redo_to_the_last(
        vault: Vault, ann: int, edits: list[tuple[PhoneNumber, ...]]) -> None:
    original = book_state(vault, with_audit=False)
    for new in edits:
        _saved_with(vault, ann, new)
    final = book_state(vault, with_audit=False)
    assert read_client(vault, ann).draft.numbers == edits[-1]
    while undo(vault) is not None:  # each save that changed something is one step
        pass
    assert book_state(vault, with_audit=False) == original
    while redo(vault) is not None:
        pass
    assert book_state(vault, with_audit=False) == final
    while undo(vault) is not None:
        pass


def test_numbers_changed_since_are_not_overwritten_by_undo(vault: Vault, ann: int) -> None:
    _saved_with(vault, ann, (PhoneNumber("+44 20 7946 0000", "work"),))
    update_client(vault, ann, replace(read_client(vault, ann).draft,
                                      numbers=(PhoneNumber("01632 960 123"),)))
    before = book_state(vault, with_audit=False)
    with pytest.raises(Refused):
        undo(vault)
    assert book_state(vault, with_audit=False) == before
