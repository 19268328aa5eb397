"""The page every Stillroom PDF is printed on: the bundled font, the paper, the letterhead.

Letters, day sheets and month reports share it, so they look like papers from one practice.
reportlab's built-in fonts have no Cyrillic; DejaVu Sans is embedded in every PDF instead.

Every word a paper prints goes through here: `text_paragraph` for the flowing text and
table cells, `draw_text` for the lines drawn on the canvas (letterhead, running head).
reportlab's `Paragraph` reads its text as markup (`<img src>` would embed a file from the
disk, `<a href>` make a live link, `</para>` break the page), and Stillroom's papers use no
markup of their own, so all of it is text: escaped, never interpreted. Their look comes from
the styles below, never from tags in the words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

import resources
from models.enums import PaperSize
from services.papers.letterhead import Letterhead

FONTS = resources.FOLDER / "fonts"
FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MM = 72 / 25.4  # points in a millimetre
MARGIN = 20 * MM
HEAD_GAP = 6 * MM
SMALL = 8.5
# Characters no font draws: control characters (C0 but the tab, DEL, C1) and halves of
# surrogate pairs. Line breaks are split off before this applies.
UNDRAWABLE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(line: str) -> str:
    """One line as it can be drawn: a tab is a space; other control characters are dropped
    (a font has no shape for them; on paper they would be an empty box or nothing)."""
    return UNDRAWABLE.sub("", line.replace("\t", " "))


def one_line(text: str) -> str:
    """Text for a single drawn line (the canvas reads no markup): its line breaks are
    spaces, its control characters dropped as `printable` says."""
    return " ".join(printable(line) for line in text.splitlines())


def markup(text: str) -> str:
    """Text as reportlab paragraph markup that prints it literally: each line `printable`
    and escaped (`&`, `<`, `>`), its line breaks kept (`<br/>`); every line break
    `str.splitlines` knows counts (CR, LF, VT, FF, FS, GS, RS, NEL, U+2028, U+2029)."""
    return "<br/>".join(escape(printable(line)) for line in text.splitlines())


def text_paragraph(text: str, paragraph_style: ParagraphStyle) -> Paragraph:
    """The one way a paper puts words on the page: `text` printed as it is, in that style.

    Whatever the text holds (a client's name, a note, an address, a template's words) is
    never read as markup. A word too long for its column is broken where it meets the edge.
    """
    return Paragraph(markup(text), paragraph_style)


def draw_text(canvas: Canvas, x: float, y: float, text: str, *, right: bool = False) -> None:
    """A line drawn straight on the canvas (letterhead, running head), from `x` or, with
    `right`, ending at it; in the canvas's font, as `one_line` makes it."""
    if right:
        canvas.drawRightString(x, y, one_line(text))
    else:
        canvas.drawString(x, y, one_line(text))


@cache
def register_fonts() -> None:
    """Registers DejaVu Sans with reportlab once per process."""
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def paper(size: PaperSize) -> tuple[float, float]:
    width, height = A4 if size is PaperSize.A4 else LETTER
    return float(width), float(height)


@cache
def style(name: str) -> ParagraphStyle:
    """The few paragraph styles the papers use: body, small, heading, subject."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=14.5, spaceAfter=7)
    styles = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=SMALL, leading=11, spaceAfter=2),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=13,
                                  leading=17, spaceAfter=8),
        "subject": ParagraphStyle("subject", parent=base, fontName=BOLD, spaceBefore=4,
                                  spaceAfter=10),
    }
    return styles[name]


Decorate = Callable[[Canvas, BaseDocTemplate], None]


def draw_letterhead(canvas: Canvas, head: Letterhead, width: float, height: float) -> float:
    """Draws the letterhead at the top right of a first page; returns the y below it."""
    y = height - MARGIN
    for number, line in enumerate(head.lines):
        font, size = (BOLD, 13.0) if number == 0 else (FONT, 9.0)
        y -= size + 2
        canvas.setFont(font, size)
        draw_text(canvas, width - MARGIN, y, line, right=True)
    y -= 4
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y, width - MARGIN, y)
    return y


def draw_running_head(canvas: Canvas, title: str, page_label: str, width: float,
                      height: float) -> None:
    """The small header and page number on every page after the first."""
    canvas.setFont(FONT, SMALL)
    draw_text(canvas, MARGIN, height - MARGIN + 4, title)
    draw_text(canvas, width - MARGIN, height - MARGIN + 4, page_label, right=True)
    canvas.setLineWidth(0.3)
    canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)


def first_page_top(head: Letterhead) -> float:
    """How far down from the top edge the first page's text may start."""
    drawn = sum((13.0 if n == 0 else 9.0) + 2 for n in range(len(head.lines)))
    return MARGIN + drawn + 4 + HEAD_GAP


def document(out: object, size: PaperSize, head: Letterhead, *, title: str,
             first_top: float | None = None, first_page: Decorate | None = None,
             later_page: Decorate | None = None) -> BaseDocTemplate:
    """A document with a letterhead on page one and a running head on the pages after.

    `first_top` lets a letter start its text lower (below the envelope window's address);
    `first_page` and `later_page` draw anything more (an address block, a page number).
    """
    register_fonts()
    width, height = paper(size)
    top = first_top if first_top is not None else first_page_top(head)
    first = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - top - MARGIN, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - HEAD_GAP,
                  id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_first(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_letterhead(canvas, head, width, height)
        if first_page is not None:
            first_page(canvas, doc)

    def on_later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if later_page is not None:
            later_page(canvas, doc)

    doc = BaseDocTemplate(out, pagesize=(width, height), title=one_line(title),
                          author=one_line(head.running_title),
                          creator="Stillroom", leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN, invariant=True)
    doc.initialFontName = FONT  # not reportlab's Helvetica: a page names no font it lacks
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=on_first, autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later], onPage=on_later),
    ])
    return doc


def headed_document(out: object, size: PaperSize, head: Letterhead, *, title: str,
                    page_word: str) -> tuple[BaseDocTemplate, float]:
    """`document` whose pages after the first are headed with `title` and "<page_word> 2",
    with the width between its margins: a paper that may run to several pages."""
    width, height = paper(size)

    def later(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_running_head(canvas, title, f"{page_word} {doc.page}", width, height)

    return document(out, size, head, title=title, later_page=later), width - 2 * MARGIN
