"""What each command-line command does, in terms of the services.

A command imports what only it needs (the demo, the PDF machinery, the backup, the passphrase
change, the new practice's checks) when it runs, so that `check` and the other quick commands
start in a fraction of a second.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.progress import Waiting
from services.errors import StillroomError, VaultError, WrongPassphrase
from services.vault.check import check_practice
from services.vault.key_file import KeyFile, same_data_key
from services.vault.key_slots import unwrap
from services.vault.practice_vault import (
    PASSPHRASE_VARIABLE,
    Vault,
    VaultPaths,
    create_vault,
    default_actor,
    key_without_asking,
    open_vault,
    unlock_with_passphrase,
)
from services.vault.private_files import refuse_inside_data_folder, write_private

NEW_PASSPHRASE_VARIABLE = "STILLROOM_NEW_PASSPHRASE"


def ask(prompt: str) -> str:
    if not sys.stdin.isatty():
        raise StillroomError("No passphrase given: set {variable} or run this in a terminal.",
                             variable=PASSPHRASE_VARIABLE)
    return getpass.getpass(prompt)


def from_environment(variable: str) -> str | None:
    """A passphrase from the environment, taken out of it once read: no child inherits it."""
    return os.environ.pop(variable, None) or None


def new_passphrase(variable: str) -> str:
    """A new passphrase from the environment, or typed twice."""
    given = from_environment(variable)
    if given:
        return given
    first = ask("New passphrase: ")
    if ask("The same passphrase again: ") != first:
        raise StillroomError("The two passphrases are not the same; nothing was changed.")
    return first


def key_for(folder: Path) -> bytearray:
    if not VaultPaths(folder).exists():
        raise VaultError("There is no practice in {folder}. Create one with 'init'.",
                         folder=str(folder))
    return key_without_asking(folder) or unlock_with_passphrase(folder, ask("Passphrase: "))


def opened(folder: Path) -> Vault:
    """The practice opened for a command that reads or writes the book, brought up to today
    as the window brings it when it opens: clients whose ending day has come are ended (their
    later sessions cancelled), so what the command reads or writes is what the window shows."""
    from services.clients.ending import end_due_clients

    vault = open_vault(folder, key_for(folder), actor=default_actor("command line"))
    if vault.notice:
        say(vault.notice)
    try:
        ended = len(end_due_clients(vault))
    except BaseException:
        vault.close()
        raise
    if ended:
        say(f"{ended} client{'' if ended == 1 else 's'} whose ending day had come "
            f"{'is' if ended == 1 else 'are'} now marked ended.")
    return vault


def checked_out(folder: Path, out: Path) -> Path:
    """A file a command is asked to write (`--out`): refused inside the data folder, where
    nothing in plaintext belongs, as `export` refuses."""
    refuse_inside_data_folder(folder, out)
    return out


def write_out(out: Path, data: bytes) -> None:
    """Write what `--out` names, owner-only (0600, even over an older file), synced."""
    try:
        write_private(out, data)
    except OSError as error:
        raise StillroomError("Stillroom could not write {path}: {reason}", path=str(out),
                             reason=error.strerror or str(error)) from None


def say(notice: str) -> None:
    """A sentence about the practice itself, beside what the command prints: on stderr."""
    print(f"stillroom: {notice}", file=sys.stderr)


def _create(folder: Path, practice_name: str, **settings: Any) -> Vault:
    """A new practice with its `settings` (`create_vault`'s fee, length, zone…), in this
    computer's time zone unless one is given."""
    from services.practice.practice_timezone import local_timezone

    settings.setdefault("timezone", local_timezone())
    vault, code = create_vault(folder, new_passphrase(PASSPHRASE_VARIABLE),
                               practice_name=practice_name, actor=default_actor("command line"),
                               **settings)
    print(f"Created a practice in {folder}.")
    print("Your recovery code (shown once; write it down and keep it somewhere safe):")
    print(f"    {code}")
    from services.papers.recovery_sheet import keep_recovery_sheet

    keep_recovery_sheet(vault, code)
    return vault


def init(folder: Path, arguments: argparse.Namespace) -> None:
    """The fee is asked for, as the window asks: a practice never charges nothing unless the
    therapist said so. Everything is checked before the passphrase is asked for."""
    from services import validation
    from services.money.amounts import parse_amount
    from services.practice.practice_timezone import local_timezone

    if arguments.fee is None:
        raise StillroomError("Please give your usual session fee with --fee, such as "
                             "--fee 80 (type --fee 0 if you do not charge).")
    currency = arguments.currency
    fee = parse_amount(arguments.fee, currency, field="session_fee")
    minutes = validation.session_length(arguments.session_minutes, "session_minutes")
    zone = validation.time_zone(arguments.timezone or local_timezone())
    _create(folder, arguments.name, session_fee=fee, currency=currency,
            session_minutes=minutes, timezone=zone).close()


def demo(folder: Path, arguments: argparse.Namespace) -> None:
    from demo.practice import fill_demo_practice

    with _create(folder, arguments.name) as vault:
        summary = fill_demo_practice(vault, years=arguments.years, clients=arguments.clients,
                                     seed=arguments.seed)
    print(f"Filled it with an invented practice: {summary.clients:,} clients, "
          f"{summary.past_appointments:,} past sessions and {summary.upcoming_appointments:,} "
          f"to come, {summary.ledger_entries:,} ledger entries, "
          f"{summary.contact_log_entries:,} contacts, {summary.notes:,} session notes, "
          f"{summary.invoices:,} invoices and credit notes, {summary.receipts:,} receipts.")


CHECK_WORDS = {
    "pages": "Checking every page of the practice (a few seconds for years of notes)…",
    "audit trail": "Checking the audit trail against every record…",
}
BACKUP_WORDS = {
    "copying": "Copying the practice into the backup, checking every page alongside…",
    "checking": "Finishing the check of every page…",
}


def check(folder: Path, arguments: argparse.Namespace) -> None:
    """Verify the practice as it is on disk. It never writes, not even the endings that have
    come due (`opened` does those): a check must not change what it checks, and is run on
    copies and backups that are not the therapist's working book."""
    key = key_for(folder)
    with Waiting(CHECK_WORDS) as waiting:
        report = check_practice(folder, key, waiting)
    for note in report.notes:
        say(note)
    if report.problems:
        raise StillroomError("The check found problems: {problems}",
                             problems="; ".join(report.problems))
    print("OK")


def backup(folder: Path, arguments: argparse.Namespace) -> None:
    from services.vault import backup as backups

    key = key_for(folder)
    with Waiting(BACKUP_WORDS) as waiting:
        made = backups.backup(folder, key, arguments.file, waiting)
    print(f"Backup written to {made}.")


def restore(folder: Path, arguments: argparse.Namespace) -> None:
    """With the practice's own key when the backup holds the same one; otherwise (a backup
    from before a passphrase change, or no practice here yet) with the backup's passphrase."""
    from services.vault import backup as backups
    from services.vault.passphrase import current_key_file

    backup_keys = backups.backup_key_file(arguments.file)
    current = current_key_file(VaultPaths(folder)) if VaultPaths(folder).exists() else None
    if current is not None and same_data_key(current, backup_keys):
        key = key_for(folder)
    else:
        key = _backup_key(backup_keys, arguments.file, asked=current is not None)
    kept = backups.restore(folder, arguments.file, key)
    print(f"Restored the practice from {arguments.file}.")
    if kept:
        print(f"The practice it replaced is kept as {kept}.")


def _backup_key(backup_keys: KeyFile, backup_file: Path, asked: bool) -> bytearray:
    prompt = "The passphrase of the backup (of the day it was made): " if asked else "Passphrase: "
    passphrase = from_environment(PASSPHRASE_VARIABLE) or ask(prompt)
    try:
        return unwrap(backup_keys.passphrase, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase("That passphrase does not open the backup {path}: it opens with the "
                              "passphrase the practice had when the backup was made.",
                              path=str(backup_file)) from None


def export(folder: Path, arguments: argparse.Namespace) -> None:
    from services.vault.export import PLAINTEXT_WARNING, PRIVATE_WARNING, export_all

    with opened(folder) as vault:
        written = export_all(vault, arguments.dir, include_private=arguments.include_private)
    print(PLAINTEXT_WARNING, file=sys.stderr)
    if arguments.include_private:
        print(PRIVATE_WARNING, file=sys.stderr)
    print(f"Exported {len(written)} files to {arguments.dir}.")


def passwd(folder: Path, arguments: argparse.Namespace) -> None:
    """A new passphrase and a new data key: the practice is re-encrypted under it."""
    from services.vault.passphrase import change_passphrase

    old = from_environment(PASSPHRASE_VARIABLE) or ask("Current passphrase: ")
    unlock_with_passphrase(folder, old)
    new = new_passphrase(NEW_PASSPHRASE_VARIABLE)
    with Waiting(STAGE_WORDS) as waiting:
        changed = change_passphrase(folder, old, new, progress=waiting)
    print("The passphrase is changed, and the practice is re-encrypted under a new key: the old "
          "passphrase opens only backups made before now.")
    code = changed.new_recovery_code
    if code is None:
        print("The recovery code still works.")
        return
    print("This practice's recovery code was made by an older Stillroom and cannot follow the "
          "new key, so here is a new one (shown once; write it down, and keep it where the old "
          "one was: the old code now opens only backups made before now):")
    print(f"    {code}")
    from services.papers.recovery_sheet import keep_recovery_sheet

    with open_vault(folder, unlock_with_passphrase(folder, new),
                    actor=default_actor("command line")) as vault:
        keep_recovery_sheet(vault, code)


STAGE_WORDS = {
    "copying": "Re-encrypting the practice under a new key (a few seconds for years of it)…",
    "checking": "Checking the re-encrypted copy…",
    "replacing": "Putting it in place…",
}


COMMANDS: dict[str, Callable[[Path, argparse.Namespace], None]] = {
    "init": init,
    "demo": demo,
    "check": check,
    "backup": backup,
    "restore": restore,
    "export": export,
    "passwd": passwd,
}
