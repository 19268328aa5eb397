"""Stillroom: the window by default, a command-line sub-command otherwise.

Only the window loads Qt: a command never imports `ui`. The window's way imports nothing of
the command line (its parser brings the database code), so the window shows first and that
code loads behind it (ui/app.py). Before anything else, the process is made undumpable: its
memory will hold the data key and client records.
"""

import gc
import os
import sys
from collections.abc import Sequence

from services.vault.process_guard import forbid_core_dumps

forbid_core_dumps()

from cli.window_or_command import window_folder  # noqa: E402  (after the guard, on purpose)


def main(argv: Sequence[str]) -> int:
    os.umask(0o077)
    folder = window_folder(argv)
    if folder is not None:
        from ui.app import run_gui

        return run_gui(folder)
    # The command line's code loads with the garbage collector waiting, and is then kept out
    # of every later collection: it lives as long as the command (so does the window's code,
    # ui/__init__.py). Collecting among it while it loaded took a tenth of its import.
    gc.disable()
    from cli.run import main as run_command

    gc.freeze()
    gc.enable()
    return run_command(argv)


def start() -> int:
    """The installed `stillroom` command (pyproject.toml's entry points)."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(start())
