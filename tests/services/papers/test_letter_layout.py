"""The letter's page: the address in the envelope's window, long letters flowing on, nothing
off the page, equal letters equal bytes."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.enums import Envelope, PaperSize
from services.papers.letter_layout import WINDOWS, LetterLayout, render
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import paper

HEAD = Letterhead.of("Quiet Room Practice", "Dr Ada Finch", "MBACP", "",
                     "12 Willow Lane\nOxford OX1 2AB", "+44 1865 000000", "ada@example.org")
LAYOUT = LetterLayout(
    paper=PaperSize.A4, envelope=Envelope.DL, letterhead=HEAD,
    recipient=("Zoë Łódź-Ñandú", "Flat 3, 14 Rue des Lilas", "75011 Paris"),
    date_text="22 November 2026", greeting="Dear Zoë,", closing="With warm regards,",
    signature_name="Dr Ada Finch", signature_credentials="MBACP",
    page_words="Page {page} of {pages}",
    running_head="Quiet Room Practice · Zoë Łódź-Ñandú",
)
BODY = "A first paragraph.\n\nA second one, with a line\nbroken by hand."


def placed_text(pdf: bytes) -> list[list[tuple[str, float, float]]]:
    """Each page's pieces of text with where they start, in points from the bottom left."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        pieces: list[tuple[str, float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object,
                  into: list[tuple[str, float, float]] = pieces) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                into.append((text.strip(), x, y))

        page.extract_text(visitor_text=visit)
        pages.append(pieces)
    return pages


def assert_on_the_page(pdf: bytes, size: PaperSize) -> None:
    """Every piece of text starts inside the margins' box (its line ends there too: the
    frame wraps it)."""
    width, height = paper(size)
    margin = 20 * 72 / 25.4
    for pieces in placed_text(pdf):
        for text, x, y in pieces:
            assert margin - 1 <= x < width - margin and margin - 1 <= y < height - 40, (text, x, y)


@pytest.mark.parametrize("size", list(PaperSize))
@pytest.mark.parametrize("envelope", list(Envelope))
def test_the_address_lies_inside_the_envelope_window(size: PaperSize, envelope: Envelope) -> None:
    layout = replace(LAYOUT, paper=size, envelope=envelope)
    pieces = placed_text(render(layout, "Subject", BODY))[0]
    _, height = paper(size)
    window = WINDOWS[envelope]
    for line in layout.recipient:
        [(_, x, y)] = [(t, x, y) for t, x, y in pieces if t == line]
        assert window.left < x < window.left + window.width / 2
        # The baseline sits inside the window, with the line's height above it still inside.
        assert window.top + 8 < height - y < window.top + window.height


def test_a_long_address_and_body_flow_to_more_pages_with_the_running_head() -> None:
    address = tuple(f"Address line {n} of a very long address indeed" for n in range(30))
    body = "\n\n".join(f"Paragraph {n}. " + "Words that go on and on. " * 30 for n in range(12))
    layout = replace(LAYOUT, recipient=("Zoë Łódź-Ñandú", *address))
    pdf = render(layout, "A long letter", body)
    pages = placed_text(pdf)
    assert len(pages) >= 3
    for number, pieces in enumerate(pages[1:], start=2):
        texts = [t for t, _, _ in pieces]
        assert f"Page {number} of {len(pages)}" in texts
        assert layout.running_head in texts
    first_texts = [t for t, _, _ in pages[0]]
    assert not any(t.startswith("Page ") for t in first_texts)
    everything = " ".join(t for page in pages for t, _, _ in page)
    assert "Address line 29 of a very long address indeed" in everything
    assert "Paragraph 11." in everything
    assert_on_the_page(pdf, PaperSize.A4)


def test_no_text_runs_past_the_right_margin() -> None:
    long_word = "Ñ" * 300
    pdf = render(replace(LAYOUT, recipient=("Zoë", long_word)), "Subject", long_word)
    width, _ = paper(PaperSize.A4)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert text.count("Ñ") >= 600
    assert_on_the_page(pdf, PaperSize.A4)


def test_equal_letters_are_equal_bytes_and_a_change_changes_them() -> None:
    first = render(LAYOUT, "Subject", BODY)
    assert render(LAYOUT, "Subject", BODY) == first
    assert render(LAYOUT, "Subject", BODY + " More.") != first


def test_the_font_is_embedded_and_qpdf_finds_nothing_wrong(tmp_path: Path) -> None:
    pdf = render(LAYOUT, "Subject", BODY)
    reader = PdfReader(io.BytesIO(pdf))
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed")
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    assert subprocess.run([qpdf, "--check", str(path)], capture_output=True).returncode == 0


def test_letterhead_lines_that_do_not_fit_above_the_window_go_beside_it() -> None:
    head = replace(HEAD, lines=(*HEAD.lines, "Line six", "Line seven", "Line eight"))
    pdf = render(replace(LAYOUT, letterhead=head), "Subject", BODY)
    pieces = placed_text(pdf)[0]
    _, height = paper(PaperSize.A4)
    window = WINDOWS[Envelope.DL]
    [(_, x, y)] = [p for p in pieces if p[0] == "Line eight"]
    assert x > window.left + window.width
    assert height - y > window.top
