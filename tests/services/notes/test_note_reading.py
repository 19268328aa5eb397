"""A session's note, a client's sessions with their notes, and the notes still to finish."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from services.errors import NotFound
from services.notes.note_formats import NoteSettings, update_note_settings
from services.notes.note_reading import client_timeline, notes_to_finish, sessions_with_notes
from services.notes.reflections import ReflectionDraft, add_reflection
from services.notes.session_notes import add_addendum, sign
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import MONDAY, client_with_sessions, write


def test_the_timeline_is_newest_first_with_notes_addenda_and_reflections(vault: Vault) -> None:
    client, sessions = client_with_sessions(vault, "Ann Lee", 4)
    first = write(vault, sessions[0], "The first session.")
    sign(vault, first.note_id)
    add_addendum(vault, first.note_id, "Added later.")
    write(vault, sessions[2], "A draft.")
    add_reflection(vault, ReflectionDraft(client, "My thoughts.", sessions[2]))
    timeline = client_timeline(vault, client, before=MONDAY + timedelta(weeks=10))
    assert [entry.appointment_id for entry in timeline] == sessions[::-1]
    notes = {e.appointment_id: e.note for e in timeline}
    assert notes[sessions[3]] is None and notes[sessions[1]] is None
    assert notes[sessions[0]] is not None and notes[sessions[0]].is_signed
    assert [a.text for a in notes[sessions[0]].addenda] == ["Added later."]
    assert [e.reflections for e in timeline] == [0, 1, 0, 0]
    older = client_timeline(vault, client, before=timeline[1].starts_at, limit=1)
    assert [e.appointment_id for e in older] == [sessions[1]]
    with pytest.raises(NotFound):
        client_timeline(vault, 9999)


def test_notes_to_finish_are_the_drafts_and_overdue_after_the_practice_s_days(
        vault: Vault) -> None:
    client, sessions = client_with_sessions(vault, "Ann Lee", 3)  # 2, 9 and 16 March 2026
    for session in sessions:
        write(vault, session, "Notes.")
    signed = write(vault, sessions[0], "Signed.")
    sign(vault, signed.note_id)
    waiting = notes_to_finish(vault, date(2026, 3, 13))
    assert [(n.appointment_id, n.days, n.overdue) for n in waiting] == [(sessions[1], 4, True)]
    assert waiting[0].client_name == "Ann Lee" and waiting[0].client_id == client
    update_note_settings(vault, NoteSettings(unsigned_note_days=5))
    assert [(n.days, n.overdue) for n in notes_to_finish(vault, date(2026, 3, 16))] == [
        (7, True), (0, False)]
    assert notes_to_finish(vault, date(2026, 3, 8)) == ()


def test_sessions_with_notes_names_only_those_with_a_note_begun(vault: Vault) -> None:
    _client, sessions = client_with_sessions(vault, "Ann Lee", count=3)
    write(vault, sessions[1], "Begun.")
    assert sessions_with_notes(vault, sessions) == frozenset({sessions[1]})
    assert sessions_with_notes(vault, []) == frozenset()
