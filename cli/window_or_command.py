"""Whether `stillroom …` asks for the window or for a command, decided without the command
line's own parser: that parser brings every command and the database code with it, and the
window must show before those load (ui/app.py loads them behind it). The command named is read
the same light way, so that only its own parser is built (cli/run.py)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from platformdirs import user_data_dir


def default_data_dir() -> Path:
    return Path(user_data_dir("Stillroom", appauthor=False))


def _read_lightly(argv: Sequence[str]) -> tuple[Path, list[str]] | None:
    """The practice's folder and the arguments after `--data-dir`; None when `--data-dir`
    has no folder (the full parser says so)."""
    light = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    light.add_argument("--data-dir", type=Path, default=None)
    try:
        known, rest = light.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None
    return Path(known.data_dir or default_data_dir()), rest


def window_folder(argv: Sequence[str]) -> Path | None:
    """The practice's folder when the arguments ask for the window (nothing but `--data-dir`);
    None when they name a command, ask for help or are not understood here (the full parser
    answers those)."""
    read = _read_lightly(argv)
    return read[0] if read is not None and not read[1] else None


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command the arguments name; None when they name none (or ask for help first),
    and then every command's parser is built."""
    read = _read_lightly(argv)
    if read is None or not read[1] or read[1][0].startswith("-"):
        return None
    return read[1][0]
