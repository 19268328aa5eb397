"""Stillroom: the window by default, a command-line sub-command otherwise.

Only the window loads Qt: a command never imports `ui`.
"""

import os
import sys
from collections.abc import Sequence

from cli.run import data_folder, parser, run


def main(argv: Sequence[str]) -> int:
    os.umask(0o077)
    arguments = parser().parse_args(argv)
    if arguments.command is None:
        from ui.app import run_gui

        return run_gui(data_folder(arguments))
    return run(arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
