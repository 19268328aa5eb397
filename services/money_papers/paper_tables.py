"""The tables receipts and statements print their figures in, how they write money, and
how they are built.

A cell that fits on one line is drawn as a plain string (the canvas reads no markup), any
other as a paragraph made by `text_paragraph`, which wraps it: either way a client's name in a
cell is text. Paragraphs cost a receipt most of its time, and most cells are a date or an
amount. Amounts sit flush right in their columns. The canvas starts in DejaVu Sans, so a page names
no font it does not embed (reportlab would otherwise name Helvetica).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Table, TableStyle

from models.enums import Language
from services.papers.letter_templates import money
from services.papers.pdf_page import BOLD, FONT, SMALL, printable, style, text_paragraph

PADDING = 3  # points either side of a cell's text


def amount_text(minor: int, currency: str, language: Language) -> str:
    """An amount as the papers write it, a negative one with its minus sign in front."""
    written = money(abs(minor), currency, language)
    return f"−{written}" if minor < 0 else written


@cache
def _style(bold: bool, right: bool) -> ParagraphStyle:
    small = style("small")
    return ParagraphStyle(f"cell_{bold}_{right}", parent=small,
                          fontName=BOLD if bold else small.fontName,
                          alignment=TA_RIGHT if right else small.alignment)


def _cell(text: str, bold: bool, right: bool, width: float) -> Any:
    """The text as a plain string when it fits its column on one line, else a paragraph."""
    line = printable(text)
    font = BOLD if bold else FONT
    if len(text.splitlines()) <= 1 and stringWidth(line, font, SMALL) <= width - 2 * PADDING:
        return line
    return text_paragraph(text, _style(bold, right))


def figures_table(rows: list[list[str]], widths: list[float], *, right_from: int,
                  header: bool = False, total: bool = False) -> Table:
    """A table of words and amounts: columns from `right_from` on are flush right; with
    `header` the first row is bold, underlined and repeated on every page; with `total`
    the last row is bold below a line."""
    last = len(rows) - 1
    cells: list[list[Any]] = [
        [_cell(text, (header and n == 0) or (total and n == last), column >= right_from,
               widths[column])
         for column, text in enumerate(row)] for n, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    leading = style("small").leading
    commands: list[tuple[Any, ...]] = [
        # Strings are drawn in this font; paragraph cells carry their own (so no Helvetica).
        ("FONT", (0, 0), (-1, -1), FONT, SMALL, leading), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands += [("FONT", (0, 0), (-1, 0), BOLD, SMALL, leading),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    if total:
        commands += [("FONT", (0, -1), (-1, -1), BOLD, SMALL, leading),
                     ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]
    table.setStyle(TableStyle(commands))
    return table


class _EmbeddedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)


def build(doc: BaseDocTemplate, story: list[Flowable]) -> None:
    """Lay out the story on a canvas that starts in the embedded font."""
    doc.build(story, canvasmaker=_EmbeddedCanvas)
