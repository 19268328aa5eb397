"""Whether `stillroom …` asks for the window or for a command, decided without the command
line's own parser: that parser brings every command and the database code with it, and the
window must show before those load (ui/app.py loads them behind it)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from platformdirs import user_data_dir


def default_data_dir() -> Path:
    return Path(user_data_dir("Stillroom", appauthor=False))


def window_folder(argv: Sequence[str]) -> Path | None:
    """The practice's folder when the arguments ask for the window (nothing but `--data-dir`);
    None when they name a command, ask for help or are not understood here (the full parser
    answers those)."""
    light = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    light.add_argument("--data-dir", type=Path, default=None)
    try:
        known, rest = light.parse_known_args(list(argv))
    except argparse.ArgumentError:  # "--data-dir" without a folder: the full parser says so
        return None
    if rest:
        return None
    return Path(known.data_dir or default_data_dir())
