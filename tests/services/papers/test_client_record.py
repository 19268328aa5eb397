"""The client's record as PDF: details, the sessions of the days asked for with their notes
and addenda, the letters sent; escaped text; in English or Russian."""

from __future__ import annotations

import io
from datetime import UTC, date, timedelta

import pytest
from pypdf import PdfReader

from models.enums import AppointmentStatus, Language, LetterKind
from services.calendar.appointments import set_status
from services.clients.client_records import ClientDraft, update_client
from services.errors import InvalidValue
from services.notes.session_notes import add_addendum, save_draft, sign
from services.papers.client_record import read_client_record
from services.papers.client_record_layout import render_client_record
from services.papers.letter_layout import render_letter
from services.papers.letters import draft_letter, keep_letter
from services.vault.practice_vault import Vault
from tests.services.notes.note_book import MONDAY, client_with_sessions, soap, write

NOW = MONDAY + timedelta(weeks=8)
HOSTILE = ('<b>bold</b> <img src="/etc/passwd"/> <a href="http://example.com">link</a> '
           '&amp; <font color="red">red</font> <para> ]]> & "quotes"')


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def book_of_notes(vault: Vault) -> tuple[int, list[int]]:
    client, sessions = client_with_sessions(vault, "Zoë Brontë", 4)
    set_status(vault, sessions[0], AppointmentStatus.ATTENDED)
    set_status(vault, sessions[1], AppointmentStatus.NO_SHOW)
    first = save_draft(vault, soap(sessions[0], subjective="Low mood since the winter.",
                                   plan="Sleep diary for two weeks."))
    sign(vault, first.note_id, at=MONDAY + timedelta(hours=3))
    add_addendum(vault, first.note_id, "GP letter received.", at=MONDAY + timedelta(days=2))
    write(vault, sessions[1], "Did not come; I rang and left a message.")
    return client, sessions


def test_the_record_holds_the_days_asked_for_with_notes_addenda_and_letters(
        vault: Vault, book_of_notes: tuple[int, list[int]]) -> None:
    client, sessions = book_of_notes
    update_client(vault, client, ClientDraft(full_name="Zoë Brontë",
                                             address="3 Rue des Lilas\n75011 Paris"))
    letter = draft_letter(vault, LetterKind.CHECK_IN, client, now=MONDAY + timedelta(days=9))
    keep_letter(vault, letter, render_letter(letter), now=MONDAY + timedelta(days=9))
    record = read_client_record(vault, client, first=MONDAY.date(),
                                last=MONDAY.date() + timedelta(days=10), now=NOW)
    assert [s.appointment_id for s in record.sessions] == sessions[:2]
    assert [letter.kind for letter in record.letters] == [LetterKind.CHECK_IN]
    text = pdf_text(render_client_record(record))
    for words in ("Client record", "Zoë Brontë", "Low mood since the winter.",
                  "Sleep diary for two weeks.", "Subjective", "Plan", "GP letter received.",
                  "Addendum, 4", "Did not come; I rang and left a message.",
                  "Draft, not signed", "Did not come", "Attended", "Check-in letter",
                  "Sessions from 2"):
        assert words in text, words
    assert "Objective" not in text  # an empty heading is left out


def test_the_record_keeps_to_its_days_and_to_sessions_that_happened(
        vault: Vault, book_of_notes: tuple[int, list[int]]) -> None:
    client, sessions = book_of_notes
    record = read_client_record(vault, client, now=MONDAY + timedelta(weeks=2, hours=1))
    assert [s.appointment_id for s in record.sessions] == sessions[:3]
    later = read_client_record(vault, client, first=MONDAY.date() + timedelta(days=1), now=NOW)
    assert [s.appointment_id for s in later.sessions] == sessions[1:]
    with pytest.raises(InvalidValue):
        read_client_record(vault, client, first=date(2026, 5, 1), last=date(2026, 4, 1))


def test_text_a_person_typed_is_printed_never_read_as_markup(
        vault: Vault, book_of_notes: tuple[int, list[int]]) -> None:
    client, sessions = book_of_notes
    write(vault, sessions[2], HOSTILE)
    pdf = render_client_record(read_client_record(vault, client, now=NOW))
    text = " ".join(pdf_text(pdf).split())
    assert '<b>bold</b> <img src="/etc/passwd"/>' in text
    assert '<a href="http://example.com">link</a> &amp; <font color="red">red</font>' in text
    reader = PdfReader(io.BytesIO(pdf))
    assert all("/Annots" not in page for page in reader.pages)


def test_the_record_in_russian(vault: Vault) -> None:
    client, [first, *_] = client_with_sessions(vault, "Ольга Орлова", 1)
    write(vault, first, "Тревога перед экзаменом, ёлка.", Language.RUSSIAN)
    record = read_client_record(vault, client, language=Language.RUSSIAN, now=NOW)
    text = pdf_text(render_client_record(record))
    for words in ("Выписка из записей о клиенте", "Ольга Орлова", "Тревога перед экзаменом",
                  "Черновик, не подписан", "марта 2026", "Сессии", "Свободный текст"):
        assert words in text, words


def test_a_record_is_the_same_bytes_for_the_same_record(
        vault: Vault, book_of_notes: tuple[int, list[int]]) -> None:
    client, _sessions = book_of_notes
    record = read_client_record(vault, client, now=NOW)
    assert render_client_record(record) == render_client_record(record)
    assert record.made_on == NOW.astimezone(UTC).date()
