import csv
import hashlib
import json
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from models import Base, Client, Letter
from models.enums import ClientStatus, Language, LetterKind
from services.errors import VaultError
from services.vault.export import PLAINTEXT_WARNING, export_all, private_tables
from services.vault.practice_vault import Vault

NAMES = ["Zoë Łódź-Ñandú", "Евгения Порошина"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture
def exported(vault: Vault, tmp_path: Path) -> list[Path]:
    with vault.unit_of_work() as session:
        for name in NAMES:
            session.add(Client(full_name=name, search_key=name.casefold(),
                               status=ClientStatus.PAUSED, started_on=date(2024, 2, 29),
                               created_at=datetime(2024, 3, 1, 9, 30, tzinfo=UTC)))
        session.flush()
        session.add(Letter(client_id=1, kind=LetterKind.APOLOGY, language=Language.RUSSIAN,
                           made_at=datetime.now(UTC), sha256="", pdf=b"%PDF-1.7 letter"))
    return export_all(vault, tmp_path / "export")


def test_every_table_and_one_json_file(exported: list[Path]) -> None:
    names = sorted(p.name for p in exported)
    assert names == sorted([f"{t.name}.csv" for t in Base.metadata.sorted_tables
                            if t.name not in private_tables()] + ["practice.json"])
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in exported)


def test_names_round_trip_exactly_in_csv_and_json(exported: list[Path]) -> None:
    folder = exported[0].parent
    clients = read_csv(folder / "client.csv")
    assert [row["full_name"] for row in clients] == NAMES
    tables = json.loads((folder / "practice.json").read_text(encoding="utf-8"))
    assert [row["full_name"] for row in tables["client"]] == NAMES


def test_values_are_plain_text(exported: list[Path]) -> None:
    folder = exported[0].parent
    client = read_csv(folder / "client.csv")[0]
    assert client["status"] == "paused"
    assert client["started_on"] == "2024-02-29"
    assert client["created_at"] == "2024-03-01T09:30:00+00:00"
    assert client["ended_on"] == ""
    assert client["do_not_contact"] == "false"
    letter = read_csv(folder / "letter.csv")[0]
    assert letter["pdf"] == hashlib.sha256(b"%PDF-1.7 letter").hexdigest()
    assert letter["language"] == "ru"
    json_client = json.loads((folder / "practice.json").read_text(encoding="utf-8"))["client"][0]
    assert json_client["ended_on"] is None and json_client["do_not_contact"] is False


def test_an_export_inside_the_data_folder_is_refused(vault: Vault) -> None:
    with pytest.raises(VaultError, match="not encrypted"):
        export_all(vault, vault.paths.folder / "export")
    assert sorted(p.name for p in vault.paths.folder.iterdir() if p.is_dir()) == []


def test_the_warning_says_the_export_is_not_encrypted() -> None:
    assert "not encrypted" in PLAINTEXT_WARNING
