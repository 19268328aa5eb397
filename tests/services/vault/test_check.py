from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from models import Client
from services.vault.check import UNREADABLE, check_vault
from services.vault.practice_vault import Vault


def closed_copy_of_key(vault: Vault) -> bytearray:
    """Close the vault (which wipes its key) and keep a copy of the key for the check."""
    key = bytearray(vault.key)
    vault.close()
    return key


def test_a_fresh_practice_is_sound_even_while_open(vault: Vault, data_dir: Path) -> None:
    with vault.unit_of_work() as session:
        session.add(Client(full_name="Mira Holt", search_key="mira holt",
                           created_at=datetime.now(UTC)))
    assert check_vault(data_dir, vault.key) == []
    with vault.unit_of_work() as session:  # the check took no lock: the app carries on
        assert session.scalar(text("SELECT count(*) FROM client")) == 1


def test_flipped_bytes_are_reported(vault: Vault, data_dir: Path) -> None:
    key = closed_copy_of_key(vault)
    database = vault.paths.database
    content = bytearray(database.read_bytes())
    middle = len(content) // 2
    content[middle:middle + 8] = bytes(b ^ 0xFF for b in content[middle:middle + 8])
    database.write_bytes(bytes(content))
    problems = check_vault(data_dir, key)
    assert len(problems) == 1
    assert "damaged or altered" in problems[0]


def test_a_truncated_file_is_reported(vault: Vault, data_dir: Path) -> None:
    key = closed_copy_of_key(vault)
    database = vault.paths.database
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 2 + 100])
    assert check_vault(data_dir, key) == [UNREADABLE]


def test_an_emptied_file_holds_no_practice(vault: Vault, data_dir: Path) -> None:
    key = closed_copy_of_key(vault)
    vault.paths.database.write_bytes(b"")
    assert check_vault(data_dir, key) == ["The file holds no Stillroom practice."]


def test_the_wrong_key_is_reported_plainly(vault: Vault, data_dir: Path) -> None:
    assert check_vault(data_dir, bytearray(32)) == [UNREADABLE]


def test_a_file_that_is_not_a_database_is_reported(tmp_path: Path) -> None:
    (tmp_path / "practice.stillroom").write_text("shopping list: milk, bread")
    assert check_vault(tmp_path, bytearray(32)) == [UNREADABLE]


def test_a_missing_database_is_reported(tmp_path: Path) -> None:
    problems = check_vault(tmp_path, bytearray(32))
    assert problems == [f"There is no practice database at {tmp_path / 'practice.stillroom'}."]


def test_a_broken_audit_trail_is_reported(vault: Vault, data_dir: Path) -> None:
    with vault.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET actor = 'someone else' WHERE seq = 1"))
    assert check_vault(data_dir, vault.key) == ["Audit event 1 was changed after it was written."]
