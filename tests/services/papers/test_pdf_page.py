"""Every paper prints what a person typed as text, never as reportlab markup.

A client named `<img src="/etc/passwd"/>` must not embed a file from the disk, `<a href>`
must not make a live link, `</para>` must not stop the day sheet. Each paper the app makes is
rendered with the hostile texts of `tests/hostile_text.py` in every place a person's words
go, then read back with pypdf.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models.enums import (
    AppointmentStatus,
    Language,
    LedgerKind,
    LetterKind,
    PaperSize,
    PaymentMethod,
)
from services.calendar.appointments import book, set_status
from services.clients.client_records import ClientDraft, create_client
from services.day_close.day_review import (
    AcceptedProblem,
    AccountLine,
    DayReview,
    DayTotals,
    ProblemKind,
    Reopening,
    SessionLine,
)
from services.day_close.day_sheet import day_sheet_pdf
from services.day_close.month_report import Debt, MonthReport, month_report_pdf
from services.errors import InvalidValue
from services.papers.letter_layout import render_letter
from services.papers.letters import TerminationReason, client_letter_kinds, draft_letter
from services.papers.pdf_page import markup, one_line, printable
from services.papers.recovery_sheet import recovery_sheet_pdf
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from tests.hostile_text import (
    CONTROLS,
    HOSTILE,
    LONG_WORD,
    STORABLE,
    assert_printed_as_text,
)

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
DAY = date(2026, 3, 10)
CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"


# The shared page's rule -------------------------------------------------------------------

def test_markup_escapes_the_text_and_keeps_its_line_breaks() -> None:
    assert markup('<img src="/etc/passwd"/>') == '&lt;img src="/etc/passwd"/&gt;'
    assert markup("&amp; &#x41;") == "&amp;amp; &amp;#x41;"
    assert markup("Flat 3\r\n14 Lane\nOxford") == "Flat 3<br/>14 Lane<br/>Oxford"


def test_control_characters_are_dropped_but_a_tab_is_a_space() -> None:
    assert printable(f"a\tb{CONTROLS[:9]}\x7f\x85c\ud800") == "a bc"
    assert markup(f"Ctl{CONTROLS}end") == "Ctl <br/><br/><br/><br/><br/><br/><br/>end"
    assert one_line("Ann\u202eevil\u200f\nSmith\x00") == "Ann\u202eevil\u200f Smith"


def test_nothing_in_services_prints_words_but_through_the_shared_page() -> None:
    """`Paragraph(` and the canvas's string drawing appear only in pdf_page.py."""
    drawing = {"Paragraph", "drawString", "drawRightString", "drawCentredString"}
    found = []
    for path in sorted((ROOT / "services").rglob("*.py")):
        if path.name == "pdf_page.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if name in drawing:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert found == []


# The day sheet ----------------------------------------------------------------------------

def hostile_settings(vault: Vault, text: str) -> PracticeSettings:
    """The practice's own words (letterhead, address) hostile too."""
    return replace(read_settings(vault), practice_name=f"Room {text}", address=text,
                   letterhead="")


def review_of(text: str) -> DayReview:
    at = datetime(2026, 3, 10, 9, tzinfo=UTC)
    return DayReview(
        day=DAY,
        lines=(SessionLine(1, 1, text, at, 50, AppointmentStatus.ATTENDED, 8000, 8000,
                           (PaymentMethod.CARD,), 0, 0),),
        problems=(),
        totals=DayTotals({"attended": 1}, 8000, {"card": 8000}, 8000, 0, 1200, 0),
        closed_at=at,
        account_lines=(AccountLine(2, 1, text, LedgerKind.REFUND, 1200, PaymentMethod.CASH,
                                   None, text),),
        reopened=(Reopening(at, text),),
        accepted=(AcceptedProblem("still_scheduled:1", ProblemKind.STILL_SCHEDULED,
                                  f"note {text}", text),),
    )


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_the_day_sheet_prints_hostile_names_notes_and_reasons_as_text(
    vault: Vault, text: str,
) -> None:
    pdf = day_sheet_pdf(review_of(text), hostile_settings(vault, text))
    baseline = day_sheet_pdf(review_of("Ada Brook"), read_settings(vault))
    assert_printed_as_text(pdf, baseline, text, f"note {text}")


# The month report -------------------------------------------------------------------------

def report_of(*names: str) -> MonthReport:
    debts = tuple(Debt(n, name, 9000, {"0-30": 9000, "31-60": 0, "61-90": 0, "90+": 0})
                  for n, name in enumerate(names))
    return MonthReport(2026, 3, "GBP", {"attended": 4}, 4, 0, 36000, 27000, 0, debts)


def test_the_month_report_prints_every_hostile_name_as_text(vault: Vault) -> None:
    pdf = month_report_pdf(report_of(*HOSTILE), hostile_settings(vault, "</para>"))
    baseline = month_report_pdf(report_of("Ada Brook"), read_settings(vault))
    assert_printed_as_text(pdf, baseline, *HOSTILE, "Room </para>")


# Letters ----------------------------------------------------------------------------------

def every_letter() -> list[tuple[LetterKind, TerminationReason | None]]:
    return [(kind, reason) for kind in client_letter_kinds()
            for reason in (TerminationReason if kind is LetterKind.TERMINATION else [None])]


def hostile_client(vault: Vault, name: str) -> int:
    """A client with a hostile name and address, one no-show and one session I missed."""
    client = create_client(vault, ClientDraft(
        full_name=name, preferred_name=name, address=f"{name}\n{LONG_WORD}\n\t{name}",
        chart_notes=name))
    no_show = book(vault, client, NOW - timedelta(days=7), allow_conflicts=True)[0]
    set_status(vault, no_show, AppointmentStatus.NO_SHOW)
    missed = book(vault, client, NOW - timedelta(days=3), allow_conflicts=True)[0]
    set_status(vault, missed, AppointmentStatus.MISSED_BY_THERAPIST)
    return client


@pytest.mark.parametrize(("kind", "reason"), every_letter())
def test_every_letter_prints_a_hostile_name_and_address_as_text(
    vault: Vault, kind: LetterKind, reason: TerminationReason | None,
) -> None:
    ada = hostile_client(vault, "Ada Brook")
    baseline = render_letter(draft_letter(vault, kind, ada, reason=reason, now=NOW))
    for name in STORABLE:
        client = hostile_client(vault, name)
        for language in Language:
            draft = draft_letter(vault, kind, client, language=language, reason=reason,
                                 now=NOW)
            pdf = render_letter(draft)
            assert_printed_as_text(pdf, baseline, name, LONG_WORD)


def test_a_letter_survives_control_characters_the_vault_would_refuse(vault: Vault) -> None:
    """A draft is plain data: one made from an old file can hold anything."""
    client = hostile_client(vault, "Ada Brook")
    draft = draft_letter(vault, LetterKind.CHECK_IN, client, now=NOW)
    baseline = render_letter(draft)
    for text in HOSTILE:
        layout = replace(draft.layout, recipient=(text, text), greeting=text,
                         signature_name=text, running_head=text,
                         letterhead=replace(draft.layout.letterhead, lines=(text, text)))
        hostile = replace(draft, layout=layout, subject=text, body=f"{text}\n\n{text}")
        assert_printed_as_text(render_letter(hostile), baseline, text)


def test_the_vault_refuses_control_characters_in_a_name(vault: Vault) -> None:
    with pytest.raises(InvalidValue):
        create_client(vault, ClientDraft(full_name=f"Ctl{CONTROLS}end"))


# The recovery sheet -----------------------------------------------------------------------

@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_the_recovery_sheet_prints_a_hostile_practice_name_as_text(
    vault: Vault, text: str,
) -> None:
    settings = read_settings(vault)
    pdf = recovery_sheet_pdf(hostile_settings(vault, text), CODE, Language.ENGLISH,
                             made_on=DAY)
    baseline = recovery_sheet_pdf(settings, CODE, Language.ENGLISH, made_on=DAY)
    assert_printed_as_text(pdf, baseline, f"Room {text}", CODE)


def test_a_paper_names_only_the_fonts_it_embeds() -> None:
    """reportlab starts every page in Helvetica, which it never embeds; the shared page starts
    in DejaVu Sans, so no paper names a font a reader would have to find elsewhere."""
    import io

    from pypdf import PdfReader

    from services.papers.letterhead import Letterhead
    from services.papers.pdf_page import document, style, text_paragraph

    out = io.BytesIO()
    head = Letterhead.of("Quiet Room Practice", "Dr Ada Finch", "", "", "", "", "")
    document(out, PaperSize.A4, head, title="A page").build(
        [text_paragraph("Words.", style("body"))])
    fonts = set()
    for page in PdfReader(io.BytesIO(out.getvalue())).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in name for name in fonts)
