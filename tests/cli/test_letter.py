"""`letter KIND --client NAME_OR_ID --out FILE.pdf`: the letter written and kept, or one clear
line and exit 1."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.enums import AppointmentStatus
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client, read_client
from services.papers.letters import letters_of
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.conftest import PASSPHRASE

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def practice(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    assert run(data_dir, "init", "--fee", "80", "--name", "Birch Room") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        update_settings(vault, session_fee=6500, no_show_fee_rule="full")
        ids = {
            "zoe": create_client(vault, ClientDraft(full_name="Zoë Łódź-Ñandú",
                                                    address="3 Rue des Lilas\n75011 Paris")),
            "anna1": create_client(vault, ClientDraft(full_name="Анна Иванова",
                                                      address="ул. Садовая, 5\nМосква")),
            "anna2": create_client(vault, ClientDraft(full_name="Анна Петрова",
                                                      address="ул. Лесная, 7\nТверь")),
            "nowhere": create_client(vault, ClientDraft(full_name="Homeless Harry")),
            "quiet": create_client(vault, ClientDraft(full_name="Quiet Quinn", address="1 Road",
                                                      do_not_contact=True)),
        }
        no_show = book(vault, ids["zoe"], NOW - timedelta(days=2))[0]
        set_status(vault, no_show, AppointmentStatus.NO_SHOW)
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
    (("missed_session", "--client", "Zoë"), "not decided yet"),
    (("check_in", "--client", "Quiet Quinn"), "asked for no calls, messages or letters"),
    (("check_in", "--client", "Quiet Quinn", "--despite-do-not-contact", " "), "say why"),
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

    assert run(data_dir, "init", "--fee", "80") == 0
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


def test_a_letter_for_email_and_one_despite_do_not_contact_with_its_reason(
    data_dir: Path, tmp_path: Path, practice: dict[str, int],
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "letter.pdf"
    assert run(data_dir, "letter", "check_in", "--client", "Homeless Harry", "--out",
               str(out)) == 0
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Dear Homeless," in text
    assert run(data_dir, "letter", "check_in", "--client", "Quiet Quinn", "--out", str(out),
               "--despite-do-not-contact", "They asked for their receipts by post") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        assert len(letters_of(vault, practice["quiet"])) == 1
        chart = read_client(vault, practice["quiet"]).draft.chart_notes
    assert "because: They asked for their receipts by post" in chart


def test_an_apology_says_what_was_changed_only_when_asked(
    data_dir: Path, tmp_path: Path, practice: dict[str, int],
) -> None:
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        missed = book(vault, practice["anna1"], NOW - timedelta(days=1))[0]
        set_status(vault, missed, AppointmentStatus.MISSED_BY_THERAPIST)
    texts = []
    for extra in ((), ("--prevention-taken",)):
        out = tmp_path / f"apology{len(extra)}.pdf"
        assert run(data_dir, "letter", "apology", "--client", str(practice["anna1"]),
                   "--lang", "en", "--out", str(out), *extra) == 0
        texts.append("".join(page.extract_text()
                             for page in PdfReader(io.BytesIO(out.read_bytes())).pages))
    assert "keep my diary" not in texts[0] and "keep my diary" in texts[1]
