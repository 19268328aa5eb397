"""The D-Bus path: a reminder reaches org.freedesktop.Notifications on a session bus of its
own (`dbus-run-session`), answered by a stand-in service that records each Notify call.

Skipped, saying why, where D-Bus is absent (no `dbus-run-session`: apt install dbus) or
jeepney is (it comes with keyring on Linux)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("notification_probe.py")


def test_a_reminder_reaches_the_desktops_notification_service(tmp_path: Path) -> None:
    session = shutil.which("dbus-run-session")
    if session is None or shutil.which("dbus-daemon") is None:
        pytest.skip("D-Bus is not installed here (apt install dbus): no session bus to try")
    pytest.importorskip("jeepney", reason="jeepney (brought by keyring on Linux) is missing")
    record = tmp_path / "notify-calls.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    finished = subprocess.run([session, "--", sys.executable, str(PROBE), str(record)],
                              capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert finished.returncode == 0, finished.stderr
    seen = json.loads(finished.stdout.strip().splitlines()[-1])
    assert seen == {"notice_without_service": True, "notice_with_service": False}
    calls = [json.loads(line) for line in record.read_text("utf-8").splitlines()]
    assert calls == [{
        "signature": "susssasa{sv}i", "app": "Stillroom", "replaces": 0,
        "summary": "Session in 10 minutes", "body": "09:10 · A. L. · Video",
        "actions": [], "hints": {}, "timeout": -1}]
