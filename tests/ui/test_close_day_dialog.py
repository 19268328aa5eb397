"""The close-day dialog driven as a therapist would at the end of a day, and what the vault
holds after: problems first (each put right or accepted), close, reopen, correct, close again,
and the day sheet saved as CSV and read back."""

import csv
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models import DayClose, LedgerEntry
from models.enums import (
    AppointmentStatus,
    CancelledBy,
    LedgerKind,
    PaymentMethod,
    ReasonCategory,
)
from services.calendar.appointments import book, cancel, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.reconciliation import (
    Payment,
    close_day,
    is_closed,
    record_payment,
    review_day,
    set_charge,
)
from services.money.ledger import record
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from ui.day_close.close_day_dialog import CloseDayDialog
from ui.worker import DatabaseWorker, ImmediateExecutor

pytestmark = pytest.mark.usefixtures("english_money")

LONDON = ZoneInfo("Europe/London")
CLOSED_BEFORE, LEFT_OPEN, TUESDAY = date(2026, 6, 9), date(2026, 6, 15), date(2026, 6, 16)
EVENING = datetime(2026, 6, 16, 19, 30, tzinfo=LONDON)
FEE = 6000


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=LONDON)


def client(vault: Vault, name: str) -> int:
    return create_client(vault, ClientDraft(full_name=name))


def attended(vault: Vault, client_id: int, day: date, hour: int) -> int:
    (appointment_id,) = book(vault, client_id, at(day, hour))
    set_status(vault, appointment_id, AppointmentStatus.ATTENDED)
    return appointment_id


@pytest.fixture
def problem_day(vault: Vault) -> dict[str, int]:
    """Tuesday with one problem of each kind, after an earlier day left open."""
    update_settings(vault, session_fee=FEE)
    ids = {name: client(vault, full) for name, full in (
        ("anna", "Anna Petrova"), ("boris", "Boris Ivanov"), ("clara", "Clara Diaz"),
        ("dmitri", "Dmitri Sokolov"), ("eve", "Eve Lund"))}
    set_charge(vault, attended(vault, ids["eve"], CLOSED_BEFORE, 10), FEE)
    close_day(vault, CLOSED_BEFORE, now=EVENING)
    book(vault, ids["eve"], at(LEFT_OPEN, 10))  # the earlier day still open
    (ids["anna_session"],) = book(vault, ids["anna"], at(TUESDAY, 10))  # still "booked"
    ids["boris_session"] = attended(vault, ids["boris"], TUESDAY, 11)  # not charged
    ids["clara_session"] = attended(vault, ids["clara"], TUESDAY, 12)
    record(vault, ids["clara"], LedgerKind.SESSION_CHARGE, 4000,
           appointment_id=ids["clara_session"], day=TUESDAY)  # off policy, no reason
    ids["dmitri_session"] = attended(vault, ids["dmitri"], TUESDAY, 13)
    set_charge(vault, ids["dmitri_session"], FEE)
    record_payment(vault, Payment(ids["dmitri"], 10000, PaymentMethod.CARD, TUESDAY,
                                  appointment_ids=(ids["dmitri_session"],)))  # 40.00 in credit
    (ids["loose_payment"],) = record_payment(vault, Payment(None, FEE, PaymentMethod.CASH,
                                                            TUESDAY))
    return ids


@pytest.fixture
def open_dialog(qtbot: QtBot, vault: Vault, worker: DatabaseWorker):
    def open_(day: date) -> CloseDayDialog:
        dialog = CloseDayDialog(vault, worker, day, now=lambda: EVENING,
                                renderer=DatabaseWorker(ImmediateExecutor()))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return open_


def button(dialog: QWidget, name: str) -> QPushButton:
    """The button shown under that name (rows read again leave hidden ones, soon deleted)."""
    found = [b for b in dialog.findChildren(QPushButton, name) if b.isVisible()]
    assert len(found) == 1, f"no button {name}"
    return found[0]


def shown(dialog: QWidget, kind: type, name: str):
    found = [w for w in dialog.findChildren(kind, name) if w.isVisible()]
    assert len(found) == 1, f"no {kind.__name__} {name}"
    return found[0]


def click(qtbot: QtBot, dialog: QWidget, name: str) -> None:
    target = button(dialog, name)
    assert target.isVisible() and target.isEnabled(), name
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)


def problem_texts(dialog: CloseDayDialog) -> list[str]:
    return [label.text() for label in dialog.problems.findChildren(QLabel, "problem_text")
            if label.isVisible()]


def test_problems_are_listed_first_and_block_closing(
        open_dialog, problem_day: dict[str, int]) -> None:
    dialog = open_dialog(TUESDAY)
    texts = problem_texts(dialog)
    assert len(texts) == 6
    assert texts[0] == "An earlier working day, Mon 15 Jun 2026, is not closed yet."
    assert "Anna Petrova's session at 10:00 is still marked as booked. What happened?" in texts
    assert ("Nothing is charged for Boris Ivanov's session at 11:00 (Attended). "
            "The policy's fee is £60.00.") in texts
    assert ("Clara Diaz's session at 12:00 is charged £40.00, but the policy says £60.00, "
            "and no reason is noted.") in texts
    assert "A payment of £60.00 (Cash) is not tied to any client." in texts
    assert ("Dmitri Sokolov has £40.00 in credit, paid ahead for sessions to come. "
            "Nothing to put right.") in texts
    assert not dialog.close_day_button.isEnabled()
    assert "(5 left)" in dialog.blocked.text()  # the credit is told, not held against closing
    assert dialog.table.topLevelItemCount() == 4


def test_each_problem_put_right_or_accepted_then_the_day_closes(
        qtbot: QtBot, open_dialog, vault: Vault, problem_day: dict[str, int]) -> None:
    dialog = open_dialog(TUESDAY)
    ids = problem_day

    # A session still booked: Mark as → Attended (its charge follows the policy).
    mark = shown(dialog, QPushButton, f"mark:still_scheduled:{ids['anna_session']}")
    menu = mark.menu()
    (attended_action,) = [a for a in menu.actions() if a.objectName() == "attended"]
    attended_action.trigger()
    # Attended, not charged: charge by policy.
    click(qtbot, dialog, f"charge_policy:not_charged:{ids['boris_session']}")
    # A fee off policy: charge the policy's fee.
    click(qtbot, dialog, f"charge_policy:fee_off_policy:{ids['clara_session']}")
    # A payment with no client: say whose it is.
    click(qtbot, dialog, f"assign_payment:payment_without_client:{ids['loose_payment']}")
    picker = dialog.picker
    assert picker is not None
    qtbot.keyClicks(picker.clients.search, "Boris")
    qtbot.keyClick(picker.clients.search, Qt.Key.Key_Return)
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    # A client in credit: refund it by card.
    click(qtbot, dialog, f"refund:negative_balance:{ids['dmitri']}")
    form = dialog.payment_form
    assert form.refund.isChecked() and form.client.currentData() == ids["dmitri"]
    assert form.amount.text() == "40.00"
    form.method.setCurrentIndex(form.method.findData(PaymentMethod.CARD))
    click(qtbot, form, "record_payment")
    # The earlier day open: accepted, with a note (an empty note is refused beside it).
    key = f"earlier_day_open:{LEFT_OPEN.isoformat()}"
    click(qtbot, dialog, f"accept:{key}")
    click(qtbot, dialog, f"confirm_accept:{key}")
    error = shown(dialog, QLabel, f"note_error:{key}")
    assert "why you accept" in error.text()
    assert not dialog.close_day_button.isEnabled()
    note = shown(dialog, QLineEdit, f"note:{key}")
    qtbot.keyClicks(note, "Monday is being checked with the bank")
    click(qtbot, dialog, f"confirm_accept:{key}")

    assert problem_texts(dialog) == [
        "An earlier working day, Mon 15 Jun 2026, is not closed yet."]
    assert dialog.close_day_button.isEnabled()
    with qtbot.waitSignal(dialog.day_closed) as closed:
        click(qtbot, dialog, "close_day")
    assert closed.args == [TUESDAY]

    with vault.unit_of_work() as session:
        stored = session.scalar(select(DayClose).where(DayClose.day == TUESDAY))
        assert stored is not None and stored.reopened_at is None
        totals = stored.totals["totals"]
        accepted = stored.totals["accepted"]
    assert totals["sessions_by_status"] == {"attended": 4}
    assert totals["charged"] == 4 * FEE
    assert totals["received_by_method"] == {"card": 10000, "cash": FEE}
    assert totals["refunded"] == 4000
    assert totals["outstanding"] == 2 * FEE  # Anna's and Clara's sessions, not yet paid
    assert [a["note"] for a in accepted] == ["Monday is being checked with the bank"]
    # Read-only now: no problems, no close button, no payment form; Reopen… offered.
    assert dialog.closed_panel.isVisible() and not dialog.payment_form.isVisible()
    assert not dialog.close_day_button.isVisible()
    assert dialog.totals.values["charged"].text() == "£240.00"
    details = [label.text() for label in dialog.closed_panel.findChildren(QLabel, "closed_detail")]
    assert "Accepted: An earlier day still open: Monday is being checked with the bank" in details


@pytest.fixture
def closed_day(vault: Vault) -> int:
    """Tuesday, one session charged by policy and paid, closed."""
    update_settings(vault, session_fee=FEE)
    anna = client(vault, "Anna Petrova")
    session_id = attended(vault, anna, TUESDAY, 10)
    set_charge(vault, session_id, FEE)
    record_payment(vault, Payment(anna, FEE, PaymentMethod.CASH, TUESDAY, (session_id,)))
    close_day(vault, TUESDAY, now=EVENING)
    return session_id


def test_reopen_needs_a_reason_and_a_correction_shows_after_closing_again(
        qtbot: QtBot, open_dialog, vault: Vault, closed_day: int) -> None:
    dialog = open_dialog(TUESDAY)
    assert dialog.closed_panel.isVisible()
    assert not dialog.change_charge_button.isVisible()

    click(qtbot, dialog, "reopen")
    click(qtbot, dialog, "confirm_reopen")
    error = dialog.closed_panel.reason_error
    assert error.isVisible() and error.text() == "Please say why you reopen the day."
    assert is_closed(vault, TUESDAY)
    qtbot.keyClicks(dialog.closed_panel.reason, "The fee was reduced by agreement")
    click(qtbot, dialog, "confirm_reopen")
    assert not is_closed(vault, TUESDAY)
    assert dialog.payment_form.isVisible() and dialog.close_day_button.isEnabled()

    item = dialog.table.topLevelItem(0)
    dialog.table.setCurrentItem(item)
    click(qtbot, dialog, "change_charge")
    editor = dialog.charge_dialog
    assert editor is not None
    editor.amount.selectAll()
    qtbot.keyClicks(editor.amount, "50")
    editor.submit()  # no reason: refused beside the field
    reason_error = editor.findChild(QLabel, "charge_reason_error")
    assert reason_error is not None and reason_error.isVisible()
    qtbot.keyClicks(editor.reason, "Reduced fee agreed in June")
    editor.submit()
    assert dialog.table.topLevelItem(0).text(3) == "£50.00"
    # Paid £60.00 for a £50.00 session: the £10.00 in credit is given back.
    assert problem_texts(dialog) == ["Anna Petrova has £10.00 in credit, paid ahead for "
                                     "sessions to come. Nothing to put right."]
    click(qtbot, dialog, f"refund:negative_balance:{dialog.review.lines[0].client_id}")
    click(qtbot, dialog.payment_form, "record_payment")

    with qtbot.waitSignal(dialog.day_closed):
        click(qtbot, dialog, "close_day")
    corrections = [label.text() for label in dialog.closed_panel.findChildren(
        QLabel, "correction")]
    assert "• Charged: £60.00 when first closed, £50.00 now." in corrections
    assert "• Refunded: £0.00 when first closed, £10.00 now." in corrections
    reopened = [label.text() for label in dialog.closed_panel.findChildren(
        QLabel, "closed_detail")]
    assert any("The fee was reduced by agreement" in text for text in reopened)
    assert review_day(vault, TUESDAY).totals.charged == 5000


def test_day_sheet_saved_as_csv_reads_back_with_its_totals(
        qtbot: QtBot, open_dialog, closed_day: int, tmp_path: Path) -> None:
    dialog = open_dialog(TUESDAY)
    click(qtbot, dialog, "day_sheet")
    file_dialog = dialog.export.file_dialog
    assert file_dialog is not None
    target = tmp_path / "tuesday.csv"
    with qtbot.waitSignal(dialog.export.saved) as saved:
        file_dialog.selectFile(str(target))
        file_dialog.accept()
    assert saved.args == [target]
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    *entries, totals = rows
    assert [row["client"] for row in entries] == ["Anna Petrova"]
    assert (totals["entry"], totals["entry_code"]) == ("Totals", "totals")
    for column in ("charged_minor", "received_minor", "waived_minor", "refunded_minor"):
        assert int(totals[column]) == sum(int(row[column]) for row in entries)
    assert (totals["charged_minor"], totals["received_minor"]) == (str(FEE), str(FEE))
    assert str(target) in dialog.message.text()


def test_an_open_day_has_no_day_sheet_yet(open_dialog, problem_day: dict[str, int]) -> None:
    dialog = open_dialog(TUESDAY)
    assert not dialog.sheet_button.isEnabled()
    assert dialog.sheet_button.toolTip() == "The day sheet is made once the day is closed."


def test_an_earlier_open_day_can_be_opened_from_its_problem(
        qtbot: QtBot, open_dialog, problem_day: dict[str, int]) -> None:
    dialog = open_dialog(TUESDAY)
    click(qtbot, dialog, f"go_to_day:earlier_day_open:{LEFT_OPEN.isoformat()}")
    assert dialog.day == LEFT_OPEN
    assert dialog.heading.text() == "The day of Mon 15 Jun 2026"
    assert problem_texts(dialog) == [
        "Eve Lund's session at 10:00 is still marked as booked. What happened?"]


def test_a_payment_for_two_sessions_in_part(
        qtbot: QtBot, open_dialog, vault: Vault) -> None:
    update_settings(vault, session_fee=FEE)
    anna = client(vault, "Anna Petrova")
    first, second = attended(vault, anna, TUESDAY, 10), attended(vault, anna, TUESDAY, 12)
    for session_id in (first, second):
        set_charge(vault, session_id, FEE)
    dialog = open_dialog(TUESDAY)
    form = dialog.payment_form
    assert form.client.currentData() == anna
    assert form.chosen_sessions() == [first, second]
    qtbot.keyClicks(form.amount, "90")
    click(qtbot, form, "record_payment")
    review = review_day(vault, TUESDAY, now=EVENING)
    assert [line.received for line in review.lines] == [FEE, 3000]
    assert dialog.table.topLevelItem(1).text(4) == "£30.00"
    assert dialog.totals.values["received"].text() == "£90.00 (Cash £90.00)"


def test_a_client_in_credit_is_shown_but_does_not_hold_up_closing(
        qtbot: QtBot, open_dialog, vault: Vault) -> None:
    update_settings(vault, session_fee=FEE)
    dmitri = client(vault, "Dmitri Sokolov")
    session_id = attended(vault, dmitri, TUESDAY, 13)
    set_charge(vault, session_id, FEE)
    record_payment(vault, Payment(dmitri, 10000, PaymentMethod.CARD, TUESDAY,
                                  appointment_ids=(session_id,)))  # 40.00 paid ahead
    dialog = open_dialog(TUESDAY)

    assert problem_texts(dialog) == [
        "Dmitri Sokolov has £40.00 in credit, paid ahead for sessions to come. "
        "Nothing to put right."]
    assert button(dialog, f"refund:negative_balance:{dmitri}").isEnabled()
    assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()
                and b.objectName().startswith("accept:")]
    assert dialog.close_day_button.isEnabled()
    with qtbot.waitSignal(dialog.day_closed):
        click(qtbot, dialog, "close_day")
    assert is_closed(vault, TUESDAY)


def test_after_opening_an_earlier_day_the_payment_form_lists_that_day_and_today_is_one_click_away(
        qtbot: QtBot, open_dialog, problem_day: dict[str, int]) -> None:
    dialog = open_dialog(TUESDAY)
    form = dialog.payment_form
    form.choose_client(problem_day["boris"], "Boris Ivanov")
    assert not button_shown(dialog, "back_to_first_day")

    click(qtbot, dialog, f"go_to_day:earlier_day_open:{LEFT_OPEN.isoformat()}")

    names = [form.client.itemText(i) for i in range(form.client.count())]
    assert names == ["Eve Lund (10:00)", "Not known yet", "Another client…"]
    assert form.client.currentData() == problem_day["eve"]
    back = button(dialog, "back_to_first_day")
    assert back.text() == "Back to Tue 16 Jun 2026"
    click(qtbot, dialog, "back_to_first_day")
    assert dialog.day == TUESDAY
    assert dialog.heading.text() == "The day of Tue 16 Jun 2026"
    assert not button_shown(dialog, "back_to_first_day")


def test_whose_payment_is_it_has_a_title_active_clients_and_an_explicit_ok(
        qtbot: QtBot, open_dialog, vault: Vault, problem_day: dict[str, int]) -> None:
    dialog = open_dialog(TUESDAY)
    click(qtbot, dialog, f"assign_payment:payment_without_client:{problem_day['loose_payment']}")
    picker = dialog.picker
    assert picker is not None and picker.isVisible()
    assert picker.windowTitle() == "Whose payment is it?"
    assert "Whose payment is it?" in [label.text() for label in picker.findChildren(QLabel)]
    assert picker.clients.status_filter.currentText() == "Active"
    assert not picker.ok_button.isEnabled()
    qtbot.keyClicks(picker.clients.search, "Boris")
    qtbot.keyClick(picker.clients.search, Qt.Key.Key_Return)
    assert picker.isVisible(), "choosing a name is not yet the answer"
    assert picker.ok_button.isEnabled() and picker.ok_button.isDefault()
    assert payment_client(vault, problem_day["loose_payment"]) is None
    qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    assert payment_client(vault, problem_day["loose_payment"]) == problem_day["boris"]


def button_shown(dialog: QWidget, name: str) -> bool:
    return any(b.isVisible() for b in dialog.findChildren(QPushButton, name))


def payment_client(vault: Vault, ledger_id: int) -> int | None:
    with vault.unit_of_work() as session:
        entry = session.get(LedgerEntry, ledger_id)
        assert entry is not None
        return entry.client_id


def test_the_day_before_is_one_click_away_before_any_day_was_ever_closed(
        qtbot: QtBot, open_dialog, vault: Vault) -> None:
    update_settings(vault, session_fee=FEE)
    anna = client(vault, "Anna Petrova")
    attended(vault, anna, LEFT_OPEN, 10)
    dialog = open_dialog(TUESDAY)
    assert problem_texts(dialog) == []  # nothing closed yet: earlier days are not listed

    click(qtbot, dialog, "day_before")
    assert dialog.day == LEFT_OPEN
    assert dialog.heading.text() == "The day of Mon 15 Jun 2026"
    assert problem_texts(dialog) == [
        "Nothing is charged for Anna Petrova's session at 10:00 (Attended). The policy's fee "
        "is £60.00."]
    click(qtbot, dialog, f"charge_policy:not_charged:{dialog.review.lines[0].appointment_id}")
    with qtbot.waitSignal(dialog.day_closed):
        click(qtbot, dialog, "close_day")
    assert is_closed(vault, LEFT_OPEN) and not is_closed(vault, TUESDAY)
    click(qtbot, dialog, "back_to_first_day")
    assert dialog.day == TUESDAY


def test_closing_a_day_shows_what_tomorrow_holds(open_dialog, vault: Vault) -> None:
    """The day after, as the agenda has it: initials unless full names, how to reach."""
    anna = client(vault, "Anna Petrova")
    book(vault, anna, at(TUESDAY + timedelta(days=1), 9))
    (cancelled,) = book(vault, anna, at(TUESDAY + timedelta(days=1), 15))
    cancel(vault, cancelled, CancelledBy.CLIENT, at(TUESDAY, 9), ReasonCategory.ILLNESS)
    book(vault, anna, at(TUESDAY + timedelta(days=2), 9))
    dialog = open_dialog(TUESDAY)
    assert dialog.tomorrow.texts() == ["Tomorrow — Wednesday 17 June 2026",
                                       "09:00–09:50 · A. P. · In person"]
    dialog.show_day(TUESDAY + timedelta(days=1))
    assert dialog.tomorrow.texts() == ["Tomorrow — Thursday 18 June 2026",
                                       "09:00–09:50 · A. P. · In person"]
