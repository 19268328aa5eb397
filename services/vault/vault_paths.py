"""Where a practice keeps its files in its folder: a module of its own, without the database
code, so the window can tell at once whether there is a practice to unlock."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "practice.stillroom"

    @property
    def keys(self) -> Path:
        return self.folder / "practice.keys"

    @property
    def lock(self) -> Path:
        return self.folder / "practice.lock"

    @property
    def rotating_database(self) -> Path:
        """The database under its new key while the passphrase changes (key_rotation)."""
        return self.folder / "practice.stillroom.rotating"

    @property
    def rotating_anchor(self) -> Path:
        return self.folder / "practice.anchor.rotating"

    @property
    def rotating_keys(self) -> Path:
        return self.folder / "practice.keys.rotating"

    def exists(self) -> bool:
        return self.database.exists() or self.keys.exists()
