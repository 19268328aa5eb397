"""What the packaging tests share: a practice made by the program under test, and a look at
its window under Xvfb from outside the process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

PASSPHRASE = "quiet garden 42"
WINDOW_SECONDS = 60


def environment(home: Path) -> dict[str, str]:
    """A clean environment: its own home (settings, caches), the passphrase for scripts."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("QT_", "PYTHON", "VIRTUAL_ENV", "STILLROOM_"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_DATA_HOME=str(home / "data"),
               STILLROOM_PASSPHRASE=PASSPHRASE)
    return env


def run(command: Sequence[str], *, cwd: Path, env: dict[str, str],
        timeout: int = 600) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(list(command), cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{command}: {done.stdout[-2000:]}{done.stderr[-2000:]}"
    return done


WATCH = """
"$@" &
program=$!
for _ in $(seq 1 {tries}); do
  if xwininfo -root -tree | grep -q '"Stillroom — '; then break; fi
  sleep 0.5
done
sleep 2
xwininfo -root -tree | grep '"Stillroom' > "$WINDOWS"
"$SHOT_PYTHON" -c "$GRAB" || true
kill $program; wait $program
exit 0
"""


GRAB = ("import os\nfrom PIL import ImageGrab\n"
        "ImageGrab.grab(xdisplay=os.environ['DISPLAY']).save(os.environ['SHOT'])")


def window_titles(command: Sequence[str], *, cwd: Path, env: dict[str, str],
                  shot: Path) -> str:
    """Start the window under Xvfb, wait for the practice's window, grab the screen into
    `shot`, close it; the titles of the windows it showed."""
    if shutil.which("xvfb-run") is None or shutil.which("xwininfo") is None:
        pytest.skip("no Xvfb here (apt-get install xvfb x11-utils)")
    titles = cwd / "windows.txt"
    script = WATCH.format(tries=WINDOW_SECONDS * 2)
    env = {**env, "WINDOWS": str(titles), "SHOT": str(shot), "SHOT_PYTHON": sys.executable,
           "GRAB": GRAB}
    subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "bash", "-c", script,
                    "watch", *command], cwd=cwd, env=env, timeout=WINDOW_SECONDS + 60,
                   capture_output=True, check=True)
    started = time.monotonic()
    while not titles.exists() and time.monotonic() - started < 5:
        time.sleep(0.1)
    return titles.read_text()
