"""The undo recorder takes in child rows as any other: a number changed in place, and a
client deleted with their numbers (deleted by the cascade), come back on undo and go again
on redo."""

from __future__ import annotations

from sqlalchemy import select

from models import Client, ContactNumber
from models.enums import BookAction
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable
from tests.services.book_state import book_state


def _ann(vault: Vault) -> int:
    return create_client(vault, ClientDraft(full_name="Ann Lee", numbers=(
        PhoneNumber("+44 7700 900111", "mobile"), PhoneNumber("01632 960 123", "home"))))


def _undone_and_redone(vault: Vault, before: dict[str, object]) -> None:
    after = book_state(vault, with_audit=False)
    assert after != before
    assert undo(vault) is not None
    assert book_state(vault, with_audit=False) == before
    assert redo(vault) is not None
    assert book_state(vault, with_audit=False) == after


def test_a_number_changed_in_place_is_undone_and_redone(vault: Vault) -> None:
    ann = _ann(vault)
    before = book_state(vault, with_audit=False)
    with vault.unit_of_work(Undoable(BookAction.CALL, client_id=ann)) as session:
        number = session.scalars(select(ContactNumber).where(
            ContactNumber.label == "home")).one()
        number.may_text = True
        number.number = "01632 960 999"
    _undone_and_redone(vault, before)


def test_a_client_deleted_with_their_numbers_comes_back_whole(vault: Vault) -> None:
    ann = _ann(vault)
    before = book_state(vault, with_audit=False)
    with vault.unit_of_work(Undoable(BookAction.DELETE)) as session:
        client = session.get(Client, ann)
        assert client is not None and len(client.numbers) == 2
        session.delete(client)
    _undone_and_redone(vault, before)
