"""Receipts and statements print a client's, a payer's and the practice's words as text:
whatever they hold is never read as markup (see tests/hostile_text.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from models.enums import Language, LedgerKind, PaymentMethod
from services.money.ledger import LedgerLine
from services.money_papers.account import PaperClient, PaperLine
from services.money_papers.receipt_layout import receipt_pdf
from services.money_papers.receipts import Receipt, ReceiptItem
from services.money_papers.statement_layout import statement_pdf
from services.money_papers.statements import Ageing, Statement, StatementLine
from services.vault.practice_vault import Vault
from tests.hostile_text import HOSTILE, assert_printed_as_text
from tests.services.papers.test_pdf_page import hostile_settings

DAY = date(2026, 3, 10)
START = datetime(2026, 3, 10, 10, tzinfo=UTC)


def receipt_of(name: str, payer: str) -> Receipt:
    return Receipt(7, "R-7", LedgerKind.PAYMENT, PaperClient(1, name, payer), 8000, DAY,
                   PaymentMethod.CARD, (ReceiptItem(LedgerKind.SESSION_CHARGE, DAY, START, 8000),),
                   0, 0, "GBP", DAY)


def statement_of(name: str, payer: str) -> Statement:
    charge = LedgerLine(1, DAY, LedgerKind.SESSION_CHARGE, 8000, 1, None, None, "")
    return Statement(PaperClient(1, name, payer), date(2026, 1, 1), date(2026, 12, 31), 0,
                     (StatementLine(PaperLine(charge, START), 8000),), 8000,
                     Ageing(0, 0, 0, 0, 8000), "GBP", DAY)


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_a_receipt_prints_hostile_names_as_text(vault: Vault, text: str,
                                                language: Language) -> None:
    plain = receipt_pdf(receipt_of("Ann Lee", "Ben Lee"), hostile_settings(vault, "x"),
                        language)
    pdf = receipt_pdf(receipt_of(f"Ann {text}", f"Payer {text}"),
                      hostile_settings(vault, text), language)
    assert_printed_as_text(pdf, plain, f"Ann {text}", f"Payer {text}", f"Room {text}")


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_a_statement_prints_hostile_names_as_text(vault: Vault, text: str) -> None:
    plain = statement_pdf(statement_of("Ann Lee", "Ben Lee"), hostile_settings(vault, "x"),
                          Language.ENGLISH)
    pdf = statement_pdf(statement_of(f"Ann {text}", f"Payer {text}"),
                        hostile_settings(vault, text), Language.ENGLISH)
    assert_printed_as_text(pdf, plain, f"Ann {text}", f"Payer {text}", f"Room {text}")
