"""Stillroom: the window by default, a command-line sub-command otherwise."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
