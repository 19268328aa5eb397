"""Each command's module is loaded only when its command is chosen: `check` starts without the
letters', invoices' and agenda's code (cli/run.py's MODULE_COMMANDS)."""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.cli_process import ROOT
from cli import commands as cli_commands
from cli.run import MODULE_COMMANDS, parser
from cli.window_or_command import chosen_command
from services.vault.practice_vault import PASSPHRASE_VARIABLE, Vault
from tests.conftest import PASSPHRASE

COMMAND_MODULES = sorted({spec.partition(":")[0] for spec in MODULE_COMMANDS.values()})


def command_modules_loaded(argv: list[str], env: dict[str, str]) -> tuple[int, list[str]]:
    """Run `cli.run.main(argv)` in a fresh process: its exit code and the command modules it
    imported."""
    probe = ("import json, sys\nfrom cli.run import main\ncode = main(sys.argv[1:])\n"
             f"print(json.dumps(sorted(m for m in sys.modules if m in {COMMAND_MODULES!r})))\n"
             "sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


def test_check_loads_no_other_commands_module(vault: Vault, data_dir: Path) -> None:
    vault.close()
    env = {PASSPHRASE_VARIABLE: PASSPHRASE, "PATH": "/usr/bin:/bin"}
    code, loaded = command_modules_loaded(["--data-dir", str(data_dir), "check"], env)
    assert code == 0
    assert loaded == []


def test_a_command_loads_its_own_module_only(vault: Vault, data_dir: Path) -> None:
    vault.close()
    env = {PASSPHRASE_VARIABLE: PASSPHRASE, "PATH": "/usr/bin:/bin"}
    code, loaded = command_modules_loaded(["--data-dir", str(data_dir), "invoices",
                                           "--client", "nobody"], env)
    assert code == 1  # no such client: said in one line
    assert loaded == ["cli.invoice"]


def test_every_command_is_in_the_full_parser_and_reaches_its_function() -> None:
    choices = next(action.choices for action in parser()._actions
                   if isinstance(action, argparse._SubParsersAction))
    assert set(choices) == set(cli_commands.COMMANDS) | set(MODULE_COMMANDS)
    for name, spec in MODULE_COMMANDS.items():
        module, _colon, function = spec.partition(":")
        assert callable(getattr(importlib.import_module(module), function)), name


@pytest.mark.parametrize("name", sorted(MODULE_COMMANDS))
def test_the_parser_for_one_command_knows_that_command(name: str) -> None:
    only = parser(name)
    with pytest.raises(SystemExit) as help_shown:
        only.parse_args([name, "--help"])
    assert help_shown.value.code == 0


@pytest.mark.parametrize(("argv", "chosen"), [
    (["check"], "check"),
    (["--data-dir", "/tmp/p", "letter", "termination"], "letter"),
    (["--data-dir=/tmp/p", "invoices", "--client", "3"], "invoices"),
    (["--help"], None),
    ([], None),
    (["--data-dir"], None),
    (["--unknown", "check"], None),
])
def test_the_command_is_read_before_the_parser_is_built(argv: list[str],
                                                        chosen: str | None) -> None:
    assert chosen_command(argv) == chosen


def test_a_mistyped_command_is_told_with_every_command_listed(
        capsys: pytest.CaptureFixture[str]) -> None:
    from cli.run import main

    with pytest.raises(SystemExit) as stopped:
        main(["chek"])
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "invalid choice: 'chek'" in said and "'export-calendar'" in said


def test_a_command_runs_with_its_code_loaded_and_the_collector_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """main.py holds the collector while the command line's code loads, then freezes that
    code out of later collections and lets it run again before the command itself."""
    import gc

    import cli.run
    import main as entry

    seen: list[tuple[bool, bool]] = []
    monkeypatch.setattr(cli.run, "main",
                        lambda argv: seen.append((gc.isenabled(), gc.get_freeze_count() > 0))
                        or 0)
    try:
        assert entry.main(["check"]) == 0
    finally:
        gc.unfreeze()
    assert seen == [(True, True)]
    assert gc.isenabled()
