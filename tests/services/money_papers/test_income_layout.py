"""The year's income as CSV and PDF: the totals the ledger gives, in English and Russian, on
the practice's paper, with its font embedded; no cell a formula, no word markup."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from models.enums import Language, LedgerKind, PaperSize, PaymentMethod, WaiverReason
from services.clients.client_records import ClientDraft, create_client
from services.csv_cells import FORMULA_STARTS, PLAIN_NUMBER
from services.money.ledger import record
from services.money_papers.income_layout import income_csv, income_pdf
from services.money_papers.income_year import IncomeYear, income_year
from services.practice.practice_settings import read_settings, update_settings
from services.vault.practice_vault import Vault
from tests.hostile_text import HOSTILE, assert_printed_as_text

YEAR = 2026


def year_of(vault: Vault) -> IncomeYear:
    """A year with 1,234.50 by card in March, 80.00 cash in May, 12.00 refunded in May, 40.00
    waived for illness, and 25.00 still owed by one client."""
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    record(vault, ann, LedgerKind.SESSION_CHARGE, 136750, day=date(YEAR, 3, 2))
    record(vault, ann, LedgerKind.PAYMENT, 123450, method=PaymentMethod.CARD,
           day=date(YEAR, 3, 2))
    record(vault, ann, LedgerKind.PAYMENT, 8000, method=PaymentMethod.CASH, day=date(YEAR, 5, 9))
    record(vault, ann, LedgerKind.REFUND, 1200, method=PaymentMethod.CASH, day=date(YEAR, 5, 9))
    record(vault, ann, LedgerKind.WAIVER, 4000, waiver_reason=WaiverReason.ILLNESS,
           day=date(YEAR, 5, 9))
    report = income_year(vault, YEAR)
    assert report.owed_at_end == 2500
    return report


def rows_of(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_the_csv_has_a_row_per_month_and_a_total_row_of_their_sums(vault: Vault) -> None:
    rows = rows_of(income_csv(year_of(vault), Language.ENGLISH))
    header, months, total = rows[0], rows[1:13], rows[13]
    assert len(rows) == 14
    assert header[:6] == ["Month", "Cash, GBP", "Card, GBP", "Bank transfer, GBP",
                          "Insurer, GBP", "Received, GBP"]
    assert [row[0] for row in months] == [f"{YEAR}-{m:02d}" for m in range(1, 13)]
    march, may = dict(zip(header, months[2], strict=True)), dict(zip(header, months[4],
                                                                    strict=True))
    assert (march["Card, GBP"], may["Cash, GBP"], may["Refunded, GBP"], may["Net, GBP"]) == (
        "1234.50", "80.00", "12.00", "68.00")
    assert may["Waived: Illness, GBP"] == "40.00"
    totals = dict(zip(header, total, strict=True))
    assert totals["Month"] == "Total"
    for column in header[1:-2]:
        assert sum(round(float(row[header.index(column)]) * 100) for row in months) == round(
            float(totals[column]) * 100), column
    assert (totals["Received, GBP"], totals["Net, GBP"]) == ("1314.50", "1302.50")
    assert (totals["Owed at year end, GBP"], totals["Clients owing"]) == ("25.00", "1")


@pytest.mark.parametrize("language", list(Language))
def test_no_cell_of_the_csv_is_ever_a_formula(vault: Vault, language: Language) -> None:
    report = year_of(vault)
    # a month with more refunded than received: its net is a negative number
    assert report.months[4].net < report.months[4].payments
    for row in rows_of(income_csv(report, language)):
        for cell in row:
            assert PLAIN_NUMBER.fullmatch(cell) or not cell.startswith(FORMULA_STARTS), cell


def test_a_negative_net_stays_a_number_the_spreadsheet_counts(vault: Vault) -> None:
    ann = create_client(vault, ClientDraft(full_name="Ann Lee"))
    record(vault, ann, LedgerKind.REFUND, 1550, method=PaymentMethod.CARD, day=date(YEAR, 2, 1))
    rows = rows_of(income_csv(income_year(vault, YEAR), Language.ENGLISH))
    assert rows[2][rows[0].index("Net, GBP")] == "-15.50"


def test_the_csv_in_russian_names_the_currency_in_its_header(vault: Vault) -> None:
    rows = rows_of(income_csv(year_of(vault), Language.RUSSIAN))
    assert rows[0][:3] == ["Месяц", "Наличные, GBP", "Карта, GBP"]
    assert rows[13][0] == "Итого"


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
                    .split())


@pytest.mark.parametrize(("language", "words"), [
    (Language.ENGLISH, ("Income for 2026", "Total", "Received by payment method",
                        "Waived, by reason", "£25.00 was owed by 1 client on 31 December 2026")),
    (Language.RUSSIAN, ("Доход за 2026 год", "Итого", "Получено по способам оплаты",
                        "Списано, по причинам", "На 31 декабря 2026 года задолженность "
                        "составила £25.00; должников: 1")),
])
def test_the_pdf_holds_the_years_totals_in_both_languages(
        vault: Vault, language: Language, words: tuple[str, ...]) -> None:
    pdf = income_pdf(year_of(vault), read_settings(vault), language)
    text = pdf_text(pdf)
    for said in words:
        assert said in text, said
    # the total row: cash, card, transfer, insurer, received, refunded, net, waived
    assert "80.00 1 234.50 0.00 0.00 1 314.50 12.00 1 302.50 40.00" in text.replace(
        "\u202f", " ")
    assert "£1 234.50" in text.replace("\u202f", " ")  # the card's line among the methods


def test_the_pdf_embeds_its_font_and_follows_the_practices_paper(vault: Vault) -> None:
    report = year_of(vault)
    update_settings(vault, paper_size=PaperSize.LETTER)
    reader = PdfReader(io.BytesIO(income_pdf(report, read_settings(vault))))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    descendants = [f["/DescendantFonts"][0].get_object() if "/DescendantFonts" in f else f
                   for f in fonts]
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in descendants)


def test_the_practices_own_words_print_as_text(vault: Vault) -> None:
    report = year_of(vault)
    for text in HOSTILE:
        hostile = replace(read_settings(vault), practice_name=f"Room {text}", address=text,
                          letterhead="")
        assert_printed_as_text(income_pdf(report, hostile), income_pdf(
            report, read_settings(vault)), text)
