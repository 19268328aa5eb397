"""What a long vault job (a check, a backup, a passphrase change) says as each stage begins.

The job calls `progress(stage)` with one of its own STAGES; whoever waits (the command line)
turns it into words and keeps a line moving until the next stage or the end.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str], None]


def no_progress(_stage: str) -> None:
    """Nobody is watching (a test, a script, the window's background check)."""
