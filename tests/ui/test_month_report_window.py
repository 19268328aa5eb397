"""The month at a glance: its charts hold the report's numbers, months move back and on, and
the report is saved as PDF."""

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.enums import (
    AppointmentStatus,
    BookAction,
    CancelledBy,
    Modality,
    PaymentMethod,
    ReasonCategory,
)
from services.calendar.appointments import book, cancel, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.month_report import month_report
from services.day_close.reconciliation import Payment, record_payment, set_charge
from services.hard_moments.session_decision import SessionDecision, decide
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from ui.day_close.month_report_window import MonthReportWindow
from ui.worker import DatabaseWorker, ImmediateExecutor

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
FEE = 6000


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


@pytest.fixture
def june(vault: Vault) -> None:
    """June 2026: two sessions kept, one no-show, two cancellations, one paid session."""
    update_settings(vault, session_fee=FEE)
    anna = create_client(vault, ClientDraft(full_name="Anna Petrova"))
    boris = create_client(vault, ClientDraft(full_name="Boris Ivanov"))
    for day in (date(2026, 6, 2), date(2026, 6, 9)):
        (kept,) = book(vault, anna, at(day, 10))
        set_status(vault, kept, AppointmentStatus.ATTENDED)
        set_charge(vault, kept, FEE)
    record_payment(vault, Payment(anna, FEE, PaymentMethod.CARD, date(2026, 6, 9)))
    (missed,) = book(vault, boris, at(date(2026, 6, 3), 11))
    set_status(vault, missed, AppointmentStatus.NO_SHOW)
    (late,) = book(vault, boris, at(date(2026, 6, 15), 10))  # a Monday, two hours' notice
    cancel(vault, late, CancelledBy.CLIENT, at(date(2026, 6, 15), 8), ReasonCategory.ILLNESS)
    (early,) = book(vault, anna, at(date(2026, 6, 17), 18))  # a Wednesday, three days' notice
    cancel(vault, early, CancelledBy.CLIENT, at(date(2026, 6, 17), 18) - timedelta(days=3),
           ReasonCategory.WORK)


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, worker: DatabaseWorker, june: None) -> MonthReportWindow:
    shown = MonthReportWindow(vault, worker, 2026, 6,
                              renderer=DatabaseWorker(ImmediateExecutor()))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_charts_hold_the_reports_numbers(window: MonthReportWindow, vault: Vault) -> None:
    report = month_report(vault, 2026, 6)
    charts = window.charts
    assert window.title.text() == "June 2026"
    assert charts["sessions"].values() == [2, 2, 0] == [report.kept, report.missed,
                                                        report.kept_another_way]
    assert charts["income"].values() == [report.charged / 100, report.received / 100,
                                         report.waived / 100, report.outstanding / 100]
    assert charts["income"].categories() == [
        "Charged  £120.00", "Received  £60.00", "Waived  £0.00", "Owed  £60.00"]
    assert charts["weekday"].values() == list(report.cancellations_by_weekday.values())
    assert charts["weekday"].values()[0] == 1 and charts["weekday"].values()[2] == 1
    assert charts["weekday"].categories()[0] == "Mon"
    assert charts["reason"].categories() == ["Illness", "Work"]
    assert charts["reason"].values() == [1, 1]
    assert charts["time_of_day"].values() == list(report.cancellations_by_time.values())
    assert charts["notice"].values() == list(report.cancellations_by_notice.values())
    assert charts["notice"].categories()[0] == "Under 24 hours"
    assert charts["no_show_reason"].values() == list(report.no_shows_by_reason.values())
    assert charts["no_show_reason"].categories()[0] == "Forgot"
    owed = [sum(d.aging[age] for d in report.debts) / 100 for age in ("0-30", "31-60",
                                                                      "61-90", "90+")]
    assert charts["aging"].values() == owed and sum(owed) == report.outstanding / 100
    assert window.debts.topLevelItemCount() == len(report.debts) > 0
    assert window.debts.texts(0)[0] in ("Anna Petrova", "Boris Ivanov")


def test_previous_and_next_month(qtbot: QtBot, window: MonthReportWindow) -> None:
    qtbot.mouseClick(window.next, Qt.MouseButton.LeftButton)
    assert window.title.text() == "July 2026"
    assert window.report is not None and (window.report.year, window.report.month) == (2026, 7)
    assert window.charts["sessions"].values() == [0, 0, 0]
    qtbot.mouseClick(window.previous, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.previous, Qt.MouseButton.LeftButton)
    assert window.title.text() == "May 2026"


def test_december_goes_on_to_january(qtbot: QtBot, vault: Vault,
                                     worker: DatabaseWorker) -> None:
    shown = MonthReportWindow(vault, worker, 2026, 12)
    qtbot.addWidget(shown)
    qtbot.mouseClick(shown.next, Qt.MouseButton.LeftButton)
    assert (shown.year, shown.month) == (2027, 1)


def test_saved_as_pdf(qtbot: QtBot, window: MonthReportWindow, tmp_path: Path) -> None:
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    file_dialog = window.export.file_dialog
    assert file_dialog is not None
    target = tmp_path / "june.pdf"
    with qtbot.waitSignal(window.export.saved):
        file_dialog.selectFile(str(target))
        file_dialog.accept()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in window.message.text()


def test_esc_closes_the_window(qtbot: QtBot, window: MonthReportWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_money_reads_as_money_and_sessions_kept_another_way_are_counted(
        qtbot: QtBot, vault: Vault, worker: DatabaseWorker, june: None) -> None:
    anna = create_client(vault, ClientDraft(full_name="Vera Orlova"))
    (by_video,) = book(vault, anna, at(date(2026, 6, 24), 10))
    decide(vault, SessionDecision(BookAction.KEPT_ANOTHER_WAY, by_video, meet_by=Modality.VIDEO))
    shown = MonthReportWindow(vault, worker, 2026, 6)
    qtbot.addWidget(shown)

    assert shown.charts["sessions"].values() == [2, 2, 1]
    assert "Kept by phone or video instead of cancelling: 1." in shown.summary.text()
    assert "Charged £120.00, received £60.00" in shown.summary.text()
    assert shown.charts["aging"].categories()[0] == "0–30 days  £60.00"
    assert not shown.charts["income"].sets()[0].parent().isLabelsVisible()
