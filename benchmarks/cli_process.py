"""The command line in a fresh process, and the Qt modules it left loaded.

    python -m benchmarks.cli_process SCRIPT [ARGS...]

runs SCRIPT as `python SCRIPT ARGS...` would (`main.py check`, say), then prints on a last
line of its own the sorted names in `sys.modules` that start with PySide6 or shiboken6, as
JSON. It imports nothing but the standard library, so whatever Qt is loaded, the script
loaded. `run_script` does this from another process: the `cli_check` figure
(benchmarks/cli_figures.py) and tests/cli/test_no_qt.py use it.
"""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = "Qt modules loaded: "
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Finished:
    """A script's exit code, what it printed (the mark's line taken off), and its Qt modules."""

    code: int
    output: str
    errors: str
    qt_modules: list[str]


def run_script(script: Path, arguments: Sequence[str], env: Mapping[str, str],
               timeout: float = 300) -> Finished:
    """Run `python SCRIPT ARGUMENTS...` from the repository's folder through this probe."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.cli_process", str(script), *arguments],
        cwd=ROOT, env=dict(env), capture_output=True, text=True, timeout=timeout)
    output, mark, loaded = done.stdout.rpartition(MARK)
    if not mark:
        raise RuntimeError(f"{script} ended before the probe could look: {done.stderr}")
    return Finished(done.returncode, output, done.stderr, json.loads(loaded))


def main(argv: Sequence[str]) -> int | str | None:
    script, *arguments = argv
    sys.argv = [script, *arguments]
    sys.path[0] = str(Path(script).resolve().parent)  # as `python SCRIPT` sets it
    code: int | str | None = 0
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int | str) else None
    loaded = sorted(name for name in sys.modules if name.startswith(QT))
    print(MARK + json.dumps(loaded), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
