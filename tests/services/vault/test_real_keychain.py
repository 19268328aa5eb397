"""'Remember on this computer' against a real Secret Service (GNOME Keyring on a session bus
of its own), and with no keychain at all.

Needs `dbus-run-session` (Debian `dbus`), `gnome-keyring-daemon` (`gnome-keyring`) and the
Python `secretstorage` (which keyring brings on Linux); skipped, saying which is missing,
where they are not.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PROBE = "tests.services.vault.secret_service_probe"
MISSING = [tool for tool in ("dbus-run-session", "gnome-keyring-daemon")
           if shutil.which(tool) is None]


def probe(step: str, folder: Path, home: Path, *, bus: bool) -> dict[str, object]:
    """The probe in a fresh process, its keyrings and caches in `home`, never the user's."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DBUS_", "PYTHON_KEYRING", "GNOME_KEYRING", "STILLROOM_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_RUNTIME_DIR=str(home / "run"), PYTHONPATH=str(ROOT))
    (home / "run").mkdir(parents=True, mode=0o700)
    command = [sys.executable, "-m", PROBE, step, str(folder)]
    if bus:
        command = ["dbus-run-session", "--", *command]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


@pytest.mark.skipif(bool(MISSING), reason=f"no real Secret Service here: {', '.join(MISSING)} "
                    "missing (apt-get install dbus gnome-keyring)")
def test_the_key_is_kept_in_the_secret_service_and_asked_for_when_it_is_locked(
        tmp_path: Path) -> None:
    seen = probe("keychain", tmp_path / "practice", tmp_path / "home", bus=True)
    assert seen == {"backend": ["keyring.backends.SecretService"], "stored": True,
                    "opened_without_passphrase": True, "forgotten": True,
                    "locked_asks_passphrase": True, "still_remembered": True}


def test_with_no_keychain_the_key_is_not_remembered_and_the_passphrase_is_asked(
        tmp_path: Path) -> None:
    seen = probe("absent", tmp_path / "practice", tmp_path / "home", bus=False)
    assert seen == {"backend": [], "refused": seen["refused"], "remembered": False,
                    "asks": True}
    assert "no secure keychain" in str(seen["refused"])
