"""What the vault leaves on disk and in the keychain, and how it shares itself between processes."""

import base64
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from models import Practice
from services.errors import VaultError, VaultInUse
from services.vault.lock_file import IN_USE
from services.vault.practice_vault import (
    PASSPHRASE_VARIABLE,
    Vault,
    create_vault,
    forget_this_computer,
    key_without_asking,
    keychain,
    open_vault,
    remember_on_this_computer,
    unlock_with_passphrase,
)
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]

# Opens the vault in its own process, says so, then waits to be ended.
OPEN_AND_WAIT = """
import sys, time
from pathlib import Path
from services.errors import VaultInUse
from services.vault.practice_vault import key_without_asking, open_vault
folder = Path(sys.argv[1])
try:
    vault = open_vault(folder, key_without_asking(folder))
except VaultInUse as error:
    print(error, flush=True)
    sys.exit(3)
print("opened", flush=True)
time.sleep(60)
"""


def other_process(folder: Path) -> subprocess.Popen[str]:
    env = {**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", OPEN_AND_WAIT, str(folder)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class NoPromiseKeyring(KeyringBackend):
    """A keychain that says it is only half good."""

    priority = 0.5

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a half-good keychain must not be given the key")

    def delete_password(self, service: str, username: str) -> None:
        pass


class PlaintextFileKeyring(NoPromiseKeyring):
    """Stands in for keyrings.alt: confident, but it writes files."""

    priority = 5


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


def test_folder_is_private_and_every_file_owner_only(vault: Vault, data_dir: Path) -> None:
    with vault.unit_of_work() as session:
        session.get_one(Practice, 1).phone = "020 7946 0000"
    names = {p.name for p in data_dir.iterdir()}
    assert {"practice.stillroom-wal", "practice.stillroom-shm"} <= names  # open, in WAL mode
    assert mode(data_dir) == 0o700
    assert {p.name: mode(p) for p in data_dir.iterdir()} == {name: 0o600 for name in names}


@pytest.mark.parametrize("backend", [fail.Keyring(), NoPromiseKeyring(), PlaintextFileKeyring()],
                         ids=["fail", "priority 0.5", "keyrings.alt"])
def test_an_unsafe_keychain_is_not_used(vault: Vault, backend: KeyringBackend) -> None:
    remember_on_this_computer(vault)  # in the safe memory keychain
    keyring.set_keyring(backend)
    assert keychain.usable_keychain() is None
    with pytest.raises(VaultError) as refused:
        remember_on_this_computer(vault)
    assert refused.value.message == keychain.NO_KEYCHAIN
    assert key_without_asking(vault.paths.folder) is None


def test_remember_then_forget(vault: Vault, data_dir: Path) -> None:
    assert key_without_asking(data_dir) is None
    remember_on_this_computer(vault)
    assert key_without_asking(data_dir) == vault.key
    forget_this_computer(data_dir)
    assert key_without_asking(data_dir) is None


def test_the_passphrase_variable_unlocks(vault: Vault, data_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    key = bytearray(vault.key)
    vault.close()
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    unlocked = key_without_asking(data_dir)
    assert unlocked == key
    assert unlocked is not None
    with open_vault(data_dir, unlocked) as reopened, reopened.unit_of_work() as session:
        assert session.get_one(Practice, 1).practice_name == "Quiet Room Practice"


def test_the_data_key_is_never_written_in_the_clear(vault: Vault, data_dir: Path) -> None:
    remember_on_this_computer(vault)
    key = bytes(vault.key)
    spellings = [key, key.hex().encode(), key.hex().upper().encode(),
                 base64.b64encode(key), base64.urlsafe_b64encode(key),
                 base64.b64encode(key).rstrip(b"=")]
    vault.close()
    for path in data_dir.iterdir():
        content = path.read_bytes()
        assert not [s for s in spellings if s in content], path.name


def test_a_second_process_is_refused_while_this_one_has_it_open(vault: Vault,
                                                                data_dir: Path) -> None:
    process = other_process(data_dir)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 3, err
    assert out.strip() == IN_USE


def test_a_killed_process_leaves_no_stale_lock(vault: Vault, data_dir: Path) -> None:
    vault.close()
    process = other_process(data_dir)
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "opened"
        with pytest.raises(VaultInUse):
            open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE))
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as reopened, \
            reopened.unit_of_work() as session:
        assert session.get_one(Practice, 1).practice_name == "Quiet Room Practice"


@pytest.mark.parametrize("where", ["under a file", "/dev/null"])
def test_a_folder_that_cannot_be_made_is_reported(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    folder = blocker / "practice" if where == "under a file" else Path("/dev/null/practice")
    with pytest.raises(VaultError, match="cannot write to the folder"):
        create_vault(folder, PASSPHRASE, "Practice", kdf=FAST_KDF)
