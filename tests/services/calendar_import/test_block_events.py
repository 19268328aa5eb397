"""An imported event kept as a block: its title is its note unless it only names the kind."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from models.enums import BlockKind
from services.calendar_import.block_events import block_plan

LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(("title", "note"), [
    ("Lunch", ""), ("  lunch ", ""), ("Обед", ""), ("ОБЕД", ""),
    ("Lunch with Sam", "Lunch with Sam"), ("Обед с коллегой", "Обед с коллегой"),
])
def test_a_title_that_only_names_the_kind_is_not_kept_as_the_note(title: str,
                                                                   note: str) -> None:
    plan = block_plan(BlockKind.LUNCH, title, datetime(2026, 12, 7, 12, 30, tzinfo=UTC),
                      datetime(2026, 12, 7, 13, 15, tzinfo=UTC), whole_day=False, zone=LONDON)
    assert plan.note == note


def test_a_holiday_named_holiday_keeps_no_note_and_its_whole_days() -> None:
    plan = block_plan(BlockKind.HOLIDAY, "Holiday", datetime(2026, 12, 24, tzinfo=UTC),
                      datetime(2026, 12, 28, tzinfo=UTC), whole_day=True, zone=LONDON)
    assert (plan.note, plan.first_day.isoformat(), plan.last_day.isoformat()) == (
        "", "2026-12-24", "2026-12-27")
