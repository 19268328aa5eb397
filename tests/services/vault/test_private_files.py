"""Private files: owner-only, durable renames, a full disk said plainly, a folder made private."""

from __future__ import annotations

import errno
import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import select, text

import services.vault.backup as backup_module
import services.vault.private_files as private_files
from models import Client
from models.engine import CopyFailed
from services.errors import VaultError
from services.vault.backup import backup, restore
from services.vault.practice_vault import (
    PASSPHRASE_VARIABLE,
    Vault,
    key_without_asking,
    open_vault,
    unlock_with_passphrase,
)
from services.vault.private_files import (
    is_disk_full,
    refuse_inside_data_folder,
    tighten,
    write_private,
)
from tests.conftest import PASSPHRASE

FULL = "The disk is full"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_file_written_over_a_looser_one_ends_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "sheet.csv"
    target.write_text("old")
    target.chmod(0o644)
    (tmp_path / "sheet.csv.new").write_text("stale")
    (tmp_path / "sheet.csv.new").chmod(0o666)
    write_private(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.csv"]


def test_a_full_disk_says_so_and_leaves_nothing_behind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(private_files.os, "write", no_space)
    with pytest.raises(VaultError, match=FULL):
        write_private(tmp_path / "practice.anchor", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_in_a_unit_of_work_says_so_and_saves_nothing(vault: Vault) -> None:
    with vault.unit_of_work() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
    with pytest.raises(VaultError) as refused:
        with vault.unit_of_work() as session:
            # The database may grow no further on this connection: SQLite's own SQLITE_FULL.
            session.execute(text(f"PRAGMA max_page_count = {pages + 2}"))
            session.add(Client(full_name="Mira Holt", search_key="mira holt",
                               chart_notes="a long note " * 20_000,
                               created_at=datetime.now(UTC)))
    assert refused.value.message.startswith(FULL)
    assert str(vault.paths.database) in refused.value.message
    vault.engine.dispose()  # new connections, with no limit
    with vault.unit_of_work() as session:
        assert session.scalars(select(Client)).all() == []


def test_the_full_disk_is_found_through_the_errors_that_wrap_it() -> None:
    full = sqlcipher3.dbapi2.OperationalError("database or disk is full")
    try:
        try:
            raise full
        except sqlcipher3.Error as error:
            raise CopyFailed(str(error)) from error
    except CopyFailed as wrapped:
        assert is_disk_full(wrapped)
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(CopyFailed("file is not a database"))


def test_a_backup_on_a_full_disk_says_the_disk_is_full(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(zf: object, database: Path) -> str:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "_copy_into", full)
    with pytest.raises(VaultError, match=FULL):
        backup(vault.paths.folder, vault.key, tmp_path / "b.zip")
    assert [path.name for path in tmp_path.iterdir()] == ["practice"]  # nothing half-written


def test_a_folder_copied_in_with_loose_permissions_is_made_private_on_open(
        vault: Vault, data_dir: Path, tmp_path: Path) -> None:
    vault.close()
    data_dir.chmod(0o755)
    for path in data_dir.iterdir():
        path.chmod(0o644)
    elsewhere = tmp_path / "shared.txt"
    elsewhere.write_text("not the practice's")
    elsewhere.chmod(0o644)
    (data_dir / "notes.txt").symlink_to(elsewhere)  # a link is never followed

    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)):
        assert mode(data_dir) == 0o700
        files = [p for p in data_dir.iterdir() if not p.is_symlink()]
        assert len(files) >= 3
        assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert mode(elsewhere) == 0o644
    tighten(data_dir)  # nothing left to change: no error


def test_a_path_inside_the_data_folder_is_refused(vault: Vault, tmp_path: Path) -> None:
    folder = vault.paths.folder
    for inside in (folder, folder / "letter.pdf", folder / "sub" / ".." / "sheet.csv"):
        with pytest.raises(VaultError, match="inside the practice's folder"):
            refuse_inside_data_folder(folder, inside)
    refuse_inside_data_folder(folder, tmp_path / "letter.pdf")


def test_every_rename_that_commits_a_file_is_followed_by_a_sync_of_its_folder(
        vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    happened: list[tuple[str, Path]] = []
    replace, fsync = os.replace, os.fsync

    def replacing(source: Any, target: Any) -> None:
        replace(source, target)
        happened.append(("renamed", Path(target).parent.resolve()))

    def syncing(fd: int) -> None:
        fsync(fd)
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            happened.append(("synced", Path(os.readlink(f"/proc/self/fd/{fd}")).resolve()))

    key = bytearray(vault.key)
    (tmp_path / "backups").mkdir()
    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", replacing)
        patched.setattr(os, "fsync", syncing)
        write_private(tmp_path / "out.csv", b"x")
        made = backup(data_dir, key, tmp_path / "backups" / "b.zip")
        vault.close()
        restore(data_dir, made, key)
    renamed = [i for i, (what, _folder) in enumerate(happened) if what == "renamed"]
    assert len(renamed) >= 4  # the file, the backup, the database set aside and moved in
    for i in renamed:
        folder = happened[i][1]
        assert ("synced", folder) in happened[i + 1:], f"{folder} not synced after a rename"


def test_the_passphrase_variable_is_gone_once_read(
        vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    assert key_without_asking(data_dir) == vault.key
    assert PASSPHRASE_VARIABLE not in os.environ
    assert key_without_asking(data_dir) is None  # not remembered, and the variable is gone
