"""The day's agenda: today's and tomorrow's sessions with how to reach each client, today's
calls and notes to finish, the other things in the day, as text and PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from models.enums import (
    AppointmentStatus,
    BlockKind,
    CancelledBy,
    Language,
    Modality,
    ReasonCategory,
    Repeat,
)
from services.calendar.appointments import book, cancel, set_status
from services.calendar.blocks import BlockPlan, add_block
from services.calls.call_list import CallRule
from services.clients.client_records import ClientDraft, PhoneNumber, create_client
from services.practice.practice_settings import read_settings, update_settings
from services.reminders.agenda import Agenda, OtherThing, day_agenda, one_day
from services.reminders.agenda_lines import agenda_text, date_words
from services.reminders.agenda_paper import agenda_pdf
from services.reminders.reminder_settings import ReminderSettings, update_reminder_settings
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE, assert_printed_as_text
from tests.services.notes.note_book import write

DAY = date(2026, 6, 2)  # a Tuesday; London is on summer time (UTC+1)
NOW = datetime(2026, 6, 2, 8, 0, tzinfo=UTC)  # 09:00 in London
MOBILE = PhoneNumber("+44 7700 900123", "mobile")


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour - 1, minute, tzinfo=UTC)


def client(vault: Vault, name: str, preferred: str = "", **details: object) -> int:
    draft = ClientDraft(full_name=name, preferred_name=preferred, numbers=(MOBILE,),
                        started_on=date(2026, 1, 5))
    return create_client(vault, ClientDraft(**{**draft.__dict__, **details}))  # type: ignore[arg-type]


def lunch(_session: Session, starts: datetime, ends: datetime) -> Sequence[OtherThing]:
    """What blocks will give: time in the day that is not for clients."""
    local = starts.astimezone(UTC)
    return [OtherThing(local.replace(hour=12), local.replace(hour=13), "Lunch <b>")]


@pytest.fixture
def agenda(vault: Vault) -> Agenda:
    ann = client(vault, "Ann Lee", "Annie", online_handle="ann.lee.video")
    tom = client(vault, "Tom Hale", numbers=())
    book(vault, ann, at(DAY, 10), modality=Modality.VIDEO)
    (cancelled,) = book(vault, tom, at(DAY, 11), modality=Modality.PHONE)
    cancel(vault, cancelled, CancelledBy.CLIENT, at(DAY, 8), ReasonCategory.ILLNESS)
    book(vault, tom, at(DAY + timedelta(days=1), 9), modality=Modality.IN_PERSON)
    (past,) = book(vault, ann, at(DAY - timedelta(days=7), 10))
    write(vault, past, "half written", at=NOW - timedelta(days=7))
    ida = client(vault, "Ida Moss")
    (seen,) = book(vault, ida, at(DAY - timedelta(days=20), 15))
    set_status(vault, seen, AppointmentStatus.ATTENDED, now=NOW)
    return day_agenda(vault, DAY, NOW, others=[lunch])


def test_today_and_tomorrow_with_initials_and_how_to_reach(agenda: Agenda) -> None:
    assert agenda.today.day == DAY and agenda.tomorrow.day == DAY + timedelta(days=1)
    (video,) = agenda.today.sessions
    assert (video.name, video.modality, video.reach) == ("A. L.", Modality.VIDEO,
                                                          "ann.lee.video")
    assert video.starts_at.time() == time(10) and video.length_minutes == 50
    (in_person,) = agenda.tomorrow.sessions
    assert (in_person.name, in_person.reach) == ("T. H.", "")  # Tom gave no number


def test_the_cancelled_session_is_left_out_and_the_other_things_are_in(agenda: Agenda) -> None:
    assert [s.starts_at.time() for s in agenda.today.sessions] == [time(10)]
    assert [o.title for o in agenda.today.others] == ["Lunch <b>"]
    assert [o.title for o in agenda.tomorrow.others] == ["Lunch <b>"]


def test_the_time_kept_from_clients_is_in_the_agenda(vault: Vault) -> None:
    add_block(vault, BlockPlan(BlockKind.LUNCH, "A walk", starts_at=at(DAY, 12, 30),
                               ends_at=at(DAY, 13, 30), repeat=Repeat.WEEKLY))
    add_block(vault, BlockPlan(BlockKind.SUPERVISION, starts_at=at(DAY + timedelta(days=2), 9),
                               ends_at=at(DAY + timedelta(days=2), 10)))
    both = day_agenda(vault, DAY, NOW)
    today, tomorrow = both.today, both.tomorrow
    [walk] = today.others
    assert (walk.title, walk.starts_at.hour, walk.starts_at.minute) == ("Lunch · A walk", 12, 30)
    assert walk.starts_at.tzinfo is not None and walk.ends_at.hour == 13
    assert tomorrow.others == ()


def test_today_holds_the_call_list_and_the_notes_to_finish(agenda: Agenda) -> None:
    assert [(c.name, c.rule, c.number) for c in agenda.calls] == [
        ("I. M.", CallRule.NO_NEXT_SESSION, MOBILE.number)]
    assert [(n.name, n.overdue) for n in agenda.notes] == [("A. L.", True)]


def test_full_names_are_the_preferred_ones(vault: Vault, agenda: Agenda) -> None:
    full = day_agenda(vault, DAY, NOW, full_names=True, others=[])
    assert [s.name for s in full.today.sessions] == ["Annie"]
    assert [s.name for s in full.tomorrow.sessions] == ["Tom Hale"]
    assert [n.name for n in full.notes] == ["Annie"]
    assert full.today.others == ()
    update_reminder_settings(vault, ReminderSettings(full_names=True))
    assert [s.name for s in day_agenda(vault, DAY, NOW).today.sessions] == ["Annie"]


def test_another_days_agenda_has_no_call_list(vault: Vault, agenda: Agenda) -> None:
    later = day_agenda(vault, DAY + timedelta(days=1), NOW, others=[])
    assert later.calls == ()
    assert [s.name for s in later.today.sessions] == ["T. H."]


def test_the_text_reads_in_the_practices_language(vault: Vault, agenda: Agenda) -> None:
    text = agenda_text(agenda)
    assert "Today — Tuesday 2 June 2026" in text
    assert "  10:00–10:50 · A. L. · Video · ann.lee.video" in text
    assert "  12:00–13:00 · Lunch <b>" in text
    assert "Tomorrow — Wednesday 3 June 2026" in text
    assert "Notes to finish" in text and "Ann Lee" not in text
    update_settings(vault, language=Language.RUSSIAN)
    russian = agenda_text(day_agenda(vault, DAY, NOW, others=[]))
    assert "Сегодня — вторник, 2 июня 2026" in russian
    assert "Видео" in russian or "видео" in russian.lower()


def test_the_pdf_holds_the_agenda(vault: Vault, agenda: Agenda) -> None:
    pdf = agenda_pdf(agenda, read_settings(vault))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "A. L." in text and "Lunch <b>" in text and "Tomorrow" in text


@pytest.mark.parametrize("hostile", STORABLE, ids=range(len(STORABLE)))
def test_the_pdf_prints_hostile_names_as_text(vault: Vault, hostile: str) -> None:
    name = hostile.strip()[:190] or "x"  # as a name can be stored
    client_id = client(vault, "Ann Lee", name)
    book(vault, client_id, at(DAY, 10))
    settings = read_settings(vault)
    pdf = agenda_pdf(day_agenda(vault, DAY, NOW, full_names=True, others=[]), settings)
    baseline = agenda_pdf(day_agenda(vault, DAY, NOW, full_names=False, others=[]), settings)
    assert_printed_as_text(pdf, baseline, name)


def test_date_words() -> None:
    assert date_words(DAY, Language.ENGLISH) == "Tuesday 2 June 2026"
    assert date_words(DAY, Language.RUSSIAN) == "вторник, 2 июня 2026"


def test_one_day_is_the_agendas_day(vault: Vault, agenda: Agenda) -> None:
    assert one_day(vault, DAY, others=[lunch]) == agenda.today
    assert one_day(vault, DAY + timedelta(days=1), others=[lunch]) == agenda.tomorrow
