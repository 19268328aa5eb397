"""The demo shows every kind of session: some kept by phone or video instead of being
cancelled, and no-shows with the reason the client gave, in the month at a glance and in the
client's own pattern."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from demo.another_way import KEPT_NOTES, NOT_HEARD_YET
from demo.practice import DemoSummary, fill_demo_practice
from models import Appointment
from models.enums import AppointmentStatus, Modality, NoShowReason
from services.clients.client_panel import client_panel
from services.day_close.month_report import month_report
from services.vault.practice_vault import Vault
from tests.demo.test_practice import new_vault

TODAY = date(2026, 3, 11)
S = AppointmentStatus


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    vault = new_vault(tmp_path_factory.mktemp("another-way") / "practice")
    summary = fill_demo_practice(vault, years=2, clients=60, seed=1, today=TODAY)
    yield vault, summary
    vault.close()


def months(first: datetime, last: datetime) -> Iterator[tuple[int, int]]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def test_some_past_sessions_were_kept_by_phone_or_video_and_the_month_counts_them(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, summary = demo
    assert summary.now is not None
    with vault.unit_of_work() as session:
        kept = session.execute(select(Appointment.starts_at, Appointment.status,
                                      Appointment.modality, Appointment.note)
                               .where(Appointment.kept_another_way)).all()
        first = session.scalar(select(Appointment.starts_at).order_by(Appointment.starts_at))
        attended = session.scalar(text("SELECT count(*) FROM appointment "
                                       "WHERE status = 'attended'"))
    assert first is not None and attended
    assert 0 < len(kept) < attended * 0.05  # some, not many
    assert all(row.status == S.ATTENDED and row.starts_at < summary.now for row in kept)
    assert {row.modality for row in kept} == {Modality.PHONE, Modality.VIDEO}
    assert all(row.note == KEPT_NOTES["en"][row.modality] for row in kept)
    counted = sum(month_report(vault, year, month).kept_another_way
                  for year, month in months(first, summary.now))
    assert counted == len(kept)


def test_most_older_no_shows_carry_the_reason_the_client_gave(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, summary = demo
    assert summary.now is not None
    with vault.unit_of_work() as session:
        rows = session.execute(select(Appointment.starts_at, Appointment.status,
                                      Appointment.no_show_reason)
                               .where(Appointment.no_show_reason.is_not(None))).all()
        no_shows = session.execute(select(Appointment.starts_at, Appointment.no_show_reason)
                                   .where(Appointment.status == S.NO_SHOW)).all()
    assert all(row.status == S.NO_SHOW for row in rows)  # only a no-show has such a reason
    assert all(row.starts_at < summary.now - NOT_HEARD_YET for row in rows)
    assert len({row.no_show_reason for row in rows}) >= 4
    assert any(row.no_show_reason is None for row in no_shows)  # some never explained
    reasons = {row.no_show_reason for row in rows}
    assert reasons <= set(NoShowReason)
    by_month: dict[str, int] = {}
    for year, month in {(r.starts_at.year, r.starts_at.month) for r in rows}:
        for reason, count in month_report(vault, year, month).no_shows_by_reason.items():
            by_month[reason] = by_month.get(reason, 0) + count
    assert all(by_month[str(reason)] >= 1 for reason in reasons)


def test_a_client_s_pattern_shows_their_reasons_and_the_sessions_kept_another_way(
    demo: tuple[Vault, DemoSummary],
) -> None:
    vault, summary = demo
    assert summary.now is not None
    since = summary.now - timedelta(days=365)
    with vault.unit_of_work() as session:
        kept_by = session.scalars(select(Appointment.client_id).where(
            Appointment.kept_another_way, Appointment.starts_at >= since)).all()
        explained = session.scalars(select(Appointment.client_id).where(
            Appointment.no_show_reason.is_not(None), Appointment.starts_at >= since)).all()
    assert kept_by and explained
    pattern = client_panel(vault, kept_by[0], summary.now).pattern
    assert pattern is not None and pattern.kept_another_way == kept_by.count(kept_by[0])
    pattern = client_panel(vault, explained[0], summary.now).pattern
    assert pattern is not None
    assert set(pattern.by_reason) & {str(reason) for reason in NoShowReason}


def test_a_russian_demo_writes_its_kept_sessions_notes_in_russian(tmp_path: Path) -> None:
    vault = new_vault(tmp_path / "practice")
    try:
        with vault.unit_of_work() as session:
            session.execute(text("UPDATE practice SET language = 'ru', currency = 'RUB'"))
        fill_demo_practice(vault, years=1, clients=30, seed=3, today=TODAY, notes=False)
        with vault.unit_of_work() as session:
            notes = session.execute(select(Appointment.modality, Appointment.note)
                                    .where(Appointment.kept_another_way)).all()
    finally:
        vault.close()
    assert notes
    assert all(note == KEPT_NOTES["ru"][modality] for modality, note in notes)

