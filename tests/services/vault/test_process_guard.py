"""No core dumps: the limit is zero and, on Linux, the process is not dumpable.

Each check runs in a child process: a test must not make pytest itself undumpable.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
REPORT = """
import resource
from services.vault.process_guard import is_dumpable
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
"""


def child(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    finished = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 0, finished.stderr
    return finished.stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_a_fresh_process_could_dump_core_so_the_guard_is_needed() -> None:
    assert child(REPORT).endswith("True")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_the_guard_forbids_core_dumps() -> None:
    guarded = "from services.vault.process_guard import forbid_core_dumps\nforbid_core_dumps()\n"
    assert child(guarded + REPORT) == "(0, 0) False"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_main_guards_the_process_before_it_reads_anything() -> None:
    assert child("import main\n" + REPORT) == "(0, 0) False"
