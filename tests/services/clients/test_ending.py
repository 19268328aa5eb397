"""Ending a client: kept and audited in one unit of work, undone and redone as one action."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from models import AuditEvent
from models.enums import BookAction, ClientStatus
from services.clients.client_records import ClientDraft, create_client, read_client
from services.clients.ending import end_client
from services.errors import InvalidValue, NotFound
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from tests.services.book_state import book_state

STARTED = date(2026, 1, 5)


@pytest.fixture
def zoe(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Zoe Hart", started_on=STARTED))


def test_ending_a_client_is_kept_and_audited(vault: Vault, zoe: int) -> None:
    end_client(vault, zoe, date(2026, 11, 22))
    details = read_client(vault, zoe).draft
    assert (details.status, details.ended_on) == (ClientStatus.ENDED, date(2026, 11, 22))
    with vault.unit_of_work() as session:
        after = session.scalars(select(AuditEvent.after).where(
            AuditEvent.entity == "client").order_by(AuditEvent.seq.desc())).first()
    assert after is not None and "ended" in after
    done = vault.history.next_undo()
    assert done is not None and (done.action, done.client_name) == (BookAction.END_CLIENT,
                                                                     "Zoe Hart")


def test_undo_makes_the_client_what_they_were_and_redo_ends_them_again(
        vault: Vault, zoe: int) -> None:
    before = book_state(vault, with_audit=False)
    end_client(vault, zoe, date(2026, 11, 22))
    after = book_state(vault, with_audit=False)
    assert undo(vault) is not None
    assert book_state(vault, with_audit=False) == before
    assert read_client(vault, zoe).draft.status == ClientStatus.ACTIVE
    assert redo(vault) is not None
    assert book_state(vault, with_audit=False) == after


@pytest.mark.parametrize(("client", "on", "refusal"), [
    (None, date(2025, 12, 31), InvalidValue),  # before they started
    (404, date(2026, 11, 22), NotFound),
])
def test_a_refused_ending_changes_nothing(vault: Vault, zoe: int, client: int | None, on: date,
                                          refusal: type[Exception]) -> None:
    before = book_state(vault)
    with pytest.raises(refusal):
        end_client(vault, client or zoe, on)
    assert book_state(vault) == before
    assert vault.history.next_undo() is None
