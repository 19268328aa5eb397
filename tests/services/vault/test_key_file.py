"""A damaged key file is one plain line saying so and what to do, never a traceback, and its
values are refused before Argon2 or the cipher ever sees them."""

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cli.run import main
from services.errors import KeyFileDamaged, VaultError
from services.vault import key_slots
from services.vault.key_file import DAMAGED, PASSPHRASE_DAMAGED, read_key_file
from services.vault.passphrase import recover
from services.vault.practice_id import MISMATCH
from services.vault.practice_vault import (
    PASSPHRASE_VARIABLE,
    Vault,
    create_vault,
    open_vault,
    unlock_with_passphrase,
)
from tests.conftest import FAST_KDF, PASSPHRASE, make_format_1

ROOT = Path(__file__).resolve().parents[3]
Edit = Callable[[Any], Any]


def setting(path: str, value: object) -> Edit:
    """An edit that sets the dotted `path` of the key file to `value`."""
    def edit(data: Any) -> Any:
        *parents, last = path.split(".")
        target = data
        for name in parents:
            target = target[name]
        target[last] = value
        return data
    return edit


def removing(path: str) -> Edit:
    def edit(data: Any) -> Any:
        *parents, last = path.split(".")
        target = data
        for name in parents:
            target = target[name]
        del target[last]
        return data
    return edit


# The five edits of the issue: each ended in a traceback.
ISSUE_EDITS: dict[str, Edit] = {
    "memory 1 KiB": setting("passphrase.kdf.memory_kib", 1),
    "memory 2^31 KiB": setting("passphrase.kdf.memory_kib", 2**31),
    "iterations 0": setting("passphrase.kdf.iterations", 0),
    "lanes 0": setting("passphrase.kdf.lanes", 0),
    "memory as text": setting("passphrase.kdf.memory_kib", "262144"),
}
EDITS: dict[str, Edit] = {
    **ISSUE_EDITS,
    "iterations 21": setting("passphrase.kdf.iterations", 21),
    "lanes 17": setting("passphrase.kdf.lanes", 17),
    "lanes true": setting("passphrase.kdf.lanes", True),
    "memory as a fraction": setting("passphrase.kdf.memory_kib", 65536.5),
    "kdf with a field too many": setting("passphrase.kdf.parallelism", 2),
    "kdf missing": removing("passphrase.kdf"),
    "salt not hex": setting("passphrase.salt", "zz" * 16),
    "salt too short": setting("passphrase.salt", "00" * 8),
    "nonce too long": setting("passphrase.nonce", "00" * 13),
    "wrapped key cut short": setting("passphrase.wrapped", "00" * 40),
    "wrapped key a number": setting("passphrase.wrapped", 7),
    "passphrase slot missing": removing("passphrase"),
    "whole file a list": lambda data: [data],
    "format 3": setting("format", 3),
    "format as text": setting("format", "2"),
    "vault id missing": removing("vault_id"),
    "vault id not an id": setting("vault_id", "my practice"),
    "remembered as text": setting("remembered", "yes"),
    "a field too many": setting("comment", "mine"),
    # The fields of format 2.
    "key check missing": removing("key_check"),
    "key check too short": setting("key_check", "00" * 8),
    "public key too short": setting("recovery.public_key", "00" * 31),
    "public key not hex": setting("recovery.public_key", "xy" * 32),
    "recovery private key memory 1 KiB": setting("recovery.private_key.kdf.memory_kib", 1),
    "recovery private key salt missing": removing("recovery.private_key.salt"),
    "sealed ephemeral key not hex": setting("recovery.sealed.ephemeral_key", "g" * 64),
    "sealed nonce too short": setting("recovery.sealed.nonce", "00" * 11),
    "sealed key cut short": setting("recovery.sealed.wrapped", "00" * 47),
    "recovery slot a list": setting("recovery", []),
    "recovery slot of format 1": setting("recovery", {"kdf": {}, "salt": "", "nonce": "",
                                                      "wrapped": ""}),
}
# Damage only to the passphrase's slot leaves the recovery code a way in.
RECOVERABLE = {name for name in EDITS
               if name in ISSUE_EDITS or name.startswith(("iterations", "lanes", "memory",
                                                          "kdf", "salt", "nonce", "wrapped",
                                                          "passphrase slot"))}
NOT_JSON = {"not JSON": b"{ not json", "not text": b"\xff\xfe\x00binary"}


@pytest.fixture
def practice(vault: Vault, data_dir: Path) -> Path:
    vault.close()
    return data_dir


def damage(folder: Path, edit: Edit) -> None:
    keys = folder / "practice.keys"
    keys.write_text(json.dumps(edit(json.loads(keys.read_text()))), encoding="utf-8")


def check_line(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    return err.strip()


@pytest.mark.parametrize("name", EDITS)
def test_each_damage_is_one_line_from_check_and_from_unlocking(
        practice: Path, name: str, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object) -> bytes:
        raise AssertionError("a damaged key file reached the key derivation")

    damage(practice, EDITS[name])
    monkeypatch.setattr(key_slots, "_derive", never)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)

    line = check_line(practice, capsys)

    with pytest.raises(KeyFileDamaged) as refused:
        unlock_with_passphrase(practice, PASSPHRASE)
    assert line == f"stillroom: {refused.value}"
    assert "key file is damaged" in line and str(practice / "practice.keys") in line
    if name in RECOVERABLE:
        assert refused.value.template == PASSPHRASE_DAMAGED and refused.value.recoverable
        assert "recovery code still opens" in line
    else:
        assert refused.value.template == DAMAGED and not refused.value.recoverable
        assert "Restore your latest backup" in line


@pytest.mark.parametrize("name", NOT_JSON)
def test_a_key_file_that_is_not_json_is_one_line(practice: Path, name: str,
                                                 capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (practice / "practice.keys").write_bytes(NOT_JSON[name])
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    line = check_line(practice, capsys)
    assert "key file is damaged" in line and "not readable as a key file" in line


@pytest.mark.parametrize("name", [*ISSUE_EDITS, "public key too short", "sealed nonce too short",
                                  "key check missing"])
def test_python_main_py_check_says_it_in_one_line(practice: Path, name: str) -> None:
    damage(practice, EDITS[name])
    finished = subprocess.run([sys.executable, "main.py", "--data-dir", str(practice), "check"],
                              cwd=ROOT, env={**os.environ, PASSPHRASE_VARIABLE: PASSPHRASE},
                              capture_output=True, text=True, timeout=120)
    assert finished.returncode == 1
    assert finished.stdout == "" and "Traceback" not in finished.stderr
    [line] = finished.stderr.splitlines()
    assert line.startswith("stillroom: The ") and "key file is damaged" in line


@pytest.mark.parametrize("name", ["iterations 0", "lanes 0", "recovery slot a list"])
def test_a_format_1_key_file_is_checked_as_strictly(data_dir: Path, name: str) -> None:
    make_format_1(data_dir)
    edit = EDITS[name] if name != "iterations 0" else setting("recovery.kdf.iterations", 0)
    damage(data_dir, edit)
    with pytest.raises(KeyFileDamaged, match="key file is damaged"):
        unlock_with_passphrase(data_dir, PASSPHRASE)


def test_a_sound_format_1_key_file_still_opens(data_dir: Path) -> None:
    make_format_1(data_dir)
    open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)).close()


@pytest.mark.parametrize("name", sorted(RECOVERABLE))
def test_the_recovery_code_mends_a_damaged_passphrase_slot(data_dir: Path, name: str) -> None:
    opened, code = create_vault(data_dir, PASSPHRASE, "Practice", kdf=FAST_KDF)
    opened.close()
    damage(data_dir, EDITS[name])

    key = recover(data_dir, code, "mended with the code")

    assert unlock_with_passphrase(data_dir, "mended with the code") == key
    open_vault(data_dir, key).close()
    assert read_key_file(data_dir / "practice.keys").passphrase.kdf.memory_kib >= 8 * 1024


def test_damage_outside_the_passphrase_slot_is_not_for_the_recovery_code(data_dir: Path) -> None:
    opened, code = create_vault(data_dir, PASSPHRASE, "Practice", kdf=FAST_KDF)
    opened.close()
    damage(data_dir, EDITS["sealed nonce too short"])
    with pytest.raises(KeyFileDamaged, match="Restore your latest backup"):
        recover(data_dir, code, "mended with the code")


def test_a_key_check_that_does_not_fit_its_key_is_damage(practice: Path) -> None:
    damage(practice, setting("key_check", "00" * 16))
    with pytest.raises(KeyFileDamaged, match="key_check"):
        unlock_with_passphrase(practice, PASSPHRASE)


def test_check_and_open_notice_a_changed_practice_id(
        practice: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    original = read_key_file(practice / "practice.keys").vault_id
    other = str(uuid.uuid4())
    damage(practice, setting("vault_id", other))
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)

    line = check_line(practice, capsys)

    said = MISMATCH.format(keys=other, database=original)
    assert line == f"stillroom: The check found problems: {said}"
    with pytest.raises(VaultError) as refused:
        open_vault(practice, unlock_with_passphrase(practice, PASSPHRASE))
    assert str(refused.value) == said
