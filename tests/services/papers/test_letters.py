"""Letters to clients: every kind in both languages, kept in the vault with its traces."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import AuditEvent, ContactLogEntry, Letter
from models.enums import (
    AppointmentStatus,
    ContactChannel,
    ContactOutcome,
    Language,
    LetterKind,
    WaiverReason,
)
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client, read_client
from services.errors import InvalidValue, Refused, StillroomError
from services.money.ledger import balance
from services.money.missed_session_fees import charge_fee, waive_uncharged_fee
from services.papers.letter_layout import render_letter
from services.papers.letters import (
    TerminationReason,
    client_letter_kinds,
    despite_do_not_contact,
    draft_letter,
    keep_letter,
    letter_file_name,
    letter_pdf,
    letters_of,
    with_body,
)
from services.practice.practice_settings import update_settings
from services.vault.practice_vault import Vault
from tests.hostile_text import HOSTILE

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
ZOE_ADDRESS = "Flat 3, 14 Rue des Lilas\n75011 Paris\nFrance"
ANNA_ADDRESS = "ул. Садовая, д. 5, кв. 12\nг. Санкт-Петербург\n191023"


@dataclass(frozen=True)
class Practice:
    vault: Vault
    zoe: int
    anna: int


def _history(vault: Vault, client_id: int, hour: int) -> None:
    at = NOW.replace(hour=hour)
    attended = book(vault, client_id, at - timedelta(days=14))[0]
    set_status(vault, attended, AppointmentStatus.ATTENDED)
    no_show = book(vault, client_id, at - timedelta(days=7))[0]
    set_status(vault, no_show, AppointmentStatus.NO_SHOW)
    charge_fee(vault, no_show, 6500)
    missed = book(vault, client_id, at - timedelta(days=3))[0]
    set_status(vault, missed, AppointmentStatus.MISSED_BY_THERAPIST)


@pytest.fixture
def practice(vault: Vault) -> Practice:
    update_settings(vault, credentials="MBACP", address="12 Willow Lane\nOxford OX1 2AB",
                    phone="+44 1865 000000", email="ada@example.org", session_fee=6500)
    zoe = create_client(vault, ClientDraft(full_name="Zoë Łódź-Ñandú", preferred_name="Zoë",
                                           address=ZOE_ADDRESS))
    anna = create_client(vault, ClientDraft(full_name="Анна Сергеевна Кузнецова",
                                            address=ANNA_ADDRESS))
    _history(vault, zoe, 10)
    _history(vault, anna, 14)
    return Practice(vault, zoe, anna)


def every_letter() -> list[tuple[LetterKind, TerminationReason | None]]:
    return [(kind, reason) for kind in client_letter_kinds()
            for reason in (TerminationReason if kind is LetterKind.TERMINATION else [None])]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_client_kinds_leave_out_day_and_recovery_sheets() -> None:
    kinds = client_letter_kinds()
    assert LetterKind.DAY_SHEET not in kinds and LetterKind.RECOVERY_SHEET not in kinds
    assert len(kinds) == 5


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(("kind", "reason"), every_letter())
def test_each_letter_holds_the_name_and_address_and_embeds_its_font(
    practice: Practice, kind: LetterKind, reason: TerminationReason | None,
    language: Language, tmp_path: Path,
) -> None:
    for client_id, name, address in ((practice.zoe, "Zoë Łódź-Ñandú", ZOE_ADDRESS),
                                     (practice.anna, "Анна Сергеевна Кузнецова", ANNA_ADDRESS)):
        draft = draft_letter(practice.vault, kind, client_id, language=language, reason=reason,
                             now=NOW)
        pdf = render_letter(draft)
        text = pdf_text(pdf)
        assert name in text
        for line in address.splitlines():
            assert line in text
        assert "{" not in draft.body and "{" not in draft.subject
        assert len(pdf) < 60 * 1024
    reader = PdfReader(io.BytesIO(pdf))
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)
    if shutil.which("qpdf"):
        path = tmp_path / "letter.pdf"
        path.write_bytes(pdf)
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_the_letter_is_in_its_language_with_the_date_written_out(practice: Practice) -> None:
    english = draft_letter(practice.vault, LetterKind.CHECK_IN, practice.zoe,
                           language=Language.ENGLISH, now=NOW)
    russian = draft_letter(practice.vault, LetterKind.CHECK_IN, practice.zoe,
                           language=Language.RUSSIAN, now=NOW)
    assert english.layout.date_text == "22\u00a0November 2026"
    assert russian.layout.date_text == "22\u00a0ноября 2026\u00a0г."
    assert "Вы" in russian.body and "Вы" not in english.body


def test_the_language_defaults_to_the_practice_s(practice: Practice) -> None:
    update_settings(practice.vault, language=Language.RUSSIAN)
    draft = draft_letter(practice.vault, LetterKind.CHECK_IN, practice.anna, now=NOW)
    assert draft.language is Language.RUSSIAN


def test_a_missed_session_letter_names_the_fee_charged(practice: Practice) -> None:
    draft = draft_letter(practice.vault, LetterKind.MISSED_SESSION, practice.zoe,
                         language=Language.ENGLISH, now=NOW)
    assert "a fee of £65.00 has been added" in draft.body
    assert "15\u00a0November 2026" in draft.subject
    russian = draft_letter(practice.vault, LetterKind.MISSED_SESSION, practice.anna,
                           language=Language.RUSSIAN, now=NOW)
    assert "65,00\u00a0£" in russian.body


def test_an_apology_says_there_is_no_charge_and_is_about_the_missed_session(
    practice: Practice,
) -> None:
    draft = draft_letter(practice.vault, LetterKind.APOLOGY, practice.zoe,
                         language=Language.ENGLISH, now=NOW)
    assert "no charge for the missed session" in draft.body
    assert "19\u00a0November 2026" in draft.body


def test_the_attendance_agreement_carries_the_policy_and_a_q_and_a(practice: Practice) -> None:
    update_settings(practice.vault, cancel_window_hours=48, late_cancel_fee_rule="percent",
                    late_cancel_fee_value=50)
    draft = draft_letter(practice.vault, LetterKind.ATTENDANCE_AGREEMENT, practice.zoe,
                         language=Language.ENGLISH, now=NOW)
    assert "at least 48 hours" in draft.body
    assert "50% of the session fee (£32.50)" in draft.body
    assert len(draft.layout.handout) >= 5 and draft.layout.sign_lines
    text = pdf_text(render_letter(draft))
    assert "Questions and answers" in text and "by phone or by video call" in text


def test_a_letter_needs_a_reason_and_a_session_to_be_about(
    practice: Practice, vault: Vault,
) -> None:
    with pytest.raises(InvalidValue) as error:
        draft_letter(vault, LetterKind.TERMINATION, practice.zoe)
    assert error.value.field == "reason"
    fresh = create_client(vault, ClientDraft(full_name="New Person", address="1 Road\nTown"))
    for kind in (LetterKind.MISSED_SESSION, LetterKind.APOLOGY):
        with pytest.raises(Refused) as refused:
            draft_letter(vault, kind, fresh)
        assert refused.value.field == "appointment"
    with pytest.raises(StillroomError) as error:
        draft_letter(vault, LetterKind.DAY_SHEET, practice.zoe)
    assert error.value.field == "kind"


def test_a_session_that_was_not_missed_cannot_be_the_subject(practice: Practice) -> None:
    attended = book(practice.vault, practice.zoe, NOW - timedelta(days=30))[0]
    set_status(practice.vault, attended, AppointmentStatus.ATTENDED)
    with pytest.raises(InvalidValue) as error:
        draft_letter(practice.vault, LetterKind.MISSED_SESSION, practice.zoe,
                     appointment_id=attended)
    assert error.value.field == "appointment"


def test_keeping_a_letter_writes_the_row_the_log_the_chart_and_the_audit(
    practice: Practice,
) -> None:
    vault = practice.vault
    draft = draft_letter(vault, LetterKind.TERMINATION, practice.zoe, language=Language.RUSSIAN,
                         reason=TerminationReason.COMPLETED, now=NOW)
    pdf = render_letter(draft)
    kept = keep_letter(vault, draft, pdf, now=NOW)
    assert not kept.edited and len(kept.sha256) == 64
    with vault.unit_of_work() as session:
        letter = session.get_one(Letter, kept.id)
        assert (letter.client_id, letter.kind, letter.language) == (
            practice.zoe, LetterKind.TERMINATION, Language.RUSSIAN)
        assert letter.edited_text == ""
        log = session.scalars(select(ContactLogEntry).where(
            ContactLogEntry.channel == ContactChannel.LETTER)).one()
        assert (log.client_id, log.outcome, log.reason_code, log.reason) == (
            practice.zoe, ContactOutcome.SENT, "letter:termination", "")  # read in any language
        audited = set(session.scalars(select(AuditEvent.entity).where(
            AuditEvent.at >= NOW - timedelta(days=1))))
    assert {"letter", "contact_log_entry", "client"} <= audited
    chart = read_client(vault, practice.zoe).draft.chart_notes
    assert "2026-11-22 — Letter" in chart
    assert "Ending letter (Therapy completed), in Russian" in chart
    assert kept.sha256[:12] in chart and kept.sha256[:13] not in chart
    assert letter_pdf(vault, kept.id) == pdf


def test_an_edited_letter_keeps_the_edit(practice: Practice) -> None:
    draft = draft_letter(practice.vault, LetterKind.CHECK_IN, practice.zoe,
                         language=Language.ENGLISH, now=NOW)
    edited = with_body(draft, draft.body + "\n\nP.S. I have moved to a new room upstairs.")
    assert edited.edited and not draft.edited
    pdf = render_letter(edited)
    assert "new room upstairs" in pdf_text(pdf)
    kept = keep_letter(practice.vault, edited, pdf)
    assert kept.edited
    with practice.vault.unit_of_work() as session:
        assert session.get_one(Letter, kept.id).edited_text == edited.body


@pytest.mark.parametrize("body", ["", "   \n\n  ", "x" * 20_001])
def test_an_empty_or_absurd_body_is_refused(practice: Practice, body: str) -> None:
    draft = draft_letter(practice.vault, LetterKind.CHECK_IN, practice.zoe, now=NOW)
    with pytest.raises(InvalidValue) as error:
        with_body(draft, body)
    assert error.value.field == "body"


def test_the_client_s_letters_come_newest_first_and_open_again_byte_for_byte(
    practice: Practice,
) -> None:
    made = []
    for day, kind in enumerate((LetterKind.CHECK_IN, LetterKind.APOLOGY)):
        draft = draft_letter(practice.vault, kind, practice.zoe, now=NOW)
        pdf = render_letter(draft)
        made.append((keep_letter(practice.vault, draft, pdf, now=NOW + timedelta(days=day)), pdf))
    listed = letters_of(practice.vault, practice.zoe)
    assert [k.kind for k in listed] == [LetterKind.APOLOGY, LetterKind.CHECK_IN]
    for kept, pdf in made:
        assert letter_pdf(practice.vault, kept.id) == pdf
    assert letters_of(practice.vault, practice.anna) == []


def test_a_draft_renders_the_same_bytes_twice(practice: Practice) -> None:
    draft = draft_letter(practice.vault, LetterKind.TERMINATION, practice.anna,
                         reason=TerminationReason.NO_CONTACT, now=NOW)
    assert render_letter(draft) == render_letter(draft)


def _no_show(vault: Vault, client_id: int, days_ago: int = 2) -> int:
    no_show = book(vault, client_id, NOW - timedelta(days=days_ago))[0]
    set_status(vault, no_show, AppointmentStatus.NO_SHOW)
    return no_show


def test_a_missed_session_letter_never_waives_a_fee_nobody_decided(practice: Practice) -> None:
    vault = practice.vault
    no_show = _no_show(vault, practice.zoe)
    with pytest.raises(Refused) as refused:
        draft_letter(vault, LetterKind.MISSED_SESSION, practice.zoe, appointment_id=no_show,
                     now=NOW)
    assert refused.value.field == "fee" and "not decided" in str(refused.value)
    waive_uncharged_fee(vault, no_show, 6500, WaiverReason.ILLNESS)
    for language, words in ((Language.ENGLISH, "no charge for the missed session"),
                            (Language.RUSSIAN, "плата за пропущенную сессию не взимается")):
        draft = draft_letter(vault, LetterKind.MISSED_SESSION, practice.zoe, language=language,
                             appointment_id=no_show, now=NOW)
        assert words in draft.body
    assert balance(vault, practice.zoe) == 6500  # the earlier no-show's fee only


def test_a_fee_charged_is_stated_as_charged_and_a_policy_without_fees_asks_nothing(
        practice: Practice) -> None:
    vault = practice.vault
    no_show = _no_show(vault, practice.zoe)
    charge_fee(vault, no_show, 4000)
    draft = draft_letter(vault, LetterKind.MISSED_SESSION, practice.zoe,
                         appointment_id=no_show, language=Language.ENGLISH, now=NOW)
    assert "a fee of £40.00 has been added" in draft.body and "no charge" not in draft.body
    free = _no_show(vault, practice.anna, days_ago=1)
    update_settings(vault, no_show_fee_rule="none")
    draft = draft_letter(vault, LetterKind.MISSED_SESSION, practice.anna,
                         appointment_id=free, language=Language.ENGLISH, now=NOW)
    assert "no charge" not in draft.body and "fee of" not in draft.body


def test_an_apology_claims_a_change_only_when_one_was_made(practice: Practice) -> None:
    for language, words in ((Language.ENGLISH, "changed the way I keep my diary"),
                            (Language.RUSSIAN, "веду своё расписание иначе")):
        plain = draft_letter(practice.vault, LetterKind.APOLOGY, practice.zoe,
                             language=language, now=NOW)
        changed = draft_letter(practice.vault, LetterKind.APOLOGY, practice.zoe,
                               language=language, prevention=True, now=NOW)
        assert words not in plain.body and words in changed.body
        assert "{" not in plain.body


def test_the_greeting_uses_the_preferred_or_the_first_name(
        practice: Practice, vault: Vault) -> None:
    jack = create_client(vault, ClientDraft(full_name="Jack Carter", address="1 Road\nTown"))
    tanya = create_client(vault, ClientDraft(full_name="Татьяна Смирнова", address="Тверь"))
    assert draft_letter(vault, LetterKind.CHECK_IN, jack, language=Language.ENGLISH,
                        now=NOW).layout.greeting == "Dear Jack,"
    assert draft_letter(vault, LetterKind.CHECK_IN, tanya, language=Language.RUSSIAN,
                        now=NOW).layout.greeting == "Здравствуйте, Татьяна!"
    assert draft_letter(vault, LetterKind.CHECK_IN, practice.zoe, language=Language.ENGLISH,
                        now=NOW).layout.greeting == "Dear Zoë,"


# How a closing line begins; the letter's own closing is one ("With warm regards,").
SIGN_OFFS = ("with warm regards", "with my best wishes", "best wishes", "kind regards", "yours",
             "с уважением", "всего вам доброго", "всего доброго", "искренне")


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize(("kind", "reason"), every_letter())
def test_every_letter_signs_off_once(practice: Practice, language: Language, kind: LetterKind,
                                     reason: TerminationReason | None) -> None:
    draft = draft_letter(practice.vault, kind, practice.zoe, language=language, reason=reason,
                         now=NOW)
    last = draft.body.split("\n\n")[-1].lower()
    assert not last.startswith(SIGN_OFFS), last
    assert draft.layout.closing.lower().startswith(SIGN_OFFS)


def test_a_letter_without_a_postal_address_is_for_email(vault: Vault) -> None:
    update_settings(vault, session_fee=6500)
    harry = create_client(vault, ClientDraft(full_name="Harry Nowhere"))
    draft = draft_letter(vault, LetterKind.CHECK_IN, harry, language=Language.ENGLISH, now=NOW)
    assert draft.layout.recipient == ()
    text = pdf_text(render_letter(draft))
    assert "Dear Harry," in text and "Harry Nowhere\n" not in text
    assert text.index("22 November 2026") < text.index("Dear Harry")


def test_a_client_who_asked_for_no_letters_gets_one_only_with_a_reason_kept_in_the_chart(
        practice: Practice, vault: Vault) -> None:
    quiet = create_client(vault, ClientDraft(full_name="Quiet Person", address="1 Road\nTown",
                                             do_not_contact=True))
    draft = draft_letter(vault, LetterKind.CHECK_IN, quiet, language=Language.ENGLISH, now=NOW)
    assert draft.do_not_contact
    pdf = render_letter(draft)
    with pytest.raises(Refused) as refused:
        keep_letter(vault, draft, pdf, now=NOW)
    assert refused.value.field == "despite"
    with pytest.raises(InvalidValue):
        despite_do_not_contact(draft, "   ")
    assert letters_of(vault, quiet) == []
    allowed = despite_do_not_contact(draft, "They asked for a receipt by post")
    keep_letter(vault, allowed, pdf, now=NOW)
    chart = read_client(vault, quiet).draft.chart_notes
    assert "2026-11-22 — Letter" in chart
    assert "asked for no calls, messages or letters, because: They asked for a receipt" in chart


def test_a_russian_date_ending_a_sentence_has_one_full_stop(practice: Practice) -> None:
    draft = draft_letter(practice.vault, LetterKind.TERMINATION, practice.anna,
                         language=Language.RUSSIAN, reason=TerminationReason.NO_CONTACT, now=NOW)
    assert "6\u00a0декабря 2026\u00a0г. Новых" in draft.body and "г.." not in draft.body
    assert draft.closes_on == (NOW + timedelta(days=14)).date()


@pytest.mark.parametrize("name", HOSTILE)
def test_the_file_name_offered_is_one_file_whatever_the_name(practice: Practice,
                                                             name: str) -> None:
    draft = draft_letter(practice.vault, LetterKind.CHECK_IN, practice.zoe, now=NOW)
    offered = letter_file_name(replace(draft, client_name=name), NOW.date())
    assert offered.endswith(" – 2026-11-22.pdf") and offered.startswith("Check-in letter – ")
    assert not set(offered) & set('/\\:*?"<>|') and all(ord(c) >= 0x20 for c in offered)
    assert Path(offered).name == offered
