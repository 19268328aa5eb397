"""What an invoice or credit note prints, and its words: plain data, apart from the layout
(`invoice_layout.py`), so issuing and the command line load reportlab only to render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.enums import InvoiceKind, Language, PaperSize
from services.papers.letterhead import Letterhead

WORDS: dict[Language, dict[str, str]] = {
    Language.ENGLISH: {
        "invoice": "Invoice {number}", "credit_note": "Credit note {number}",
        "voids": "Voids invoice {number}: {reason}", "issued": "Issued", "due": "Due",
        "bill_to": "Bill to", "day": "Date", "what": "Description", "amount": "Amount",
        "total": "Total", "credited": "Total credited", "paid": "Paid so far",
        "left": "Left to pay", "pay_to": "How to pay", "period": "Period",
        "page": "Page", "session": "Session {when}, {modality}",
        "fee": "{fee}, session {when}", "charge": "{kind}, {day}",
    },
    Language.RUSSIAN: {
        "invoice": "Счёт {number}", "credit_note": "Кредит-нота {number}",
        "voids": "Аннулирует счёт {number}: {reason}", "issued": "Дата выставления",
        "due": "Оплатить до", "bill_to": "Плательщик", "day": "Дата",
        "what": "Описание", "amount": "Сумма", "total": "Итого",
        "credited": "Итого к сторнированию", "paid": "Уже оплачено", "left": "Осталось оплатить",
        "pay_to": "Реквизиты для оплаты", "period": "Период", "page": "Стр.",
        "session": "Сессия {when}, {modality}", "fee": "{fee}, сессия {when}",
        "charge": "{kind}, {day}",
    },
}


def words_for(language: Language) -> dict[str, str]:
    return WORDS[Language(language)]


@dataclass(frozen=True)
class PaperLine:
    day: date
    description: str
    amount: int


@dataclass(frozen=True)
class InvoicePaper:
    """Everything an invoice or credit note prints, in the paper's language."""

    kind: InvoiceKind
    number: str
    language: Language
    letterhead: Letterhead
    paper_size: PaperSize
    currency: str
    issued_on: date
    due_on: date
    period_from: date
    period_to: date
    bill_to: tuple[str, str]  # name, address
    lines: tuple[PaperLine, ...]
    total: int
    payment_details: str
    paid: int
    voids_number: str = ""
    reason: str = ""

    @property
    def title(self) -> str:
        key = "invoice" if self.kind is InvoiceKind.INVOICE else "credit_note"
        return words_for(self.language)[key].format(number=self.number)
