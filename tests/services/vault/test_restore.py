"""A restore stopped at any step is finished, or undone, by whatever runs next."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from cli.run import main
from models import Client
from services.vault import restore_journal
from services.vault.backup import backup, restore
from services.vault.check import check_vault
from services.vault.practice_vault import (
    PASSPHRASE_VARIABLE,
    Vault,
    open_vault,
    unlock_with_passphrase,
)
from services.vault.restore_journal import FAULT_POINTS, finish_interrupted_restore
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
# Before the marker the restore has not begun, as far as the practice is concerned.
BEFORE_THE_MARKER = FAULT_POINTS[:FAULT_POINTS.index("prepared")]


class Crash(BaseException):
    """What a kill would do at that point: stop, with no cleaning up."""


def add_client(vault: Vault, name: str) -> None:
    with vault.unit_of_work() as session:
        session.add(Client(full_name=name, search_key=name.casefold(),
                           created_at=datetime.now(UTC)))


def names(folder: Path) -> list[str]:
    with open_vault(folder, unlock_with_passphrase(folder, PASSPHRASE)) as vault, \
            vault.unit_of_work() as session:
        return list(session.scalars(select(Client.full_name).order_by(Client.id)))


@pytest.fixture
def backed_up(vault: Vault, data_dir: Path, tmp_path: Path) -> Path:
    """A backup holding "Before Backup"; the practice has "After Backup" too, and is closed."""
    add_client(vault, "Before Backup")
    made = backup(data_dir, vault.key, tmp_path / "b.zip")
    add_client(vault, "After Backup")
    vault.close()
    return made


def only_one_practice(folder: Path) -> None:
    """One practice database, nothing of a restore left, and the check is content."""
    assert (folder / "practice.stillroom").is_file()
    assert sorted(p.name for p in folder.glob("practice-restoring*")) == []
    assert not (folder / "practice.restoring").exists()
    assert check_vault(folder, unlock_with_passphrase(folder, PASSPHRASE)) == []


@pytest.mark.parametrize("point", FAULT_POINTS)
def test_a_restore_stopped_at_any_step_is_finished_or_undone(
        backed_up: Path, data_dir: Path, point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(reached: str) -> None:
        if reached == point:
            raise Crash(point)

    monkeypatch.setattr(restore_journal, "fault", crash)
    with pytest.raises(Crash):
        restore(data_dir, backed_up, unlock_with_passphrase(data_dir, PASSPHRASE))
    monkeypatch.setattr(restore_journal, "fault", None)

    said = finish_interrupted_restore(data_dir)

    kept = sorted(data_dir.glob("practice-replaced-*.stillroom"))
    if point in BEFORE_THE_MARKER:
        assert said == restore_journal.ROLLED_BACK
        assert names(data_dir) == ["Before Backup", "After Backup"]
        assert kept == []
    else:
        assert said is not None and said.startswith("A restore from")
        assert f"kept as {kept[0]}" in said
        assert names(data_dir) == ["Before Backup"]
        assert len(kept) == 1 and check_vault(data_dir, unlock_with_passphrase(
            data_dir, PASSPHRASE)) == []
    only_one_practice(data_dir)
    assert finish_interrupted_restore(data_dir) is None  # said once, then nothing to do


def test_a_restore_into_an_empty_folder_stopped_before_its_keys_is_finished(
        backed_up: Path, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    new_laptop = tmp_path / "new laptop"

    def crash(reached: str) -> None:
        if reached == "moved-in":
            raise Crash(reached)

    monkeypatch.setattr(restore_journal, "fault", crash)
    key = unlock_with_passphrase(data_dir, PASSPHRASE)
    with pytest.raises(Crash):
        restore(new_laptop, backed_up, key)
    assert not (new_laptop / "practice.keys").exists()
    monkeypatch.setattr(restore_journal, "fault", None)

    assert finish_interrupted_restore(new_laptop) == restore_journal.FINISHED.format(
        source=backed_up)
    assert names(new_laptop) == ["Before Backup"]
    only_one_practice(new_laptop)


KILLED_AT = """
import os, signal, sys
from pathlib import Path
from services.vault import restore_journal
from services.vault.backup import restore
from services.vault.practice_vault import key_without_asking
folder, backup_file, point = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
key = key_without_asking(folder)
restore_journal.fault = lambda reached: (
    os.kill(os.getpid(), signal.SIGKILL) if reached == point else None)
restore(folder, backup_file, key)
print("not killed", flush=True)
"""


@pytest.mark.parametrize(("point", "restored"), [
    ("extracted", False), ("database-set-aside", True), ("keys-in", True)])
def test_a_killed_restore_is_healed_by_the_next_command(
        backed_up: Path, data_dir: Path, point: str, restored: bool,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", KILLED_AT, str(data_dir), str(backed_up),
                             point], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    if point == "database-set-aside":  # the state that once made `check` find no practice
        assert not (data_dir / "practice.stillroom").exists()

    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "OK"
    said = captured.err.strip().splitlines()
    assert len(said) == 1
    assert said[0].startswith("stillroom: A restore")
    assert ("finished it" in said[0]) == restored
    assert names(data_dir) == (["Before Backup"] if restored
                               else ["Before Backup", "After Backup"])
    only_one_practice(data_dir)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    # there is one practice, as before
    assert main(["--data-dir", str(data_dir), "init", "--fee", "80"]) == 1
    assert "already a practice" in capsys.readouterr().err
