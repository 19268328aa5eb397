"""Money papers are kept beside the letters, listed with what they are of."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from models.enums import Language, LetterKind
from services.clients.client_records import ClientDraft, create_client
from services.papers.kept_papers import keep_paper
from services.papers.letters import letter_pdf, letters_of
from services.vault.practice_vault import Vault


def test_a_kept_paper_is_listed_with_its_reference_and_opens_byte_for_byte(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Mira Osei"))
    pdf = b"%PDF-1.4 an invoice"
    with vault.unit_of_work() as session:
        kept = keep_paper(session, LetterKind.INVOICE, client, Language.ENGLISH, pdf,
                          reference="2026-0042", now=datetime(2026, 12, 4, 10, tzinfo=UTC))
        paper_id = kept.id
    [listed] = letters_of(vault, client)
    assert (listed.kind, listed.reference, listed.sha256) == (
        LetterKind.INVOICE, "2026-0042", hashlib.sha256(pdf).hexdigest())
    assert letter_pdf(vault, paper_id) == pdf


def test_a_letter_is_not_a_money_paper(vault: Vault) -> None:
    with vault.unit_of_work() as session, pytest.raises(AssertionError):
        keep_paper(session, LetterKind.APOLOGY, None, Language.ENGLISH, b"%PDF")
