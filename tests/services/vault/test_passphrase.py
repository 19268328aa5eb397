"""A new passphrase comes with a new data key: an old key file with the old passphrase opens
nothing written afterwards, and the recovery code keeps working without being typed."""

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from models import Client
from services.errors import VaultError, VaultInUse, WrongPassphrase
from services.vault import keychain
from services.vault.check import UNREADABLE, check_database, check_vault
from services.vault.key_file import KeyFile, read_key_file
from services.vault.key_slots import unwrap
from services.vault.passphrase import change_passphrase, recover
from services.vault.practice_vault import (
    Vault,
    VaultPaths,
    create_vault,
    key_without_asking,
    open_vault,
    remember_on_this_computer,
    unlock_with_passphrase,
)
from services.vault.recovery_slot import NOT_THE_CODE, RecoverySlot
from tests.conftest import FAST_KDF, PASSPHRASE, MemoryKeyring, make_format_1

NEW = "a brand new passphrase"


def add_client(vault: Vault, name: str) -> None:
    with vault.unit_of_work() as session:
        session.add(Client(full_name=name, search_key=name.casefold(),
                           created_at=datetime.now(UTC)))


def client_names(folder: Path, key: bytearray) -> list[str]:
    with open_vault(folder, bytearray(key)) as vault, vault.unit_of_work() as session:
        return list(session.scalars(select(Client.full_name).order_by(Client.id)))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_the_old_key_file_with_the_old_passphrase_opens_nothing_after_a_change(
        vault: Vault, data_dir: Path, tmp_path: Path) -> None:
    add_client(vault, "Mira Holt")
    old_keys = tmp_path / "practice.keys from an old backup"
    shutil.copy(data_dir / "practice.keys", old_keys)
    vault.close()

    changed = change_passphrase(data_dir, PASSPHRASE, NEW)

    assert changed.new_recovery_code is None
    assert sorted(p.name for p in data_dir.iterdir()) == [
        "practice.anchor", "practice.keys", "practice.lock", "practice.stillroom"]
    old_key = unwrap(KeyFile.from_json(json.loads(old_keys.read_text())).passphrase, PASSPHRASE)
    assert check_database(data_dir / "practice.stillroom", old_key) == [UNREADABLE]
    with pytest.raises(VaultError, match="not a Stillroom practice"):
        open_vault(data_dir, old_key)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(data_dir, PASSPHRASE)
    new_key = unlock_with_passphrase(data_dir, NEW)
    assert new_key != old_key
    assert client_names(data_dir, new_key) == ["Mira Holt"]
    assert check_vault(data_dir, new_key) == []


def test_the_recovery_code_opens_after_changes_it_never_saw(data_dir: Path) -> None:
    opened, code = create_vault(data_dir, PASSPHRASE, "Practice", kdf=FAST_KDF)
    opened.close()
    before = read_key_file(data_dir / "practice.keys").recovery
    change_passphrase(data_dir, PASSPHRASE, NEW)
    change_passphrase(data_dir, NEW, "and another passphrase")
    after = read_key_file(data_dir / "practice.keys").recovery

    # The same key pair, so the same code; only the sealed data key is new.
    assert isinstance(before, RecoverySlot) and isinstance(after, RecoverySlot)
    assert (after.public_key, after.private_key) == (before.public_key, before.private_key)
    assert after.sealed != before.sealed
    key = recover(data_dir, code, "set with the code")
    assert key == unlock_with_passphrase(data_dir, "set with the code")
    open_vault(data_dir, key).close()


def test_a_format_1_practice_gets_a_new_recovery_code_at_its_first_change(
        data_dir: Path) -> None:
    old_code = make_format_1(data_dir)

    changed = change_passphrase(data_dir, PASSPHRASE, NEW)

    code = changed.new_recovery_code
    assert code is not None and code != old_code
    assert read_key_file(data_dir / "practice.keys").format == 2
    with pytest.raises(VaultError, match=NOT_THE_CODE):
        recover(data_dir, old_code, "set with the old code")
    key = recover(data_dir, code, "set with the new code")
    open_vault(data_dir, key).close()
    assert change_passphrase(data_dir, "set with the new code", NEW).new_recovery_code is None


def test_recovering_a_format_1_practice_keeps_its_code_for_later_changes(data_dir: Path) -> None:
    code = make_format_1(data_dir)
    key = recover(data_dir, code, "set with the code")

    assert read_key_file(data_dir / "practice.keys").format == 2
    assert read_key_file(data_dir / "practice.keys").holds(key)
    assert change_passphrase(data_dir, "set with the code", NEW).new_recovery_code is None
    open_vault(data_dir, recover(data_dir, code, "set with it again")).close()


def test_a_wrong_current_passphrase_changes_nothing(vault: Vault, data_dir: Path) -> None:
    vault.close()
    before = snapshot(data_dir)
    with pytest.raises(WrongPassphrase):
        change_passphrase(data_dir, "not the passphrase", NEW)
    assert snapshot(data_dir) == before


def test_no_change_while_the_practice_is_open(vault: Vault, data_dir: Path) -> None:
    add_client(vault, "Mira Holt")
    before = (data_dir / "practice.keys").read_bytes()
    with pytest.raises(VaultInUse):
        change_passphrase(data_dir, PASSPHRASE, NEW)
    assert (data_dir / "practice.keys").read_bytes() == before
    assert not VaultPaths(data_dir).rotating_database.exists()


def test_what_was_only_in_the_write_ahead_log_is_kept_and_the_old_log_removed(
        vault: Vault, data_dir: Path, tmp_path: Path) -> None:
    """A practice whose last writes are still in its log (the app was killed, say)."""
    add_client(vault, "Only In The Log")
    crashed = tmp_path / "crashed"
    crashed.mkdir(mode=0o700)
    for path in data_dir.iterdir():  # copied while open: the log holds the new client
        shutil.copy(path, crashed / path.name)
    assert (crashed / "practice.stillroom-wal").stat().st_size > 0
    vault.close()

    change_passphrase(crashed, PASSPHRASE, NEW)

    assert not (crashed / "practice.stillroom-wal").exists()
    assert not (crashed / "practice.stillroom-shm").exists()
    key = unlock_with_passphrase(crashed, NEW)
    assert client_names(crashed, key) == ["Only In The Log"]
    assert check_vault(crashed, key) == []


def test_the_keychain_is_given_the_new_key(vault: Vault, data_dir: Path,
                                           memory_keyring: MemoryKeyring) -> None:
    remember_on_this_computer(vault)
    old_key = bytearray(vault.key)
    vault.close()

    change_passphrase(data_dir, PASSPHRASE, NEW)

    remembered = key_without_asking(data_dir)
    assert remembered is not None and remembered != old_key
    assert remembered == unlock_with_passphrase(data_dir, NEW)
    # A keychain that missed the change is not used: the passphrase is asked for instead.
    memory_keyring.set_password(keychain.SERVICE, vault.vault_id, old_key.hex())
    assert key_without_asking(data_dir) is None


def test_a_keychain_gone_since_is_forgotten_at_the_change(
        vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    remember_on_this_computer(vault)
    vault.close()

    def refused(vault_id: str, key: bytearray) -> None:
        raise RuntimeError("the keychain is locked")

    monkeypatch.setattr(keychain, "remember", refused)
    change_passphrase(data_dir, PASSPHRASE, NEW)

    assert not read_key_file(data_dir / "practice.keys").remembered
    open_vault(data_dir, unlock_with_passphrase(data_dir, NEW)).close()


def test_a_recovery_slot_whose_parts_do_not_fit_is_damage_not_a_wrong_code(
        data_dir: Path) -> None:
    opened, code = create_vault(data_dir, PASSPHRASE, "Practice", kdf=FAST_KDF)
    opened.close()
    keys = data_dir / "practice.keys"
    data = json.loads(keys.read_text())
    data["recovery"]["public_key"] = X25519PrivateKey.generate().public_key() \
        .public_bytes_raw().hex()
    keys.write_text(json.dumps(data))

    with pytest.raises(VaultError, match="recovery code is right, but what it unlocks"):
        recover(data_dir, code, "set with the code")
    with pytest.raises(VaultError, match=NOT_THE_CODE):
        recover(data_dir, "0000-0000-0000-0000-0000-0000", "set with the code")


def test_the_recovery_code_waits_while_the_practice_is_open_elsewhere(data_dir: Path) -> None:
    opened, code = create_vault(data_dir, PASSPHRASE, "Practice", kdf=FAST_KDF)
    before = (data_dir / "practice.keys").read_bytes()
    with pytest.raises(VaultInUse):
        recover(data_dir, code, "set with the code")
    assert (data_dir / "practice.keys").read_bytes() == before
    opened.close()
    open_vault(data_dir, recover(data_dir, code, "set with the code")).close()
