"""The command line: `python main.py [--data-dir DIR] COMMAND`.

May import `services`, `demo` and `models.enums`; never `ui`, and never Qt, so a command
starts quickly on a machine with no display.
"""
