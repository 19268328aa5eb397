"""One process at a time per vault, by an operating-system file lock.

The lock belongs to the open file, so the system drops it when the process ends, however it
ends: a crash or a kill never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from services.errors import VaultInUse

IN_USE = (
    "This practice is already open in another Stillroom window or command. "
    "Close it there first."
)


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise VaultInUse(IN_USE) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
