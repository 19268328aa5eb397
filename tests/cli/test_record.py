"""`record --client NAME_OR_ID --out FILE.pdf [--from] [--to] [--lang]`: the client's record
written, or one clear line and exit 1."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from services.notes.reflections import ReflectionDraft, add_reflection
from services.vault.practice_vault import Vault
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.services.notes.note_book import MONDAY, client_with_sessions, write


@pytest.fixture
def practice(vault: Vault, data_dir: Path) -> Path:
    """Zoë's three sessions from 2 March 2026, each with a note; a private reflection."""
    client, sessions = client_with_sessions(vault, "Zoë Brontë", 3)
    for number, session in enumerate(sessions, start=1):
        write(vault, session, f"Session {number}: sleep and the new job.")
    add_reflection(vault, ReflectionDraft(client, "private-marker: I felt tired.", sessions[0]))
    vault.close()
    return data_dir


def text_of(pdf: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)


def test_the_record_of_the_days_asked_for_is_written(
        practice: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "record.pdf"
    assert run(practice, "record", "--client", "zoe", "--out", str(out), "--from", "2026-03-05",
               "--to", "2026-03-20", "--lang", "ru") == 0
    said = capsys.readouterr()
    assert "2 sessions from 2026-03-05 to 2026-03-20" in said.out
    assert "not encrypted" in said.err
    text = text_of(out)
    assert "Выписка из записей о клиенте" in text and "Zoë Brontë" in text
    assert "Session 2" in text and "Session 3" in text and "Session 1" not in text
    assert "private-marker" not in text


def test_everything_up_to_today_by_default(practice: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.pdf"
    assert run(practice, "record", "--client", "1", "--out", str(out)) == 0
    if datetime.now().astimezone() > MONDAY + timedelta(weeks=2, hours=1):
        assert "3 sessions to" in capsys.readouterr().out
    assert "Client record" in text_of(out)


@pytest.mark.parametrize(("args", "words"), [
    (("--client", "Nobody", "--out", "x.pdf"), "No client is called"),
    (("--client", "zoe", "--out", "x.txt"), "ending in .pdf"),
    (("--client", "zoe", "--out", "x.pdf", "--from", "2026-04-01", "--to", "2026-03-01"),
     "first day is after"),
])
def test_a_problem_is_one_line_and_exit_1(practice: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: tuple[str, ...], words: str) -> None:
    args = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in args)
    assert run(practice, "record", *args) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert not (tmp_path / "x.pdf").exists()
