"""Superbills: what a client who claims from an insurer hands in, for the sessions of a period.

Only a practice that turned superbills on makes them (Settings → Money papers). A superbill
names the practice with the identifiers the insurer's form asks for, the client with their
date of birth and diagnosis codes, and each session of the period that was attended or
charged: its day, the service code of its kind (in person, phone, video) and place of service,
the diagnosis codes it is for (by letter, as the claim form points to them), what it was
charged (after any waiver) and what was paid towards it. Payments in the period not put
towards a session are a line of their own, so what the paper says was paid is what the
ledger holds. The figures are read from the ledger, never stored apart.

`read_superbill` reads (database worker), `superbill_layout.render_superbill` renders (any
thread), `keep_superbill` keeps the PDF beside the letters; `superbill` does all three, for
the command line.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from models import Appointment, LedgerEntry
from models.enums import AppointmentStatus, Language, LedgerKind, LetterKind, Modality, PaperSize
from services import validation
from services.clients.client_records import client_details
from services.clients.diagnosis_codes import POINTERS, codes_of
from services.errors import InvalidValue, Refused
from services.money.session_charges import ATTENDED, CHARGE_KINDS
from services.money_papers.paper_settings import PaperSettings, paper_settings_in
from services.papers.kept_papers import keep_paper
from services.papers.letterhead import Letterhead
from services.practice.practice_row import practice_of
from services.practice.practice_settings import settings_of
from services.practice.practice_time import to_utc
from services.vault.practice_vault import Vault

PAID = {LedgerKind.PAYMENT: 1, LedgerKind.REFUND: -1}


@dataclass(frozen=True)
class SuperbillPractice:
    """Who provided the services; a field left empty in Settings is left off the paper."""

    practice_name: str
    therapist_name: str
    credentials: str
    address: str
    phone: str
    licence: str
    npi: str
    tax_id: str


@dataclass(frozen=True)
class SuperbillClient:
    full_name: str
    date_of_birth: date | None
    address: str  # the billing address when there is one, else the postal address
    payer_name: str
    diagnosis_codes: tuple[str, ...]


@dataclass(frozen=True)
class SuperbillLine:
    """One session: attended (`charge_kind` SESSION_CHARGE) or charged a missed-session fee."""

    appointment_id: int
    day: date
    modality: Modality
    status: AppointmentStatus
    charge_kind: LedgerKind | None  # None: attended but not charged
    service_code: str
    place: str
    pointers: str  # "A, B": the diagnosis codes by their letters
    charged: int
    paid: int


@dataclass(frozen=True)
class Superbill:
    client_id: int
    practice: SuperbillPractice
    client: SuperbillClient
    lines: tuple[SuperbillLine, ...]
    other_payments: int  # paid in the period but not towards a session (less refunds)
    period_from: date
    period_to: date
    made_on: date
    language: Language
    currency: str
    paper: PaperSize
    letterhead: Letterhead

    @property
    def charged(self) -> int:
        return sum(line.charged for line in self.lines)

    @property
    def paid(self) -> int:
        return sum(line.paid for line in self.lines) + self.other_payments

    @property
    def balance(self) -> int:
        return self.charged - self.paid

    @property
    def reference(self) -> str:
        """What the paper is of, as the client's letters list names it."""
        return f"{self.period_from.isoformat()} – {self.period_to.isoformat()}"


def checked_period(period_from: date, period_to: date) -> None:
    validation.day(period_from, "from")
    validation.day(period_to, "to")
    if period_from > period_to:
        raise InvalidValue("The first day is after the last.", field="from")


def _sums(session: Session, statement: Select[int | None, LedgerKind, int]
          ) -> dict[int | None, dict[LedgerKind, int]]:
    """Amounts by session (None: no session) and kind."""
    sums: dict[int | None, dict[LedgerKind, int]] = defaultdict(lambda: defaultdict(int))
    for key, kind, amount in session.execute(statement):
        sums[key][LedgerKind(kind)] += amount
    return sums


def _lines(session: Session, client_id: int, first: datetime, end: datetime,
           papers: PaperSettings, zone: ZoneInfo, pointers: str) -> list[SuperbillLine]:
    sessions = list(session.execute(
        select(Appointment.id, Appointment.starts_at, Appointment.modality, Appointment.status)
        .where(Appointment.client_id == client_id, Appointment.starts_at >= first,
               Appointment.starts_at < end)
        .order_by(Appointment.starts_at, Appointment.id)))
    money = _sums(session, select(LedgerEntry.appointment_id, LedgerEntry.kind,
                                  LedgerEntry.amount)
                  .where(LedgerEntry.appointment_id.in_([row.id for row in sessions])))
    lines = []
    for row in sessions:
        sums = money.get(row.id, {})
        charged = sum(sums.get(kind, 0) for kind in CHARGE_KINDS) - sums.get(LedgerKind.WAIVER, 0)
        attended = row.status in ATTENDED
        if not attended and charged <= 0:
            continue
        charge_kind = next((kind for kind in CHARGE_KINDS if sums.get(kind)), None)
        code = papers.service_code(row.modality)
        lines.append(SuperbillLine(
            row.id, row.starts_at.astimezone(zone).date(), row.modality, row.status,
            charge_kind, code.code if attended else "", code.place if attended else "",
            pointers if attended else "", charged,
            sum(sign * sums.get(kind, 0) for kind, sign in PAID.items())))
    return lines


def _other_payments(session: Session, client_id: int, period_from: date,
                    period_to: date) -> int:
    sums = _sums(session, select(LedgerEntry.appointment_id, LedgerEntry.kind,
                                 LedgerEntry.amount)
                 .where(LedgerEntry.client_id == client_id,
                        LedgerEntry.appointment_id.is_(None),
                        LedgerEntry.kind.in_(list(PAID)),
                        LedgerEntry.day >= period_from, LedgerEntry.day <= period_to))
    return sum(sign * sums.get(None, {}).get(kind, 0) for kind, sign in PAID.items())


def superbill_in(session: Session, client_id: int, period_from: date, period_to: date, *,
                 language: Language | None = None, now: datetime | None = None) -> Superbill:
    """The superbill's figures, read inside the caller's unit of work; refused while the
    practice has superbills turned off."""
    checked_period(period_from, period_to)
    papers = paper_settings_in(session)
    if not papers.superbills:
        raise Refused("Superbills are turned off. Turn them on in Settings → Money papers.")
    settings = settings_of(practice_of(session))
    zone = ZoneInfo(settings.timezone)
    details = client_details(session, client_id).draft
    codes = codes_of(details.diagnosis_codes)
    pointers = ", ".join(POINTERS[: len(codes)])
    first = to_utc(period_from, time(0), zone)
    end = to_utc(period_to + timedelta(days=1), time(0), zone)
    s = settings
    return Superbill(
        client_id=client_id,
        practice=SuperbillPractice(s.practice_name, s.therapist_name, s.credentials, s.address,
                                   s.phone, papers.licence, papers.npi, papers.tax_id),
        client=SuperbillClient(details.full_name, details.date_of_birth,
                               details.billing_address.strip() or details.address.strip(),
                               details.payer_name, codes),
        lines=tuple(_lines(session, client_id, first, end, papers, zone, pointers)),
        other_payments=_other_payments(session, client_id, period_from, period_to),
        period_from=period_from, period_to=period_to,
        made_on=(now or datetime.now(UTC)).astimezone(zone).date(),
        language=Language(language or s.language), currency=s.currency,
        paper=s.paper_size, letterhead=Letterhead.of_practice(s))


def read_superbill(vault: Vault, client_id: int, period_from: date, period_to: date, *,
                   language: Language | None = None, now: datetime | None = None) -> Superbill:
    with vault.unit_of_work() as session:
        return superbill_in(session, client_id, period_from, period_to, language=language,
                            now=now)


def keep_superbill(vault: Vault, bill: Superbill, pdf: bytes) -> int:
    """Keep the superbill as given to the client, beside their letters; returns its letter id."""
    with vault.unit_of_work() as session:
        return keep_paper(session, LetterKind.SUPERBILL, bill.client_id, bill.language, pdf,
                          reference=bill.reference).id


@dataclass(frozen=True)
class MadeSuperbill:
    bill: Superbill
    pdf: bytes
    letter_id: int


def superbill(vault: Vault, client_id: int, period_from: date, period_to: date, *,
              language: Language | None = None, now: datetime | None = None) -> MadeSuperbill:
    """Read, render and keep a superbill in one unit of work (the command line's way)."""
    from services.money_papers.superbill_layout import render_superbill  # reportlab

    with vault.unit_of_work() as session:
        bill = superbill_in(session, client_id, period_from, period_to, language=language,
                            now=now)
        pdf = render_superbill(bill)
        letter = keep_paper(session, LetterKind.SUPERBILL, client_id, bill.language, pdf,
                            reference=bill.reference)
        return MadeSuperbill(bill, pdf, letter.id)
