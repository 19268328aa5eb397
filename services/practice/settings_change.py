"""Saving what the settings dialog decides: the practice's settings and, perhaps, whether this
computer remembers the practice's key.

The settings live in the database; the remembered key lives in the operating system's
keychain, with a flag in the key file beside the database. No transaction spans both, so
`save_settings` orders them so that a refusal anywhere leaves both as they were:

1. every setting is checked first; a bad value changes nothing anywhere;
2. the settings are written in a unit of work and flushed, so the database has taken them
   (types, limits, constraints), but nothing is committed yet;
3. still inside that unit of work, the keychain is changed. If it refuses (no keychain, a
   locked one, access denied: the likeliest refusal of all), the unit of work rolls back,
   which cannot fail to leave the database as it was;
4. the unit of work commits. Only if the commit itself fails (the disk full at that very
   moment) is the keychain change made backwards, to what it was.

The other order (the keychain first, then the database) would need that backwards change for
every refusal of the database; this one needs it only for a failed commit after a successful
flush. Saving settings is not undoable: it is not a change to the book.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

from services.errors import VaultError
from services.practice.practice_settings import (
    NAMES,
    PracticeSettings,
    checked_settings,
    update_settings_in,
)
from services.vault.practice_vault import (
    Vault,
    forget_this_computer,
    remember_on_this_computer,
)


@dataclass(frozen=True)
class SettingsChange:
    """The settings wanted, and `remember`: True to keep the key in this computer's keychain,
    False to forget it there, None to leave it as it is."""

    settings: PracticeSettings
    remember: bool | None = None


def save_settings(vault: Vault, change: SettingsChange) -> PracticeSettings:
    """Save everything, or nothing (in the order the module explains); returns the settings
    as saved. A keychain that refuses is a VaultError on field "remember"."""
    wanted = checked_settings(change.settings)
    keychain_changed = False
    try:
        with vault.unit_of_work() as session:
            saved = update_settings_in(session, **{name: getattr(wanted, name)
                                                   for name in NAMES})
            session.flush()
            if change.remember is not None:
                _change_keychain(vault, change.remember)
                keychain_changed = True
    except BaseException:
        if keychain_changed:
            with suppress(Exception):  # the commit's own error is the one to report
                _change_keychain(vault, not change.remember)
        raise
    return saved


def _change_keychain(vault: Vault, remember: bool) -> None:
    try:
        if remember:
            remember_on_this_computer(vault)
        else:
            forget_this_computer(vault.paths.folder)
    except VaultError as error:
        raise VaultError(error.template, field="remember", **error.values) from None
