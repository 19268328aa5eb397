"""A command loads no Qt: `python main.py COMMAND` in a fresh process, then what it imported.

The command line runs on a machine with no display and starts quickly because nothing of
PySide6 is loaded for it; only the window (`main.py` with no command) imports `ui`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from benchmarks.cli_process import ROOT, run_script
from demo.practice import fill_demo_practice
from models import Client
from services.vault.practice_vault import PASSPHRASE_VARIABLE, Vault
from tests.conftest import PASSPHRASE


def environment() -> dict[str, str]:
    env = {**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE}
    env.pop("QT_QPA_PLATFORM", None)  # as in a terminal with no display
    return env


@pytest.fixture
def practice(vault: Vault, data_dir: Path) -> tuple[Path, int]:
    """A small invented practice, closed, and a client with a postal address for a letter."""
    fill_demo_practice(vault, years=1, clients=12, seed=7)
    with vault.unit_of_work() as session:
        addressed = session.scalars(select(Client.id).where(Client.address != "")).first()
    vault.close()
    assert addressed is not None
    return data_dir, addressed


@pytest.mark.parametrize(("command", "says"), [
    (["check"], "OK"),
    (["call-list", "--format", "csv"], "rule,client,when"),
    (["letter", "termination", "--client", "{client}", "--reason", "chose_to_stop",
      "--out", "{out}"], "kept as letter"),
    (["record", "--client", "{client}", "--out", "{out}"], "sessions"),
    (["notes", "search", "sleep"], "found for"),
    (["invoices", "--client", "{client}"], "no invoices yet"),
    (["statement", "--client", "{client}", "--from", "2020-01-01", "--to", "2030-12-31",
      "--out", "{out}"], "closing balance"),
    (["agenda", "--format", "pdf", "--out", "{out}"], "letter.pdf"),
    (["income", "--year", "2026", "--out", "{out}"], "kept as paper"),
    (["export-calendar", "{out}", "--names", "none"], "letter.pdf"),
])
def test_a_command_loads_no_qt(practice: tuple[Path, int], tmp_path: Path, command: list[str],
                               says: str) -> None:
    folder, client = practice
    arguments = [part.format(client=client, out=tmp_path / "letter.pdf") for part in command]
    finished = run_script(ROOT / "main.py", ["--data-dir", str(folder), *arguments],
                          environment())
    assert finished.code == 0, finished.errors
    assert says in finished.output
    assert finished.qt_modules == []


def test_the_probe_sees_qt_when_it_is_loaded(tmp_path: Path) -> None:
    script = tmp_path / "window.py"
    script.write_text("import PySide6.QtCore\n", encoding="utf-8")
    finished = run_script(script, [], environment())
    assert finished.code == 0, finished.errors
    assert "PySide6.QtCore" in finished.qt_modules and "shiboken6" in finished.qt_modules


def test_the_command_line_loads_paper_and_calendar_libraries_only_to_write() -> None:
    """Building the parser (every command does) loads no reportlab and no icalendar: `check`
    and the other quick commands start without them."""
    import subprocess
    import sys

    probe = ("import sys, cli.run; print(sorted(m for m in ('reportlab', 'icalendar') "
             "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"
