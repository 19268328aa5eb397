"""Superbills: refused unless the practice makes them; each attended or charged session of the
period with its code, place, diagnosis letters and money; totals equal to the ledger; kept
beside the letters; in English and Russian with the font embedded; typed text stays text."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from models.enums import (
    AppointmentStatus,
    Language,
    LedgerKind,
    LetterKind,
    Modality,
    WaiverReason,
)
from models.enums import PaymentMethod as Method
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client, read_client, update_client
from services.errors import InvalidValue, Refused
from services.money.ledger import lines, record
from services.money.missed_session_fees import charge_fee
from services.money_papers.paper_settings import (
    PaperSettings,
    ServiceCodeSetting,
    update_paper_settings,
)
from services.money_papers.superbill_layout import render_superbill
from services.money_papers.superbills import read_superbill, superbill
from services.papers.letters import letters_of
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.hostile_text import STORABLE, assert_printed_as_text
from tests.services.notes.note_book import MONDAY, client_with_sessions

FIRST, LAST = date(2026, 3, 1), date(2026, 3, 20)
US = PaperSettings(superbills=True, licence="LPC 12345", npi="1234567893", tax_id="",
                   service_codes=(ServiceCodeSetting(Modality.IN_PERSON, "90834", "11"),
                                  ServiceCodeSetting(Modality.VIDEO, "90834-95", "10")))
NOON = timedelta(hours=2)


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def claimant(vault: Vault) -> tuple[int, list[int]]:
    """A client of a US-style practice: four weekly sessions from 2 March, three in the period:
    attended in person (paid in full), a no-show (its fee charged), attended by video (part
    paid); and a payment on account in the period."""
    update_paper_settings(vault, US)
    update_settings(vault, session_fee=15000, first_missed_forgiven=False)
    client = create_client(vault, ClientDraft(
        full_name="Noor Haddad", date_of_birth=date(1990, 4, 12), diagnosis_codes="F41.1 F32.0",
        address="1 Home St", billing_address="PO Box 7\nPortland OR"))
    sessions = [book(vault, client, MONDAY + timedelta(weeks=n), allow_conflicts=True,
                     modality=Modality.VIDEO if n == 2 else Modality.IN_PERSON)[0]
                for n in range(4)]
    for appointment, status in zip(sessions, (AppointmentStatus.ATTENDED,
                                              AppointmentStatus.NO_SHOW,
                                              AppointmentStatus.ATTENDED,
                                              AppointmentStatus.ATTENDED), strict=True):
        set_status(vault, appointment, status, charge=True)
    charge_fee(vault, sessions[1], 15000)
    charged = {line.appointment_id: line.amount for line in lines(vault, client)}
    record(vault, client, LedgerKind.PAYMENT, charged[sessions[0]], method=Method.CARD,
           appointment_id=sessions[0], day=FIRST + timedelta(days=1))
    record(vault, client, LedgerKind.PAYMENT, 1000, method=Method.CASH,
           appointment_id=sessions[2], day=FIRST + timedelta(days=15))
    for amount, day in ((500, FIRST + timedelta(days=3)), (700, LAST + timedelta(days=3))):
        record(vault, client, LedgerKind.PAYMENT, amount, method=Method.CASH, day=day)
    return client, sessions


def test_a_practice_with_superbills_off_is_refused(vault: Vault) -> None:
    client = create_client(vault, ClientDraft(full_name="Noor Haddad"))
    with pytest.raises(Refused):
        read_superbill(vault, client, FIRST, LAST)
    with pytest.raises(Refused):
        superbill(vault, client, FIRST, LAST)
    assert letters_of(vault, client) == []


def test_a_period_that_ends_before_it_begins_is_refused(vault: Vault,
                                                        claimant: tuple[int, list[int]]) -> None:
    with pytest.raises(InvalidValue) as caught:
        read_superbill(vault, claimant[0], LAST, FIRST)
    assert caught.value.field == "from"


def test_each_session_of_the_period_has_its_code_place_letters_and_money(
        vault: Vault, claimant: tuple[int, list[int]]) -> None:
    client, sessions = claimant
    bill = read_superbill(vault, client, FIRST, LAST)
    assert [line.appointment_id for line in bill.lines] == sessions[:3]
    first, missed, video = bill.lines
    assert (first.service_code, first.place, first.pointers) == ("90834", "11", "A, B")
    assert (video.service_code, video.place) == ("90834-95", "10")
    assert (missed.charge_kind, missed.charged, missed.service_code) == (
        LedgerKind.NO_SHOW_FEE, 15000, "")
    assert first.paid == first.charged and video.paid == 1000
    assert bill.other_payments == 500  # the 700 paid after the period is not in it
    assert bill.client.diagnosis_codes == ("F41.1", "F32.0")
    assert bill.client.address == "PO Box 7\nPortland OR"
    assert bill.practice.npi == "1234567893" and bill.practice.tax_id == ""


def test_the_totals_equal_the_ledger(vault: Vault, claimant: tuple[int, list[int]]) -> None:
    client, _sessions = claimant
    bill = read_superbill(vault, client, FIRST, LAST)
    ids = {line.appointment_id for line in bill.lines}
    ledger = lines(vault, client)
    charged = sum(line.signed for line in ledger if line.appointment_id in ids
                  and line.kind not in (LedgerKind.PAYMENT, LedgerKind.REFUND))
    paid = -sum(line.signed for line in ledger
                if line.kind in (LedgerKind.PAYMENT, LedgerKind.REFUND)
                and (line.appointment_id in ids
                     or (line.appointment_id is None and FIRST <= line.day <= LAST)))
    assert (bill.charged, bill.paid, bill.balance) == (charged, paid, charged - paid)
    assert bill.charged > 0 and bill.balance != 0


def test_a_fee_waived_in_full_leaves_its_session_off(vault: Vault,
                                                     claimant: tuple[int, list[int]]) -> None:
    client, sessions = claimant
    record(vault, client, LedgerKind.WAIVER, 15000, appointment_id=sessions[1],
           waiver_reason=next(iter(WaiverReason)), day=FIRST + timedelta(days=9))
    bill = read_superbill(vault, client, FIRST, LAST)
    assert sessions[1] not in [line.appointment_id for line in bill.lines]


def test_only_what_is_filled_in_is_printed(vault: Vault, claimant: tuple[int, list[int]]) -> None:
    client, _sessions = claimant
    text = pdf_text(render_superbill(read_superbill(vault, client, FIRST, LAST)))
    for words in ("Superbill", "Noor Haddad", "12 April 1990", "F41.1", "F32.0", "NPI",
                  "1234567893", "LPC 12345", "90834", "PO Box 7", "Total charged",
                  "Balance due", "Signature", "Dr Ada Finch"):
        assert words in text, words
    assert "Tax ID" not in text
    update_client(vault, client, replace(read_client(vault, client).draft, date_of_birth=None,
                                         diagnosis_codes=""))
    update_paper_settings(vault, replace(US, npi="", licence=""))
    bare = pdf_text(render_superbill(read_superbill(vault, client, FIRST, LAST)))
    for words in ("NPI", "Licence", "Date of birth", "Diagnosis codes", "F41.1"):
        assert words not in bare, words


def test_made_kept_beside_the_letters_in_russian_with_the_font_embedded(
        vault: Vault, claimant: tuple[int, list[int]]) -> None:
    client, _sessions = claimant
    made = superbill(vault, client, FIRST, LAST, language=Language.RUSSIAN)
    text = pdf_text(made.pdf)
    for words in ("Документ для страховой компании", "Дата рождения", "12 апреля 1990",
                  "К оплате", "Подпись"):
        assert words in text, words
    kept = letters_of(vault, client)
    assert [(k.id, k.kind, k.reference, k.language) for k in kept] == [
        (made.letter_id, LetterKind.SUPERBILL, "2026-03-01 – 2026-03-20", Language.RUSSIAN)]
    for pdf in (made.pdf, render_superbill(read_superbill(vault, client, FIRST, LAST))):
        reader = PdfReader(io.BytesIO(pdf))
        fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
        assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)


@pytest.mark.parametrize("text", STORABLE, ids=range(len(STORABLE)))
def test_typed_text_is_printed_never_read_as_markup(
        vault: Vault, claimant: tuple[int, list[int]], text: str) -> None:
    client, _sessions = claimant
    baseline = render_superbill(read_superbill(vault, client, FIRST, LAST))
    update_client(vault, client, replace(read_client(vault, client).draft, full_name=text,
                                         payer_name=text, billing_address=text))
    update_paper_settings(vault, replace(US, licence=text[:100]))
    update_settings(vault, therapist_name=text)
    pdf = render_superbill(read_superbill(vault, client, FIRST, LAST))
    assert_printed_as_text(pdf, baseline, text, text[:100])


SESSION = st.tuples(st.sampled_from([AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW,
                                     AppointmentStatus.MISSED_BY_THERAPIST]),
                    st.integers(0, 20000),  # paid towards it
                    st.booleans())  # its fee waived
ON_ACCOUNT = st.lists(st.tuples(st.integers(1, 9000), st.integers(-5, 40)), max_size=3)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(SESSION, min_size=1, max_size=5), ON_ACCOUNT)
def test_for_any_history_the_totals_are_the_ledgers(
        vault: Vault, sessions: list[tuple[AppointmentStatus, int, bool]],
        on_account: list[tuple[int, int]]) -> None:
    update_paper_settings(vault, US)
    update_settings(vault, session_fee=15000)
    client, ids = client_with_sessions(vault, "Ann Lee", len(sessions))
    for appointment, (status, paid, waived) in zip(ids, sessions, strict=True):
        set_status(vault, appointment, status, charge=True)
        if status == AppointmentStatus.NO_SHOW:
            charge_fee(vault, appointment, 15000)
        if waived and status != AppointmentStatus.MISSED_BY_THERAPIST:
            record(vault, client, LedgerKind.WAIVER, 5000, appointment_id=appointment,
                   waiver_reason=next(iter(WaiverReason)), day=MONDAY.date())
        if paid:
            record(vault, client, LedgerKind.PAYMENT, paid, method=Method.CARD,
                   appointment_id=appointment, day=MONDAY.date())
    first, last = MONDAY.date(), MONDAY.date() + timedelta(weeks=len(sessions))
    for amount, offset in on_account:
        record(vault, client, LedgerKind.PAYMENT, amount, method=Method.CASH,
               day=first + timedelta(days=offset))
    bill = read_superbill(vault, client, first, last)
    ledger = lines(vault, client)
    charges = {i: sum(line.signed for line in ledger if line.appointment_id == i
                      and line.kind not in (LedgerKind.PAYMENT, LedgerKind.REFUND))
               for i in ids}
    attended = [i for i, s in zip(ids, sessions, strict=True)
                if s[0] == AppointmentStatus.ATTENDED]
    listed = [i for i in ids if i in attended or charges[i] > 0]
    assert [line.appointment_id for line in bill.lines] == listed
    assert bill.charged == sum(charges[i] for i in listed)
    paid = sum(line.amount for line in ledger if line.kind == LedgerKind.PAYMENT
               and (line.appointment_id in listed
                    or (line.appointment_id is None and first <= line.day <= last)))
    assert bill.paid == paid
    assert bill.balance == bill.charged - bill.paid
