"""Titles matched to clients by the names in them, and what each title is proposed to be."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.enums import BlockKind
from services.calendar_import.decisions import Decision
from services.calendar_import.matching import CalendarPlan, Confidence, propose_matches
from services.calendar_import.reading import read_calendar_file
from services.calendar_import.title_names import block_kind_in, initials_in, name_in
from services.clients.client_records import ClientDraft, create_client
from services.vault.practice_vault import Vault
from tests.services.calendar_import.calendar_files import calendar_file, calendar_of, one_event

CLIENTS = ("Ann Lee", "Zoë Martin", "Anna Ivanova", "Анна Иванова", "Ben Carter",
           "Beth Carter", "Oscar Núñez")


def plan_for(vault: Vault, tmp_path: Path, *titles: str, whole_day: bool = False) -> CalendarPlan:
    for name in CLIENTS:
        create_client(vault, ClientDraft(full_name=name))
    events = [one_event(f"e{n}@test", "20250602" if whole_day else "20250602T090000Z",
                        "20250603" if whole_day else "20250602T095000Z", title)
              for n, title in enumerate(titles)]
    if whole_day:
        events = [e.replace("DTSTART:", "DTSTART;VALUE=DATE:")
                  .replace("DTEND:", "DTEND;VALUE=DATE:") for e in events]
    file = read_calendar_file(calendar_file(tmp_path, calendar_of(*events)),
                              zone="Europe/London")
    return propose_matches(vault, file)


@pytest.mark.parametrize(("title", "name"), [
    ("Session with Ann Lee", "Ann Lee"), ("Lee, Ann", "Ann Lee"), ("Ann Lee (session)", "Ann Lee"),
    ("Сессия с Анной Ивановой", "Анной Ивановой"), ("Intake: Ben Carter", "Ben Carter"),
    ("Zoë Martin - therapy", "Zoë Martin"), ("Noah Fischer – couples", "Noah Fischer"),
    ("Anne-Marie Dubois", "Anne-Marie Dubois"), ("Session: Lee, Ann", "Ann Lee"),
])
def test_the_name_is_read_without_the_words_around_it(title: str, name: str) -> None:
    assert name_in(title) == name


def test_initials_and_block_words() -> None:
    assert initials_in("A.L.") == "al" and initials_in("A. L.") == "al"
    assert initials_in("Al") is None
    assert block_kind_in("Lunch") is BlockKind.LUNCH
    assert block_kind_in("Супервизия у Марии") is BlockKind.SUPERVISION
    assert block_kind_in("Admin and notes") is BlockKind.ADMIN
    assert block_kind_in("Ann Lee") is None
    assert block_kind_in("Break") is BlockKind.OTHER
    assert block_kind_in("Christmas break", whole_day=True) is BlockKind.HOLIDAY
    assert block_kind_in("Ann Lee", whole_day=True) is BlockKind.HOLIDAY
    assert block_kind_in("Training day", whole_day=True) is BlockKind.TRAINING


@pytest.mark.parametrize(("title", "confidence", "names"), [
    ("Session with Ann Lee", Confidence.SURE, ["Ann Lee"]),
    ("ann lee", Confidence.SURE, ["Ann Lee"]),
    ("Lee, Ann", Confidence.SURE, ["Ann Lee"]),
    ("Zoe Martin", Confidence.SURE, ["Zoë Martin"]),
    ("OSCAR NUNEZ", Confidence.SURE, ["Oscar Núñez"]),
    ("Ann L.", Confidence.SURE, ["Ann Lee"]),
    ("A.L.", Confidence.UNSURE, ["Ann Lee"]),
    ("Martin", Confidence.SURE, ["Zoë Martin"]),
    ("Carter", Confidence.UNSURE, ["Ben Carter", "Beth Carter"]),
    ("Ben", Confidence.UNSURE, ["Ben Carter"]),
    ("Сессия с Анной Ивановой", Confidence.UNSURE, ["Анна Иванова"]),
    ("Сессия с Анна Иванова", Confidence.SURE, ["Анна Иванова"]),
    ("Сессия с Анной", Confidence.UNSURE, ["Анна Иванова"]),
    ("Session with Priya Shah", Confidence.NONE, []),
])
def test_titles_are_matched_to_clients(vault: Vault, tmp_path: Path, title: str,
                                       confidence: Confidence, names: list[str]) -> None:
    (match,) = plan_for(vault, tmp_path, title).titles
    assert match.confidence is confidence
    assert [c.name for c in match.candidates] == names


def test_each_title_gets_a_proposal(vault: Vault, tmp_path: Path) -> None:
    plan = plan_for(vault, tmp_path, "Session with Ann Lee", "Session with Priya Shah",
                    "Lunch", "Обед", "Supervision", "Carter", "!!!")
    ann = next(c.id for c in plan.clients if c.name == "Ann Lee")
    ben = next(c.id for c in plan.clients if c.name == "Ben Carter")
    assert plan.proposed() == {
        "Session with Ann Lee": Decision.session_for(ann),
        "Session with Priya Shah": Decision.new("Priya Shah"),
        "Lunch": Decision.block_of(BlockKind.LUNCH),
        "Обед": Decision.block_of(BlockKind.LUNCH),
        "Supervision": Decision.block_of(BlockKind.SUPERVISION),
        "Carter": Decision.session_for(ben),
        "!!!": Decision.skipped(),
    }
    assert [m.title for m in plan.unsure()] == ["Session with Priya Shah", "Carter"]


def test_whole_days_are_proposed_as_blocks_even_with_a_name(vault: Vault, tmp_path: Path) -> None:
    plan = plan_for(vault, tmp_path, "Holiday", "Ann Lee", "Training day", "Christmas break",
                    whole_day=True)
    assert [m.proposed for m in plan.titles] == [
        Decision.block_of(BlockKind.HOLIDAY), Decision.block_of(BlockKind.HOLIDAY),
        Decision.block_of(BlockKind.TRAINING), Decision.block_of(BlockKind.HOLIDAY)]


def test_the_plan_lists_every_client_by_name(vault: Vault, tmp_path: Path) -> None:
    plan = plan_for(vault, tmp_path, "Ann Lee")
    assert [c.name for c in plan.clients] == [
        "Ann Lee", "Anna Ivanova", "Ben Carter", "Beth Carter", "Oscar Núñez", "Zoë Martin",
        "Анна Иванова"]


def test_an_event_longer_than_any_session_is_proposed_as_a_block(vault: Vault,
                                                                 tmp_path: Path) -> None:
    for name in CLIENTS:
        create_client(vault, ClientDraft(full_name=name))
    text = calendar_of(
        one_event("day@test", "20250602T080000Z", "20250602T170000Z", "Ann Lee"),
        one_event("conf@test", "20250603T080000Z", "20250603T170000Z", "Conference"))
    file = read_calendar_file(calendar_file(tmp_path, text), zone="Europe/London")
    assert [m.proposed for m in propose_matches(vault, file).titles] == [
        Decision.block_of(BlockKind.OTHER), Decision.block_of(BlockKind.TRAINING)]
