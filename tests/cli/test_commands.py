"""The command line as scripts use it: exit codes, one clear line on errors, no traceback."""

import io
import os
import re
import sys
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

import services.vault.practice_vault
from cli.run import main
from services.papers.recovery_sheet import _newest_sheet
from services.practice.practice_settings import read_settings
from services.vault.passphrase import recover
from services.vault.practice_vault import VaultPaths, open_vault, unlock_with_passphrase
from tests.conftest import FAST_KDF, PASSPHRASE, make_format_1


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.vault.practice_vault, "tuned_kdf", lambda: FAST_KDF)
    monkeypatch.setenv("STILLROOM_PASSPHRASE", PASSPHRASE)


VARIABLES = ("STILLROOM_PASSPHRASE", "STILLROOM_NEW_PASSPHRASE")


def command(argv: Sequence[str]) -> int:
    """`main(argv)` as if in a process of its own: a command takes the passphrase variables out
    of its environment once read, and the next command here starts with them again."""
    given = {name: os.environ[name] for name in VARIABLES if name in os.environ}
    try:
        return main(list(argv))
    finally:
        os.environ.update(given)


def run(data_dir: Path, *args: str) -> int:
    return command(["--data-dir", str(data_dir), *args])


def test_init_prints_the_recovery_code_once_and_refuses_a_second_time(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "init", "--fee", "80", "--name", "Birch Room") == 0
    out = capsys.readouterr().out
    assert "recovery code" in out
    assert run(data_dir, "init", "--fee", "80") == 1
    err = capsys.readouterr().err
    assert "already a practice" in err
    assert "Traceback" not in err


def test_init_keeps_the_fee_length_currency_and_zone_it_is_given(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "init", "--fee", "82.50", "--currency", "eur", "--session-minutes",
               "45", "--timezone", "Europe/Berlin") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        settings = read_settings(vault)
    assert (settings.session_fee, settings.currency) == (8250, "EUR")
    assert (settings.session_minutes, settings.timezone) == (45, "Europe/Berlin")


def test_init_takes_this_computers_zone_unless_told(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert run(data_dir, "init", "--fee", "80") == 0
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        settings = read_settings(vault)
    assert (settings.session_fee, settings.timezone) == (8000, "Asia/Tokyo")


@pytest.mark.parametrize(("arguments", "said"), [
    ((), "--fee"),
    (("--fee", "eighty"), "amount such as"),
    (("--fee", "80", "--currency", "XYZ"), "not a currency"),
    (("--fee", "80", "--timezone", "Mars/Olympus"), "not a time zone"),
    (("--fee", "80", "--session-minutes", "0"), "minutes from 1"),
])
def test_init_refuses_what_it_cannot_keep_and_makes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...], said: str
) -> None:
    assert run(data_dir, "init", *arguments) == 1
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1 and "Traceback" not in err
    assert not VaultPaths(data_dir).database.exists()


def test_wrong_passphrase_is_one_line_and_exit_1(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(data_dir, "init", "--fee", "80")
    capsys.readouterr()
    monkeypatch.setenv("STILLROOM_PASSPHRASE", "wrong wrong wrong")
    assert run(data_dir, "check") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "passphrase" in err


def test_no_passphrase_and_no_terminal_says_what_to_do(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("STILLROOM_PASSPHRASE")
    assert run(data_dir, "init", "--fee", "80") == 1
    assert "STILLROOM_PASSPHRASE" in capsys.readouterr().err


def test_import_lists_bad_rows_with_line_numbers(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(data_dir, "init", "--fee", "80")
    csv_file = tmp_path / "clients.csv"
    csv_file.write_text("name,email\nGood One,\n,\nBad Mail,nope\n", encoding="utf-8")
    assert run(data_dir, "import-clients", str(csv_file)) == 1
    err = capsys.readouterr().err
    assert "line 3:" in err and "line 4:" in err and "nothing was imported" in err
    csv_file.write_text("name,email\nGood One,\nAlso Good,a@b.org\n", encoding="utf-8")
    assert run(data_dir, "import-clients", str(csv_file)) == 0
    assert "Imported 2 clients" in capsys.readouterr().out


def test_passwd_changes_what_unlocks(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(data_dir, "init", "--fee", "80")
    monkeypatch.setenv("STILLROOM_NEW_PASSPHRASE", "another good passphrase")
    assert run(data_dir, "passwd") == 0
    assert run(data_dir, "check") == 1
    monkeypatch.setenv("STILLROOM_PASSPHRASE", "another good passphrase")
    assert run(data_dir, "check") == 0
    assert capsys.readouterr().out.strip().endswith("OK")


def test_bad_usage_exits_2(data_dir: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        run(data_dir, "frobnicate")
    assert caught.value.code == 2


def test_missing_vault_is_a_clear_error(data_dir: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "check") == 1
    assert "no practice" in capsys.readouterr().err


def test_demo_backup_restore_and_export_from_the_command_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "demo", "--years", "1", "--clients", "12", "--seed", "7") == 0
    assert "invented practice" in capsys.readouterr().out
    backup_file = tmp_path / "backup.zip"
    assert run(data_dir, "backup", str(backup_file)) == 0
    assert backup_file.exists()
    before, after = tmp_path / "before", tmp_path / "after"
    assert run(data_dir, "export", str(before)) == 0
    assert "not encrypted" in capsys.readouterr().err
    assert run(data_dir, "import-clients", str(_one_client_csv(tmp_path))) == 0
    assert run(data_dir, "restore", str(backup_file)) == 0
    assert "kept as" in capsys.readouterr().out
    assert run(data_dir, "export", str(after)) == 0
    assert (before / "client.csv").read_bytes() == (after / "client.csv").read_bytes()
    assert run(data_dir, "check") == 0


def test_restore_into_an_empty_folder_uses_the_backups_own_key(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(data_dir, "init", "--fee", "80")
    backup_file = tmp_path / "backup.zip"
    run(data_dir, "backup", str(backup_file))
    new_laptop = tmp_path / "new-laptop"
    assert run(new_laptop, "restore", str(backup_file)) == 0
    assert run(new_laptop, "check") == 0
    assert capsys.readouterr().out.strip().endswith("OK")


def test_a_garbled_backup_is_refused_and_changes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(data_dir, "init", "--fee", "80")
    garbage = tmp_path / "not-a-backup.zip"
    garbage.write_bytes(b"PK\x03\x04 this is not a backup")
    before = (data_dir / "practice.stillroom").read_bytes()
    assert run(data_dir, "restore", str(garbage)) == 1
    assert "Traceback" not in capsys.readouterr().err
    assert (data_dir / "practice.stillroom").read_bytes() == before


def _one_client_csv(tmp_path: Path) -> Path:
    path = tmp_path / "one.csv"
    path.write_text("name\nAdded After Backup\n", encoding="utf-8")
    return path


def test_a_command_takes_the_passphrase_out_of_its_environment(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run(data_dir, "init", "--fee", "80")
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "STILLROOM_PASSPHRASE" not in os.environ


def test_passwd_says_the_practice_is_re_encrypted_and_the_code_still_works(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(data_dir, "init", "--fee", "80")
    capsys.readouterr()
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setenv("STILLROOM_NEW_PASSPHRASE", "another good passphrase")
    assert run(data_dir, "passwd") == 0
    out = capsys.readouterr().out.splitlines()
    assert "re-encrypted under a new key" in out[0]
    assert out[1:] == ["The recovery code still works."]
    assert stages(terminal) == [  # what it is doing while the therapist waits
        "Re-encrypting the practice under a new key (a few seconds for years of it)…",
        "Checking the re-encrypted copy…", "Putting it in place…"]


class Terminal(io.StringIO):
    """stderr as a terminal, where a waiting therapist sees what a long command is doing."""

    def isatty(self) -> bool:
        return True


def stages(terminal: Terminal) -> list[str]:
    """The stage lines a terminal showed, without the seconds counted on them."""
    return [re.sub(r" \d+ s$", "", line.split("\r")[-1])
            for line in terminal.getvalue().split("\n") if line]


def test_check_and_backup_say_what_they_are_doing_while_the_therapist_waits(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    run(data_dir, "init", "--fee", "80")
    capsys.readouterr()
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert run(data_dir, "check") == 0
    assert capsys.readouterr().out == "OK\n"
    assert stages(terminal) == [
        "Checking every page of the practice (a few seconds for years of notes)…",
        "Checking the audit trail against every record…"]
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert run(data_dir, "backup", str(tmp_path)) == 0
    assert stages(terminal) == [
        "Copying the practice into the backup, checking every page alongside…",
        "Finishing the check of every page…"]


def test_passwd_of_a_format_1_practice_issues_a_new_recovery_code_and_keeps_its_sheet(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    old_code = make_format_1(data_dir)
    monkeypatch.setenv("STILLROOM_NEW_PASSPHRASE", "another good passphrase")
    assert run(data_dir, "passwd") == 0
    out = capsys.readouterr().out.splitlines()
    assert "made by an older Stillroom" in out[1] and "new one" in out[1]
    code = out[2].strip()
    assert code != old_code and len(code) == len(old_code)

    with open_vault(data_dir, recover(data_dir, code, "set with the new code")) as vault:
        sheet = _newest_sheet(vault)
    assert code in "".join(page.extract_text() for page in PdfReader(BytesIO(sheet)).pages)


def test_a_backup_from_before_passwd_restores_with_the_passphrase_of_its_day(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    run(data_dir, "init", "--fee", "80")
    backup_file = tmp_path / "before.zip"
    assert run(data_dir, "backup", str(backup_file)) == 0
    monkeypatch.setenv("STILLROOM_NEW_PASSPHRASE", "another good passphrase")
    assert run(data_dir, "passwd") == 0
    capsys.readouterr()

    monkeypatch.setenv("STILLROOM_PASSPHRASE", "another good passphrase")
    assert run(data_dir, "restore", str(backup_file)) == 1
    assert "passphrase the practice had when the backup was made" in capsys.readouterr().err

    monkeypatch.setenv("STILLROOM_PASSPHRASE", PASSPHRASE)
    assert run(data_dir, "restore", str(backup_file)) == 0
    assert run(data_dir, "check") == 0
    assert capsys.readouterr().out.strip().endswith("OK")
    assert len(list(data_dir.glob("practice-replaced-*.keys"))) == 1


def test_export_leaves_private_reflections_out_unless_asked_and_then_warns(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from services.clients.client_records import ClientDraft, create_client
    from services.notes.reflections import ReflectionDraft, add_reflection

    run(data_dir, "init", "--fee", "80")
    with open_vault(data_dir, unlock_with_passphrase(data_dir, PASSPHRASE)) as vault:
        client = create_client(vault, ClientDraft(full_name="Ann Lee"))
        add_reflection(vault, ReflectionDraft(client, "Mine alone."))
    capsys.readouterr()
    assert run(data_dir, "export", str(tmp_path / "plain")) == 0
    assert "private reflections" not in capsys.readouterr().err
    assert not (tmp_path / "plain" / "reflection.csv").exists()
    assert run(data_dir, "export", str(tmp_path / "all"), "--include-private") == 0
    err = capsys.readouterr().err
    assert "not encrypted" in err and "private reflections" in err
    assert "Mine alone." in (tmp_path / "all" / "reflection.csv").read_text(encoding="utf-8-sig")
