"""A note left unsigned too long is a problem when closing a day, accepted with a note or
put right by signing it."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.enums import AppointmentStatus, Language, NoteFormat
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import ProblemKind, close_day, mark, review_day
from services.errors import Refused
from services.notes.note_formats import NoteSettings, update_note_settings
from services.notes.session_notes import NoteDraft, save_draft, sign
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
SESSION_DAY = date(2026, 3, 2)
EVENING = time(21)


def evening(day: date) -> datetime:
    return datetime.combine(day, EVENING, tzinfo=LONDON)


@pytest.fixture
def draft(vault: Vault) -> int:
    """An attended session on Monday 2 March, its day closed, its note a draft."""
    update_settings(vault, session_fee=8000, timezone="Europe/London")
    client = create_client(vault, ClientDraft(full_name="Nadia Volkova"))
    session = book(vault, client, datetime.combine(SESSION_DAY, time(10), tzinfo=LONDON))[0]
    mark(vault, session, AppointmentStatus.ATTENDED)
    close_day(vault, SESSION_DAY, now=evening(SESSION_DAY))
    return save_draft(vault, NoteDraft(session, NoteFormat.FREE, Language.ENGLISH,
                                       (("note", "Half written."),))).note_id


def unsigned(vault: Vault, day: date) -> list[tuple[str, object]]:
    return [(p.key, p.values["days"]) for p in review_day(vault, day, now=evening(day)).problems
            if p.kind == ProblemKind.UNSIGNED_NOTE]


def test_a_note_unsigned_more_days_than_allowed_blocks_the_day_until_accepted(
        vault: Vault, draft: int) -> None:
    assert unsigned(vault, date(2026, 3, 5)) == []  # three days: still in time
    assert unsigned(vault, date(2026, 3, 6)) == [(f"unsigned_note:{draft}", 4)]
    [problem] = [p for p in review_day(vault, date(2026, 3, 6)).problems]
    assert problem.client_name == "Nadia Volkova" and problem.appointment_id is not None
    with pytest.raises(Refused):
        close_day(vault, date(2026, 3, 6), now=evening(date(2026, 3, 6)))
    closed = close_day(vault, date(2026, 3, 6), {problem.key: "Finishing it tomorrow"},
                       now=evening(date(2026, 3, 6)))
    assert [(a.kind, a.note) for a in closed.accepted] == [
        (ProblemKind.UNSIGNED_NOTE, "Finishing it tomorrow")]


def test_signing_the_note_puts_it_right_and_the_practice_sets_the_days(
        vault: Vault, draft: int) -> None:
    update_note_settings(vault, NoteSettings(unsigned_note_days=7))
    assert unsigned(vault, date(2026, 3, 6)) == []
    assert unsigned(vault, date(2026, 3, 10)) == [(f"unsigned_note:{draft}", 8)]
    sign(vault, draft)
    assert unsigned(vault, date(2026, 3, 10)) == []
    assert review_day(vault, date(2026, 3, 10) + timedelta(days=1)).problems == ()
