"""Files only the therapist may read, written so that a crash or a full disk never half-writes them.

A file is written beside its final name, synced, renamed over it in one step, and then its
folder is synced too, so the rename itself survives a power cut. A full disk is said plainly.
The data folder holds only the encrypted practice and its small companions: nothing Stillroom
writes out in plaintext (an export, a letter, a day sheet) may go inside it.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from contextlib import suppress
from pathlib import Path

from services.errors import VaultError

DISK_FULL = "The disk is full, so Stillroom could not save {path}. Free some space and try again."
INSIDE_DATA_FOLDER = (
    "{path} is inside the practice's folder {folder}. A file Stillroom writes out is not "
    "encrypted, so it cannot go there. Choose another folder."
)
FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
SQLITE_FULL = 13
FOLDER_MODE, FILE_MODE = 0o700, 0o600


def is_disk_full(error: BaseException | None) -> bool:
    """Whether `error` (or what caused it, or the driver's error SQLAlchemy wraps) is a full
    disk: ENOSPC or a quota from the system, SQLITE_FULL from the database."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, OSError) and error.errno in FULL_ERRNOS:
            return True
        if getattr(error, "sqlite_errorcode", None) == SQLITE_FULL:
            return True
        if "database or disk is full" in str(error):
            return True
        orig = getattr(error, "orig", None)
        error = orig if isinstance(orig, BaseException) else (error.__cause__ or error.__context__)
    return False


def disk_full(path: Path) -> VaultError:
    return VaultError(DISK_FULL, path=str(path))


def sync_folder(folder: Path) -> None:
    """Make the renames done in `folder` durable. Windows cannot open a folder to sync it (its
    file system journals renames itself)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private(path: Path, content: bytes) -> None:
    """Write a file readable by its owner only, replacing any old one in a single step.

    The file ends 0600 even when it replaces one that was readable by others. VaultError when
    the disk is full (and nothing is left behind); other OSErrors are the caller's to word.
    """
    temporary = path.with_name(path.name + ".new")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            if hasattr(os, "fchmod"):  # an old file of that name keeps its mode otherwise
                os.fchmod(fd, FILE_MODE)
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
        sync_folder(path.parent)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        if is_disk_full(error):
            raise disk_full(path) from None
        raise


def tighten(folder: Path) -> None:
    """Make a data folder private again: 0700 for it, 0600 for each file in it.

    A folder copied in from elsewhere (another disk, a ZIP, a sync service) often arrives
    readable by everyone. Links are never followed. Best effort: a file system that keeps no
    permissions (a FAT memory stick) refuses chmod, and the practice still opens there.
    """
    with suppress(OSError):
        if stat.S_IMODE(folder.stat().st_mode) != FOLDER_MODE:
            folder.chmod(FOLDER_MODE)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        with suppress(OSError):
            if entry.is_file(follow_symlinks=False) and \
                    stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode) != FILE_MODE:
                os.chmod(entry.path, FILE_MODE)


def refuse_inside_data_folder(data_folder: Path, target: Path) -> None:
    """VaultError when `target` (a file or a folder to write plaintext to) is in the data
    folder, or is the data folder itself."""
    folder = data_folder.resolve()
    where = target.resolve()
    if where == folder or folder in where.parents:
        raise VaultError(INSIDE_DATA_FOLDER, path=str(target), folder=str(folder))
