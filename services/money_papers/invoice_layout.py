"""An invoice or a credit note on paper: the letterhead, the number, whom it is to, the charges.

Rendered from an `InvoicePaper` (plain data read in the issuing transaction), so it runs on
any thread and costs one reportlab page. The paper's own words are in `WORDS`, one table per
language; every word goes through `services/papers/pdf_page.py`, so a client's name or
address is printed as text, never read as markup.
"""

from __future__ import annotations

import io
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer, Table, TableStyle

from models.enums import InvoiceKind
from services.money.amounts import format_amount
from services.money_papers.invoice_paper import InvoicePaper, words_for
from services.papers.letter_dates import written_date
from services.papers.pdf_page import (
    BOLD,
    FONT,
    headed_document,
    style,
    text_paragraph,
)


@cache
def _small_right() -> ParagraphStyle:
    """The amounts' style, built once (a style per amount cost more than its words)."""
    return ParagraphStyle("small_right", parent=style("small"), alignment=TA_RIGHT)


def _right(text: str) -> Any:
    return text_paragraph(text, _small_right())


def _facts(paper_data: InvoicePaper, w: dict[str, str]) -> list[list[Any]]:
    def day(which: date) -> str:
        return written_date(which, paper_data.language)

    rows = [[w["issued"], day(paper_data.issued_on)]]
    if paper_data.kind is InvoiceKind.INVOICE:
        rows.append([w["due"], day(paper_data.due_on)])
    if paper_data.period_from != paper_data.period_to:
        rows.append([w["period"], f"{day(paper_data.period_from)} – {day(paper_data.period_to)}"])
    return [[text_paragraph(a, style("small")), text_paragraph(b, style("small"))]
            for a, b in rows]


def _lines_table(paper_data: InvoicePaper, w: dict[str, str], width: float) -> Table:
    def money(amount: int) -> str:
        return format_amount(amount, paper_data.currency)

    small = style("small")
    rows: list[list[Any]] = [[w["day"], w["what"], _right(w["amount"])]]
    rows += [[written_date(line.day, paper_data.language),
              text_paragraph(line.description, small), _right(money(line.amount))]
             for line in paper_data.lines]
    total_word = w["total"] if paper_data.kind is InvoiceKind.INVOICE else w["credited"]
    rows.append(["", total_word, _right(money(paper_data.total))])
    if paper_data.kind is InvoiceKind.INVOICE:
        rows.append(["", w["paid"], _right(money(paper_data.paid))])
        rows.append(["", w["left"], _right(money(max(paper_data.total - paper_data.paid, 0)))])
    table = Table(rows, colWidths=[width * 0.22, width * 0.58, width * 0.2], repeatRows=1)
    totals_from = len(paper_data.lines) + 1
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("FONT", (0, totals_from), (-1, totals_from), BOLD, 8.5),
        ("LINEABOVE", (0, totals_from), (-1, totals_from), 0.5, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def invoice_pdf(paper_data: InvoicePaper) -> bytes:
    """The invoice or credit note as a PDF, in its own language."""
    w = words_for(paper_data.language)
    title = paper_data.title
    out = io.BytesIO()
    doc, width = headed_document(out, paper_data.paper_size, paper_data.letterhead,
                                 title=title, page_word=w["page"])
    name, address = paper_data.bill_to
    story: list[Any] = [text_paragraph(title, style("heading"))]
    if paper_data.kind is InvoiceKind.CREDIT_NOTE:
        story.append(text_paragraph(w["voids"].format(number=paper_data.voids_number,
                                                      reason=paper_data.reason),
                                    style("subject")))
    facts = Table(_facts(paper_data, w), colWidths=[width * 0.22, width * 0.78])
    facts.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [facts, Spacer(1, 8), text_paragraph(w["bill_to"], style("subject")),
              text_paragraph("\n".join(part for part in (name, address) if part),
                             style("body")),
              Spacer(1, 6), _lines_table(paper_data, w, width)]
    if paper_data.kind is InvoiceKind.INVOICE and paper_data.payment_details.strip():
        story += [Spacer(1, 12), text_paragraph(w["pay_to"], style("subject")),
                  text_paragraph(paper_data.payment_details, style("body"))]
    doc.build(story)
    return out.getvalue()
