"""Money papers kept beside the letters: the PDF as given to the client, with its fingerprint.

Receipts, invoices, credit notes, statements and superbills are `Letter` rows of their own
kinds, so the client panel lists them with the letters and opens them again byte for byte.
Their `reference` names what the paper is of (an invoice's number, a statement's period);
a receipt names the payment or refund it acknowledges.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from models import Letter
from models.enums import Language, LetterKind
from services import validation

MONEY_PAPERS = (LetterKind.RECEIPT, LetterKind.INVOICE, LetterKind.CREDIT_NOTE,
                LetterKind.STATEMENT, LetterKind.SUPERBILL, LetterKind.INCOME_YEAR)


def keep_paper(session: Session, kind: LetterKind, client_id: int | None, language: Language,
               pdf: bytes, *, reference: str = "", ledger_entry_id: int | None = None,
               now: datetime | None = None) -> Letter:
    """Add the paper to the caller's unit of work and return its row (flushed, so with an id).

    Nothing else is written: a money paper is not a contact with the client, and the chart
    is for clinical words.
    """
    assert kind in MONEY_PAPERS, kind
    letter = Letter(client_id=client_id, kind=kind, language=language,
                    made_at=(now or datetime.now(UTC)).astimezone(UTC),
                    sha256=hashlib.sha256(pdf).hexdigest(), edited_text="",
                    reference=validation.text(reference, "reference", limit=100),
                    ledger_entry_id=ledger_entry_id, pdf=pdf)
    session.add(letter)
    session.flush()
    return letter
