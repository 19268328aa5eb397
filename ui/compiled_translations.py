"""The window's compiled translations (.qm), made from their source (.ts) when missing.

An installed Stillroom carries them (pyproject.toml's build step); a checkout run without
`make` has only the .ts, or a .qm older than it after an update. Then Qt's lrelease from
PySide6 compiles the .ts once into the user's cache folder (words of the app, no client
data), so the window never comes up in English because a build step was skipped.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir

import resources

log = logging.getLogger(__name__)
TRANSLATIONS = resources.FOLDER / "translations"
LRELEASE_SECONDS = 60


def _fresh(compiled: Path, source: Path) -> bool:
    return compiled.is_file() and (not source.is_file()
                                   or compiled.stat().st_mtime >= source.stat().st_mtime)


def lrelease() -> Path:
    """Qt's lrelease, as the PySide6 wheel ships it."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def compiled_translation(name: str, *, shipped: Path = TRANSLATIONS,
                         cache: Path | None = None) -> Path | None:
    """The .qm for `name` ("stillroom_ru"): the one shipped when it is up to date, else one
    compiled now from the shipped .ts into `cache`; None (and a line in the log) when there
    is neither."""
    source, packaged = shipped / f"{name}.ts", shipped / f"{name}.qm"
    if _fresh(packaged, source):
        return packaged
    if not source.is_file():
        log.error("The translation %s is missing", name)
        return None
    folder = cache or Path(user_cache_dir("Stillroom")) / "translations"
    made = folder / f"{name}.qm"
    if _fresh(made, source):
        return made
    folder.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(made)],
                       check=True, timeout=LRELEASE_SECONDS, capture_output=True)
    except (OSError, subprocess.SubprocessError) as error:
        log.error("The translation %s could not be compiled: %s", name, type(error).__name__)
        return None
    return made if made.is_file() else None
