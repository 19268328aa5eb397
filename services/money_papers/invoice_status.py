"""Whether an invoice is paid, part paid, unpaid, overdue or voided: read from the ledger.

Payments are not tied to invoices in the ledger, so they are matched the way a client pays
a running account: everything the client has paid or had waived, less what was refunded,
covers their charges oldest first (by day, then by the order they were entered). An invoice
is paid when every charge on it is covered, part paid when some of them are. It is overdue
once its due date has passed while it is unpaid or part paid; voided once a credit note
voids it, whatever was paid. A charge on a voided invoice and on its replacement counts once:
coverage belongs to the charge, not to the paper.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models import Invoice, InvoiceLine, LedgerEntry, Practice
from models.enums import InvoiceKind, LedgerKind
from services.errors import Refused
from services.vault.practice_vault import Vault

CHARGE_KINDS = (LedgerKind.SESSION_CHARGE, LedgerKind.LATE_CANCEL_FEE, LedgerKind.NO_SHOW_FEE)


class InvoiceStatus(enum.StrEnum):
    PAID = "paid"
    PART_PAID = "part_paid"
    UNPAID = "unpaid"
    OVERDUE = "overdue"
    VOIDED = "voided"


@dataclass(frozen=True)
class Charge:
    id: int
    day: date
    amount: int


def covered(charges: Iterable[Charge], credit: int) -> dict[int, int]:
    """How much of each charge `credit` covers, oldest charge first (a charge's id breaks a
    tie of days). Negative credit (more refunded than paid) covers nothing."""
    left = max(credit, 0)
    coverage: dict[int, int] = {}
    for charge in sorted(charges, key=lambda c: (c.day, c.id)):
        coverage[charge.id] = min(charge.amount, left)
        left -= coverage[charge.id]
    return coverage


def status_of(total: int, paid: int, due_on: date, today: date, *, voided: bool) -> InvoiceStatus:
    if voided:
        return InvoiceStatus.VOIDED
    if paid >= total:
        return InvoiceStatus.PAID
    if today > due_on:
        return InvoiceStatus.OVERDUE
    return InvoiceStatus.PART_PAID if paid > 0 else InvoiceStatus.UNPAID


def coverage_of(session: Session, client_id: int) -> dict[int, int]:
    """Each of the client's charges (ledger entry id) and how much of it is paid or waived."""
    rows = session.execute(select(LedgerEntry.id, LedgerEntry.day, LedgerEntry.kind,
                                  LedgerEntry.amount).where(LedgerEntry.client_id == client_id))
    charges: list[Charge] = []
    credit = 0
    for entry_id, day, kind, amount in rows:
        if kind in CHARGE_KINDS:
            charges.append(Charge(entry_id, day, amount))
        else:
            credit += -kind.sign * amount  # payments and waivers add, refunds take away
    return covered(charges, credit)


def paid_on(lines: Iterable[tuple[int, int]], coverage: dict[int, int]) -> int:
    """What is paid of an invoice's lines (ledger entry id, amount as issued)."""
    return sum(min(amount, coverage.get(entry_id, 0)) for entry_id, amount in lines)


@dataclass(frozen=True)
class InvoiceSummary:
    """One invoice or credit note as the client panel lists it."""

    id: int
    kind: InvoiceKind
    number: str
    issued_on: date
    due_on: date
    total: int
    paid: int
    status: InvoiceStatus | None  # None for a credit note
    voided_by: str  # the credit note's number, or ""
    voids: str  # for a credit note, the invoice it voids
    letter_id: int | None


def invoices_in(session: Session, client_id: int, today: date) -> list[InvoiceSummary]:
    """The client's invoices and credit notes, newest first, each invoice with its status."""
    papers = list(session.scalars(select(Invoice).where(Invoice.client_id == client_id)
                                  .order_by(Invoice.issued_at.desc(), Invoice.id.desc())))
    if not papers:
        return []  # most clients: nothing to match their years of payments against
    by_id = {paper.id: paper for paper in papers}
    voided_by = {paper.voids_id: paper.number for paper in papers if paper.voids_id}
    lines: dict[int, list[tuple[int, int]]] = {}
    for invoice_id, entry_id, amount in session.execute(
            select(InvoiceLine.invoice_id, InvoiceLine.ledger_entry_id, InvoiceLine.amount)
            .join(Invoice).where(Invoice.client_id == client_id)):
        lines.setdefault(invoice_id, []).append((entry_id, amount))
    coverage = coverage_of(session, client_id)
    summaries = []
    for paper in papers:
        is_invoice = paper.kind is InvoiceKind.INVOICE
        paid = paid_on(lines.get(paper.id, []), coverage) if is_invoice else 0
        status = (status_of(paper.total, paid, paper.due_on, today,
                            voided=paper.id in voided_by) if is_invoice else None)
        voids = by_id[paper.voids_id].number if paper.voids_id in by_id else ""
        summaries.append(InvoiceSummary(paper.id, paper.kind, paper.number, paper.issued_on,
                                        paper.due_on, paper.total, paid, status,
                                        voided_by.get(paper.id, ""), voids, paper.letter_id))
    return summaries


@cache
def live_invoices() -> Any:
    """The ids of invoices no credit note voids, as a subquery (built once: a statement never
    changes, and the client panel asks for it each time it shows a client)."""
    credit = aliased(Invoice)
    return (select(Invoice.id).where(Invoice.kind == InvoiceKind.INVOICE,
                                     ~select(credit.id).where(credit.voids_id == Invoice.id)
                                     .exists()))


def invoiced_entries() -> Any:
    """The ledger entries on a live invoice, as a subquery."""
    return select(InvoiceLine.ledger_entry_id).where(InvoiceLine.invoice_id.in_(live_invoices()))


def invoiced_charges(session: Session, entry_ids: Iterable[int]) -> dict[int, str]:
    """Which of these ledger entries are on a live invoice, and its number."""
    ids = list(entry_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(InvoiceLine.ledger_entry_id, Invoice.number).join(Invoice)
        .where(InvoiceLine.ledger_entry_id.in_(ids), Invoice.id.in_(live_invoices())))
    return {entry_id: number for entry_id, number in rows}


def refuse_if_invoiced(session: Session, entry_ids: Iterable[int]) -> None:
    """Refused when a charge is on a live invoice: an issued invoice never changes, so the
    charge it lists stays as it was until the invoice is voided."""
    invoiced = invoiced_charges(session, entry_ids)
    if invoiced:
        raise Refused("This charge is on invoice {number}. Void the invoice first, then "
                      "change the charge and invoice it again.", field="amount",
                      number=min(invoiced.values()))


def session_invoice_numbers(session: Session, appointment_ids: Iterable[int]) -> dict[int, str]:
    """The number of the live invoice each of these sessions is on (sessions on none are
    left out); for the client panel's sessions and the close-the-day table."""
    ids = list(appointment_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(InvoiceLine.appointment_id, func.max(Invoice.number)).join(Invoice)
        .where(InvoiceLine.appointment_id.in_(ids), Invoice.id.in_(live_invoices()))
        .group_by(InvoiceLine.appointment_id))
    return {appointment_id: number for appointment_id, number in rows
            if appointment_id is not None}



def client_invoices(vault: Vault, client_id: int,
                    today: date | None = None) -> list[InvoiceSummary]:
    """`invoices_in` for the window and the command line; today in the practice's zone."""
    with vault.unit_of_work() as session:
        if today is None:
            practice = session.get(Practice, 1)
            assert practice is not None
            today = datetime.now(ZoneInfo(practice.timezone)).date()
        return invoices_in(session, client_id, today)


def invoice_numbers(vault: Vault, appointment_ids: Iterable[int]) -> dict[int, str]:
    """`session_invoice_numbers` in a unit of work of its own, for the window's tables."""
    with vault.unit_of_work() as session:
        return session_invoice_numbers(session, appointment_ids)
