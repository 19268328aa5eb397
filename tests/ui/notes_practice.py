"""A small practice with notes for the GUI tests of reading notes: two clients, sessions in
March 2026, notes in English and Russian, a reflection, and the window's clock after them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from models.enums import Language
from services.notes.reflections import ReflectionDraft, add_reflection
from services.notes.session_notes import add_addendum, sign
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import MONDAY, client_with_sessions, write

NOW = datetime(2026, 3, 30, 9, 0, tzinfo=UTC)  # Monday 30 March 2026, four weeks on


@dataclass(frozen=True)
class NotesPractice:
    ann: int
    ann_sessions: list[int]  # oldest first
    olga: int
    olga_sessions: list[int]


def arrange(vault: Vault) -> NotesPractice:
    """Ann Lee: three sessions, the first signed with an addendum, the second a draft, the third
    without a note; Ольга Орлова: a Russian note about anxiety; a private reflection on Ann."""
    ann, ann_sessions = client_with_sessions(vault, "Ann Lee")
    olga, olga_sessions = client_with_sessions(vault, "Ольга Орлова", count=2,
                                               first=MONDAY + timedelta(hours=3))
    first = write(vault, ann_sessions[0], "Spoke about her sister.\nSleep is better.")
    sign(vault, first.note_id)
    add_addendum(vault, first.note_id, "She phoned to add that the sister is moving away.")
    write(vault, ann_sessions[1], "Panic on the train again; we practised slow breathing.")
    write(vault, olga_sessions[1], "Говорили о тревоге перед работой. Тревогу легче заметить.",
          Language.RUSSIAN)
    add_reflection(vault, ReflectionDraft(ann, "I felt impatient with her today.",
                                          ann_sessions[1]))
    return NotesPractice(ann, ann_sessions, olga, olga_sessions)
