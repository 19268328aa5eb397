"""Private reflections stay apart: not in the default export (not even through the audit
trail), never in the client's record or a letter; in the export only when asked for."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

from pypdf import PdfReader

from models.enums import LetterKind
from services.clients.client_records import ClientDraft, update_client
from services.notes.reflections import ReflectionDraft, add_reflection
from services.papers.client_record import read_client_record
from services.papers.client_record_layout import render_client_record
from services.papers.letter_layout import render_letter
from services.papers.letters import draft_letter, keep_letter
from services.vault.export import export_all
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import MONDAY, client_with_sessions, write

PRIVATE = "countertransference-marker: I felt impatient"


def everything_in(folder: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8-sig") for path in sorted(folder.iterdir()))


def reflected(vault: Vault) -> tuple[int, int]:
    client, [first, *_] = client_with_sessions(vault, "Ann Lee", 2)
    update_client(vault, client, ClientDraft(full_name="Ann Lee", address="1 Mill Street"))
    write(vault, first, "We spoke about her brother.")
    add_reflection(vault, ReflectionDraft(client, PRIVATE, first))
    add_reflection(vault, ReflectionDraft(client, PRIVATE + " (about the work)"))
    return client, first


def test_the_default_export_holds_no_reflection_anywhere(vault: Vault, tmp_path: Path) -> None:
    reflected(vault)
    written = export_all(vault, tmp_path / "export")
    assert "reflection.csv" not in {path.name for path in written}
    tables = json.loads((tmp_path / "export" / "practice.json").read_text(encoding="utf-8"))
    assert "reflection" not in tables and tables["session_note"]
    assert "countertransference" not in everything_in(tmp_path / "export")


def test_the_export_holds_them_when_asked_for(vault: Vault, tmp_path: Path) -> None:
    reflected(vault)
    export_all(vault, tmp_path / "export", include_private=True)
    reflections = (tmp_path / "export" / "reflection.csv").read_text(encoding="utf-8-sig")
    assert reflections.count("countertransference-marker") == 2


def test_the_record_and_the_letters_never_hold_them(vault: Vault) -> None:
    client, first = reflected(vault)
    record = read_client_record(vault, client, now=MONDAY + timedelta(weeks=3))
    pdf = render_client_record(record)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "her brother" in text and "countertransference" not in text
    for kind in (LetterKind.CHECK_IN, LetterKind.ATTENDANCE_AGREEMENT):
        letter = draft_letter(vault, kind, client)
        letter_pdf = render_letter(letter)
        keep_letter(vault, letter, letter_pdf)
        letter_text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(letter_pdf)).pages)
        assert "countertransference" not in letter.body + letter_text
