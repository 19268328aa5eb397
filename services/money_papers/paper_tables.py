"""The tables receipts and statements print their figures in, how they write money, and
how they are built.

Every cell is a paragraph made by `text_paragraph`, so a client's name in a cell is text;
amounts sit flush right in their columns. The canvas starts in DejaVu Sans, so a page names
no font it does not embed (reportlab would otherwise name Helvetica).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Table, TableStyle

from models.enums import Language
from services.papers.letter_templates import money
from services.papers.pdf_page import BOLD, FONT, SMALL, style, text_paragraph


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


def figures_table(rows: list[list[str]], widths: list[float], *, right_from: int,
                  header: bool = False, total: bool = False) -> Table:
    """A table of words and amounts: columns from `right_from` on are flush right; with
    `header` the first row is bold, underlined and repeated on every page; with `total`
    the last row is bold below a line."""
    last = len(rows) - 1
    cells: list[list[Any]] = [
        [text_paragraph(text, _style((header and n == 0) or (total and n == last),
                                     column >= right_from))
         for column, text in enumerate(row)] for n, row in enumerate(rows)]
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        # Paragraph cells carry their own font; this keeps Helvetica out of the PDF.
        ("FONT", (0, 0), (-1, -1), FONT, SMALL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black))
    table.setStyle(TableStyle(commands))
    return table


class _EmbeddedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no types
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = FONT
        super().__init__(*args, **kwargs)


def build(doc: BaseDocTemplate, story: list[Flowable]) -> None:
    """Lay out the story on a canvas that starts in the embedded font."""
    doc.build(story, canvasmaker=_EmbeddedCanvas)
