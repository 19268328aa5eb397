"""The folder the therapist last saved a paper in (a letter, a day sheet, a report).

Kept in the vault rather than in Qt's own settings, which are a plain file beside the user's
other settings: a folder's name can say whose papers are in it.
"""

from __future__ import annotations

from pathlib import Path

from services import validation
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault


def last_folder(vault: Vault) -> Path | None:
    """The folder last saved in, or None when none was, or it is gone."""
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        folder = practice.last_folder
    return Path(folder) if folder and Path(folder).is_dir() else None


def remember_folder(vault: Vault, folder: Path) -> None:
    """Keep `folder` as the one to start from next time."""
    text = validation.text(str(folder), "folder", multiline=False, limit=4000)
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        if practice.last_folder != text:
            practice.last_folder = text
