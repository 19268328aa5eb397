"""A practice in one file, and back again.

A backup is a ZIP (stored, not compressed: the database is encrypted and would not shrink)
holding an encrypted copy of the database, the key file (wrapped keys only, no secret) and a
manifest naming the practice and the database's SHA-256. Making one needs no lock, so it can
run while the app is open. Restoring checks the backup through and through before it touches
the practice, keeps the database it replaces beside it under a dated name, and anchors the
restored one (services/vault/anchor.py); its steps are a journal (restore_journal.py), so a
restore killed half-way is finished by the next command.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from models.engine import (
    CopyFailed,
    NotSteady,
    altered_pages,
    copy_database,
    open_engine,
    steady_file,
)
from services.errors import InvalidValue, VaultError
from services.vault import restore_journal
from services.vault.anchor import Position, database_position, derive_mac_key, seal
from services.vault.check import check_database
from services.vault.key_file import KeyFile, read_key_file_as_read, same_data_key, write_key_file
from services.vault.lock_file import VaultLock
from services.vault.passphrase import current_key_file
from services.vault.practice_vault import DAMAGED as DAMAGED_PRACTICE
from services.vault.practice_vault import VaultPaths, prepare_folder
from services.vault.private_files import disk_full, is_disk_full, sync_folder
from services.vault.progress import Progress, no_progress
from services.vault.restore_journal import INCOMING, INCOMING_KEYS, RestorePlan, reached

FORMAT = 1
DATABASE = "practice.stillroom"
KEYS = "practice.keys"
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024
ZIP64_FROM = 2**31  # a member this large needs ZIP64 sizes, which must be chosen before writing
# What a waiting therapist is told as each stage begins (the command line prints them).
STAGES = ("copying", "checking")
KEPT_CHANGING = ("The practice was being changed the whole time the backup tried to start, so "
                 "no backup was made. Try again in a moment.")
DAMAGED = "The file {path} is not a Stillroom backup, or it is damaged. Nothing was changed."
NO_KEYS_HERE = (
    "The file {path} is a practice's database, not a backup: it can be restored only into its "
    "own practice's folder, where its keys are. Nothing was changed."
)
ZIP_MAGIC = b"PK\x03\x04"
# What a damaged or foreign ZIP raises while it is read: a bad CRC, a missing member, bad JSON.
UNREADABLE_BACKUP = (zipfile.BadZipFile, KeyError, ValueError, TypeError)


BACKUP_FILES = "stillroom-backup-*.zip"


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


@contextmanager
def _private(path: Path) -> Iterator[IO[bytes]]:
    """A new (or emptied) file readable by its owner only, safely on disk when the block ends."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "wb") as stream:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())


def _journals(database: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside a database."""
    return Path(f"{database}-wal"), Path(f"{database}-shm")


def _discard(database: Path) -> None:
    """Remove a leftover file and its journals, if any; cleaning up never hides the real error."""
    for path in (database, *_journals(database)):
        with suppress(OSError):
            path.unlink()


def backup(folder: Path, key: bytearray, target: Path,
           progress: Progress = no_progress) -> Path:
    """Write a backup of the practice to `target` (a file, or a folder to put one in).

    The database file is copied as it is, byte for byte, while a read holds it steady
    (models.engine.steady_file): one read of the file, hashed on the way into the ZIP, one
    write, one sync. Meanwhile, on a second thread, SQLCipher checks every page's MAC, so a
    damaged practice gives no backup (the earlier ones stay as they were) instead of a backup
    that a restore would refuse. `progress` hears each of STAGES as it begins.
    """
    paths = VaultPaths(folder)
    if not paths.database.exists():
        raise VaultError("There is no practice in {folder}.", folder=str(folder))
    key_file, keys = read_key_file_as_read(paths.keys)  # stored as read, not read again
    if target.is_dir():
        target = target / BACKUP_FILES.replace("*", _stamp())
    partial = target.with_name(f".{target.name}.partial")
    try:
        with steady_file(paths.database, key) as connection, \
                ThreadPoolExecutor(1, thread_name_prefix="stillroom-backup-check") as aside:
            progress("copying")
            altered = aside.submit(altered_pages, connection)
            with _private(partial) as stream, \
                    zipfile.ZipFile(stream, "w", zipfile.ZIP_STORED) as zf:
                digest = _copy_into(zf, paths.database)
                progress("checking")
                if altered.result():
                    raise VaultError(DAMAGED_PRACTICE, detail=altered.result()[0])
                zf.writestr(KEYS, keys)
                zf.writestr(MANIFEST, json.dumps(
                    {"format": FORMAT, "vault_id": key_file.vault_id,
                     "created_at": datetime.now(UTC).isoformat(), "sha256": digest}, indent=2))
        os.replace(partial, target)
        sync_folder(target.parent)
    except OSError as error:
        if is_disk_full(error):
            raise disk_full(target) from None
        raise VaultError("Stillroom could not write the backup to {target}: {reason}",
                         target=str(target), reason=error.strerror or str(error)) from None
    except CopyFailed as error:
        if is_disk_full(error):  # no room to fold the write-ahead log into the practice
            raise disk_full(paths.database) from None
        raise VaultError("The practice in {folder} could not be read for the backup.",
                         folder=str(folder)) from None
    except NotSteady:
        raise VaultError(KEPT_CHANGING) from None
    finally:
        _discard(partial)
    return target


def _copy_into(zf: zipfile.ZipFile, database: Path) -> str:
    """The database file into the ZIP, as it is; its SHA-256, taken on the way."""
    digest = hashlib.sha256()
    member = zipfile.ZipInfo(DATABASE, datetime.now().timetuple()[:6])
    member.external_attr = 0o600 << 16
    with database.open("rb") as source, \
            zf.open(member, "w", force_zip64=database.stat().st_size > ZIP64_FROM) as stream:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            stream.write(chunk)
    return digest.hexdigest()


def keep_newest(folder: Path, keep: int) -> list[Path]:
    """Delete all but the `keep` newest backups Stillroom wrote in `folder` (a USB stick kept
    for the purpose); returns what was deleted. Other files there are never touched."""
    if keep < 1:
        raise InvalidValue("Keep at least one backup.", field="keep")
    backups = sorted(folder.glob(BACKUP_FILES), key=lambda path: path.name, reverse=True)
    for old in backups[keep:]:
        old.unlink()
    return backups[keep:]


def _open_backup(backup_file: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(backup_file)
    except OSError as error:
        raise VaultError("Stillroom cannot read the backup {path}: {reason}",
                         path=str(backup_file), reason=error.strerror or str(error)) from None
    except zipfile.BadZipFile:
        raise VaultError(DAMAGED, path=str(backup_file)) from None


def _manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    manifest = json.loads(zf.read(MANIFEST))
    if manifest.get("format") != FORMAT or not isinstance(manifest.get("sha256"), str):
        raise ValueError("unknown backup format")
    return dict(manifest)


def _key_file(zf: zipfile.ZipFile, manifest: dict[str, Any]) -> KeyFile:
    key_file = KeyFile.from_json(json.loads(zf.read(KEYS)))
    if key_file.vault_id != manifest["vault_id"]:
        raise ValueError("the key file is of another practice")
    return key_file


def backup_key_file(backup_file: Path) -> KeyFile:
    """The key file inside a backup, to unlock it with its passphrase where no practice is yet."""
    with _open_backup(backup_file) as zf:
        try:
            return _key_file(zf, _manifest(zf))
        except UNREADABLE_BACKUP:
            raise VaultError(DAMAGED, path=str(backup_file)) from None


def _extract_database(zf: zipfile.ZipFile, manifest: dict[str, Any], target: Path) -> None:
    """Copy the backup's database out to `target`, checking its CRC and SHA-256 on the way."""
    digest = hashlib.sha256()
    with zf.open(DATABASE) as source, _private(target) as stream:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            stream.write(chunk)
    if digest.hexdigest() != manifest["sha256"]:
        raise ValueError("the database does not match the manifest")


def restore(folder: Path, source: Path, key: bytearray) -> Path | None:
    """Put the practice in `source` into `folder`, after checking it opens with `key` and is
    sound. `source` is a backup, or a practice's database (a `practice-replaced-…` file, or the
    practice's own older database, to accept it as the practice from now on).

    The practice must not be open anywhere. The database it replaces is kept in the folder as
    `practice-replaced-<date>-<time>.stillroom`; its path is returned (None if there was none).
    The current key file stays if it holds the backup's data key; if not (the passphrase was
    changed since, which gave the practice a new key) the backup's own key file comes with it
    and the key file it replaces is kept beside the replaced database.
    """
    paths = VaultPaths(folder)
    prepare_folder(folder)
    lock = VaultLock(paths.lock)
    lock.acquire()
    try:
        restore_journal.finish_locked(folder)  # an earlier restore killed half-way, first
        plan = _prepare(paths, source, key)
        restore_journal.carry_out(folder, plan)
        return folder / plan.kept if plan.kept is not None else None
    except OSError as error:
        if is_disk_full(error):
            raise disk_full(paths.database) from None
        raise VaultError("Stillroom could not restore the backup into {folder}: {reason}",
                         folder=str(folder), reason=error.strerror or str(error)) from None
    finally:
        lock.release()


def _prepare(paths: VaultPaths, source: Path, key: bytearray) -> RestorePlan:
    """The restored database beside the practice, checked, and the plan for the rest.

    Until the plan's marker is written the practice is untouched: on a failure what was
    written here is removed (after a crash, by the next command), and nothing was changed.
    """
    current = current_key_file(paths, locked=True)
    incoming = paths.folder / INCOMING
    try:
        if _is_backup(source):
            backup_keys = _extract(paths, source, incoming, current)
        elif current is None:
            raise VaultError(NO_KEYS_HERE, path=str(source))
        else:
            backup_keys = None
            try:
                copy_database(source, key, incoming)
            except CopyFailed as error:
                if is_disk_full(error):
                    raise disk_full(incoming) from None
                raise VaultError(DAMAGED, path=str(source)) from None
        reached("extracted")
        problems = check_database(incoming, key)
        if problems:
            raise VaultError("The backup {path} cannot be restored. {problems} "
                             "Nothing was changed.", path=str(source),
                             problems=" ".join(problems))
        head = _position(incoming, key)
        # The current key file stays when it wraps the backup's data key; otherwise (none, or
        # the passphrase was changed since, which gave the practice a new key) the backup's
        # own comes with it, and the practice opens as it did when the backup was made.
        new_keys = backup_keys is not None and (
            current is None or not same_data_key(current, backup_keys))
        keys = backup_keys if new_keys else current
        assert keys is not None  # a database alone is refused above when there are no keys
        if new_keys:  # this computer's keychain does not hold that key
            write_key_file(paths.folder / INCOMING_KEYS, keys.with_remembered(False))
        mac_key = derive_mac_key(key)
        anchor = seal(mac_key, keys.vault_id, head)
        for i in range(len(mac_key)):
            mac_key[i] = 0
        reached("checked")
        return RestorePlan(source=str(source), kept=_kept_name(paths.database),
                           keys=new_keys, vault_id=keys.vault_id, anchor=anchor,
                           remembered=current is not None and current.remembered
                           and not new_keys,
                           forget=new_keys and current is not None and current.remembered)
    except Exception:  # a kill (or Ctrl+C) leaves them to the next command instead
        restore_journal.discard_leftovers(paths.folder)
        raise


def _is_backup(source: Path) -> bool:
    try:
        with source.open("rb") as stream:
            start = stream.read(len(ZIP_MAGIC))
    except OSError as error:
        raise VaultError("Stillroom cannot read the backup {path}: {reason}",
                         path=str(source), reason=error.strerror or str(error)) from None
    return start == ZIP_MAGIC or zipfile.is_zipfile(source)


def _extract(paths: VaultPaths, backup_file: Path, incoming: Path,
             current: KeyFile | None) -> KeyFile:
    """The backup's database out to `incoming`; the backup's key file."""
    with _open_backup(backup_file) as zf:
        try:
            manifest = _manifest(zf)
            backup_keys = _key_file(zf, manifest)
            if current and current.vault_id != backup_keys.vault_id:
                raise VaultError("The backup {path} is of a different practice than the one "
                                 "in {folder}. Nothing was changed.",
                                 path=str(backup_file), folder=str(paths.folder))
            _extract_database(zf, manifest, incoming)
        except UNREADABLE_BACKUP:
            raise VaultError(DAMAGED, path=str(backup_file)) from None
    return backup_keys


def _position(database: Path, key: bytearray) -> Position:
    engine = open_engine(database, key, read_only=True)
    try:
        with engine.connect() as connection:
            return database_position(connection)
    finally:
        engine.dispose()


def _kept_name(database: Path) -> str | None:
    """The dated name the current database will be kept under, if there is one."""
    if not database.exists():
        return None
    stamp, count = _stamp(), 1
    kept = database.with_name(f"practice-replaced-{stamp}.stillroom")
    while kept.exists():  # two restores within a second: keep both
        count += 1
        kept = database.with_name(f"practice-replaced-{stamp}-{count}.stillroom")
    return kept.name
