"""`import-clients FILE [--map …] [--dry-run]` as a therapist switching systems runs it."""

from pathlib import Path

import pytest

import services.vault.practice_vault
from models import Client
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import command
from tests.conftest import FAST_KDF, PASSPHRASE

EXPORT = ("First Name;Last Name;Cell;Date of Birth;Insurance ID\n"
          "Maya;Okafor;+44 7700 900111;25/04/1986;XJ-1\n"
          "Tom;Reyes;;02/11/1979;\n")


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.vault.practice_vault, "tuned_kdf", lambda: FAST_KDF)
    monkeypatch.setenv("STILLROOM_PASSPHRASE", PASSPHRASE)


def names(folder: Path) -> list[str]:
    with open_vault(folder, unlock_with_passphrase(folder, PASSPHRASE)) as vault, \
            vault.unit_of_work() as session:
        return [c.full_name for c in session.query(Client).order_by(Client.id)]


def test_the_dry_run_says_what_it_found_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, csv_file = tmp_path / "practice", tmp_path / "export.csv"
    csv_file.write_bytes(EXPORT.encode("cp1252"))
    assert command(["--data-dir", str(folder), "init", "--fee", "80"]) == 0
    capsys.readouterr()
    assert command(["--data-dir", str(folder), "import-clients", str(csv_file), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Encoding: UTF-8; delimiter: semicolon" in out
    assert "  First Name → first_name" in out and "  Cell → mobile" in out
    assert "  Insurance ID → not imported" in out and "Clients: 2" in out
    assert "  Maya Okafor; born 1986-04-25; +44 7700 900111" in out
    assert "day first" in out and "Nothing was written" in out
    assert names(folder) == []
    assert command(["--data-dir", str(folder), "import-clients", str(csv_file),
                    "--map", "Insurance ID=notes"]) == 0
    assert "Imported 2 clients." in capsys.readouterr().out
    assert names(folder) == ["Maya Okafor", "Tom Reyes"]


def test_errors_exit_1_with_their_lines_dry_run_or_not(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, csv_file = tmp_path / "practice", tmp_path / "export.csv"
    csv_file.write_text("Имя;Телефон;Дата рождения\nАнна;123;04/05/1985\nБорис;x;\n",
                        encoding="cp1251")
    assert command(["--data-dir", str(folder), "init", "--fee", "80"]) == 0
    capsys.readouterr()
    for extra in (["--dry-run"], []):
        assert command(["--data-dir", str(folder), "import-clients", str(csv_file),
                        *extra]) == 1
        err = capsys.readouterr().err
        assert "line 2: Дата рождения:" in err and "line 3: Телефон:" in err
    assert command(["--data-dir", str(folder), "import-clients", str(csv_file),
                    "--map", "Телефон=skip,Дата рождения=birthday"]) == 1
    assert "'birthday' is not a client detail" in capsys.readouterr().err
    assert names(folder) == []
