"""`letter KIND --client NAME_OR_ID --out FILE.pdf`: the letter written and kept, or one clear
line and exit 1."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from services.clients.client_records import ClientDraft, create_client
from services.papers.letters import letters_of
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE


@pytest.fixture
def practice(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert run(data_dir, "init", "--name", "Birch Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        ids = {
            "zoe": create_client(vault, ClientDraft(full_name="Zoë Łódź-Ñandú",
                                                    address="3 Rue des Lilas\n75011 Paris")),
            "anna1": create_client(vault, ClientDraft(full_name="Анна Иванова",
                                                      address="ул. Садовая, 5\nМосква")),
            "anna2": create_client(vault, ClientDraft(full_name="Анна Петрова",
                                                      address="ул. Лесная, 7\nТверь")),
            "nowhere": create_client(vault, ClientDraft(full_name="Homeless Harry")),
        }
    capsys.readouterr()
    return ids


def test_a_letter_is_written_and_kept(data_dir: Path, tmp_path: Path,
                                      practice: dict[str, int],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letter.pdf"
    assert run(data_dir, "letter", "termination", "--client", "Zoë", "--out", str(out),
               "--lang", "ru", "--reason", "completed") == 0
    assert "letter.pdf" in capsys.readouterr().out
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Zoë Łódź-Ñandú" in text and "Завершение терапии" in text
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        [kept] = letters_of(vault, practice["zoe"])
    assert kept.language == "ru"


def test_list_prints_the_kinds_and_reasons(data_dir: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "letter", "--list") == 0
    out = capsys.readouterr().out
    assert "termination" in out and "attendance_agreement" in out and "no_contact" in out
    assert "day_sheet" not in out


@pytest.mark.parametrize(("args", "words"), [
    (("termination", "--client", "Nobody", "--reason", "completed"), "No client is called"),
    (("termination", "--client", "Анна", "--reason", "completed"), "More than one client"),
    (("valentine", "--client", "Zoë"), "not a kind of letter"),
    (("check_in", "--client", "Homeless Harry"), "no postal address"),
    (("termination", "--client", "Zoë"), "why the work is ending"),
    (("termination", "--client", "Zoë", "--reason", "bored"), "not a reason"),
])
def test_each_problem_is_a_clear_line_and_exit_1(
    data_dir: Path, tmp_path: Path, practice: dict[str, int],
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], words: str,
) -> None:
    out = tmp_path / "letter.pdf"
    assert run(data_dir, "letter", *args, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not out.exists()


def test_an_ambiguous_name_lists_the_matches(data_dir: Path, tmp_path: Path,
                                             practice: dict[str, int],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "letter", "check_in", "--client", "Анна", "--out",
               str(tmp_path / "x.pdf")) == 1
    err = capsys.readouterr().err
    assert f"{practice['anna1']}: Анна Иванова" in err and "Анна Петрова" in err


def test_a_bad_language_is_a_usage_error(data_dir: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(data_dir, "letter", "check_in", "--client", "Zoë", "--out", "x.pdf", "--lang", "fr")
    assert exit_.value.code == 2


def test_init_keeps_the_recovery_sheet_with_the_code_it_printed(
    data_dir: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from services.papers.recovery_sheet import stored_recovery_sheet

    assert run(data_dir, "init") == 0
    code = capsys.readouterr().out.splitlines()[-1].strip()
    sheet = stored_recovery_sheet(data_dir, PASSPHRASE)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(sheet)).pages)
    assert code in text


def test_a_letter_is_not_written_inside_the_data_folder(
    data_dir: Path, practice: dict[str, int], capsys: pytest.CaptureFixture[str],
) -> None:
    out = data_dir / "letter.pdf"
    assert run(data_dir, "letter", "termination", "--client", "Zoë", "--reason", "completed",
               "--out", str(out)) == 1
    assert "inside the practice's folder" in capsys.readouterr().err
    assert not out.exists()
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        assert letters_of(vault, practice["zoe"]) == []  # nor kept: nothing was made


def test_a_letter_written_over_an_older_file_is_owner_only(
    data_dir: Path, tmp_path: Path, practice: dict[str, int],
) -> None:
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"an older letter")
    out.chmod(0o644)
    assert run(data_dir, "letter", "check_in", "--client", "Zoë", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600
