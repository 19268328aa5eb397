from datetime import date, datetime, time
from io import BytesIO
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from models.enums import (
    AppointmentStatus,
    BookAction,
    CancelledBy,
    Language,
    LedgerKind,
    Modality,
    NoShowReason,
    PaymentMethod,
    ReasonCategory,
)
from services.calendar.appointments import book, cancel, change_modality
from services.clients.client_records import ClientDraft, create_client
from services.day_close.month_report import month_report, month_report_pdf
from services.day_close.reconciliation import mark
from services.hard_moments.session_decision import SessionDecision, decide
from services.money.ledger import record
from services.practice.practice_settings import read_settings, update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
FEE = 9000
S = AppointmentStatus


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


@pytest.fixture
def practice(vault: Vault) -> tuple[int, int]:
    """Two clients: Vera keeps March's sessions and pays; Oleg misses and cancels, and owes."""
    update_settings(vault, session_fee=FEE, timezone="Europe/London")
    vera = create_client(vault, ClientDraft(full_name="Vera Orlova"))
    oleg = create_client(vault, ClientDraft(full_name="Oleg Petrov"))
    for day in (date(2026, 3, 2), date(2026, 3, 9)):  # Mondays
        mark(vault, book(vault, vera, at(day, 10))[0], S.ATTENDED)
        record(vault, vera, LedgerKind.PAYMENT, FEE, method=PaymentMethod.CARD, day=day)
    kept = book(vault, oleg, at(date(2025, 12, 15), 10))[0]  # 106 days old at March's end
    mark(vault, kept, S.ATTENDED)
    missed = book(vault, oleg, at(date(2026, 3, 3), 15))[0]  # a Tuesday afternoon
    mark(vault, missed, S.NO_SHOW)
    late = book(vault, oleg, at(date(2026, 3, 12), 18))[0]  # a Thursday evening
    cancel(vault, late, CancelledBy.CLIENT, at(date(2026, 3, 12), 9), ReasonCategory.ILLNESS)
    early = book(vault, oleg, at(date(2026, 3, 20), 9))[0]  # a Friday morning, a week's notice
    cancel(vault, early, CancelledBy.CLIENT, at(date(2026, 3, 10), 9), ReasonCategory.WORK)
    mine = book(vault, oleg, at(date(2026, 3, 24), 9))[0]
    cancel(vault, mine, CancelledBy.THERAPIST, at(date(2026, 3, 23), 9), ReasonCategory.OTHER)
    return vera, oleg


def test_sessions_and_money_of_the_month(vault: Vault, practice: tuple[int, int]) -> None:
    report = month_report(vault, 2026, 3)

    assert (report.kept, report.missed) == (2, 2)  # the no-show and the late cancellation
    assert report.sessions_by_status[S.CANCELLED_BY_THERAPIST] == 1
    assert report.charged == 2 * FEE  # December's charge is not March's income
    assert report.received == 2 * FEE
    assert report.currency == read_settings(vault).currency


def test_sessions_kept_by_phone_or_video_instead_of_cancelled_are_counted(
        vault: Vault, practice: tuple[int, int]) -> None:
    vera, oleg = practice
    by_phone = book(vault, vera, at(date(2026, 3, 16), 10))[0]
    decide(vault, SessionDecision(BookAction.KEPT_ANOTHER_WAY, by_phone, meet_by=Modality.PHONE))
    mark(vault, by_phone, S.ATTENDED)
    by_video = book(vault, oleg, at(date(2026, 3, 26), 10))[0]
    decide(vault, SessionDecision(BookAction.KEPT_ANOTHER_WAY, by_video, meet_by=Modality.VIDEO))
    cancel(vault, by_video, CancelledBy.CLIENT, at(date(2026, 3, 25), 9), ReasonCategory.WORK)
    changed_ahead = book(vault, vera, at(date(2026, 3, 30), 10))[0]  # not instead of cancelling
    change_modality(vault, changed_ahead, Modality.VIDEO)

    report = month_report(vault, 2026, 3)

    assert report.kept_another_way == 1  # the one cancelled after all is not kept
    assert report.kept == 3
    assert month_report(vault, 2026, 2).kept_another_way == 0


def test_cancellations_by_weekday_time_reason_and_notice_leave_the_therapists_out(
        vault: Vault, practice: tuple[int, int]) -> None:
    report = month_report(vault, 2026, 3)

    assert sum(report.cancellations_by_weekday.values()) == 2
    assert report.cancellations_by_weekday[3] == report.cancellations_by_weekday[4] == 1
    assert report.cancellations_by_time == {"morning": 1, "afternoon": 0, "evening": 1}
    assert report.cancellations_by_reason == {"illness": 1, "work": 1}
    assert report.cancellations_by_notice == {
        "under 24 h": 1, "1-2 days": 0, "2-7 days": 0, "over a week": 1}


def test_no_shows_are_counted_by_reason_so_forgetting_shows(
        vault: Vault, practice: tuple[int, int]) -> None:
    _vera, oleg = practice
    assert month_report(vault, 2026, 3).no_shows_by_reason["no_reason_given"] == 1
    for day in (date(2026, 3, 17), date(2026, 3, 31)):
        forgotten = book(vault, oleg, at(day, 15))[0]
        decide(vault, SessionDecision(BookAction.NO_SHOW, forgotten, status=S.NO_SHOW,
                                      no_show_reason=NoShowReason.FORGOT))
    report = month_report(vault, 2026, 3)
    assert report.no_shows_by_reason == {
        "forgot": 2, "unwell": 0, "transport": 0, "work": 0, "family_care": 0,
        "no_reason_given": 1, "other": 0}
    pdf = month_report_pdf(report, read_settings(vault))
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "Missed without cancelling, by reason" in text and "Forgot" in text


def test_what_a_client_owes_is_aged_by_the_day_of_each_unpaid_charge(
        vault: Vault, practice: tuple[int, int]) -> None:
    _vera, oleg = practice
    [debt] = month_report(vault, 2026, 3).debts

    assert (debt.client_id, debt.client_name, debt.balance) == (oleg, "Oleg Petrov", FEE)
    assert debt.aging == {"0-30": 0, "31-60": 0, "61-90": 0, "90+": FEE}
    assert sum(debt.aging.values()) == debt.balance


def test_a_month_with_nothing_in_it_is_a_report_of_zeros(vault: Vault) -> None:
    report = month_report(vault, 2025, 2)

    assert (report.kept, report.missed, report.charged, report.outstanding) == (0, 0, 0, 0)
    assert report.debts == ()
    assert sum(report.cancellations_by_weekday.values()) == 0


@pytest.mark.parametrize(("language", "words"), [
    (Language.ENGLISH, ["March 2026", "Sessions kept", "Illness", "under 24 h", "Oleg Petrov",
                        "Kept by phone or video instead of cancelling"]),
    (Language.RUSSIAN, ["март 2026", "Состоявшиеся сессии", "Болезнь", "меньше суток",
                        "Неявки без отмены", "Oleg Petrov",
                        "Проведены по телефону или видео вместо отмены"]),
])
def test_the_pdf_says_the_month_in_the_practices_language(
        vault: Vault, practice: tuple[int, int], language: Language, words: list[str]) -> None:
    update_settings(vault, language=language)
    pdf = month_report_pdf(month_report(vault, 2026, 3), read_settings(vault))

    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    for word in words:
        assert word in text
    if language == Language.RUSSIAN:
        assert "illness" not in text and "morning" not in text
