"""The unlock dialog is on screen before the database code is loaded, which then loads behind
it; checked in a fresh process, where nothing of it was imported before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from services.vault.practice_vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from ui.app import PracticeLauncher, prepare_application

class Queue:
    def __init__(self):
        self.jobs = []
    def run(self, job, done, failed=None):
        self.jobs.append(job)

app = QApplication([])
prepare_application(app)
queue = Queue()
launcher = PracticeLauncher(__import__("pathlib").Path(sys.argv[1]), queue)
launcher.start()
dialog = launcher.unlock_dialog
print("dialog shown:", dialog is not None and dialog.isVisible())
print("database code before:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
for job in queue.jobs:
    job()
print("database code after:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
"""


def test_the_unlock_dialog_comes_before_the_database_code(vault: Vault) -> None:
    folder = vault.paths.folder
    vault.close()
    done = subprocess.run([sys.executable, "-c", PROBE, str(folder)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                               "HOME": str(folder.parent)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["dialog shown: True",
                                        "database code before: False False",
                                        "database code after: True True"]
