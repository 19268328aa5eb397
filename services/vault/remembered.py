"""Whether opening the practice will ask for its passphrase, known from the key file alone.

The window shows the unlock dialog at once when it will (the database code loads behind it,
while the passphrase is typed); only a practice that may open without asking waits for that
code first. A module of its own, light on purpose: nothing here loads SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path

from services.errors import StillroomError
from services.vault.key_file import read_key_file
from services.vault.vault_paths import VaultPaths

# The passphrase for scripts: `STILLROOM_PASSPHRASE=… stillroom check`.
PASSPHRASE_VARIABLE = "STILLROOM_PASSPHRASE"


def is_remembered(folder: Path) -> bool:
    """Whether the practice's key is kept in this computer's keychain."""
    return read_key_file(VaultPaths(folder).keys).remembered


def asks_for_passphrase(folder: Path) -> bool:
    """True when the practice surely asks: no passphrase in the environment and no key
    remembered. False when it may open without asking, or its key file cannot be read here
    (a passphrase change half done is healed first, by the slower path)."""
    paths = VaultPaths(folder)
    half_done = (paths.rotating_keys, paths.rotating_database, paths.rotating_anchor)
    if os.environ.get(PASSPHRASE_VARIABLE) or any(path.exists() for path in half_done):
        return False
    try:
        return not is_remembered(folder)
    except (StillroomError, OSError):
        return False
