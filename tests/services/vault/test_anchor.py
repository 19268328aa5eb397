"""An older practice is not taken for the current one: the anchor beside the keys."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

import services.vault.anchor as anchor_module
from models import Client
from models.engine import open_engine
from services.errors import VaultError
from services.vault.anchor import (
    ANCHOR_FILE,
    Position,
    derive_mac_key,
    seal,
    unseal,
)
from services.vault.backup import backup, restore
from services.vault.check import check_practice, check_vault
from services.vault.practice_vault import (
    PASSPHRASE_VARIABLE,
    Vault,
    forget_this_computer,
    open_vault,
    remember_on_this_computer,
    unlock_with_passphrase,
)
from tests.conftest import PASSPHRASE, MemoryKeyring

ROOT = Path(__file__).resolve().parents[3]
OLDER = "older than the one last opened on this computer"
PAGE = 4096


def add_client(vault: Vault, name: str, notes: str = "") -> int:
    with vault.unit_of_work() as session:
        client = Client(full_name=name, search_key=name.casefold(), chart_notes=notes,
                        created_at=datetime.now(UTC))
        session.add(client)
        session.flush()
        return client.id


def names(vault: Vault) -> list[str]:
    with vault.unit_of_work() as session:
        return list(session.scalars(select(Client.full_name).order_by(Client.id)))


def head(vault: Vault) -> Position:
    with vault.engine.connect() as connection:
        return anchor_module.database_position(connection)


def anchored(folder: Path, key: bytearray, vault_id: str) -> Position:
    return unseal(derive_mac_key(key), vault_id, (folder / ANCHOR_FILE).read_text("utf-8"))


def key_of(folder: Path) -> bytearray:
    return unlock_with_passphrase(folder, PASSPHRASE)


@pytest.fixture
def opened_again(data_dir: Path) -> Iterator[list[Vault]]:
    """Vaults a test opens, closed at its end."""
    vaults: list[Vault] = []
    yield vaults
    for vault in vaults:
        vault.close()


def reopen(data_dir: Path, opened_again: list[Vault]) -> Vault:
    vault = open_vault(data_dir, key_of(data_dir))
    opened_again.append(vault)
    return vault


def test_the_anchor_key_is_hkdf_of_the_data_key_under_its_own_label(vault: Vault) -> None:
    from cryptography.hazmat.primitives.hashes import SHA256
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    expected = HKDF(algorithm=SHA256(), length=32, salt=None,
                    info=b"stillroom practice anchor v1").derive(bytes(vault.key))
    assert bytes(derive_mac_key(vault.key)) == expected
    assert bytes(derive_mac_key(vault.key)) != bytes(vault.key)


def test_each_commit_that_moves_the_head_moves_the_anchor_and_no_other(
        vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[Position] = []
    write = anchor_module.write_anchor
    monkeypatch.setattr(anchor_module, "write_anchor",
                        lambda *args: (writes.append(args[3]), write(*args)))
    add_client(vault, "Mira Holt")
    assert writes == [head(vault)]
    assert anchored(data_dir, vault.key, vault.vault_id) == head(vault)
    with vault.unit_of_work() as session:  # a reading leaves the anchor alone
        session.scalars(select(Client)).all()
    assert len(writes) == 1
    anchor = data_dir / ANCHOR_FILE
    assert stat.S_IMODE(anchor.stat().st_mode) == 0o600
    assert bytes(vault.key).hex() not in anchor.read_text("utf-8")


def test_a_forged_anchor_does_not_unseal(vault: Vault, data_dir: Path) -> None:
    add_client(vault, "Mira Holt")
    sealed = json.loads((data_dir / ANCHOR_FILE).read_text("utf-8"))
    sealed["seq"] -= 1
    with pytest.raises(ValueError):
        unseal(derive_mac_key(vault.key), vault.vault_id, json.dumps(sealed))
    other = seal(derive_mac_key(bytearray(32)), vault.vault_id, Position(1, "0" * 64))
    with pytest.raises(ValueError):
        unseal(derive_mac_key(vault.key), vault.vault_id, other)


def test_an_older_backup_put_in_place_is_refused_by_open_and_check(
        vault: Vault, data_dir: Path, tmp_path: Path, opened_again: list[Vault]) -> None:
    add_client(vault, "Before Backup")
    made = backup(data_dir, vault.key, tmp_path / "b.zip")
    add_client(vault, "After Backup")
    vault.close()
    with zipfile.ZipFile(made) as zf:  # the therapist copies the backup's file in by hand
        (data_dir / "practice.stillroom").write_bytes(zf.read("practice.stillroom"))

    with pytest.raises(VaultError) as refused:
        open_vault(data_dir, key_of(data_dir))
    assert OLDER in refused.value.message
    assert "python main.py restore" in refused.value.message
    problems = check_vault(data_dir, key_of(data_dir))
    assert len(problems) == 1 and OLDER in problems[0]

    # The older copy is the one wanted: restoring it makes it the practice.
    restore(data_dir, data_dir / "practice.stillroom", key_of(data_dir))
    assert names(reopen(data_dir, opened_again)) == ["Before Backup"]


def test_a_page_from_an_older_copy_is_named_by_check(vault: Vault, data_dir: Path) -> None:
    client = add_client(vault, "Mira Holt", notes="First session: sleep, work, the move.")
    key = bytearray(vault.key)
    vault.close()  # the log is folded into the file
    older = (data_dir / "practice.stillroom").read_bytes()
    with open_vault(data_dir, bytearray(key)) as newer, newer.unit_of_work() as session:
        session.get_one(Client, client).chart_notes = "Second session: the move went badly."
    database = data_dir / "practice.stillroom"
    engine = open_engine(database, key, read_only=True)
    with engine.connect() as connection:
        page = connection.execute(
            text("SELECT rootpage FROM sqlite_master WHERE name = 'client'")).scalar_one()
    engine.dispose()
    content = bytearray(database.read_bytes())
    start = (page - 1) * PAGE
    assert content[start:start + PAGE] != older[start:start + PAGE]
    content[start:start + PAGE] = older[start:start + PAGE]  # valid, page by page
    database.write_bytes(bytes(content))

    assert check_vault(data_dir, key) == [
        f"The record of client {client} no longer matches its audit trail."]


CHILD_WRITES_THEN_WAITS = """
import sys, time
from datetime import UTC, datetime
from pathlib import Path
from models import Client
from services.vault.practice_vault import key_without_asking, open_vault
folder = Path(sys.argv[1])
vault = open_vault(folder, key_without_asking(folder))
with vault.unit_of_work() as session:
    session.add(Client(full_name="Last Client", search_key="last client",
                       created_at=datetime.now(UTC)))
print("committed", flush=True)
time.sleep(60)
"""

CHILD_DIES_BEFORE_ANCHORING = """
import os, signal, sys
from datetime import UTC, datetime
from pathlib import Path
import services.vault.anchor as anchor
from models import Client
from services.vault.practice_vault import key_without_asking, open_vault
folder = Path(sys.argv[1])
vault = open_vault(folder, key_without_asking(folder))
anchor.write_anchor = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
with vault.unit_of_work() as session:
    session.add(Client(full_name="Last Client", search_key="last client",
                       created_at=datetime.now(UTC)))
print("not killed", flush=True)
"""


def child(script: str, folder: Path) -> subprocess.Popen[str]:
    env = {**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", script, str(folder)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_deleted_log_after_a_killed_writer_says_the_last_changes_were_lost(
        vault: Vault, data_dir: Path) -> None:
    add_client(vault, "Mira Holt")
    vault.close()
    writer = child(CHILD_WRITES_THEN_WAITS, data_dir)
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "committed"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.communicate(timeout=60)
    assert writer.returncode == -signal.SIGKILL
    wal = data_dir / "practice.stillroom-wal"
    assert wal.stat().st_size > 0  # the last commit lives only in the log
    wal.unlink()
    (data_dir / "practice.stillroom-shm").unlink(missing_ok=True)

    with pytest.raises(VaultError, match="its last changes were lost"):
        open_vault(data_dir, key_of(data_dir))
    assert any("its last changes were lost" in p for p in check_vault(data_dir, key_of(data_dir)))


def test_a_crash_between_commit_and_anchor_opens_and_is_anchored_again(
        vault: Vault, data_dir: Path, opened_again: list[Vault]) -> None:
    add_client(vault, "Mira Holt")
    before = head(vault)
    vault.close()
    writer = child(CHILD_DIES_BEFORE_ANCHORING, data_dir)
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == -signal.SIGKILL, err
    assert anchored(data_dir, key_of(data_dir), vault.vault_id) == before

    reopened = reopen(data_dir, opened_again)
    assert names(reopened) == ["Mira Holt", "Last Client"]
    assert reopened.notice is None
    assert head(reopened).seq > before.seq
    assert anchored(data_dir, reopened.key, reopened.vault_id) == head(reopened)


def test_a_database_ahead_of_its_anchor_passes_the_check_and_is_anchored(
        vault: Vault, data_dir: Path) -> None:
    add_client(vault, "Mira Holt")
    anchor = (data_dir / ANCHOR_FILE).read_bytes()
    add_client(vault, "Ida Marsh")
    (data_dir / ANCHOR_FILE).write_bytes(anchor)  # as if the second anchor never got written
    key = bytearray(vault.key)
    vault.close()
    report = check_practice(data_dir, key)
    assert report.problems == [] and report.notes == []
    with open_vault(data_dir, bytearray(key)) as reopened:
        assert anchored(data_dir, key, reopened.vault_id) == head(reopened)


def test_restore_then_open_is_fine_and_anchored_to_the_restored_practice(
        vault: Vault, data_dir: Path, tmp_path: Path, opened_again: list[Vault]) -> None:
    add_client(vault, "Before Backup")
    made = backup(data_dir, vault.key, tmp_path / "b.zip")
    add_client(vault, "After Backup")
    key = bytearray(vault.key)
    vault.close()

    restore(data_dir, made, key)

    reopened = reopen(data_dir, opened_again)
    assert names(reopened) == ["Before Backup"]
    assert reopened.notice is None
    assert anchored(data_dir, key, reopened.vault_id) == head(reopened)
    assert check_vault(data_dir, key) == []


@pytest.mark.parametrize("how", ["missing", "altered"])
def test_a_missing_or_altered_anchor_is_said_and_written_again_after_the_check(
        vault: Vault, data_dir: Path, how: str, opened_again: list[Vault]) -> None:
    add_client(vault, "Mira Holt")
    key = bytearray(vault.key)
    vault.close()
    anchor = data_dir / ANCHOR_FILE
    if how == "missing":
        anchor.unlink()
    else:
        anchor.write_text(anchor.read_text("utf-8").replace('"seq": ', '"seq": 1'), "utf-8")

    report = check_practice(data_dir, key)
    assert report.problems == []
    assert [how in note and "recorded again" in note for note in report.notes] == [True]

    anchor.unlink()
    reopened = reopen(data_dir, opened_again)
    assert reopened.notice is not None and "missing" in reopened.notice
    assert anchored(data_dir, key, reopened.vault_id) == head(reopened)


def test_no_anchor_is_written_for_a_practice_that_fails_its_check(
        vault: Vault, data_dir: Path) -> None:
    add_client(vault, "Mira Holt")
    with vault.engine.begin() as connection:  # a change made behind the trail's back
        connection.execute(text("UPDATE client SET chart_notes = 'rewritten'"))
    key = bytearray(vault.key)
    vault.close()
    (data_dir / ANCHOR_FILE).unlink()

    report = check_practice(data_dir, key)
    assert report.problems == ["The record of client 1 no longer matches its audit trail."]
    assert len(report.notes) == 1 and "once the practice passes its check" in report.notes[0]
    with pytest.raises(VaultError, match="did not pass its check"):
        open_vault(data_dir, bytearray(key))
    assert not (data_dir / ANCHOR_FILE).exists()


def test_the_keychain_keeps_the_anchor_when_the_whole_folder_is_rolled_back(
        vault: Vault, data_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    remember_on_this_computer(vault)
    add_client(vault, "Mira Holt")
    key = bytearray(vault.key)
    vault.close()
    older = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    with open_vault(data_dir, bytearray(key)) as newer:
        add_client(newer, "Ida Marsh")
    for path in data_dir.iterdir():  # every file put back as it was: keys, anchor, database
        if path.is_file():
            path.unlink()
    for name, content in older.items():
        (data_dir / name).write_bytes(content)

    with pytest.raises(VaultError, match=OLDER):
        open_vault(data_dir, bytearray(key))
    assert ("Stillroom", f"{vault.vault_id} anchor") in memory_keyring.secrets


def test_forgetting_the_key_while_open_stops_the_keychains_copy(
        vault: Vault, data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    remember_on_this_computer(vault)
    add_client(vault, "Mira Holt")
    sealed = memory_keyring.secrets[("Stillroom", f"{vault.vault_id} anchor")]
    assert unseal(derive_mac_key(vault.key), vault.vault_id, sealed) == head(vault)
    forget_this_computer(data_dir)
    add_client(vault, "Ida Marsh")
    assert memory_keyring.secrets == {}
    assert anchored(data_dir, vault.key, vault.vault_id) == head(vault)
