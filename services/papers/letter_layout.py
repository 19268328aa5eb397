"""The printed shape of a letter: letterhead, the address in the envelope's window, the body.

Everything a letter's PDF needs is in a `LetterLayout` (no vault, no database), so a letter
can be rendered on any thread. Rendering is deterministic: equal letters give equal bytes.
The address block is the first thing in the text's flow, placed where the envelope's window
is; an address too long for the window pushes the letter down rather than leave the page. A
letter without an address (sent by email) has no block and no window: it starts with the date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from io import BytesIO
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from models.enums import Envelope
from services.papers.letter_drafts import LetterDraft, LetterLayout
from services.papers.letterhead import Letterhead
from services.papers.pdf_page import (
    BOLD,
    FONT,
    MARGIN,
    MM,
    SMALL,
    document,
    draw_running_head,
    draw_text,
    one_line,
    paper,
    register_fonts,
    style,
    text_paragraph,
)

INCH = 72.0
# Room kept between the letterhead's rule and the top of the window.
ABOVE_WINDOW = 1.5 * MM
# After the window, before the date.
BELOW_WINDOW = 6 * MM
SIGNING_SPACE = 13 * MM
SIDE_LEADING = 11.0


@dataclass(frozen=True)
class Window:
    """An envelope's window, in points from the sheet's top left corner, and how far inside
    it the address starts (a letter moves a little in its envelope)."""

    left: float
    top: float
    width: float
    height: float
    inset_x: float
    inset_y: float

    @property
    def address_box(self) -> tuple[float, float, float, float]:
        """Where the address is printed: left, top, width, height (from the top left)."""
        return (self.left + self.inset_x, self.top + self.inset_y,
                self.width - 2 * self.inset_x, self.height - 2 * self.inset_y)


WINDOWS = {
    # DL and C5/6 with a left window: 20 mm in, 45 mm down, 85 × 45 mm.
    Envelope.DL: Window(20 * MM, 45 * MM, 85 * MM, 45 * MM, 5 * MM, 4 * MM),
    # US #10 with its left window: 7/8 in, 2 in down, 4½ × 1⅛ in.
    Envelope.US10: Window(0.875 * INCH, 2 * INCH, 4.5 * INCH, 1.125 * INCH,
                          0.125 * INCH, 0.08 * INCH),
}




def _style(name: str, parent: ParagraphStyle | None = None, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent or style("body"), **changes)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The letter's own paragraph styles, on top of the shared page's."""
    return {
        "address": _style("address", fontSize=10, leading=12.5, spaceAfter=0),
        "date": _style("date", alignment=TA_RIGHT, spaceAfter=10),
        "name": _style("name", fontName=BOLD, spaceAfter=0),
        "credentials": _style("credentials", fontSize=SMALL, leading=11, spaceAfter=0),
        "question": _style("question", fontName=BOLD, spaceBefore=6, spaceAfter=2,
                           keepWithNext=1),
    }


def paragraphs(body: str) -> list[str]:
    return [part.strip() for part in body.replace("\r\n", "\n").split("\n\n") if part.strip()]


def letterhead_fitting(head: Letterhead, window: Window) -> tuple[Letterhead, tuple[str, ...]]:
    """The letterhead lines that fit above the window, and those left for beside it."""
    room = window.top - ABOVE_WINDOW - MARGIN - 4
    used, count = 0.0, 0
    for number in range(len(head.lines)):
        used += (13.0 if number == 0 else 9.0) + 2
        if used > room:
            break
        count += 1
    count = max(count, 1)
    return replace(head, lines=head.lines[:count]), head.lines[count:]


def _beside_window(lines: tuple[str, ...], width: float, window: Window) -> list[str]:
    """Letterhead lines that did not fit above the window, wrapped to the column at its right."""
    column = width - MARGIN - (window.left + window.width + 5 * MM)
    return [part for line in lines for part in simpleSplit(one_line(line), FONT, SMALL, column)]


def numbered_canvas(title: str, page_words: str) -> type[Canvas]:
    """A canvas that, once it knows how many pages there are, heads every page after the
    first with the running title and "Page N of M"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not reportlab's Helvetica: a page must name no font it does not embed.
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            width, height = self._pagesize
            for state in self._pages:
                self.__dict__.update(state)
                page = self.getPageNumber()
                if page > 1:
                    label = page_words.format(page=page, pages=total)
                    draw_running_head(self, title, label, width, height)
                super().showPage()
            super().save()

    return NumberedCanvas


def _address(layout: LetterLayout, width: float, window: Window,
             beside: list[str]) -> list[Flowable]:
    left, _, box_width, box_height = window.address_box
    indent = left - MARGIN
    frame_width = width - 2 * MARGIN
    address_style = _style("address-in-window", parent=styles()["address"], leftIndent=indent,
                           rightIndent=frame_width - indent - box_width)
    address = text_paragraph("\n".join(layout.recipient), address_style)
    _, tall = address.wrap(frame_width, 10_000)
    beside_tall = len(beside) * SIDE_LEADING
    # The text below starts under the window, under the address, and under the side lines.
    below = max(box_height + window.inset_y + BELOW_WINDOW - tall,
                beside_tall - tall + BELOW_WINDOW, BELOW_WINDOW)
    return [address, Spacer(1, below)]


def _signature(layout: LetterLayout) -> list[Flowable]:
    parts: list[Flowable] = [text_paragraph(layout.closing, style("body")),
                             Spacer(1, SIGNING_SPACE),
                             HRFlowable(width=60 * MM, thickness=0.5, color="black",
                                        hAlign="LEFT", spaceAfter=3)]
    if layout.signature_name:
        parts.append(text_paragraph(layout.signature_name, styles()["name"]))
    if layout.signature_credentials:
        parts.append(text_paragraph(layout.signature_credentials, styles()["credentials"]))
    return [KeepTogether(parts)]


def _sign_lines(captions: tuple[str, ...], frame_width: float) -> list[Flowable]:
    if not captions:
        return []
    cells = [[text_paragraph(caption, styles()["credentials"]) for caption in captions]]
    column = frame_width / len(captions)
    table = Table(cells, colWidths=[column] * len(captions), rowHeights=None)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # not reportlab's Helvetica, never embedded
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, "black"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 12 * MM),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [KeepTogether([Spacer(1, 10 * MM), table])]


def _handout(layout: LetterLayout) -> list[Flowable]:
    if not layout.handout:
        return []
    parts: list[Flowable] = [PageBreak(),
                             text_paragraph(layout.handout_title, style("heading"))]
    for question, answer in layout.handout:
        parts += [CondPageBreak(40), text_paragraph(question, styles()["question"]),
                  text_paragraph(answer, style("body"))]
    return parts


def story(layout: LetterLayout, subject: str, body: str, width: float,
          beside: list[str]) -> list[Flowable]:
    """The letter's flow, from the address block to the Q&A handout."""
    parts = (_address(layout, width, WINDOWS[layout.envelope], beside) if layout.recipient
             else [])
    parts.append(text_paragraph(layout.date_text, styles()["date"]))
    if subject:
        parts.append(text_paragraph(subject, style("subject")))
    if layout.greeting:
        parts.append(text_paragraph(layout.greeting, style("body")))
    parts += [text_paragraph(text, style("body")) for text in paragraphs(body)]
    parts += _signature(layout)
    parts += _sign_lines(layout.sign_lines, width - 2 * MARGIN)
    parts += _handout(layout)
    return parts


def render(layout: LetterLayout, subject: str, body: str) -> bytes:
    """The letter as PDF bytes."""
    register_fonts()
    width, height = paper(layout.paper)
    window = WINDOWS[layout.envelope]
    if layout.recipient:
        head, rest = letterhead_fitting(layout.letterhead, window)
        beside = _beside_window(rest, width, window)
        address_top: float | None = window.address_box[1]
    else:
        head, beside, address_top = layout.letterhead, [], None

    def first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.setFont(FONT, SMALL)
        y = height - window.top - SMALL
        for line in beside:
            draw_text(canvas, width - MARGIN, y, line, right=True)
            y -= SIDE_LEADING

    out = BytesIO()
    doc = document(out, layout.paper, head, title=subject, first_top=address_top,
                   first_page=first_page)
    doc.build(story(layout, subject, body, width, beside),
              canvasmaker=numbered_canvas(layout.running_head, layout.page_words))
    return out.getvalue()


def render_letter(draft: LetterDraft) -> bytes:
    """The letter as PDF bytes. Pure: no vault, no database; safe on any thread."""
    return render(draft.layout, draft.subject, draft.body)
