"""Receipts: a paper for the client saying what they paid (or were refunded), when, how and
for which sessions, and what their account stands at afterwards.

A receipt is made once per payment and kept (`keep_paper`, kind RECEIPT, tied to the ledger
line); asking again opens the kept one, unless the therapist asks to make it `again` (a
new paper is then kept beside the old one, never instead of it). Its number is the payment's
own: R-<ledger line id>, unique and never reused.

Which sessions a receipt names:
- a payment or refund tied to a session names that session;
- a payment tied to none names the charges it settles, oldest first, among the lines on the
  account up to and including it (`services.money_papers.settling`: payments tied to a
  session settle it first; the rest settle the oldest charges still open). What is left over
  is held on account.

The balance after is the client's balance over every line up to and including this one, by
day and then in the order entered: later lines do not change a receipt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LedgerEntry, Letter
from models.enums import Language, LedgerKind, LetterKind, PaymentMethod
from services.errors import NotFound, Refused
from services.money_papers.account import PaperClient, account_of, paper_client
from services.money_papers.settling import settle
from services.papers.kept_papers import keep_paper
from services.practice.practice_row import practice_of
from services.practice.practice_settings import settings_of
from services.vault.practice_vault import Vault

RECEIPTED = (LedgerKind.PAYMENT, LedgerKind.REFUND)
CHARGES = (LedgerKind.SESSION_CHARGE, LedgerKind.LATE_CANCEL_FEE, LedgerKind.NO_SHOW_FEE)


@dataclass(frozen=True)
class ReceiptItem:
    """A charge the money is for: its kind, its session's start (local) or its own day, and
    how much of it this payment settles."""

    kind: LedgerKind
    day: date
    session_start: datetime | None
    amount: int


@dataclass(frozen=True)
class Receipt:
    ledger_entry_id: int
    number: str
    kind: LedgerKind
    client: PaperClient
    amount: int
    day: date
    method: PaymentMethod
    items: tuple[ReceiptItem, ...]
    on_account: int
    balance_after: int
    currency: str
    issued_on: date


@dataclass(frozen=True)
class KeptReceipt:
    """The receipt as kept: `made` is False when an earlier one was opened instead."""

    letter_id: int
    number: str
    client_name: str
    made_at: datetime
    made: bool
    pdf: bytes


def receipt_number(ledger_entry_id: int) -> str:
    return f"R-{ledger_entry_id}"


def read_receipt(session: Session, ledger_entry_id: int, now: datetime | None = None) -> Receipt:
    """What the receipt for this payment or refund says; refused for any other line."""
    entry = session.get(LedgerEntry, ledger_entry_id)
    if entry is None:
        raise NotFound("There is no payment number {id}.", field="payment", id=ledger_entry_id)
    if entry.kind not in RECEIPTED:
        raise Refused("A receipt is made for a payment or a refund, not for a charge or a "
                      "waiver.", field="payment")
    if entry.client_id is None:
        raise Refused("It is not known yet whose payment this is: say whose it is, then make "
                      "its receipt.", field="payment")
    assert entry.method is not None, "a payment or refund always says how"
    practice = practice_of(session)
    zone = ZoneInfo(practice.timezone)
    account = [paper for paper in account_of(session, entry.client_id, zone)
               if (paper.line.day, paper.line.id) <= (entry.day, entry.id)]
    by_id = {paper.line.id: paper for paper in account}
    this = by_id[entry.id]
    if entry.kind is LedgerKind.REFUND or entry.appointment_id is not None:
        charged = next((paper.line.kind for paper in account
                        if paper.line.appointment_id == entry.appointment_id
                        and paper.line.kind in CHARGES),
                       LedgerKind.SESSION_CHARGE)
        items = [ReceiptItem(charged, this.session_start.date(), this.session_start,
                             entry.amount)] if this.session_start else []
        on_account = 0 if items or entry.kind is LedgerKind.REFUND else entry.amount
    else:
        settled = settle(paper.line for paper in account)
        items = [ReceiptItem(by_id[charge].line.kind, by_id[charge].line.day,
                             by_id[charge].session_start, amount)
                 for charge, amount in settled.matches[entry.id]]
        on_account = settled.unspent[entry.id]
    return Receipt(
        ledger_entry_id=entry.id, number=receipt_number(entry.id), kind=entry.kind,
        client=paper_client(session, entry.client_id), amount=entry.amount, day=entry.day,
        method=entry.method, items=tuple(items), on_account=on_account,
        balance_after=sum(paper.line.signed for paper in account), currency=practice.currency,
        issued_on=(now or datetime.now(UTC)).astimezone(zone).date())


def kept_receipt_in(session: Session, ledger_entry_id: int) -> Letter | None:
    """The newest receipt kept for this payment, if any."""
    return session.scalar(
        select(Letter).where(Letter.kind == LetterKind.RECEIPT,
                             Letter.ledger_entry_id == ledger_entry_id)
        .order_by(Letter.id.desc()).limit(1))


def make_receipt_in(session: Session, ledger_entry_id: int, *,
                    language: Language | None = None, now: datetime | None = None,
                    again: bool = False) -> KeptReceipt:
    """`make_receipt` inside the caller's unit of work."""
    receipt = read_receipt(session, ledger_entry_id, now)
    kept = None if again else kept_receipt_in(session, ledger_entry_id)
    if kept is not None:
        return KeptReceipt(kept.id, kept.reference, receipt.client.full_name, kept.made_at,
                           False, kept.pdf)
    from services.money_papers.receipt_layout import receipt_pdf  # loads reportlab

    settings = settings_of(practice_of(session))
    pdf = receipt_pdf(receipt, settings, language or settings.language)
    letter = keep_paper(session, LetterKind.RECEIPT, receipt.client.id,
                        language or settings.language, pdf, reference=receipt.number,
                        ledger_entry_id=ledger_entry_id, now=now)
    return KeptReceipt(letter.id, receipt.number, receipt.client.full_name, letter.made_at,
                       True, pdf)


def make_receipt(vault: Vault, ledger_entry_id: int, *, language: Language | None = None,
                 now: datetime | None = None, again: bool = False) -> KeptReceipt:
    """The receipt for a payment or refund: the kept one, or a new one made and kept.

    `language` defaults to the practice's. With `again`, a new receipt is made even when
    one is kept (the old one stays). Refused for a charge, fee or waiver, and for a payment
    whose client is not known yet.
    """
    with vault.unit_of_work() as session:
        return make_receipt_in(session, ledger_entry_id, language=language, now=now,
                               again=again)


def receipts_for_day_in(session: Session, day: date, now: datetime | None = None) -> list[int]:
    """A receipt for each of the day's payments and refunds that has none and whose client
    is known; returns the kept papers' ids. Closing the day calls it when the practice
    makes receipts at close."""
    has_one = select(Letter.ledger_entry_id).where(Letter.kind == LetterKind.RECEIPT,
                                                   Letter.ledger_entry_id.is_not(None))
    ids = session.scalars(
        select(LedgerEntry.id).where(LedgerEntry.day == day, LedgerEntry.kind.in_(RECEIPTED),
                                     LedgerEntry.client_id.is_not(None),
                                     LedgerEntry.id.not_in(has_one))
        .order_by(LedgerEntry.id)).all()
    return [make_receipt_in(session, ledger_id, now=now).letter_id for ledger_id in ids]


def receipt_line_of_session(vault: Vault, appointment_id: int, day: date) -> int | None:
    """The newest payment or refund for this session entered on `day`, if any: the one
    close-the-day makes a receipt for when the session's row is chosen."""
    with vault.unit_of_work() as session:
        return session.scalar(
            select(LedgerEntry.id).where(LedgerEntry.appointment_id == appointment_id,
                                         LedgerEntry.day == day,
                                         LedgerEntry.kind.in_(RECEIPTED))
            .order_by(LedgerEntry.id.desc()).limit(1))


RECEIPTED_LINE = ("This cannot be undone: a receipt was made for this payment. If the money "
                  "went back, record a refund instead.")


def refuse_if_receipted(session: Session, ledger_entry_ids: Iterable[int]) -> None:
    """A payment or refund with a receipt stays as the receipt says: refused (for undo and
    redo) when any of these lines has one."""
    ids = list(ledger_entry_ids)
    if ids and session.scalar(select(Letter.id).where(Letter.kind == LetterKind.RECEIPT,
                                                      Letter.ledger_entry_id.in_(ids))
                              .limit(1)) is not None:
        raise Refused(RECEIPTED_LINE)
