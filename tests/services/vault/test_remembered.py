"""Whether the practice will ask for its passphrase, read from its key file alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.vault.practice_vault import PASSPHRASE_VARIABLE, Vault, remember_on_this_computer
from services.vault.remembered import asks_for_passphrase


def test_a_practice_whose_key_is_not_remembered_asks(vault: Vault) -> None:
    vault.close()
    assert asks_for_passphrase(vault.paths.folder)


def test_a_remembered_key_or_a_passphrase_for_scripts_may_open_it_without_asking(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = vault.paths.folder
    vault.close()
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "quiet garden 42")
    assert not asks_for_passphrase(folder)
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    assert asks_for_passphrase(folder)


def test_remembered_means_it_may_open_without_asking(vault: Vault) -> None:
    remember_on_this_computer(vault)
    vault.close()
    assert not asks_for_passphrase(vault.paths.folder)


def test_a_half_done_passphrase_change_or_no_key_file_takes_the_careful_way(
        vault: Vault, tmp_path: Path) -> None:
    folder = vault.paths.folder
    vault.close()
    (folder / "practice.keys.rotating").write_text("{}")
    assert not asks_for_passphrase(folder)
    assert not asks_for_passphrase(tmp_path / "nothing here")
