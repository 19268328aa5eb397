"""Voiding an invoice by a credit note: the invoice keeps its number, the note gets its own.

The credit note names the invoice it voids and why, credits its whole total, and is kept
with its PDF like the invoice. The invoice's charges are free to be invoiced again; the new
invoice takes the next number. Like issuing, voiding is not undoable: its number would leave
a gap in the credit notes' run.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from models import Invoice
from models.enums import InvoiceKind, Language
from services import validation
from services.errors import InvalidValue, NotFound, Refused
from services.money_papers.invoice_paper import InvoicePaper, PaperLine
from services.money_papers.invoices import Issued, bill_to, client_of, kept, numbered
from services.papers.letterhead import Letterhead
from services.practice.practice_row import practice_of, practice_zone
from services.vault.practice_vault import Vault


def void_invoice(vault: Vault, number: str, reason: str, *, language: Language | None = None,
                 now: datetime | None = None) -> Issued:
    """Issue a credit note voiding invoice `number`, for `reason` (required); not undoable."""
    reason = validation.text(reason, "reason", limit=500).strip()
    if not reason:
        raise InvalidValue("Please say why the invoice is voided.", field="reason")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work() as session:
        issued_on = now.astimezone(practice_zone(session)).date()
    with vault.unit_of_work() as session:
        # the number first, as `take_number` asks; a refusal below gives it back
        sequence, credit_number = numbered(session, InvoiceKind.CREDIT_NOTE, issued_on.year)
        invoice = session.scalar(select(Invoice).where(Invoice.number == number.strip()))
        if invoice is None:
            raise NotFound("There is no invoice numbered {number}.", number=number)
        if invoice.kind is not InvoiceKind.INVOICE:
            raise Refused("{number} is a credit note: only an invoice can be voided.",
                          number=invoice.number)
        earlier = session.scalar(select(Invoice.number).where(Invoice.voids_id == invoice.id))
        if earlier is not None:
            raise Refused("Invoice {number} is already voided by credit note {credit}.",
                          number=invoice.number, credit=earlier)
        practice = practice_of(session)
        language = Language(language or practice.language)
        credit = Invoice(
            kind=InvoiceKind.CREDIT_NOTE, number=credit_number, year=issued_on.year,
            sequence=sequence, client_id=invoice.client_id, issued_on=issued_on,
            due_on=issued_on, period_from=invoice.period_from, period_to=invoice.period_to,
            total=invoice.total, voids_id=invoice.id, reason=reason, issued_at=now)
        session.add(credit)
        paper = InvoicePaper(
            InvoiceKind.CREDIT_NOTE, credit_number, language, Letterhead.of_practice(practice),
            practice.paper_size, practice.currency, issued_on, issued_on, invoice.period_from,
            invoice.period_to, bill_to(client_of(session, invoice.client_id)),
            tuple(PaperLine(line.day, line.description, line.amount) for line in invoice.lines),
            invoice.total, "", 0, voids_number=invoice.number, reason=reason)
        return kept(session, credit, paper, now)
