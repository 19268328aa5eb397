"""Searching everything written: any case, accents and script, one client's words only when
asked for one client, and a query that can never break the index's syntax."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.enums import BookAction, Language
from services.calendar.appointments import book
from services.clients.chart import add_to_chart
from services.clients.client_records import update_chart_notes
from services.notes.reflections import ReflectionDraft, add_reflection, add_reflection_in
from services.notes.search import SearchHit, Writing, search
from services.notes.session_notes import add_addendum, discard_draft, sign
from services.undo import redo, undo
from services.vault.practice_vault import Vault
from services.vault.undo_history import Undoable
from tests.services.notes.note_book import MONDAY, client_with_sessions, write


def marked(hit: SearchHit) -> list[str]:
    return [hit.snippet[start:end] for start, end in hit.marks]


def test_case_and_latin_accents_fold_both_ways(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Zoë Brontë")
    write(vault, first, "Zoë felt ANXIOUS before the café meeting; naïve hopes, she said.")
    [hit] = search(vault, "zoe anx")
    assert hit.writing == Writing.NOTE and hit.appointment_id == first
    assert marked(hit) == ["Zoë", "ANXIOUS"]
    assert [marked(h) for h in search(vault, "CAFÉ NAIVE")] == [["café", "naïve"]]


def test_russian_words_are_found_by_their_beginning_in_any_case(vault: Vault) -> None:
    _client, [first, second, *_] = client_with_sessions(vault, "Ольга Орлова")
    write(vault, first, "Говорили о тревоге. Тревогу удаётся замечать раньше.", Language.RUSSIAN)
    write(vault, second, "Тревога по утрам, ёлка на работе.", Language.RUSSIAN)
    # The index does not stem: a whole word finds only that form of it...
    assert [h.appointment_id for h in search(vault, "тревога")] == [second]
    # ...and its beginning finds them all, with every form marked.
    hits = search(vault, "ТРЕВОГ")
    assert [h.appointment_id for h in hits] == [second, first]
    assert marked(hits[1]) == ["тревоге", "Тревогу"]
    assert [h.appointment_id for h in search(vault, "елка")] == [second]
    assert [h.appointment_id for h in search(vault, "ёлк")] == [second]


def test_a_search_for_one_client_never_returns_another_client_s_words(vault: Vault) -> None:
    ann, [ann_first, *_] = client_with_sessions(vault, "Ann Lee")
    ben, [ben_first, *_] = client_with_sessions(vault, "Ben Hale",
                                                first=MONDAY + timedelta(hours=2))
    for client, session in ((ann, ann_first), (ben, ben_first)):
        note = write(vault, session, "Panic at night.")
        sign(vault, note.note_id)
        add_addendum(vault, note.note_id, "Panic again on Sunday.")
        add_reflection(vault, ReflectionDraft(client, "My own panic in the room.", session))
        update_chart_notes(vault, client, "Panic disorder, referred by GP.")
    everyone = search(vault, "panic")
    assert {h.client_id for h in everyone} == {ann, ben} and len(everyone) == 8
    for client in (ann, ben):
        mine = search(vault, "panic", client_id=client)
        assert {h.writing for h in mine} == set(Writing)
        assert {h.client_id for h in mine} == {client}
    assert search(vault, "panic", client_id=9999) == ()


def test_index_words_and_syntax_typed_as_a_query_are_only_words(vault: Vault) -> None:
    client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    write(vault, first, 'She said "AND" twice, then NEAR the end: body and client.')
    for typed in ('"', "*", "AND", "NEAR(", "(", ")", "^", "-", ":", '"unclosed', "OR NOT",
                  'client : "c1"', "body:", "{body client}", "NEAR(a b, 2)", "'; DROP",
                  "\x00", "ﬀ", ""):
        search(vault, typed)  # never raises
    assert [h.appointment_id for h in search(vault, '"AND"')] == [first]
    assert [h.appointment_id for h in search(vault, "NEAR(")] == [first]
    # The client's word lives in a column of its own: typing it finds nothing.
    assert search(vault, f"c{client}") == ()
    assert search(vault, "x") == ()  # one letter is not looked up


def test_drafts_are_found_as_typed_and_the_index_follows_every_change(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    saved = write(vault, first, "Insomnia since the move.")
    assert [h.note_id for h in search(vault, "insom")] == [saved.note_id]
    write(vault, first, "Sleeping better since the move.")
    assert search(vault, "insom") == ()
    assert [h.note_id for h in search(vault, "sleep")] == [saved.note_id]
    discard_draft(vault, saved.note_id)
    assert search(vault, "sleep") == ()


def test_the_chart_is_found_as_it_grows(vault: Vault) -> None:
    client, _sessions = client_with_sessions(vault, "Ann Lee", 0)
    add_to_chart(vault, client, MONDAY.date(), "Missed session", "Forgot the appointment.")
    [hit] = search(vault, "forgot")
    assert hit.writing == Writing.CHART and hit.client_id == client
    update_chart_notes(vault, client, "")
    assert search(vault, "forgot") == ()


def test_private_reflections_are_marked_and_left_out_when_not_asked_for(vault: Vault) -> None:
    client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    write(vault, first, "Talked about her sister.")
    add_reflection(vault, ReflectionDraft(client, "I felt protective of her sister.", first))
    hits = search(vault, "sister")
    assert [(h.writing, h.private) for h in hits] == [(Writing.NOTE, False),
                                                       (Writing.REFLECTION, True)] or \
        [(h.writing, h.private) for h in hits] == [(Writing.REFLECTION, True),
                                                    (Writing.NOTE, False)]
    assert [h.writing for h in search(vault, "sister", include_private=False)] == [Writing.NOTE]


def test_hits_come_newest_first_and_a_limit_keeps_those_written_last(vault: Vault) -> None:
    client, sessions = client_with_sessions(vault, "Ann Lee", 5)
    for session in sessions:
        write(vault, session, "Homework reviewed.")
    later = book(vault, client, MONDAY - timedelta(weeks=10), allow_conflicts=True)[0]
    write(vault, later, "Homework from the first weeks.")  # written last, an older session
    hits = search(vault, "homework")
    assert [h.appointment_id for h in hits] == [*reversed(sessions), later]
    assert [h.appointment_id for h in search(vault, "homework", limit=2)] == [sessions[-1],
                                                                               later]


@pytest.mark.parametrize("typed", ["sister", "SISTER", "Sister"])
def test_the_marks_point_at_the_words_in_the_snippet(vault: Vault, typed: str) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    write(vault, first, "A long opening about the week. " * 5 + "Her sister called.")
    [hit] = search(vault, typed)
    assert hit.snippet.startswith("…") and marked(hit) == ["sister"]


def test_the_index_follows_undo_and_redo_of_a_reflection_a_dialog_wrote(vault: Vault) -> None:
    client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    with vault.unit_of_work(Undoable(BookAction.NO_SHOW, client_id=client)) as session:
        add_reflection_in(session, ReflectionDraft(client, "What happened last time?", first))
    assert [h.writing for h in search(vault, "happened")] == [Writing.REFLECTION]
    undo(vault)
    assert search(vault, "happened") == ()
    redo(vault)
    assert [h.client_id for h in search(vault, "happened")] == [client]
