"""STILLROOM_FIRST_FRAME: the window application says when its first window is painted, and
ends (how `make bench` times the bundle's start)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from services.vault.practice_vault import Vault
from ui.first_frame import FIRST_FRAME_VARIABLE, FirstFrameReport

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_paint_of_a_window_is_said_once_then_the_app_is_told_to_finish(
        qtbot: QtBot, qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    finished: list[bool] = []
    report = FirstFrameReport(lambda: finished.append(True))
    window = QWidget()
    qtbot.addWidget(window)
    report.watch(window)
    later = QWidget()
    qtbot.addWidget(later)
    report.watch(later)  # not the first: not watched
    assert finished == []  # nothing is painted yet
    window.show()
    qtbot.waitUntil(lambda: finished == [True])
    window.repaint()
    qtbot.wait(20)
    assert finished == [True]
    assert capsys.readouterr().out == "painted\n"


def test_the_window_started_with_the_variable_says_painted_and_ends(vault: Vault) -> None:
    folder = vault.paths.folder
    vault.close()
    env = {key: value for key, value in os.environ.items() if not key.startswith("STILLROOM")}
    env.update({FIRST_FRAME_VARIABLE: "1", "QT_QPA_PLATFORM": "offscreen",
                "HOME": str(folder.parent), "XDG_CONFIG_HOME": str(folder.parent / "config")})
    done = subprocess.run([sys.executable, "main.py", "--data-dir", str(folder)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["painted"]
