"""The first window (the unlock dialog, or with the key remembered the window's frame) is on
screen before the database code is loaded, which then loads behind it; checked in a fresh
process, where nothing of it was imported before, as the app starts (ui first). PySide6's own
import hook, which reads the source of every module imported after it (ui/__init__.py), is not
in the way: the database code loads with none of its source read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from services.vault.practice_vault import Vault

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import builtins
import linecache
import sys
from ui.app import PracticeLauncher, prepare_application
from PySide6.QtWidgets import QApplication

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
app.processEvents()  # the worker is given its first job after the first paint
dialog = launcher.unlock_dialog
print("dialog shown:", dialog is not None and dialog.isVisible())
print("database code before:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
print("Python's own import:", builtins.__import__.__name__ == "__import__")
for job in queue.jobs:
    job()
print("database code after:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
print("sources read:", [name for name in linecache.cache if "/services/" in name
                        or "/ui/" in name or "/models/" in name])
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
                                        "Python's own import: True",
                                        "database code after: True True",
                                        "sources read: []"]


REMEMBERED_PROBE = """
import gc
import sys
import keyring
from keyring.backend import KeyringBackend
from ui.app import PracticeLauncher, prepare_application
from PySide6.QtWidgets import QApplication

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
    run_apart = run

vault_id, key = sys.stdin.read().split()
keyring.set_keyring(Remembered(vault_id, key))
app = QApplication([])
prepare_application(app)
queue = Queue()
launcher = PracticeLauncher(__import__("pathlib").Path(sys.argv[1]), queue)
launcher.start()
app.processEvents()  # the worker is given its first job after the first paint
print("frame shown:", launcher.opening is not None and launcher.opening.isVisible())
print("database code before:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
print("collector waits:", not gc.isenabled())
job, done = queue.jobs.pop(0)
opened = job()
print("database code after:", "sqlalchemy" in sys.modules, "ui.main_window" in sys.modules)
print("opened:", opened.vault is not None)
done(opened)  # the window, built behind the frame, reads its first week
while queue.jobs:
    job, done = queue.jobs.pop(0)
    done(job())
    app.processEvents()
window = launcher.window
print("window shown, frame gone:", window.isVisible(), launcher.opening is None)
print("collector runs, start-up frozen:", gc.isenabled(), gc.get_freeze_count() > 0)
window.close()
while queue.jobs:
    job, done = queue.jobs.pop(0)
    done(job())
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
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["frame shown: True",
                                        "database code before: False False",
                                        "collector waits: True",
                                        "database code after: True True",
                                        "opened: True",
                                        "window shown, frame gone: True True",
                                        "collector runs, start-up frozen: True True"]
