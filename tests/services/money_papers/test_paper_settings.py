"""Settings → Money papers as the vault keeps them: numbering, terms, receipts at close, and
superbills with the practice's identifiers and a service code per kind of session."""

from __future__ import annotations

from dataclasses import replace

import pytest

from models import AuditEvent, ServiceCode
from models.enums import InvoiceKind, Modality
from services.errors import InvalidValue
from services.money_papers.invoice_numbers import take_number
from services.money_papers.paper_settings import (
    PAPER_FIELDS,
    PaperSettings,
    ServiceCodeSetting,
    next_sequences,
    read_paper_settings,
    update_paper_settings,
)
from services.vault.practice_vault import Vault

US_STYLE = PaperSettings(
    invoice_pattern=" INV/YYYY/### ", credit_note_pattern="CR/YYYY/###", payment_terms_days=0,
    payment_details="Bank: First Bank\nAccount 1234 5678", receipts_at_close=True,
    superbills=True, licence="LPC 12345 (Oregon)", npi="1234567893", tax_id="12-3456789",
    service_codes=(ServiceCodeSetting(Modality.IN_PERSON, "90834", "11"),
                   ServiceCodeSetting(Modality.VIDEO, "90834", "10")))


def test_a_new_practice_has_superbills_off_and_the_usual_patterns(vault: Vault) -> None:
    settings = read_paper_settings(vault)
    assert settings == PaperSettings()
    assert not settings.superbills
    assert settings.service_code(Modality.PHONE) == ServiceCodeSetting(Modality.PHONE)


def test_the_settings_are_kept_tidied_and_read_back(vault: Vault) -> None:
    saved = update_paper_settings(vault, US_STYLE)
    assert saved.invoice_pattern == "INV/YYYY/###"
    read = read_paper_settings(vault)
    assert read == saved
    assert read.service_code(Modality.IN_PERSON) == ServiceCodeSetting(
        Modality.IN_PERSON, "90834", "11")
    assert read.service_code(Modality.PHONE) == ServiceCodeSetting(Modality.PHONE)
    assert read.payment_details == "Bank: First Bank\nAccount 1234 5678"


def test_turning_superbills_off_keeps_what_was_filled_in(vault: Vault) -> None:
    update_paper_settings(vault, US_STYLE)
    update_paper_settings(vault, replace(US_STYLE, superbills=False))
    read = read_paper_settings(vault)
    assert not read.superbills
    assert read.npi == "1234567893"
    assert read.service_code(Modality.VIDEO).code == "90834"


def test_each_change_is_in_the_audit_trail(vault: Vault) -> None:
    update_paper_settings(vault, US_STYLE)
    update_paper_settings(vault, replace(US_STYLE, service_codes=(
        ServiceCodeSetting(Modality.IN_PERSON, "90837", "11"),)))
    with vault.unit_of_work() as session:
        events = session.query(AuditEvent).filter(
            AuditEvent.entity.in_(["practice", "service_code"])).all()
        rows = {row.modality: row.code for row in session.query(ServiceCode)}
    practice = [e for e in events if e.entity == "practice" and '"npi":"1234567893"' in e.after]
    codes = [e for e in events if e.entity == "service_code"]
    assert practice
    assert any('"code":"90837"' in e.after for e in codes)
    assert rows[Modality.IN_PERSON] == "90837"
    assert rows[Modality.VIDEO] == ""  # left out of the change: emptied


@pytest.mark.parametrize(("change", "field"), [
    ({"invoice_pattern": "INV-####"}, "invoice_pattern"),
    ({"credit_note_pattern": "YYYY"}, "credit_note_pattern"),
    ({"invoice_pattern": "YYYY-####", "credit_note_pattern": "YYYY-#####"},
     "credit_note_pattern"),  # both would print 2026-10000
    ({"payment_terms_days": -1}, "payment_terms_days"),
    ({"payment_terms_days": 366}, "payment_terms_days"),
    ({"npi": "1" * 21}, "npi"),
    ({"licence": "LPC\n12"}, "licence"),
    ({"service_codes": (ServiceCodeSetting(Modality.PHONE, "90834", "99999"),)}, "place.phone"),
])
def test_a_value_the_vault_will_not_take_names_its_field_and_nothing_is_written(
        vault: Vault, change: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        update_paper_settings(vault, replace(US_STYLE, **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert field.split(".")[0] in PAPER_FIELDS or field in PAPER_FIELDS
    assert read_paper_settings(vault) == PaperSettings()


def test_the_next_numbers_follow_those_taken_in_the_year(vault: Vault) -> None:
    with vault.unit_of_work() as session:
        take_number(session, InvoiceKind.INVOICE, 2026)
        take_number(session, InvoiceKind.INVOICE, 2026)
    assert next_sequences(vault, 2026) == {InvoiceKind.INVOICE: 3, InvoiceKind.CREDIT_NOTE: 1}
    assert next_sequences(vault, 2027) == {InvoiceKind.INVOICE: 1, InvoiceKind.CREDIT_NOTE: 1}
