"""Drafts, signing and addenda: a signed note is fixed, changes are dated addenda, all audited."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from models import AuditEvent, SessionNote
from models.enums import Language, NoteFormat
from services.errors import InvalidValue, NotFound, Refused
from services.notes.note_formats import TemplateDraft, save_template
from services.notes.note_reading import note_of_session, read_note
from services.notes.session_notes import (
    NoteDraft,
    add_addendum,
    body_sha256,
    discard_draft,
    save_and_sign,
    save_draft,
    sign,
)
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import MONDAY, client_with_sessions, soap, write

AFTER = MONDAY + timedelta(hours=2)


def events(vault: Vault, entity: str) -> list[AuditEvent]:
    with vault.unit_of_work() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.entity == entity)
                                    .order_by(AuditEvent.seq)))


def test_a_first_draft_creates_the_note_under_every_heading_of_its_format(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    saved = save_draft(vault, soap(first, subjective="Slept badly all week."), at=AFTER)
    assert saved.created and saved.changed
    note = note_of_session(vault, first)
    assert note is not None and not note.is_signed
    assert [(s.key, s.heading) for s in note.sections] == [
        ("subjective", "Subjective"), ("objective", "Objective"),
        ("assessment", "Assessment"), ("plan", "Plan")]
    assert note.sections[0].text == "Slept badly all week."
    assert note.format == NoteFormat.SOAP and note.updated_at == AFTER


def test_later_saves_change_the_draft_but_the_trail_records_only_its_creation(
        vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    for n in range(5):
        write(vault, first, "Talked about work" + "." * n, at=AFTER + timedelta(seconds=n))
    again = write(vault, first, "Talked about work....", at=AFTER + timedelta(minutes=1))
    assert not again.changed and again.updated_at == AFTER + timedelta(seconds=4)
    note = note_of_session(vault, first)
    assert note is not None and note.sections[0].text == "Talked about work...."
    [created] = events(vault, "session_note")
    assert created.action == "create"
    assert json.loads(created.after)["appointment_id"] == first
    assert "Talked" not in created.after


def test_a_signed_note_refuses_every_edit_and_a_second_signature(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    saved = write(vault, first, "We agreed to meet fortnightly.", at=AFTER)
    signed = sign(vault, saved.note_id, at=AFTER + timedelta(minutes=5))
    assert signed.signed_at == AFTER + timedelta(minutes=5)
    with pytest.raises(Refused, match="Add an addendum"):
        write(vault, first, "We agreed to meet weekly.")
    with pytest.raises(Refused, match="already signed"):
        sign(vault, saved.note_id)
    with pytest.raises(Refused):
        discard_draft(vault, saved.note_id)
    assert read_note(vault, saved.note_id).sections[0].text == "We agreed to meet fortnightly."


def test_signing_is_audited_with_the_fingerprint_of_the_text_signed(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    saved = write(vault, first, "Grief after her father's death; first anniversary soon.")
    sign(vault, saved.note_id, at=AFTER + timedelta(days=1))
    _created, signed = events(vault, "session_note")
    after = json.loads(signed.after)
    with vault.unit_of_work() as session:
        body = session.get(SessionNote, saved.note_id).body  # type: ignore[union-attr]
    assert signed.action == "sign" and after["body_sha256"] == body_sha256(body)
    assert after["signed_at"] == (AFTER + timedelta(days=1)).isoformat()
    assert json.loads(signed.before) == {"signed_at": None}


def test_an_empty_note_cannot_be_signed(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    saved = save_draft(vault, soap(first, subjective="   \n"))
    with pytest.raises(Refused, match="nothing written"):
        sign(vault, saved.note_id)
    assert note_of_session(vault, first).signed_at is None  # type: ignore[union-attr]


def test_save_and_sign_keeps_the_last_words_and_signs_them_together(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    write(vault, first, "Begun.")
    note = save_and_sign(vault, soap(first, "Slept better.", "Diary."), at=AFTER)
    assert note.is_signed and note.signed_at == AFTER and note.format == NoteFormat.SOAP
    assert [s.text for s in note.sections] == ["Slept better.", "", "", "Diary."]
    assert [e.action for e in events(vault, "session_note")] == ["create", "sign"]


def test_save_and_sign_of_an_empty_note_writes_nothing(vault: Vault) -> None:
    _client, [first, second, *_] = client_with_sessions(vault, "Ann Lee")
    with pytest.raises(Refused, match="nothing written"):
        save_and_sign(vault, soap(first, "  "))
    assert note_of_session(vault, first) is None  # no empty draft left behind
    write(vault, second, "A draft kept as it was.")
    with pytest.raises(Refused, match="nothing written"):
        save_and_sign(vault, soap(second))
    kept = note_of_session(vault, second)
    assert kept is not None and not kept.is_signed and kept.format == NoteFormat.FREE
    assert kept.sections[0].text == "A draft kept as it was."


def test_addenda_come_only_after_signing_dated_in_order_and_audited(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    saved = write(vault, first, "Panic on the train; we practised slow breathing.")
    with pytest.raises(Refused, match="still a draft"):
        add_addendum(vault, saved.note_id, "Too early.")
    signed_at = AFTER + timedelta(hours=1)
    sign(vault, saved.note_id, at=signed_at)
    with pytest.raises(InvalidValue, match="after the note was signed"):
        add_addendum(vault, saved.note_id, "Back-dated.", at=signed_at - timedelta(minutes=1))
    with pytest.raises(InvalidValue):
        add_addendum(vault, saved.note_id, "  ")
    later = add_addendum(vault, saved.note_id, "She rang: the breathing helped.",
                         at=signed_at + timedelta(days=3))
    sooner = add_addendum(vault, saved.note_id, "Correction: it was the Tuesday train.",
                          at=signed_at + timedelta(days=1))
    note = read_note(vault, saved.note_id)
    assert [a.id for a in note.addenda] == [sooner.id, later.id]
    assert note.sections[0].text == "Panic on the train; we practised slow breathing."
    created = [json.loads(e.after) for e in events(vault, "note_addendum")]
    assert [c["text"] for c in created] == ["She rang: the breathing helped.",
                                            "Correction: it was the Tuesday train."]


def test_the_database_itself_keeps_signed_notes_and_addenda_as_written(vault: Vault) -> None:
    _client, [first, second, *_] = client_with_sessions(vault, "Ann Lee")
    saved = write(vault, first, "Signed words.")
    sign(vault, saved.note_id)
    addendum = add_addendum(vault, saved.note_id, "An addendum.")
    draft = write(vault, second, "Draft words.")
    for statement in (f"UPDATE session_note SET body = '[]' WHERE id = {saved.note_id}",
                      f"DELETE FROM session_note WHERE id = {saved.note_id}",
                      f"UPDATE note_addendum SET text = 'x' WHERE id = {addendum.id}",
                      f"DELETE FROM note_addendum WHERE id = {addendum.id}",
                      "INSERT INTO note_addendum (note_id, written_at, text) VALUES "
                      f"({draft.note_id}, '2026-03-02 12:00:00.000000', 'On a draft')"):
        with pytest.raises(IntegrityError), vault.unit_of_work() as session:
            session.execute(text(statement))
    assert read_note(vault, saved.note_id).addenda[0].text == "An addendum."


def test_a_draft_begun_by_mistake_can_be_discarded_and_the_trail_says_so(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    saved = write(vault, first, "Wrong client's session.")
    discard_draft(vault, saved.note_id)
    assert note_of_session(vault, first) is None
    assert [e.action for e in events(vault, "session_note")] == ["create", "delete"]
    with pytest.raises(NotFound):
        read_note(vault, saved.note_id)


def test_drafts_refuse_unknown_headings_sessions_and_text_that_cannot_be_printed(
        vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    with pytest.raises(InvalidValue, match="not a heading"):
        save_draft(vault, NoteDraft(first, NoteFormat.DAP, Language.ENGLISH,
                                    (("subjective", "S"),)))
    with pytest.raises(InvalidValue, match="cannot be printed"):
        write(vault, first, "bell\x07")
    with pytest.raises(NotFound):
        write(vault, 9999, "No such session.")
    with pytest.raises(InvalidValue, match="time zone"):
        write(vault, first, "Naive", at=datetime(2026, 3, 2, 12, 0))
    assert note_of_session(vault, first) is None


def test_a_note_in_the_practice_s_own_format_keeps_its_headings(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ann Lee")
    template_id = save_template(vault, TemplateDraft(
        "Couples", Language.ENGLISH, (("Each partner's view", "What each one said"),
                                      ("The pattern between them", ""))))
    save_draft(vault, NoteDraft(first, NoteFormat.TEMPLATE, Language.ENGLISH,
                                (("section2", "Pursue and withdraw."),), template_id))
    save_template(vault, TemplateDraft("Couples", Language.ENGLISH, (("Renamed", ""),)),
                  template_id)
    note = note_of_session(vault, first)
    assert note is not None and note.template_id == template_id
    assert [(s.heading, s.text) for s in note.sections] == [
        ("Each partner's view", ""), ("The pattern between them", "Pursue and withdraw.")]


def test_a_russian_note_has_russian_headings(vault: Vault) -> None:
    _client, [first, *_] = client_with_sessions(vault, "Ольга Орлова")
    save_draft(vault, soap(first, subjective="Тревога перед экзаменом.",
                           language=Language.RUSSIAN), at=AFTER.astimezone(UTC))
    note = note_of_session(vault, first)
    assert note is not None and note.language == Language.RUSSIAN
    assert note.sections[0].heading == "Субъективные данные"
