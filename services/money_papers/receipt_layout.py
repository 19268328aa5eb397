"""A receipt on paper: the practice's letterhead, what was paid, when, how, for which
sessions, and the balance after, in English or Russian.

Pure: from a `Receipt` and the practice's settings to PDF bytes, safe on any thread.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Spacer

from models.enums import Language, LedgerKind
from services.labels import label
from services.money_papers.line_words import charge_words
from services.money_papers.paper_tables import amount_text, build, figures_table
from services.papers.letter_dates import written_date
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import MARGIN, document, paper, style, text_paragraph
from services.practice.practice_settings import PracticeSettings

if TYPE_CHECKING:
    from services.money_papers.receipts import Receipt

WORDS: dict[Language, dict[str, str]] = {
    Language.ENGLISH: {
        "payment": "Receipt", "refund": "Refund receipt", "issued": "Issued on",
        "from": "Received from", "to": "Refunded to", "client": "Client",
        "amount": "Amount", "paid_on": "Date of payment", "refunded_on": "Date of refund",
        "method": "Method", "for": "What it is for", "session": "Session",
        "of_this": "Paid", "on_account": "Held on account for future sessions",
        "on_account_only": "Paid on account, for sessions to come.",
        "balance": "Balance after this payment", "balance_refund": "Balance after this refund",
        "nothing": "Nothing is owed", "owed": "Still owed: {amount}",
        "credit": "In credit: {amount}", "thanks": "Thank you.",
    },
    Language.RUSSIAN: {
        "payment": "Квитанция", "refund": "Квитанция о возврате", "issued": "Дата выдачи",
        "from": "Плательщик", "to": "Получатель возврата", "client": "Клиент",
        "amount": "Сумма", "paid_on": "Дата оплаты", "refunded_on": "Дата возврата",
        "method": "Способ", "for": "Назначение платежа", "session": "Сессия",
        "of_this": "Оплачено", "on_account": "Зачтено в счёт будущих сессий",
        "on_account_only": "Оплата в счёт будущих сессий.",
        "balance": "Состояние счёта после оплаты",
        "balance_refund": "Состояние счёта после возврата",
        "nothing": "Задолженности нет", "owed": "К оплате: {amount}",
        "credit": "Переплата: {amount}", "thanks": "Спасибо.",
    },
}


def receipt_title(receipt: Receipt, language: Language) -> str:
    """'Receipt R-12', 'Квитанция о возврате R-13'."""
    words = WORDS[Language(language)]
    title = words["refund" if receipt.kind is LedgerKind.REFUND else "payment"]
    return f"{title} {receipt.number}"


def balance_text(balance: int, currency: str, language: Language) -> str:
    """'Nothing is owed', 'Still owed: £30.00' or 'In credit: £20.00'."""
    words = WORDS[Language(language)]
    if balance == 0:
        return words["nothing"]
    key = "owed" if balance > 0 else "credit"
    return words[key].format(amount=amount_text(abs(balance), currency, language))


def receipt_pdf(receipt: Receipt, settings: PracticeSettings, language: Language) -> bytes:
    """The receipt as a one-page PDF on the practice's letterhead and paper."""
    language = Language(language)
    words, currency = WORDS[language], receipt.currency
    head = Letterhead.of_practice(settings)
    width = paper(settings.paper_size)[0] - 2 * MARGIN
    title = receipt_title(receipt, language)
    refund = receipt.kind is LedgerKind.REFUND
    out = io.BytesIO()
    doc = document(out, settings.paper_size, head, title=title)
    payer = receipt.client.payer_name or receipt.client.full_name
    facts = [[words["to" if refund else "from"], payer]]
    if receipt.client.payer_name:
        facts.append([words["client"], receipt.client.full_name])
    facts += [[words["amount"], amount_text(receipt.amount, currency, language)],
              [words["refunded_on" if refund else "paid_on"],
               written_date(receipt.day, language)],
              [words["method"], label(receipt.method, language)]]
    story: list[Any] = [
        text_paragraph(title, style("heading")),
        text_paragraph(f"{words['issued']}: {written_date(receipt.issued_on, language)}",
                       style("small")),
        Spacer(1, 8), figures_table(facts, [width * 0.35, width * 0.65], right_from=2)]
    rows = [[charge_words(item.kind, item.day, item.session_start, language),
             amount_text(item.amount, currency, language)]
            for item in receipt.items]
    if receipt.on_account and rows:
        rows.append([words["on_account"], amount_text(receipt.on_account, currency, language)])
    if rows:
        story += [Spacer(1, 10), text_paragraph(words["for"], style("subject")),
                  figures_table([[words["session"], words["of_this"]], *rows],
                                [width * 0.7, width * 0.3], right_from=1, header=True)]
    elif not refund:
        story += [Spacer(1, 10), text_paragraph(words["on_account_only"], style("body"))]
    story += [Spacer(1, 10),
              figures_table([[words["balance_refund" if refund else "balance"],
                              balance_text(receipt.balance_after, currency, language)]],
                            [width * 0.5, width * 0.5], right_from=1, total=True),
              Spacer(1, 16), text_paragraph(words["thanks"], style("body"))]
    build(doc, story)
    return out.getvalue()
