"""Issuing an invoice for one session or a period: its charges, its number, its paper.

An invoice lists the client's charges (sessions, late-cancellation and missed-session fees)
for the session or the period that no live invoice lists yet, each as it stands in the
ledger when the invoice is issued. Once issued it never changes: a mistake is put right by a
credit note (`credit_notes.void_invoice`) and a new invoice, which takes the next number.

Issuing is not undoable: undoing it would give its number back and leave a gap in the run
(or a number used twice), which the run of invoice numbers must never have. Void it instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Appointment, Client, Invoice, InvoiceLine, LedgerEntry
from models.enums import InvoiceKind, Language, LedgerKind, LetterKind
from services.errors import InvalidValue, NotFound, Refused
from services.labels import label
from services.money_papers.invoice_numbers import number_text, take_number
from services.money_papers.invoice_paper import InvoicePaper, PaperLine, words_for
from services.money_papers.invoice_status import (
    CHARGE_KINDS,
    coverage_of,
    invoiced_entries,
    paid_on,
)
from services.papers.kept_papers import keep_paper
from services.papers.letter_dates import written_date, written_time
from services.papers.letterhead import Letterhead
from services.practice.practice_row import practice_of, practice_zone
from services.vault.practice_vault import Vault


@dataclass(frozen=True)
class Issued:
    """An invoice or credit note just issued, with its PDF as kept."""

    id: int
    kind: InvoiceKind
    number: str
    total: int
    issued_on: date
    due_on: date
    currency: str
    letter_id: int
    pdf: bytes


@dataclass(frozen=True)
class InvoicePreview:
    """What an invoice would list if it were issued now."""

    lines: tuple[PaperLine, ...]
    total: int
    currency: str


@dataclass(frozen=True)
class ChargedSession:
    """A session of the client's with a charge that no live invoice lists."""

    appointment_id: int
    day: date
    description: str
    amount: int



def bill_to(client: Client) -> tuple[str, str]:
    """Whom the paper is to: the payer (a parent, say) when the client has one."""
    if client.payer_name.strip():
        return client.payer_name, client.billing_address or client.address
    return client.full_name, client.billing_address or client.address


def client_of(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("There is no client number {id}.", id=client_id)
    return client


def numbered(session: Session, kind: InvoiceKind, year: int) -> tuple[int, str]:
    """The next number of this kind (taken first, see `take_number`) and how it prints."""
    sequence = take_number(session, kind, year)
    practice = practice_of(session)
    pattern = (practice.invoice_pattern if kind is InvoiceKind.INVOICE
               else practice.credit_note_pattern)
    number = number_text(pattern, year, sequence)
    if session.scalar(select(Invoice.id).where(Invoice.number == number)) is not None:
        raise Refused("The number {number} is already on another paper: the invoice and "
                      "credit-note patterns in Settings must differ.", number=number)
    return sequence, number


def description(entry: LedgerEntry, appointment: Appointment | None, zone: ZoneInfo,
                language: Language) -> str:
    """How a charge reads on the paper: 'Session 4 December 2026, 10:00, in person'."""
    w = words_for(language)
    if appointment is None:
        return w["charge"].format(kind=label(entry.kind, language),
                                  day=written_date(entry.day, language))
    start = appointment.starts_at.astimezone(zone)
    when = f"{written_date(start.date(), language)}, {written_time(start.time())}"
    if entry.kind is LedgerKind.SESSION_CHARGE:
        return w["session"].format(when=when, modality=label(appointment.modality,
                                                             language).lower())
    return w["fee"].format(fee=label(entry.kind, language), when=when)


def charges_to_invoice(session: Session, client_id: int, *, appointment_id: int | None,
                       period_from: date | None, period_to: date | None) -> list[LedgerEntry]:
    """The charges an invoice would list, or a refusal saying why there are none."""
    query = (select(LedgerEntry).where(LedgerEntry.client_id == client_id,
                                       LedgerEntry.kind.in_(CHARGE_KINDS),
                                       LedgerEntry.amount > 0)
             .order_by(LedgerEntry.day, LedgerEntry.id))
    if appointment_id is not None:
        appointment = session.get(Appointment, appointment_id)
        if appointment is None or appointment.client_id != client_id:
            raise NotFound("This client has no session number {id}.", id=appointment_id)
        charges = list(session.scalars(query.where(LedgerEntry.appointment_id == appointment_id)))
        if not charges:
            raise Refused("This session has no charge to invoice.", field="session")
    else:
        if period_from is None or period_to is None:
            raise InvalidValue("Please choose a session or a period to invoice.", field="session")
        if period_to < period_from:
            raise InvalidValue("The period must end on or after the day it starts.",
                               field="period_to")
        charges = list(session.scalars(query.where(LedgerEntry.day >= period_from,
                                                   LedgerEntry.day <= period_to)))
    on_invoices = set(session.scalars(invoiced_entries().where(
        InvoiceLine.ledger_entry_id.in_([c.id for c in charges]))))
    uninvoiced = [c for c in charges if c.id not in on_invoices]
    if not uninvoiced:
        if appointment_id is not None:
            raise Refused("This session's charges are already on an invoice.", field="session")
        raise Refused("Nothing to invoice: this client has no charges in that period that are "
                      "not already on an invoice.", field="period_from")
    return uninvoiced


def paper_lines(session: Session, entries: list[LedgerEntry],
                language: Language) -> tuple[PaperLine, ...]:
    zone = practice_zone(session)
    return tuple(PaperLine(entry.day, description(
        entry, session.get(Appointment, entry.appointment_id) if entry.appointment_id else None,
        zone, language), entry.amount) for entry in entries)


def preview_invoice(vault: Vault, client_id: int, *, appointment_id: int | None = None,
                    period_from: date | None = None, period_to: date | None = None,
                    language: Language | None = None) -> InvoicePreview:
    """What issuing would list now, for the dialog to show before the therapist issues it."""
    with vault.unit_of_work() as session:
        client_of(session, client_id)
        practice = practice_of(session)
        entries = charges_to_invoice(session, client_id, appointment_id=appointment_id,
                                     period_from=period_from, period_to=period_to)
        lines = paper_lines(session, entries, language or practice.language)
        return InvoicePreview(lines, sum(line.amount for line in lines), practice.currency)


def uninvoiced_sessions(vault: Vault, client_id: int,
                        language: Language | None = None) -> list[ChargedSession]:
    """The client's charged sessions that no live invoice lists, newest first."""
    with vault.unit_of_work() as session:
        practice = practice_of(session)
        zone, language = ZoneInfo(practice.timezone), language or practice.language
        entries = session.scalars(
            select(LedgerEntry).where(LedgerEntry.client_id == client_id,
                                      LedgerEntry.kind.in_(CHARGE_KINDS), LedgerEntry.amount > 0,
                                      LedgerEntry.appointment_id.is_not(None),
                                      LedgerEntry.id.not_in(invoiced_entries()))
            .order_by(LedgerEntry.day.desc(), LedgerEntry.id.desc()))
        by_session: dict[int, ChargedSession] = {}
        for entry in entries:
            assert entry.appointment_id is not None
            known = by_session.get(entry.appointment_id)
            if known is None:
                appointment = session.get(Appointment, entry.appointment_id)
                by_session[entry.appointment_id] = ChargedSession(
                    entry.appointment_id, entry.day,
                    description(entry, appointment, zone, language), entry.amount)
            else:
                by_session[entry.appointment_id] = ChargedSession(
                    known.appointment_id, known.day, known.description,
                    known.amount + entry.amount)
        return list(by_session.values())


def issue_invoice(vault: Vault, client_id: int, *, appointment_id: int | None = None,
                  period_from: date | None = None, period_to: date | None = None,
                  language: Language | None = None, now: datetime | None = None) -> Issued:
    """Issue an invoice for one session or a period, kept with its PDF; not undoable.

    The day it is issued is read in the practice's time zone first, in a unit of work of its
    own, so that the issuing one can begin by taking its number (see `take_number`).
    """
    now = (now or datetime.now(UTC)).astimezone(UTC)
    with vault.unit_of_work() as session:
        issued_on = now.astimezone(practice_zone(session)).date()
    with vault.unit_of_work() as session:
        return issue_invoice_in(session, client_id, issued_on=issued_on, now=now,
                                appointment_id=appointment_id, period_from=period_from,
                                period_to=period_to, language=language)


def issue_invoice_in(session: Session, client_id: int, *, issued_on: date, now: datetime,
                     appointment_id: int | None = None, period_from: date | None = None,
                     period_to: date | None = None,
                     language: Language | None = None) -> Issued:
    """`issue_invoice` inside the caller's transaction, which must not have read before it."""
    invoice, paper = new_invoice_in(session, client_id, issued_on=issued_on, now=now,
                                    appointment_id=appointment_id, period_from=period_from,
                                    period_to=period_to, language=language)
    return kept(session, invoice, paper, now)


def new_invoice_in(session: Session, client_id: int, *, issued_on: date, now: datetime,
                   appointment_id: int | None, period_from: date | None,
                   period_to: date | None, language: Language | None
                   ) -> tuple[Invoice, InvoicePaper]:
    """The invoice numbered and added to the transaction, and what its paper prints: all of
    issuing but the paper rendered and kept."""
    sequence, number = numbered(session, InvoiceKind.INVOICE, issued_on.year)
    client = client_of(session, client_id)
    practice = practice_of(session)
    language = Language(language or practice.language)
    entries = charges_to_invoice(session, client_id, appointment_id=appointment_id,
                                 period_from=period_from, period_to=period_to)
    lines = paper_lines(session, entries, language)
    total = sum(line.amount for line in lines)
    invoice = Invoice(
        kind=InvoiceKind.INVOICE, number=number, year=issued_on.year, sequence=sequence,
        client_id=client_id, issued_on=issued_on,
        due_on=issued_on + timedelta(days=practice.payment_terms_days),
        period_from=period_from if appointment_id is None else entries[0].day,
        period_to=period_to if appointment_id is None else entries[-1].day,
        total=total, reason="", issued_at=now,
        lines=[InvoiceLine(position=n, ledger_entry_id=entry.id,
                           appointment_id=entry.appointment_id, day=line.day,
                           description=line.description[:200], amount=line.amount)
               for n, (entry, line) in enumerate(zip(entries, lines, strict=True))])
    session.add(invoice)
    paid = paid_on([(entry.id, entry.amount) for entry in entries],
                   coverage_of(session, client_id))
    paper = InvoicePaper(
        InvoiceKind.INVOICE, number, language, Letterhead.of_practice(practice),
        practice.paper_size,
        practice.currency, invoice.issued_on, invoice.due_on, invoice.period_from,
        invoice.period_to, bill_to(client), lines, total, practice.payment_details, paid)
    return invoice, paper


def kept(session: Session, invoice: Invoice, paper: InvoicePaper, now: datetime) -> Issued:
    """The paper rendered and kept beside the letters, in the issuing transaction."""
    from services.money_papers.invoice_layout import invoice_pdf  # reportlab, when it renders

    pdf = invoice_pdf(paper)
    kind = LetterKind.INVOICE if invoice.kind is InvoiceKind.INVOICE else LetterKind.CREDIT_NOTE
    letter = keep_paper(session, kind, invoice.client_id, paper.language, pdf,
                        reference=invoice.number, now=now)
    invoice.letter_id = letter.id
    session.flush()
    return Issued(invoice.id, invoice.kind, invoice.number, invoice.total, invoice.issued_on,
                  invoice.due_on, paper.currency, letter.id, pdf)
