"""`superbill --client NAME_OR_ID --from DATE --to DATE [--out FILE.pdf] [--lang en|ru]`: the
superbill written and kept, or one clear line and exit 1."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from benchmarks.cli_process import ROOT, run_script
from models.enums import AppointmentStatus, LetterKind
from services.calendar.appointments import set_status
from services.clients.client_records import ClientDraft, update_client
from services.money_papers.paper_settings import PaperSettings, update_paper_settings
from services.papers.letters import letters_of
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault, open_vault, unlock_with_passphrase
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.cli.test_no_qt import environment
from tests.conftest import PASSPHRASE
from tests.services.notes.note_book import client_with_sessions


@pytest.fixture
def practice(vault: Vault, data_dir: Path) -> Path:
    """Zoë's three sessions from 2 March 2026, all attended at the practice's fee of 120."""
    update_settings(vault, session_fee=12000)
    client, sessions = client_with_sessions(vault, "Zoë Brontë", 3)
    update_client(vault, client, ClientDraft(full_name="Zoë Brontë", diagnosis_codes="F41.1"))
    for appointment in sessions:
        set_status(vault, appointment, AppointmentStatus.ATTENDED, charge=True)
    vault.close()
    return data_dir


def opened(folder: Path) -> Vault:
    return open_vault(folder, unlock_with_passphrase(folder, PASSPHRASE))


def superbills_on(folder: Path) -> None:
    vault = opened(folder)
    update_paper_settings(vault, PaperSettings(superbills=True, npi="1234567893"))
    vault.close()


def test_the_superbill_of_the_period_is_written_and_kept(
        practice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    superbills_on(practice)
    out = tmp_path / "bill.pdf"
    assert run(practice, "superbill", "--client", "zoe", "--from", "2026-03-01", "--to",
               "2026-03-10", "--out", str(out), "--lang", "ru") == 0
    said = capsys.readouterr()
    assert "2 sessions from 2026-03-01 to 2026-03-10" in said.out
    assert "balance £240.00" in said.out
    assert "not encrypted" in said.err
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Документ для страховой компании" in text and "F41.1" in text
    vault = opened(practice)
    kept = letters_of(vault, 1)
    vault.close()
    assert [(k.kind, k.reference) for k in kept] == [(LetterKind.SUPERBILL,
                                                     "2026-03-01 – 2026-03-10")]


def test_without_out_it_is_written_here(practice: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    superbills_on(practice)
    monkeypatch.chdir(tmp_path)
    assert run(practice, "superbill", "--client", "1", "--from", "2026-03-01", "--to",
               "2026-03-31") == 0
    assert (tmp_path / "superbill-1-2026-03-01-2026-03-31.pdf").stat().st_size > 1000


@pytest.mark.parametrize(("extra", "says"), [
    ((), "Superbills are turned off"),
    (("--out", "bill.txt"), "ending in .pdf"),
])
def test_a_refusal_is_one_line_and_nothing_is_written(
        practice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, extra: tuple[str, ...], says: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(practice, "superbill", "--client", "zoe", "--from", "2026-03-01", "--to",
               "2026-03-10", *extra) == 1
    assert says in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == list(tmp_path.glob("*.txt")) == []


def test_a_period_backwards_is_refused(practice: Path, capsys: pytest.CaptureFixture[str]) -> None:
    superbills_on(practice)
    assert run(practice, "superbill", "--client", "zoe", "--from", "2026-03-10", "--to",
               "2026-03-01") == 1
    assert "first day is after the last" in capsys.readouterr().err


def test_the_command_loads_no_qt(practice: Path, tmp_path: Path) -> None:
    superbills_on(practice)
    finished = run_script(ROOT / "main.py", [
        "--data-dir", str(practice), "superbill", "--client", "1", "--from", "2026-03-01",
        "--to", "2026-03-31", "--out", str(tmp_path / "bill.pdf")], environment())
    assert finished.code == 0, finished.errors
    assert "3 sessions" in finished.output
    assert finished.qt_modules == []
