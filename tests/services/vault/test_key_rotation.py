"""A passphrase change stopped at any step leaves exactly one practice, opened by the old
passphrase or by the new one (never neither), and the next way in says which."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import services.vault.key_rotation as key_rotation
from services.errors import VaultError, WrongPassphrase
from services.vault.check import check_practice
from services.vault.key_rotation import FINISHED, STEPS, UNDONE, heal
from services.vault.lock_file import VaultLock
from services.vault.passphrase import change_passphrase
from services.vault.practice_vault import (
    PASSPHRASE_VARIABLE,
    Vault,
    VaultPaths,
    open_vault,
    unlock_with_passphrase,
)
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
NEW = "a brand new passphrase"
# Where the change stands when stopped after each step: undone, finished, or complete.
OUTCOME = {"exported": UNDONE, "keys written": UNDONE, "journals removed": UNDONE,
           "database renamed": FINISHED, "keys renamed": None}
# Installed in the `python main.py passwd` under test: at the step named in the environment
# it says so and waits, to be killed there.
STOP_HOOK = textwrap.dedent("""
    import os, sys, time
    import services.vault.key_rotation as key_rotation

    def stop_here(step):
        if step == os.environ["STILLROOM_TEST_STOP_AT"]:
            print("stopped at", step, flush=True)
            time.sleep(600)

    key_rotation.step_reached = stop_here
""")


class Killed(BaseException):
    """Stands in for SIGKILL: nothing the rotation does after it runs."""


def opens_with(folder: Path) -> list[str]:
    """Which of the two passphrases open the practice (and its check finds nothing wrong)."""
    opening = []
    for passphrase in (PASSPHRASE, NEW):
        try:
            key = unlock_with_passphrase(folder, passphrase)
        except WrongPassphrase:
            continue
        report = check_practice(folder, key)
        assert (report.problems, report.notes) == ([], [])  # the anchor sealed with this key
        with open_vault(folder, key) as opened:
            assert opened.notice is None
        opening.append(passphrase)
    return opening


def test_every_step_is_in_the_outcome_table() -> None:
    assert set(OUTCOME) == set(STEPS)


@pytest.mark.parametrize("step", STEPS)
def test_a_change_stopped_at_each_step_heals_to_one_practice(
        vault: Vault, data_dir: Path, step: str, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.close()

    def stop(reached: str) -> None:
        if reached == step:
            raise Killed

    with monkeypatch.context() as patched, pytest.raises(Killed):
        patched.setattr(key_rotation, "step_reached", stop)
        patched.setattr(key_rotation, "_undo", lambda paths: None)  # a kill cleans nothing
        change_passphrase(data_dir, PASSPHRASE, NEW)

    assert heal(VaultPaths(data_dir)) == OUTCOME[step]
    assert opens_with(data_dir) == ([PASSPHRASE] if OUTCOME[step] == UNDONE else [NEW])
    assert heal(VaultPaths(data_dir)) is None  # healed once, for good
    leftovers = [p.name for p in data_dir.iterdir() if "rotating" in p.name]
    assert leftovers == []


@pytest.mark.parametrize("step", ["exported", "journals removed"])
def test_a_change_that_fails_before_the_rename_cleans_up_after_itself(
        vault: Vault, data_dir: Path, step: str, monkeypatch: pytest.MonkeyPatch) -> None:
    vault.close()

    def fail(reached: str) -> None:
        if reached == step:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(key_rotation, "step_reached", fail)
    with pytest.raises(OSError):
        change_passphrase(data_dir, PASSPHRASE, NEW)

    assert [p.name for p in data_dir.iterdir() if "rotating" in p.name] == []
    assert opens_with(data_dir) == [PASSPHRASE]


def test_a_copy_with_a_damaged_page_is_never_put_in_place(
        vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read back checks every page of the re-encrypted copy under the new key."""
    vault.close()
    export = key_rotation.export_reencrypted

    def export_then_damage(connection: object, target: Path, new_key: bytearray) -> None:
        export(connection, target, new_key)
        content = bytearray(target.read_bytes())
        middle = len(content) // 2
        content[middle:middle + 8] = bytes(b ^ 0xFF for b in content[middle:middle + 8])
        target.write_bytes(bytes(content))

    monkeypatch.setattr(key_rotation, "export_reencrypted", export_then_damage)
    with pytest.raises(VaultError, match="did not check out"):
        change_passphrase(data_dir, PASSPHRASE, NEW)
    assert opens_with(data_dir) == [PASSPHRASE]
    assert [p.name for p in data_dir.iterdir() if "rotating" in p.name] == []


def test_no_healing_while_another_process_holds_the_practice(vault: Vault,
                                                             data_dir: Path) -> None:
    """It may be changing the passphrase right now: its files are not touched."""
    paths = VaultPaths(data_dir)
    paths.rotating_database.write_bytes(b"being written")
    assert heal(paths) is None  # `vault` holds the lock
    assert paths.rotating_database.exists()
    vault.close()
    assert heal(paths) == UNDONE
    assert not paths.rotating_database.exists()


@pytest.mark.parametrize("step", STEPS)
def test_passwd_killed_at_each_step_leaves_one_practice_that_check_finds_sound(
        vault: Vault, data_dir: Path, tmp_path: Path, step: str) -> None:
    vault.close()
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(STOP_HOOK, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{hooks}{os.pathsep}{ROOT}",
           "STILLROOM_TEST_STOP_AT": step, PASSPHRASE_VARIABLE: PASSPHRASE,
           "STILLROOM_NEW_PASSPHRASE": NEW}
    child = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), "passwd"],
                             cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == f"stopped at {step}"
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL

    opening = PASSPHRASE if OUTCOME[step] == UNDONE else NEW
    check = subprocess.run([sys.executable, "main.py", "--data-dir", str(data_dir), "check"],
                           cwd=ROOT, env={**os.environ, PASSPHRASE_VARIABLE: opening},
                           capture_output=True, text=True, timeout=120)
    assert (check.returncode, check.stdout.strip()) == (0, "OK"), check.stderr
    said = [f"stillroom: {OUTCOME[step]}"] if OUTCOME[step] else []
    assert check.stderr.splitlines() == said
    assert opens_with(data_dir) == [opening]
    assert [p.name for p in data_dir.iterdir() if "rotating" in p.name] == []


def test_the_lock_is_released_after_a_change(vault: Vault, data_dir: Path) -> None:
    vault.close()
    change_passphrase(data_dir, PASSPHRASE, NEW)
    lock = VaultLock(VaultPaths(data_dir).lock)
    lock.acquire()
    lock.release()
