"""A restore as a journal of steps, so that a restore killed at any moment has one answer.

Before the practice is touched, the restored database is written beside it as
`practice-restoring.stillroom` (and, for a folder with no keys yet, the backup's keys as
`practice-restoring.keys`), checked through and through, and synced. Then the marker
`practice.restoring` is written: it names the stage reached and holds everything the remaining
steps need, the restored database's sealed anchor included, so they need no key:

    prepared   the marker is written; nothing is changed yet
    set-aside  the current database (and its write-ahead log) is renamed to its dated name
    moved-in   the restored database is renamed into place
    keys-in    the backup's keys are in place, when the folder had none
    (anchored) the anchor is written; the marker is removed and the restore is done

Each step can be repeated safely, and the marker is rewritten after each one, so whoever finds
it (any command, through `finish_interrupted_restore`) finishes the restore. Without a marker, a
leftover restoring file is from a restore that never reached the practice: it is removed, and
the practice is as it was.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from services.errors import VaultError, VaultInUse
from services.vault import keychain
from services.vault.anchor import anchor_path
from services.vault.lock_file import VaultLock
from services.vault.practice_vault import VaultPaths
from services.vault.private_files import sync_folder, write_private

MARKER = "practice.restoring"
INCOMING = "practice-restoring.stillroom"
INCOMING_KEYS = "practice-restoring.keys"
FORMAT = 1
STAGES = ("prepared", "set-aside", "moved-in", "keys-in")
# Every point where a test may stop a restore as a crash would: before the marker (the restore
# has not begun as far as the practice is concerned), after each step, and inside the one step
# with two renames.
FAULT_POINTS = ("extracted", "checked", "prepared", "database-set-aside", "set-aside",
                "moved-in", "keys-in", "anchored")
FINISHED = "A restore from {source} had been interrupted; Stillroom finished it, so the " \
           "practice is now the restored one."
FINISHED_KEPT = " The practice it replaced is kept as {kept}."
ROLLED_BACK = "A restore had been interrupted before it changed the practice; Stillroom " \
              "removed what it left behind, so the practice is as it was."
UNFINISHABLE = (
    "A restore into {folder} was interrupted and cannot be finished: {reason}. Restore your "
    "latest backup again with 'python main.py restore BACKUP.zip'."
)

# Tests set this to stop a restore at one of FAULT_POINTS; it is called with each point's name.
fault: Callable[[str], None] | None = None


def reached(point: str) -> None:
    if fault is not None:
        fault(point)


@dataclass(frozen=True)
class RestorePlan:
    """What a restore is to do, as the marker keeps it."""

    source: str  # the backup (or database) restored from, for the sentence
    kept: str | None  # the name the current database is set aside as; None: there was none
    keys: bool  # whether INCOMING_KEYS becomes the practice's keys
    vault_id: str
    anchor: str  # the restored database's sealed anchor (services/vault/anchor.py)
    remembered: bool  # whether the key is in the keychain, where the anchor goes too
    forget: bool = False  # the keychain's key is not the restored one's: it is forgotten
    stage: str = "prepared"

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, **asdict(self)}, indent=2)

    @classmethod
    def from_json(cls, text: str) -> RestorePlan:
        data = json.loads(text)
        if data.pop("format", None) != FORMAT or data.get("stage") not in STAGES:
            raise ValueError("unknown restore marker")
        return cls(**data)


def leftovers(folder: Path) -> list[Path]:
    """What a restore that never reached its marker may leave in the folder."""
    names = (INCOMING, f"{INCOMING}-journal", f"{INCOMING}-wal", f"{INCOMING}-shm",
             INCOMING_KEYS, f"{INCOMING_KEYS}.new", f"{MARKER}.new")
    return [folder / name for name in names if (folder / name).exists()]


def discard_leftovers(folder: Path) -> bool:
    """Remove a restore's leftovers; whether there were any."""
    found = leftovers(folder)
    for path in found:
        path.unlink(missing_ok=True)
    return bool(found)


def carry_out(folder: Path, plan: RestorePlan) -> None:
    """From the prepared restore to the done one: the marker first, then each step."""
    try:
        write_private(folder / MARKER, plan.to_json().encode("utf-8"))
    except Exception:  # no marker, so the restore never began: nothing of it may stay
        discard_leftovers(folder)
        raise
    reached("prepared")
    _finish(folder, plan)


def _finish(folder: Path, plan: RestorePlan) -> None:
    steps = ((_set_aside, "set-aside"), (_move_in, "moved-in"), (_keys_in, "keys-in"))
    for step, stage in steps[STAGES.index(plan.stage):]:
        step(folder, plan)
        plan = replace(plan, stage=stage)
        write_private(folder / MARKER, plan.to_json().encode("utf-8"))
        reached(stage)
    write_private(anchor_path(folder), plan.anchor.encode("utf-8"))
    if plan.remembered:
        keychain.keep_anchor(plan.vault_id, plan.anchor)
    reached("anchored")
    (folder / MARKER).unlink()
    discard_leftovers(folder)
    sync_folder(folder)


def _journals(database: Path) -> tuple[Path, Path]:
    return Path(f"{database}-wal"), Path(f"{database}-shm")


def _set_aside(folder: Path, plan: RestorePlan) -> None:
    """The current database and its write-ahead log to the dated name, no log left behind:
    SQLite would replay a stale one onto the restored database."""
    database = VaultPaths(folder).database
    wal, shm = _journals(database)
    if plan.kept is not None:
        kept = folder / plan.kept
        if database.exists():
            os.replace(database, kept)
            sync_folder(folder)
        reached("database-set-aside")
        if wal.exists():
            os.replace(wal, _journals(kept)[0])
    else:
        reached("database-set-aside")
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)
    sync_folder(folder)


def _move_in(folder: Path, plan: RestorePlan) -> None:
    database = VaultPaths(folder).database
    incoming = folder / INCOMING
    if incoming.exists():
        os.replace(incoming, database)
        sync_folder(folder)
    elif not database.exists():
        raise VaultError(UNFINISHABLE, folder=str(folder),
                         reason=f"the restored copy {incoming.name} is gone")


def _keys_in(folder: Path, plan: RestorePlan) -> None:
    """The backup's key file in place, when it comes with it; the one it replaces kept beside
    the replaced database (which it opens), and the keychain's key forgotten."""
    incoming, keys = folder / INCOMING_KEYS, VaultPaths(folder).keys
    if plan.keys and incoming.exists():
        if keys.exists() and plan.kept is not None:
            kept_keys = (folder / plan.kept).with_suffix(".keys")
            if not kept_keys.exists():
                shutil.copy2(keys, kept_keys)
        os.replace(incoming, keys)
        sync_folder(folder)
    if plan.forget:
        keychain.forget(plan.vault_id)


def finish_locked(folder: Path) -> str | None:
    """Finish or undo an interrupted restore in `folder`, whose lock the caller holds; the
    sentence saying which, or None when there was none."""
    marker = folder / MARKER
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ROLLED_BACK if discard_leftovers(folder) else None
    try:
        plan = RestorePlan.from_json(text)
    except (ValueError, TypeError):
        raise VaultError(UNFINISHABLE, folder=str(folder),
                         reason=f"its record {marker.name} is damaged") from None
    _finish(folder, plan)
    sentence = FINISHED.format(source=plan.source)
    if plan.kept is not None:
        sentence += FINISHED_KEPT.format(kept=folder / plan.kept)
    return sentence


def finish_interrupted_restore(folder: Path) -> str | None:
    """Any command's first step: finish a restore that was interrupted (or remove what one
    left before it changed anything), and say which in one sentence; None when there was none.

    Left alone while another process holds the practice: that may be the restore itself.
    """
    if not (folder / MARKER).exists() and not leftovers(folder):
        return None
    lock = VaultLock(VaultPaths(folder).lock)
    try:
        lock.acquire()
    except VaultInUse:
        return None
    try:
        return finish_locked(folder)
    except OSError as error:
        raise VaultError(UNFINISHABLE, folder=str(folder),
                         reason=error.strerror or str(error)) from None
    finally:
        lock.release()
