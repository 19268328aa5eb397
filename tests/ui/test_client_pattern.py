"""The client panel's section on the client's own pattern: it says, in the window's language,
how many sessions they did not keep over the last year, why, on which days and when; and the
contact log's reasons, kept as codes, read in the window's language."""

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import Appointment
from models.enums import (
    AppointmentStatus,
    BookAction,
    CancelledBy,
    ContactChannel,
    ContactOutcome,
    ContactReason,
    Modality,
    NoShowReason,
    ReasonCategory,
)
from services.calendar.appointments import book, cancel, set_status
from services.clients.client_panel import client_panel
from services.clients.client_records import ClientDraft, create_client
from services.clients.contact_log import log_contact
from services.clients.contact_reasons import reason_code
from services.hard_moments.session_decision import SessionDecision, decide
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from ui.client_panel import ClientPanel
from ui.i18n import install_language
from ui.worker import DatabaseWorker

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 30, 12, tzinfo=LONDON)
MONDAY = date(2026, 10, 5)


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


@pytest.fixture(autouse=True)
def british_english() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def iris(vault: Vault) -> int:
    """Iris misses Monday evenings: two no-shows, a late cancellation for work; one kept."""
    update_settings(vault, timezone="Europe/London")
    client = create_client(vault, ClientDraft(full_name="Iris Kemp"))
    for weeks in (0, 1):
        (missed,) = book(vault, client, at(MONDAY + timedelta(weeks=weeks), 18))
        set_status(vault, missed, AppointmentStatus.NO_SHOW)
    day = MONDAY + timedelta(weeks=2)
    (late,) = book(vault, client, at(day, 18))
    cancel(vault, late, CancelledBy.CLIENT, at(day, 9), ReasonCategory.WORK)
    (kept,) = book(vault, client, at(MONDAY + timedelta(days=3), 10))
    set_status(vault, kept, AppointmentStatus.ATTENDED)
    return client


def show(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, client: int) -> ClientPanel:
    panel = ClientPanel(vault, worker, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    panel.show_client(client)
    return panel


def test_the_panel_shows_when_and_why_the_client_cancels_or_misses(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, iris: int) -> None:
    panel = show(qtbot, vault, worker, iris)
    pattern = panel.pattern

    assert pattern.isVisible()
    assert pattern.summary.text() == (
        "Over the last 12 months, 3 of 4 sessions were not kept: no-shows 2, late "
        "cancellations 1, cancelled in good time 0.")
    assert pattern.reasons.text() == "Reasons: no reason recorded 2, work 1."
    assert pattern.days.text() == "Weekdays: Monday 3."
    assert pattern.times.text() == "Times of day: evening 3."
    read = client_panel(vault, iris, NOW).pattern
    assert read is not None and read.not_kept == 3


def test_a_client_who_keeps_every_session_is_said_so(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker) -> None:
    client = create_client(vault, ClientDraft(full_name="Tom Reed"))
    (kept,) = book(vault, client, at(MONDAY, 10))
    set_status(vault, kept, AppointmentStatus.ATTENDED)
    panel = show(qtbot, vault, worker, client)

    assert panel.pattern.summary.text() == (
        "Every session of the last 12 months was kept (1 in all).")
    assert not panel.pattern.reasons.isVisible() and not panel.pattern.days.isVisible()


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def test_in_russian_the_pattern_reads_in_russian(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, iris: int, russian: None) -> None:
    panel = show(qtbot, vault, worker, iris)
    assert panel.pattern.summary.text().startswith("За последние 12 месяцев")
    assert panel.pattern.reasons.text() == "Причины: причина не указана 2, работа 1."
    assert panel.pattern.days.text() == "Дни недели: понедельник 3."
    assert panel.pattern.times.text() == "Время дня: вечер 3."


def test_a_reason_logged_in_the_english_window_reads_in_russian_in_the_russian_one(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, iris: int, russian: None) -> None:
    log_contact(vault, iris, ContactChannel.CALL, ContactOutcome.NO_ANSWER,
                reason=reason_code(ContactReason.AFTER_NO_SHOW), at=NOW - timedelta(days=1))
    log_contact(vault, iris, ContactChannel.TEXT, ContactOutcome.SENT,
                reason="Running late, on the bus", at=NOW - timedelta(hours=2))
    panel = show(qtbot, vault, worker, iris)
    why = [panel.contacts.texts(row)[2] for row in range(panel.contacts.topLevelItemCount())]
    assert why == ["Running late, on the bus", "После неявки"]


@pytest.fixture
def told(vault: Vault, iris: int) -> int:
    """Iris later said she missed the first Monday as she was unwell, and kept a Thursday
    session by video instead of cancelling it."""
    with vault.unit_of_work() as session:
        first = session.scalar(select(Appointment.id).where(
            Appointment.client_id == iris, Appointment.status == AppointmentStatus.NO_SHOW)
            .order_by(Appointment.starts_at))
    assert first is not None
    decide(vault, SessionDecision(BookAction.NO_SHOW, first, no_show_reason=NoShowReason.UNWELL))
    (thursday,) = book(vault, iris, at(MONDAY + timedelta(days=10), 10))
    decide(vault, SessionDecision(BookAction.CANCELLATION, thursday, meet_by=Modality.VIDEO))
    set_status(vault, thursday, AppointmentStatus.ATTENDED)
    return iris


def test_a_no_show_s_reason_and_the_sessions_kept_another_way_are_shown(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, told: int) -> None:
    panel = show(qtbot, vault, worker, told)
    assert panel.pattern.reasons.text() == "Reasons: unwell 1, no reason recorded 1, work 1."
    assert panel.pattern.another_way.isVisible()
    assert panel.pattern.another_way.text() == (
        "Kept by phone or video instead of cancelling: 1.")


def test_in_russian_the_no_show_s_reason_and_the_kept_sessions_read_in_russian(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, told: int, russian: None) -> None:
    panel = show(qtbot, vault, worker, told)
    assert "плохое самочувствие 1" in panel.pattern.reasons.text()
    assert panel.pattern.another_way.text() == (
        "Проведены по телефону или видео вместо отмены: 1.")


def test_with_nothing_kept_another_way_the_line_is_hidden(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, iris: int) -> None:
    panel = show(qtbot, vault, worker, iris)
    assert not panel.pattern.another_way.isVisible()
