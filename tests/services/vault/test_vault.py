from datetime import UTC, datetime
from pathlib import Path

import pytest

from models import Client, Practice
from services.errors import VaultError, VaultInUse, WrongPassphrase
from services.vault.backup import backup
from services.vault.check import check_vault
from services.vault.passphrase import recover
from services.vault.practice_vault import (
    Vault,
    open_vault,
    unlock_with_passphrase,
)
from tests.conftest import PASSPHRASE

PAGE = 4096  # SQLCipher's page


def test_new_vault_opens_again_with_its_passphrase(vault: Vault, data_dir: Path) -> None:
    vault.close()
    key = unlock_with_passphrase(data_dir, PASSPHRASE)
    with open_vault(data_dir, key) as reopened, reopened.unit_of_work() as session:
        assert session.get(Practice, 1).practice_name == "Quiet Room Practice"


def test_wrong_passphrase_is_refused_and_touches_nothing(vault: Vault, data_dir: Path) -> None:
    vault.close()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(data_dir, "not the passphrase")
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before


def test_second_open_is_refused_while_first_is_open(vault: Vault, data_dir: Path) -> None:
    with pytest.raises(VaultInUse):
        open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE))


def test_recovery_code_sets_a_new_passphrase(data_dir: Path) -> None:
    from services.vault.practice_vault import create_vault
    from tests.conftest import FAST_KDF

    opened, code = create_vault(data_dir, PASSPHRASE, "Practice", kdf=FAST_KDF)
    opened.close()
    with pytest.raises(VaultError):
        recover(data_dir, "0000-0000-0000-0000-0000-0000", "new passphrase here")
    key = recover(data_dir, code.lower().replace("-", " "), "new passphrase here")
    open_vault(data_dir, key).close()
    unlock_with_passphrase(data_dir, "new passphrase here")


def test_tuned_key_derivation_stays_within_sane_limits() -> None:
    from services.vault.key_slots import tuned_kdf

    kdf = tuned_kdf()
    assert 64 * 1024 <= kdf.memory_kib <= 1024 * 1024
    assert kdf.memory_kib % (8 * 1024) == 0
    assert kdf.iterations == 2


def test_a_failed_page_check_stops_every_later_unit_of_work(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    import services.vault.practice_vault as vault_module

    vault.check_integrity()  # a whole database passes
    with vault.unit_of_work() as session:
        assert session.get(Practice, 1) is not None

    def damaged(engine: object, cache_kib: int | None = None) -> None:
        raise VaultError(vault_module.DAMAGED, detail="page 7")

    monkeypatch.setattr(vault_module, "_quick_check", damaged)
    with pytest.raises(VaultError, match="page 7"):
        vault.check_integrity()
    with pytest.raises(VaultError, match="damaged"):
        with vault.unit_of_work():
            pass


def test_opening_leaves_the_page_check_to_check_backup_and_the_window(
    vault: Vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import services.vault.practice_vault as vault_module

    vault.close()
    checks: list[object] = []
    monkeypatch.setattr(vault_module, "_quick_check", checks.append)
    open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)).close()
    assert checks == []


def test_a_damaged_page_opening_does_not_read_is_still_found(
    vault: Vault, data_dir: Path, tmp_path: Path
) -> None:
    """Opening reads only the first pages; the window's check after opening, `check` and the
    backup still find a damaged page among the clients."""
    with vault.unit_of_work() as session:
        session.add_all(Client(full_name=f"Client {n}", search_key=f"client {n}",
                               created_at=datetime.now(UTC), chart_notes="x" * 400)
                        for n in range(300))
    key = bytearray(vault.key)
    vault.close()
    database = data_dir / "practice.stillroom"
    content = bytearray(database.read_bytes())
    page = len(content) // PAGE - 2  # among the clients, far from the schema and the heads
    content[page * PAGE + 1000:page * PAGE + 1008] = bytes(8)
    database.write_bytes(bytes(content))

    reopened = open_vault(data_dir, bytearray(key))
    try:
        with pytest.raises(VaultError, match="damaged"):
            reopened.check_integrity()
        with pytest.raises(VaultError, match="damaged"):
            with reopened.unit_of_work():
                pass
    finally:
        reopened.close()
    assert "damaged or altered" in " ".join(check_vault(data_dir, key))
    backups = tmp_path / "backups"
    backups.mkdir()
    with pytest.raises(VaultError, match="damaged"):
        backup(data_dir, key, backups)
    assert list(backups.iterdir()) == []
