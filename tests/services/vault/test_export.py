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


def test_no_cell_is_a_formula_and_numbers_stay_numbers(vault: Vault, tmp_path: Path) -> None:
    from models.enums import LedgerKind, PaymentMethod
    from services.money.ledger import record

    names = ["=cmd|' /C calc'!A0", "-Ann", "+Bo", "@Cy", "\tDi", "'Eve"]
    with vault.unit_of_work() as session:
        for name in names:
            session.add(Client(full_name=name, search_key=name.casefold(),
                               chart_notes="=1+1", status=ClientStatus.ACTIVE,
                               created_at=datetime(2024, 3, 1, 9, 30, tzinfo=UTC)))
    record(vault, 1, LedgerKind.PAYMENT, 1950, method=PaymentMethod.CARD)
    folder = export_all(vault, tmp_path / "export")[0].parent
    clients = read_csv(folder / "client.csv")
    assert [row["full_name"] for row in clients] == ["'" + name for name in names]
    assert {row["chart_notes"] for row in clients} == {"'=1+1"}
    assert read_csv(folder / "ledger_entry.csv")[0]["amount"] == "1950"
    # The JSON file is not a spreadsheet: it keeps the names exactly.
    tables = json.loads((folder / "practice.json").read_text(encoding="utf-8"))
    assert [row["full_name"] for row in tables["client"]] == names


def test_a_negative_number_stays_a_number_and_other_values_are_safe() -> None:
    from services.vault.export import _cell

    assert (_cell(-1250), _cell(0), _cell(True), _cell(None)) == ("-1250", "0", "true", "")
    assert _cell("-1250") == "'-1250"  # text, even when it looks like a number
