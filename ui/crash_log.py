"""The log in the data folder, `stillroom.log`: for support, readable by its owner only.

What the window's modules log (the `ui` loggers) goes there, kept to about a megabyte with
two older copies. The file and its copies are 0600 whatever the umask. Nothing logged may hold
client data: an unexpected error is logged as `ui.crash_details.describe` writes it, and a
message names files and places in the code, never a client, a note or a value typed.
"""

from __future__ import annotations

import io
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "stillroom.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 2
WINDOW_LOGGER = "ui"
LINE = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def _private(path: str, flags: int) -> int:
    """Open (or create) `path` as a file its owner alone may read, whatever the umask."""
    descriptor = os.open(path, flags, 0o600)
    os.fchmod(descriptor, 0o600)
    return descriptor


class PrivateLog(RotatingFileHandler):
    """A rotating log whose file is 0600; each older copy is that file renamed, so 0600 too."""

    def _open(self) -> io.TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return open(self.baseFilename, "a", encoding=self.encoding, errors=self.errors,
                    opener=_private)


def open_log(folder: Path) -> PrivateLog:
    """Send what the window logs to `<folder>/stillroom.log` (written when first needed)."""
    handler = PrivateLog(folder / LOG_NAME, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                         encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(LINE))
    logger = logging.getLogger(WINDOW_LOGGER)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def close_log(handler: PrivateLog) -> None:
    logger = logging.getLogger(WINDOW_LOGGER)
    logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
    handler.close()
