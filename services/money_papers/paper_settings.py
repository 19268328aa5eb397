"""Settings → Money papers: how invoices and credit notes are numbered, when an invoice is
due and how to pay it, receipts at the day's close, and superbills with what the insurer's
form asks of the practice (licence, NPI, tax id, and a service code and place per kind of
session).

Superbills are off until the practice turns them on: a practice that does not bill insurers
never sees their fields. Turning them off keeps what was filled in, for the day they are
turned on again. Saved in one unit of work, every value checked first; the practice row and
the service codes are audited tables, so each change is in the audit trail as the other
settings are.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import PaperNumber, ServiceCode
from models.enums import InvoiceKind, Modality
from services import validation
from services.errors import InvalidValue
from services.money_papers.invoice_numbers import NUMBER_RUN, check_pattern
from services.practice.practice_row import practice_of
from services.vault.practice_vault import Vault

LONGEST_TERMS = 365  # days; a year is already far beyond what anyone gives


@dataclass(frozen=True)
class ServiceCodeSetting:
    """The code an insurer knows a kind of session by (CPT-style, "90834") and its place of
    service ("11" an office, "02" or "10" telehealth)."""

    modality: Modality
    code: str = ""
    place: str = ""


@dataclass(frozen=True)
class PaperSettings:
    invoice_pattern: str = "YYYY-####"
    credit_note_pattern: str = "CN-YYYY-####"
    payment_terms_days: int = 14  # 0: due on receipt
    payment_details: str = ""
    receipts_at_close: bool = False
    superbills: bool = False
    licence: str = ""
    npi: str = ""
    tax_id: str = ""
    service_codes: tuple[ServiceCodeSetting, ...] = tuple(ServiceCodeSetting(m) for m in Modality)

    def service_code(self, modality: Modality) -> ServiceCodeSetting:
        return next((s for s in self.service_codes if s.modality == modality),
                    ServiceCodeSetting(modality))


PRACTICE_FIELDS = ("invoice_pattern", "credit_note_pattern", "payment_terms_days",
                   "payment_details", "receipts_at_close", "superbills", "licence", "npi",
                   "tax_id")
# The fields a refusal may name, for the settings page to show it beside its field.
PAPER_FIELDS = frozenset(PRACTICE_FIELDS) | frozenset(
    f"{part}.{m.value}" for part in ("code", "place") for m in Modality)



def paper_settings_in(session: Session) -> PaperSettings:
    practice = practice_of(session)
    kept = {row.modality: row for row in session.scalars(select(ServiceCode))}
    codes = tuple(ServiceCodeSetting(m, kept[m].code, kept[m].place) if m in kept
                  else ServiceCodeSetting(m) for m in Modality)
    return PaperSettings(**{name: getattr(practice, name) for name in PRACTICE_FIELDS},
                         service_codes=codes)


def read_paper_settings(vault: Vault) -> PaperSettings:
    with vault.unit_of_work() as session:
        return paper_settings_in(session)


def next_sequences(vault: Vault, year: int) -> dict[InvoiceKind, int]:
    """The number each kind of paper would take next in `year`, for the settings' example."""
    with vault.unit_of_work() as session:
        taken = {kind: last for kind, last in session.execute(
            select(PaperNumber.kind, PaperNumber.last).where(PaperNumber.year == year))}
    return {kind: taken.get(kind, 0) + 1 for kind in InvoiceKind}


def _same_numbers(first: str, second: str) -> bool:
    """Whether two patterns could print the same number (they differ only in the # run's
    length: "YYYY-###" and "YYYY-####" both print 2026-1000)."""
    return NUMBER_RUN.sub("#", first) == NUMBER_RUN.sub("#", second)


def _line(value: str, field: str, limit: int) -> str:
    return validation.text(value, field, multiline=False, limit=limit)


def checked_paper_settings(settings: PaperSettings) -> PaperSettings:
    """The settings tidied, or InvalidValue naming the first field at fault."""
    s = settings
    invoice = check_pattern(s.invoice_pattern, "invoice_pattern")
    credit_note = check_pattern(s.credit_note_pattern, "credit_note_pattern")
    if _same_numbers(invoice, credit_note):
        raise InvalidValue("Credit notes need a pattern of their own, so that their numbers "
                           "never match an invoice's.", field="credit_note_pattern")
    validation.whole_number(s.payment_terms_days, "payment_terms_days", 0, LONGEST_TERMS)
    codes = {c.modality: c for c in s.service_codes}
    return PaperSettings(
        invoice_pattern=invoice,
        credit_note_pattern=credit_note,
        payment_terms_days=s.payment_terms_days,
        payment_details=validation.text(s.payment_details, "payment_details", limit=2000),
        receipts_at_close=bool(s.receipts_at_close),
        superbills=bool(s.superbills),
        licence=_line(s.licence, "licence", 100),
        npi=_line(s.npi, "npi", 20),
        tax_id=_line(s.tax_id, "tax_id", 40),
        service_codes=tuple(
            ServiceCodeSetting(m, _line(codes[m].code, f"code.{m.value}", 20),
                               _line(codes[m].place, f"place.{m.value}", 4))
            if m in codes else ServiceCodeSetting(m) for m in Modality),
    )


def update_paper_settings_in(session: Session, settings: PaperSettings) -> PaperSettings:
    """Write checked settings inside the caller's unit of work; only what changed is written
    (and audited)."""
    wanted = checked_paper_settings(settings)
    practice = practice_of(session)
    for name in PRACTICE_FIELDS:
        if getattr(practice, name) != getattr(wanted, name):
            setattr(practice, name, getattr(wanted, name))
    kept = {row.modality: row for row in session.scalars(select(ServiceCode))}
    for code in wanted.service_codes:
        row = kept.get(code.modality)
        if row is None and (code.code or code.place):
            session.add(ServiceCode(modality=code.modality, code=code.code, place=code.place))
        elif row is not None and (row.code, row.place) != (code.code, code.place):
            row.code, row.place = code.code, code.place
    return wanted


def update_paper_settings(vault: Vault, settings: PaperSettings) -> PaperSettings:
    """Save the money papers' settings, all checked before anything is written."""
    checked_paper_settings(settings)
    with vault.unit_of_work() as session:
        return update_paper_settings_in(session, settings)
