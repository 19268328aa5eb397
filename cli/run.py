"""The command line: `python main.py [--data-dir DIR] COMMAND`, or the window with no command.

Exit 0 on success, 1 on a problem a person can act on (one clear line on stderr, never a
traceback), 2 on bad usage (argparse's own convention).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cli import commands as cli_commands
from cli.window_or_command import chosen_command, default_data_dir
from services.errors import Ambiguous, InvalidRows, StillroomError
from services.vault.key_rotation import heal
from services.vault.practice_vault import VaultPaths
from services.vault.restore_journal import finish_interrupted_restore

PROGRAM = "stillroom"

# The commands with a module of their own: "module:function", in the order --help lists them.
# A module is imported only when one of its commands is chosen (or the whole list is wanted:
# --help, a mistyped command), so `check` does not pay for the letters' or invoices' code.
MODULE_COMMANDS: dict[str, str] = {
    "letter": "cli.letter:letter",
    "call-list": "cli.call_list:call_list_command",
    "day-sheet": "cli.day_sheet:day_sheet",
    "record": "cli.record:record",
    "superbill": "cli.superbill:superbill_command",
    "notes": "cli.notes:notes_command",
    "receipt": "cli.money_papers:receipt",
    "statement": "cli.money_papers:statement_command",
    "agenda": "cli.agenda:agenda_command",
    "import-clients": "cli.import_clients:import_clients_command",
    "income": "cli.income:income",
    "invoice": "cli.invoice:invoice",
    "void-invoice": "cli.invoice:void_invoice_command",
    "invoices": "cli.invoice:invoices_command",
    "export-calendar": "cli.export_calendar:export_calendar",
    "import-calendar": "cli.import_calendar:import_calendar_command",
}


def _module_of(command: str) -> str:
    return MODULE_COMMANDS[command].partition(":")[0]


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser: with every command, or with only the modules `command`
    needs (a command of cli/commands.py needs none)."""
    if command in MODULE_COMMANDS:
        modules = [_module_of(command)]
    elif command in cli_commands.COMMANDS:
        modules = []
    else:
        modules = list(dict.fromkeys(map(_module_of, MODULE_COMMANDS)))
    top = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Stillroom: an offline, encrypted practice book for therapists.",
        epilog="With no command, the Stillroom window opens. The passphrase is read from "
        "STILLROOM_PASSPHRASE when set, for scripts.",
    )
    top.add_argument("--data-dir", type=Path, default=None,
                     help="the practice's folder (default: %(default)s → your user data folder)")
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser("init", help="create a new practice and show its recovery code")
    init.add_argument("--name", default="My practice", help="the practice's name")
    init.add_argument("--fee", metavar="AMOUNT",
                      help="your usual session fee, in the currency's main units: 80 or 80.00 "
                      "(needed: a practice never charges nothing unless you say so)")
    init.add_argument("--currency", default="GBP", type=str.upper,
                      help="the currency of your fees (default %(default)s)")
    init.add_argument("--session-minutes", type=int, default=50,
                      help="how long a session usually lasts (default %(default)s)")
    init.add_argument("--timezone", metavar="ZONE", default=None,
                      help="the time zone your diary keeps, such as Europe/London "
                      "(default: this computer's)")
    demo = commands.add_parser("demo", help="create a practice filled with invented clients")
    demo.add_argument("--name", default="Demo practice", help="the practice's name")
    demo.add_argument("--years", type=int, default=3, help="years of history (default 3)")
    demo.add_argument("--clients", type=int, default=120, help="how many clients (default 120)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed, the same practice")
    commands.add_parser("check", help="check the database, its encryption, the audit trail "
                        "and the records it describes, and that it is not an older copy")
    backup = commands.add_parser("backup", help="make an encrypted backup file")
    backup.add_argument("file", type=Path)
    restore = commands.add_parser(
        "restore", help="replace the practice with a backup (or with a practice's database "
        "file, such as the practice-replaced-… copy a restore keeps)")
    restore.add_argument("file", type=Path)
    export = commands.add_parser("export", help="every table as CSV and JSON (NOT encrypted)")
    export.add_argument("dir", type=Path)
    export.add_argument("--include-private", action="store_true",
                        help="also your private reflections (left out by default)")
    commands.add_parser("passwd", help="change the passphrase (the practice is re-encrypted "
                        "under a new key)")
    for module in modules:
        importlib.import_module(module).add_parser(commands)
    return top


def report(error: StillroomError) -> None:
    print(f"{PROGRAM}: {error}", file=sys.stderr)
    if isinstance(error, InvalidRows):
        for line, reason in error.problems:
            print(f"  line {line}: {reason}", file=sys.stderr)
    if isinstance(error, Ambiguous):
        for match in error.matches:
            print(f"  {match}", file=sys.stderr)


def main(argv: Sequence[str]) -> int:
    """Run one command (the window is `main.py`'s, so that no command loads Qt); with no
    command, the usage."""
    os.umask(0o077)
    arguments = parser(chosen_command(argv)).parse_args(argv)
    if arguments.command is None:
        parser().print_usage(sys.stderr)
        return 2
    return run(arguments)


def data_folder(arguments: argparse.Namespace) -> Path:
    return Path(arguments.data_dir or default_data_dir())


def run(arguments: argparse.Namespace) -> int:
    folder = data_folder(arguments)
    try:
        # a restore or a passphrase change that a kill left half done is finished or undone
        for healed in (finish_interrupted_restore(folder), heal(VaultPaths(folder))):
            if healed:
                cli_commands.say(healed)
        if arguments.command in MODULE_COMMANDS:
            module, _colon, function = MODULE_COMMANDS[arguments.command].partition(":")
            getattr(importlib.import_module(module), function)(folder, arguments)
        else:
            cli_commands.COMMANDS[arguments.command](folder, arguments)
    except StillroomError as error:
        report(error)
        return 1
    except KeyboardInterrupt:
        print(f"{PROGRAM}: stopped; nothing was changed by the unfinished step.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{PROGRAM}: {error.strerror or error}: {error.filename or ''}", file=sys.stderr)
        return 1
    return 0
