import hashlib
import json
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

import models.engine as engine_module
import services.vault.backup as backup_module
from models import Client
from services.errors import InvalidValue, VaultError, VaultInUse, WrongPassphrase
from services.vault.backup import backup, backup_key_file, keep_newest, restore
from services.vault.check import check_database
from services.vault.export import export_all
from services.vault.key_file import KeyFile
from services.vault.key_slots import unwrap
from services.vault.passphrase import change_passphrase, recover
from services.vault.practice_vault import (
    Vault,
    create_vault,
    open_vault,
    unlock_with_passphrase,
)
from tests.conftest import FAST_KDF, PASSPHRASE


def add_client(vault: Vault, name: str) -> None:
    with vault.unit_of_work() as session:
        session.add(Client(full_name=name, search_key=name.casefold(),
                           created_at=datetime.now(UTC)))


def client_names(vault: Vault) -> list[str]:
    with vault.unit_of_work() as session:
        return list(session.scalars(select(Client.full_name).order_by(Client.id)))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def repack(original: Path, target: Path, database: bytes, sha256: str = "") -> None:
    """A well-formed backup holding `database`, its manifest's checksum matching unless given."""
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(target, "w") as zf:
        manifest = json.loads(source.read("manifest.json"))
        manifest["sha256"] = sha256 or hashlib.sha256(database).hexdigest()
        zf.writestr("practice.stillroom", database)
        zf.writestr("practice.keys", source.read("practice.keys"))
        zf.writestr("manifest.json", json.dumps(manifest))


@pytest.fixture
def backups(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir()
    return folder


def test_backup_while_the_practice_is_open(vault: Vault, backups: Path) -> None:
    add_client(vault, "Mira Holt")
    made = backup(vault.paths.folder, vault.key, backups / "monday.zip")
    assert made == backups / "monday.zip"
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert [p.name for p in backups.iterdir()] == ["monday.zip"]  # no copy left behind
    with zipfile.ZipFile(made) as zf:
        assert sorted(zf.namelist()) == ["manifest.json", "practice.keys", "practice.stillroom"]
        assert {i.compress_type for i in zf.infolist()} == {zipfile.ZIP_STORED}
        manifest = json.loads(zf.read("manifest.json"))
        database = zf.read("practice.stillroom")
        assert zf.read("practice.keys") == vault.paths.keys.read_bytes()
    assert manifest["format"] == 1
    assert manifest["vault_id"] == vault.vault_id
    assert manifest["sha256"] == hashlib.sha256(database).hexdigest()
    assert b"Mira Holt" not in database
    assert client_names(vault) == ["Mira Holt"]  # the practice stayed open and usable


def test_the_file_stands_still_while_a_backup_reads_it_and_the_app_writes(
        vault: Vault, data_dir: Path, backups: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backup copies the file's bytes: they are the database as it was when the backup
    began, whatever the app writes meanwhile (into the write-ahead log, not the file)."""
    add_client(vault, "Mira Holt")
    database = vault.paths.database
    held: list[bytes] = []

    def copy_while_the_app_writes(zf: zipfile.ZipFile, path: Path) -> str:
        held.append(path.read_bytes())
        add_client(vault, "Tom Reed")  # committed while the backup reads
        with vault.engine.connect() as connection:  # and the app tries to fold it in
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        held.append(path.read_bytes())
        return copy_into(zf, path)

    copy_into = backup_module._copy_into
    monkeypatch.setattr(backup_module, "_copy_into", copy_while_the_app_writes)
    made = backup(data_dir, vault.key, backups / "during.zip")
    assert held[0] == held[1]
    key = bytearray(vault.key)
    vault.close()
    assert database.read_bytes() != held[0]  # Tom is in the practice now
    restore(data_dir, made, key)
    with open_vault(data_dir, key) as restored:
        assert client_names(restored) == ["Mira Holt"]


def test_a_practice_written_to_at_every_try_gives_no_backup(
        vault: Vault, backups: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "log_is_empty", lambda path: False)
    with pytest.raises(VaultError, match="being changed"):
        backup(vault.paths.folder, vault.key, backups / "busy.zip")
    assert list(backups.iterdir()) == []


def test_backup_into_a_folder_names_the_file(vault: Vault, backups: Path) -> None:
    made = backup(vault.paths.folder, vault.key, backups)
    assert made.parent == backups
    assert made.name.startswith("stillroom-backup-") and made.suffix == ".zip"


def test_restore_is_refused_while_the_practice_is_open(vault: Vault, backups: Path) -> None:
    made = backup(vault.paths.folder, vault.key, backups / "b.zip")
    add_client(vault, "Mira Holt")
    with pytest.raises(VaultInUse):
        restore(vault.paths.folder, made, vault.key)
    assert client_names(vault) == ["Mira Holt"]


def test_restore_brings_back_the_practice_as_it_was(vault: Vault, data_dir: Path,
                                                    backups: Path) -> None:
    add_client(vault, "Before Backup")
    made = backup(data_dir, vault.key, backups / "b.zip")
    add_client(vault, "After Backup")
    key = bytearray(vault.key)
    vault.close()

    kept = restore(data_dir, made, key)

    with open_vault(data_dir, bytearray(key)) as reopened:  # closing wipes the key it holds
        assert client_names(reopened) == ["Before Backup"]
    assert kept is not None and kept.parent == data_dir
    assert kept.name.startswith("practice-replaced-") and kept.suffix == ".stillroom"
    assert check_database(kept, key) == []  # the replaced database is kept whole
    assert list(data_dir.glob("practice-restoring*")) == []  # nor its journals


def test_restore_keeps_the_current_passphrase_when_it_holds_the_same_key(
        data_dir: Path, backups: Path) -> None:
    opened, code = create_vault(data_dir, PASSPHRASE, "Practice", kdf=FAST_KDF)
    made = backup(data_dir, opened.key, backups / "b.zip")
    key = bytearray(opened.key)
    opened.close()
    recover(data_dir, code, "a newer passphrase")  # the same data key, a new passphrase

    restore(data_dir, made, key)

    assert unlock_with_passphrase(data_dir, "a newer passphrase") == key
    assert list(data_dir.glob("practice-replaced-*.keys")) == []


def test_a_backup_from_before_a_passphrase_change_restores_with_its_own_passphrase(
        vault: Vault, data_dir: Path, backups: Path) -> None:
    add_client(vault, "Before Change")
    made = backup(data_dir, vault.key, backups / "b.zip")
    old_key = bytearray(vault.key)
    vault.close()
    change_passphrase(data_dir, PASSPHRASE, "a newer passphrase")
    newer_key = unlock_with_passphrase(data_dir, "a newer passphrase")
    with open_vault(data_dir, bytearray(newer_key)) as reopened:
        add_client(reopened, "After Change")

    kept = restore(data_dir, made, bytearray(old_key))

    # The backup's database and its own key file: the passphrase of the backup's day opens it.
    assert unlock_with_passphrase(data_dir, PASSPHRASE) == old_key
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(data_dir, "a newer passphrase")
    with open_vault(data_dir, bytearray(old_key)) as reopened:
        assert client_names(reopened) == ["Before Change"]
    # What it replaced is kept whole, with the key file that opens it.
    assert kept is not None
    [kept_keys] = data_dir.glob("practice-replaced-*.keys")
    assert kept_keys.stem == kept.stem
    assert unwrap(KeyFile.from_json(json.loads(kept_keys.read_text())).passphrase,
                  "a newer passphrase") == newer_key
    assert check_database(kept, newer_key) == []


def test_restore_into_an_empty_folder_uses_the_backups_keys(vault: Vault, tmp_path: Path,
                                                            backups: Path) -> None:
    add_client(vault, "Mira Holt")
    made = backup(vault.paths.folder, vault.key, backups / "b.zip")
    vault.close()
    elsewhere = tmp_path / "new laptop"
    key = unwrap(backup_key_file(made).passphrase, PASSPHRASE)

    assert restore(elsewhere, made, key) is None

    with open_vault(elsewhere, unlock_with_passphrase(elsewhere, PASSPHRASE)) as reopened:
        assert client_names(reopened) == ["Mira Holt"]
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o700


@pytest.mark.parametrize("damage", ["flip", "garbage", "no manifest", "checksum", "repacked"])
def test_a_damaged_backup_is_refused_and_nothing_changes(vault: Vault, data_dir: Path,
                                                         backups: Path, damage: str) -> None:
    made = backup(data_dir, vault.key, backups / "b.zip")
    key = bytearray(vault.key)
    vault.close()
    content = bytearray(made.read_bytes())
    with zipfile.ZipFile(made) as zf:
        database = zf.read("practice.stillroom")
        offset = zf.getinfo("practice.stillroom").header_offset + 30 + len("practice.stillroom")
    bad = backups / "bad.zip"
    if damage == "flip":  # inside the stored database: its CRC no longer matches
        content[offset + len(database) // 2] ^= 0xFF
        bad.write_bytes(bytes(content))
    elif damage == "garbage":
        bad.write_bytes(b"PK\x03\x04 this is not really a zip file")
    elif damage == "no manifest":
        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("practice.stillroom", database)
    elif damage == "checksum":
        repack(made, bad, database, sha256="0" * 64)
    else:  # a well-packed backup of a database altered before packing
        altered = bytearray(database)
        altered[len(altered) // 2] ^= 0xFF
        repack(made, bad, bytes(altered))
    before = snapshot(data_dir)

    with pytest.raises(VaultError) as refused:
        restore(data_dir, bad, key)

    assert "Nothing was changed." in refused.value.message
    assert snapshot(data_dir) == before


def test_a_backup_of_another_practice_is_refused(vault: Vault, data_dir: Path, tmp_path: Path,
                                                 backups: Path) -> None:
    other, _code = create_vault(tmp_path / "other", PASSPHRASE, "Other", kdf=FAST_KDF)
    foreign = backup(other.paths.folder, other.key, backups / "other.zip")
    key = bytearray(other.key)
    other.close()
    vault.close()
    before = snapshot(data_dir)
    with pytest.raises(VaultError, match="different practice"):
        restore(data_dir, foreign, key)
    assert snapshot(data_dir) == before


def test_a_missing_backup_file_is_reported(vault: Vault, data_dir: Path, backups: Path) -> None:
    key = bytearray(vault.key)
    vault.close()
    with pytest.raises(VaultError, match="cannot read the backup"):
        restore(data_dir, backups / "nowhere.zip", key)
    with pytest.raises(VaultError, match="cannot read the backup"):
        backup_key_file(backups / "nowhere.zip")


def test_backup_then_restore_exports_the_same(vault: Vault, data_dir: Path, tmp_path: Path,
                                              backups: Path) -> None:
    add_client(vault, "Zoë Łódź-Ñandú")
    first = export_all(vault, tmp_path / "export-before")
    made = backup(data_dir, vault.key, backups / "b.zip")
    add_client(vault, "Евгения Порошина")
    key = bytearray(vault.key)
    vault.close()

    restore(data_dir, made, key)

    with open_vault(data_dir, key) as reopened:
        second = export_all(reopened, tmp_path / "export-after")
    assert [p.name for p in first] == [p.name for p in second]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_a_database_that_cannot_be_read_is_not_backed_up(vault: Vault, backups: Path) -> None:
    with pytest.raises(VaultError, match="could not be read"):
        backup(vault.paths.folder, bytearray(32), backups / "b.zip")
    assert list(backups.iterdir()) == []


def test_an_unwritable_target_is_reported(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("")
    with pytest.raises(VaultError, match="could not write the backup"):
        backup(vault.paths.folder, vault.key, tmp_path / "a file" / "b.zip")


def test_only_the_newest_backups_are_kept_and_nothing_else_is_touched(tmp_path: Path) -> None:
    names = [f"stillroom-backup-2026110{day}-180000.zip" for day in range(1, 6)]
    for name in [*names, "holiday-photos.zip", "notes.txt"]:
        (tmp_path / name).write_bytes(b"x")

    deleted = keep_newest(tmp_path, 2)

    assert sorted(path.name for path in deleted) == names[:3]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "holiday-photos.zip", "notes.txt", *names[3:]]
    with pytest.raises(InvalidValue):
        keep_newest(tmp_path, 0)
