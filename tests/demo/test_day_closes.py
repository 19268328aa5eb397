from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from demo.practice import fill_demo_practice
from models import Appointment, DayClose
from services.day_close.reconciliation import ProblemKind, first_open_day, review_day
from services.practice.practice_settings import read_settings
from services.vault.practice_vault import Vault

TODAY = date(2026, 3, 12)


def test_every_past_day_is_closed_but_the_last_three_which_show_the_problems(
        vault: Vault) -> None:
    fill_demo_practice(vault, years=1, clients=40, today=TODAY)
    zone = read_settings(vault).zone
    with vault.unit_of_work() as session:
        days = {at.astimezone(zone).date() for at in session.scalars(
            select(Appointment.starts_at)) if at.astimezone(zone).date() < TODAY}
        closed = set(session.scalars(select(DayClose.day)))
        assert session.scalar(select(func.count()).select_from(DayClose)) == len(days) - 3
    *earlier, a, b, c = sorted(days)
    assert closed == set(earlier)
    now = datetime.combine(TODAY, datetime.min.time(), tzinfo=zone).astimezone(UTC) + timedelta(
        hours=13)
    kinds = {p.kind for day in (a, b, c) for p in review_day(vault, day, now=now).problems}
    assert kinds >= set(ProblemKind)
    assert first_open_day(vault, TODAY) == a
    # A closed demo day's totals are what the day holds now: no corrections.
    assert review_day(vault, earlier[-1]).corrections == ()
    assert review_day(vault, earlier[-1]).is_closed
