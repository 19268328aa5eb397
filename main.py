"""Stillroom: the window by default, a command-line sub-command otherwise.

Only the window loads Qt: a command never imports `ui`. Before anything else, the process
is made undumpable: its memory will hold the data key and client records.
"""

import os
import sys
from collections.abc import Sequence

from services.vault.process_guard import forbid_core_dumps

forbid_core_dumps()

from cli.run import data_folder, parser, run  # noqa: E402  (after the guard, on purpose)


def main(argv: Sequence[str]) -> int:
    os.umask(0o077)
    arguments = parser().parse_args(argv)
    if arguments.command is None:
        from ui.app import run_gui

        return run_gui(data_folder(arguments))
    return run(arguments)


def start() -> int:
    """The installed `stillroom` command (pyproject.toml's entry points)."""
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(start())
