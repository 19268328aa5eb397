"""The invoice and credit-note PDFs: their totals in both languages, their fonts embedded,
a client's hostile name and address printed as text."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from models.enums import InvoiceKind, Language, PaperSize
from services.money_papers.invoice_layout import invoice_pdf
from services.money_papers.invoice_paper import InvoicePaper, PaperLine
from services.papers.letterhead import Letterhead
from tests.hostile_text import HOSTILE, LONG_WORD, assert_printed_as_text
from tests.services.money_papers.test_invoices import pdf_text

PAPER = InvoicePaper(
    InvoiceKind.INVOICE, "2026-0042", Language.ENGLISH,
    Letterhead(("Quiet Room Practice", "Dr Ada Finch"), "Quiet Room Practice"), PaperSize.A4,
    "GBP", date(2026, 12, 5), date(2026, 12, 19), date(2026, 11, 1), date(2026, 11, 30),
    ("Ada Brook", "1 Mill Lane\nLeeds"),
    (PaperLine(date(2026, 11, 2), "Session 2 November 2026, 10:00, in person", 8000),
     PaperLine(date(2026, 11, 9), "Missed session fee, session 9 November 2026, 10:00", 4050)),
    12050, "Sort code 12-34-56, account 12345678", 5000)


def embedded_fonts(pdf: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font.get_object()["/BaseFont"]))
    return names


@pytest.mark.parametrize(("language", "words"), [
    (Language.ENGLISH, ("Invoice 2026-0042", "Total £120.50", "Paid so far £50.00",
                        "Left to pay £70.50", "Due 19 December 2026", "How to pay")),
    (Language.RUSSIAN, ("Счёт 2026-0042", "Итого £120.50", "Уже оплачено £50.00",
                        "Осталось оплатить £70.50", "Оплатить до 19 декабря 2026 г.")),
])
def test_an_invoice_holds_its_total_in_its_language_with_its_fonts_embedded(
        language: Language, words: tuple[str, ...]) -> None:
    pdf = invoice_pdf(replace(PAPER, language=language))
    text = pdf_text(pdf)
    for expected in words:
        assert expected in text
    assert {name.split("+")[-1] for name in embedded_fonts(pdf)} >= {"DejaVuSans",
                                                                       "DejaVuSans-Bold"}


@pytest.mark.parametrize("language", list(Language))
def test_a_credit_note_names_the_invoice_it_voids_and_credits_its_total(
        language: Language) -> None:
    note = replace(PAPER, kind=InvoiceKind.CREDIT_NOTE, number="CN-2026-0003", language=language,
                   voids_number="2026-0042", reason="Charged twice", paid=0)
    text = pdf_text(invoice_pdf(note))
    if language is Language.ENGLISH:
        assert "Credit note CN-2026-0003" in text
        assert "Voids invoice 2026-0042: Charged twice" in text
        assert "Total credited £120.50" in text
    else:
        assert "Кредит-нота CN-2026-0003" in text
        assert "Аннулирует счёт 2026-0042: Charged twice" in text
    assert "Left to pay" not in text and "Sort code" not in text


@pytest.mark.parametrize("kind", list(InvoiceKind))
def test_hostile_client_text_stays_text(kind: InvoiceKind) -> None:
    baseline = invoice_pdf(replace(PAPER, kind=kind))
    for text in HOSTILE:
        paper = replace(PAPER, kind=kind, bill_to=(text, f"{text}\n{LONG_WORD}"),
                        reason=text, payment_details=text,
                        lines=(PaperLine(date(2026, 11, 2), text, 8000),))
        assert_printed_as_text(invoice_pdf(paper), baseline, text, LONG_WORD)
