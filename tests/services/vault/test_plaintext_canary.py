"""After a whole day's work, no client detail can be found in plaintext on disk.

Only the export, which the therapist makes on purpose into a folder of their choosing, holds
readable data; the data folder, its WAL and shared-memory files, backups and TMPDIR do not.
"""

import tempfile
from pathlib import Path

import pytest

from services.clients.client_records import (
    ClientDraft,
    PhoneNumber,
    create_client,
    search_clients,
    update_client,
)
from services.clients.import_clients import import_clients
from services.vault.backup import backup
from services.vault.export import export_all
from services.vault.practice_vault import Vault

NAME = "Wilhelmina Quartermaine-Öztürk"
RUSSIAN_NAME = "Евлампия Заречная"
PHONE = "+44 7700 900987"
NOTE = "Sleeps badly since the move to Harrowgate"
CANARIES = [NAME, RUSSIAN_NAME, PHONE, NOTE, "Quartermaine", "Заречная", "Harrowgate"]


def leaks(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        content = path.read_bytes()
        for canary in CANARIES:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if canary.encode(encoding) in content:
                    found.append(f"{path.name}: {canary} ({encoding})")
    return found


def test_no_client_detail_in_plaintext_after_a_full_scenario(
    vault: Vault, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    csv_file = tmp_path / "import" / "clients.csv"
    csv_file.parent.mkdir()
    csv_file.write_text(f"name,phone,notes\n{RUSSIAN_NAME},+7 900 000-12-34,\n", encoding="utf-8")

    import_clients(vault, csv_file)
    client_id = create_client(vault, ClientDraft(full_name="Placeholder Person"))
    update_client(vault, client_id, ClientDraft(
        full_name=NAME, numbers=(PhoneNumber(PHONE),), chart_notes=NOTE))
    assert [c.full_name for c in search_clients(vault, "quarter")] == [NAME]
    backups = tmp_path / "usb-stick"
    backups.mkdir()
    backup(data_dir, vault.key, backups / "practice-backup.zip")
    export_dir = tmp_path / "export"
    export_all(vault, export_dir)

    assert leaks(data_dir) == []  # while open: the WAL and shared memory files exist now
    assert leaks(temp) == []
    vault.close()
    assert leaks(data_dir) == []
    assert leaks(backups) == []
    assert leaks(temp) == []
    assert leaks(export_dir), "the export is plaintext on purpose: the canary must be seen there"
