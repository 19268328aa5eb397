"""The first window (the unlock dialog, or with the key remembered the window's frame) is on
screen before the database code is loaded, which then loads behind it; checked in a fresh
process, where nothing of it was imported before. The source text PySide6's import hook reads
on the way (kept by linecache: tens of MiB) is let go once the code is loaded."""

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
import linecache
print("sources kept before:", len(linecache.cache) > 0)
for job in queue.jobs:
    job()
print("database code after:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
print("sources kept after:", len(linecache.cache))
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
                                        "sources kept before: True",
                                        "database code after: True True",
                                        "sources kept after: 0"]


REMEMBERED_PROBE = """
import sys
import keyring
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QApplication
from ui.app import PracticeLauncher, prepare_application

class Remembered(KeyringBackend):
    priority = 1
    def __init__(self, vault_id, key):
        super().__init__()
        self.secret = (vault_id, key)
    def get_password(self, service, username):
        return self.secret[1] if username == self.secret[0] else None
    def set_password(self, service, username, password): pass
    def delete_password(self, service, username): pass

class Queue:
    def __init__(self):
        self.jobs = []
    def run(self, job, done, failed=None):
        self.jobs.append((job, done))

vault_id, key = sys.stdin.read().split()
keyring.set_keyring(Remembered(vault_id, key))
app = QApplication([])
prepare_application(app)
queue = Queue()
launcher = PracticeLauncher(__import__("pathlib").Path(sys.argv[1]), queue)
launcher.start()
print("frame shown:", launcher.opening is not None and launcher.opening.isVisible())
print("database code before:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
job, done = queue.jobs.pop(0)
opened = job()
print("database code after:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
print("opened:", opened.vault is not None)
opened.vault.close()
"""


def test_with_the_key_remembered_the_frame_comes_before_the_database_code(vault: Vault) -> None:
    from services.vault.practice_vault import remember_on_this_computer

    folder = vault.paths.folder
    remember_on_this_computer(vault)
    secret = f"{vault.vault_id} {vault.key.hex()}"
    vault.close()
    done = subprocess.run([sys.executable, "-c", REMEMBERED_PROBE, str(folder)], cwd=ROOT,
                          input=secret, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                               "HOME": str(folder.parent)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["frame shown: True",
                                        "database code before: False False",
                                        "database code after: True True",
                                        "opened: True"]
