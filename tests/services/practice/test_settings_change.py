"""Saving the settings with the keychain: everything, or nothing in either place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import keyring
import pytest
from keyring.errors import KeyringError
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from services.errors import InvalidValue, VaultError
from services.practice.practice_settings import read_settings
from services.practice.settings_change import SettingsChange, save_settings
from services.vault.keychain import NO_KEYCHAIN
from services.vault.practice_vault import (
    AuditedSession,
    Vault,
    is_remembered,
    remember_on_this_computer,
)
from tests.conftest import MemoryKeyring
from tests.services.book_state import book_state


class RefusingKeyring(MemoryKeyring):
    """A keychain that is there but will not take the key (locked, or access denied)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("The keychain is locked.")


@contextmanager
def failing_commits() -> Iterator[None]:
    """Every commit fails, as on a disk that filled up at the last moment."""
    def fail(_session: Session) -> None:
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    event.listen(AuditedSession, "before_commit", fail)
    try:
        yield
    finally:
        event.remove(AuditedSession, "before_commit", fail)


def renamed(vault: Vault, remember: bool | None = None) -> SettingsChange:
    return SettingsChange(replace(read_settings(vault), practice_name="Willow Room",
                                  session_fee=9000), remember)


def keys_kept(keychain: MemoryKeyring, vault: Vault) -> list[str]:
    """The data keys the keychain holds for this practice (its anchor's copy aside, which
    moves with every change: services/vault/anchor.py)."""
    return [secret for (_service, name), secret in keychain.secrets.items()
            if name == vault.vault_id]


def test_settings_and_the_remembered_key_are_saved_together(
        vault: Vault, memory_keyring: MemoryKeyring) -> None:
    saved = save_settings(vault, renamed(vault, remember=True))
    assert (saved.practice_name, saved.session_fee) == ("Willow Room", 9000)
    assert read_settings(vault) == saved
    assert is_remembered(vault.paths.folder)
    assert keys_kept(memory_keyring, vault) == [bytes(vault.key).hex()]
    save_settings(vault, SettingsChange(saved, remember=False))
    assert not is_remembered(vault.paths.folder) and keys_kept(memory_keyring, vault) == []
    assert vault.history.next_undo() is None  # not a change to the book


def test_a_bad_value_changes_neither_the_database_nor_the_keychain(
        vault: Vault, memory_keyring: MemoryKeyring) -> None:
    before = book_state(vault)
    change = SettingsChange(replace(read_settings(vault), session_minutes=0), remember=True)
    with pytest.raises(InvalidValue) as refused:
        save_settings(vault, change)
    assert refused.value.field == "session_minutes"
    assert book_state(vault) == before
    assert not is_remembered(vault.paths.folder) and keys_kept(memory_keyring, vault) == []


def test_a_keychain_that_refuses_leaves_the_settings_as_they_were(vault: Vault) -> None:
    keyring.set_keyring(RefusingKeyring())
    before = book_state(vault)
    with pytest.raises(VaultError) as refused:
        save_settings(vault, renamed(vault, remember=True))
    assert (refused.value.field, refused.value.message) == ("remember", NO_KEYCHAIN)
    assert book_state(vault) == before
    assert not is_remembered(vault.paths.folder)


@pytest.mark.parametrize("remembered", [False, True])
def test_a_failed_commit_puts_the_keychain_back_as_it_was(
        vault: Vault, memory_keyring: MemoryKeyring, remembered: bool) -> None:
    if remembered:
        remember_on_this_computer(vault)
    kept = keys_kept(memory_keyring, vault)
    before = read_settings(vault)
    change = renamed(vault, remember=not remembered)
    with pytest.raises(VaultError, match="disk is full"), failing_commits():
        save_settings(vault, change)
    assert read_settings(vault) == before
    assert is_remembered(vault.paths.folder) == remembered
    assert keys_kept(memory_keyring, vault) == kept


def test_no_keychain_change_asked_leaves_it_alone(
        vault: Vault, memory_keyring: MemoryKeyring) -> None:
    remember_on_this_computer(vault)
    kept = keys_kept(memory_keyring, vault)
    save_settings(vault, renamed(vault))
    assert read_settings(vault).practice_name == "Willow Room"
    assert is_remembered(vault.paths.folder) and keys_kept(memory_keyring, vault) == kept
