"""The demo's notes: one for every past session, in the client's language, 150 to 400 words;
the recent ones partly unsigned, some addenda, some reflections; all of it searchable."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from demo.notes import add_demo_notes
from demo.practice import DemoSummary, fill_demo_practice
from models import Appointment, Client, NoteAddendum, Reflection, SessionNote
from models.enums import Language
from services.notes.note_reading import notes_to_finish
from services.notes.search import index_size, search
from services.vault.practice_vault import Vault
from tests.demo.test_practice import TODAY, new_vault, now_of


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    vault = new_vault(tmp_path_factory.mktemp("notes") / "practice")
    summary = fill_demo_practice(vault, years=1, clients=40, seed=3, today=TODAY)
    yield vault, summary
    vault.close()


def test_every_past_session_has_a_note_of_150_to_400_words_in_its_client_s_language(
        demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    _zone, now = now_of(vault)
    with vault.unit_of_work() as session:
        past = set(session.scalars(select(Appointment.id).where(Appointment.starts_at < now)))
        rows = session.execute(select(SessionNote.appointment_id, SessionNote.language,
                                      SessionNote.body, Client.full_name)
                               .join(Client, Client.id == SessionNote.client_id)).all()
    assert {row.appointment_id for row in rows} == past and summary.notes == len(past)
    for row in rows:
        words = " ".join(s["text"] for s in json.loads(row.body))
        assert 150 <= len(words.split()) <= 400
        russian_client = any("а" <= ch <= "я" for ch in row.full_name.lower())
        assert (row.language == Language.RUSSIAN) == russian_client
        assert any("а" <= ch <= "я" for ch in words.lower()) == russian_client


def test_recent_notes_are_partly_unsigned_and_two_are_overdue(
        demo: tuple[Vault, DemoSummary]) -> None:
    vault, _summary = demo
    waiting = notes_to_finish(vault, TODAY)
    assert waiting and all(note.days <= 14 for note in waiting)
    assert sum(note.overdue for note in waiting) >= 2
    with vault.unit_of_work() as session:
        early = session.scalar(select(func.count()).select_from(SessionNote)
                               .where(SessionNote.signed_at.is_(None),
                                      SessionNote.created_at < datetime.combine(
                                          TODAY - timedelta(days=20), datetime.min.time(),
                                          tzinfo=UTC)))
    assert early == 0


def test_addenda_follow_their_signature_and_reflections_are_there(
        demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    with vault.unit_of_work() as session:
        pairs = session.execute(select(NoteAddendum.written_at, SessionNote.signed_at)
                                .join(SessionNote, SessionNote.id == NoteAddendum.note_id)).all()
        reflections = session.scalar(select(func.count()).select_from(Reflection))
    assert pairs and all(signed is not None and written > signed for written, signed in pairs)
    assert summary.addenda == len(pairs) and summary.reflections == reflections > 0


def test_everything_written_is_in_the_index(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    with vault.unit_of_work() as session:
        charts = session.scalar(select(func.count()).select_from(Client)
                                .where(Client.chart_notes != ""))
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert index_size(vault) == summary.notes + summary.addenda + summary.reflections + (
        charts or 0)
    assert search(vault, "тревог") and search(vault, "breathing")


def test_a_demo_in_russian_writes_its_notes_too(tmp_path: Path) -> None:
    vault = new_vault(tmp_path / "ru")
    try:
        with vault.unit_of_work() as session:
            session.execute(text("UPDATE practice SET language = 'ru', currency = 'RUB'"))
        summary = fill_demo_practice(vault, years=1, clients=8, seed=2, today=date(2026, 3, 11))
        assert summary.notes == summary.past_appointments > 0
    finally:
        vault.close()


def test_notes_added_later_are_the_notes_the_demo_writes_at_once(tmp_path: Path) -> None:
    written = []
    for name, at_once in (("at-once", True), ("later", False)):
        vault = new_vault(tmp_path / name)
        try:
            summary = fill_demo_practice(vault, years=1, clients=10, seed=5, today=TODAY,
                                         notes=at_once)
            if not at_once:
                assert summary.notes == 0 and summary.now is not None
                assert add_demo_notes(vault, seed=5, now=summary.now).notes == \
                    summary.past_appointments
            with vault.engine.connect() as connection:
                written.append(connection.execute(text(
                    "SELECT * FROM session_note ORDER BY id")).all())
        finally:
            vault.close()
    assert written[0] == written[1] and written[0]
