"""`notes search TEXT`: initials unless --full, as text or CSV, reflections only when asked."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from services.notes.reflections import ReflectionDraft, add_reflection
from services.notes.session_notes import add_addendum, sign
from services.vault.practice_vault import Vault
from tests.cli.test_commands import fast_kdf, run  # noqa: F401  (the autouse fixture)
from tests.services.notes.note_book import MONDAY, client_with_sessions, write


@pytest.fixture
def practice(vault: Vault, data_dir: Path) -> Path:
    ann, [first, *_] = client_with_sessions(vault, "Ann Marie Lee", 1)
    olga, [hers, *_] = client_with_sessions(vault, "Ольга Орлова", 1, first=MONDAY.replace(
        hour=12))
    note = write(vault, first, "=cmd| Panic on the Tube; we practised slow breathing.")
    sign(vault, note.note_id)
    add_addendum(vault, note.note_id, "Panic eased by the next week.")
    write(vault, hers, "Тревога и паника перед экзаменом.")
    add_reflection(vault, ReflectionDraft(ann, "My own panic about her panic.", first))
    assert olga
    vault.close()
    return data_dir


def test_text_shows_initials_the_found_words_and_no_reflection(
        practice: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(practice, "notes", "search", "PANI") == 0
    said = capsys.readouterr()
    lines = said.out.splitlines()
    assert lines[0] == "2 found for 'PANI'"
    assert "A.M.L." in said.out and "Ann Marie Lee" not in said.out
    assert "[Panic] on the Tube" in said.out and "[Panic] eased" in said.out
    assert "Addendum" in said.out and "My own" not in said.out and said.err == ""
    assert run(practice, "notes", "search", "ПАНИК") == 0
    said = capsys.readouterr()
    assert "О.О." in said.out and "Тревога и [паника]" in said.out


def test_csv_with_full_names_for_one_client_and_reflections_when_asked(
        practice: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(practice, "notes", "search", "panic", "--client", "Ann", "--format", "csv",
               "--full", "--include-private") == 0
    said = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(said.out)))
    assert {row["client"] for row in rows} == {"Ann Marie Lee"}
    assert sorted(row["written_code"] for row in rows) == ["addendum", "note", "reflection"]
    assert [row["private"] for row in rows if row["written_code"] == "reflection"] == ["yes"]
    assert "private reflections are shown" in said.err.lower()
    note = next(row for row in rows if row["written_code"] == "note")
    assert note["text"].startswith("'=cmd|")  # never read as a formula


def test_syntax_in_the_query_is_searched_as_words(practice: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(practice, "notes", "search", '"slow" (breath* ^-:') == 0
    assert capsys.readouterr().out.startswith("1 found")
    assert run(practice, "notes", "search", "*") == 0
    assert capsys.readouterr().out.startswith("0 found")
