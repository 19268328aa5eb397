"""Shared test set-up: offscreen Qt, a memory keychain, a fresh fast vault per test."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt keeps the window's language choice in the user's config folder: never the real one here.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="stillroom-test-config-")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from services.vault.key_slots import KdfParams  # noqa: E402
from services.vault.practice_vault import PASSPHRASE_VARIABLE, Vault, create_vault  # noqa: E402

# Cheap Argon2id for tests; the real parameters are tuned on the therapist's computer.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "quiet garden 42"


class MemoryKeyring(KeyringBackend):
    """A keychain that forgets everything when the test ends."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv(PASSPHRASE_VARIABLE, raising=False)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "practice"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    opened, _code = create_vault(
        data_dir, PASSPHRASE, "Quiet Room Practice", therapist_name="Dr Ada Finch",
        timezone="Europe/London", kdf=FAST_KDF, actor="test",
    )
    yield opened
    opened.close()


def make_format_1(folder: Path, passphrase: str = PASSPHRASE) -> str:
    """A closed practice in `folder` whose key file is of format 1, as Stillroom wrote before
    the passphrase change rotated the key: the recovery code wraps the data key itself and
    there is no key check. Returns the recovery code."""
    from services.vault.key_file import KeyFile, read_key_file, write_key_file
    from services.vault.key_slots import new_recovery_code, wrap

    opened, _code = create_vault(folder, passphrase, "Quiet Room Practice", kdf=FAST_KDF,
                                 actor="test")
    key = bytearray(opened.key)
    opened.close()
    keys = folder / "practice.keys"
    code = new_recovery_code()
    current = read_key_file(keys)
    write_key_file(keys, KeyFile(current.vault_id, wrap(key, passphrase, FAST_KDF),
                                 wrap(key, code, FAST_KDF), current.remembered))
    assert read_key_file(keys).format == 1
    return code
