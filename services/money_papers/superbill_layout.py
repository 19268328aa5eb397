"""The superbill as a PDF: the practice's letterhead, who provided the services, the client
and their diagnosis codes, the sessions with their codes and money, the totals, and a line to
sign.

Rendered from a `Superbill` alone (no vault, no database), so it runs on any thread. A field
the practice or the client left empty is left off: no "NPI:" with nothing after it. Every
text a person typed goes onto the page through `pdf_page.text_paragraph`, printed, never read
as markup. The words are in `resources/money_papers/superbill.<language>.toml`.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from models.enums import Language, LedgerKind
from services.clients.diagnosis_codes import POINTERS
from services.labels import label
from services.money_papers.superbills import Superbill, SuperbillLine
from services.papers.letter_dates import written_date
from services.papers.letter_layout import numbered_canvas
from services.papers.letter_templates import money
from services.papers.pdf_page import FONT, MARGIN, MM, document, paper, style, text_paragraph
from services.words import words_file


def words_for(language: Language) -> dict[str, str]:
    return words_file("money_papers", "superbill", language)


@cache
def number_style() -> ParagraphStyle:
    return ParagraphStyle("superbill-number", parent=style("small"), alignment=TA_RIGHT)


@cache
def cell_style() -> ParagraphStyle:
    return ParagraphStyle("superbill-cell", parent=style("small"), fontSize=9, leading=11.5)


def _plain_table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _filled(pairs: list[tuple[str, str]], width: float) -> list[Flowable]:
    """Caption and value rows for the values that are filled in; nothing when none is."""
    rows = [[text_paragraph(caption, style("small")), text_paragraph(value, cell_style())]
            for caption, value in pairs if value.strip()]
    return [_plain_table(rows, [width * 0.3, width * 0.7])] if rows else []


def _who(bill: Superbill, w: dict[str, str], width: float) -> list[Flowable]:
    p, c, language = bill.practice, bill.client, bill.language
    provider = _filled([(w["practice_name"], p.practice_name),
                        (w["therapist_name"], p.therapist_name),
                        (w["credentials"], p.credentials), (w["address"], p.address),
                        (w["phone"], p.phone), (w["licence"], p.licence), (w["npi"], p.npi),
                        (w["tax_id"], p.tax_id)], width)
    born = written_date(c.date_of_birth, language) if c.date_of_birth else ""
    client = _filled([(w["full_name"], c.full_name), (w["date_of_birth"], born),
                      (w["address"], c.address), (w["payer_name"], c.payer_name)], width)
    story: list[Flowable] = []
    if provider:
        story += [text_paragraph(w["provider"], style("subject")), *provider, Spacer(1, 6)]
    story += [text_paragraph(w["client"], style("subject")), *client]
    if c.diagnosis_codes:
        story += [Spacer(1, 4), text_paragraph(w["diagnoses"], style("small")),
                  _plain_table([[text_paragraph(letter, cell_style()),
                                 text_paragraph(code, cell_style())]
                                for letter, code in zip(POINTERS, c.diagnosis_codes,
                                                        strict=False)],
                               [8 * MM, width - 8 * MM])]
    return story


def _service(line: SuperbillLine, language: Language) -> str:
    """The service code of an attended session; for a missed session's fee, what it is."""
    if line.charge_kind in (None, LedgerKind.SESSION_CHARGE):
        return line.service_code
    return label(line.charge_kind, language)


def _services(bill: Superbill, w: dict[str, str], width: float) -> list[Flowable]:
    language, cur = bill.language, bill.currency
    if not bill.lines:
        return [text_paragraph(w["no_services"], style("small"))]
    head = [text_paragraph(w[key], style("small")) for key in
            ("day", "service_code", "place", "pointer")]
    head += [text_paragraph(w[key], number_style()) for key in ("charged", "paid")]
    rows = [head] + [[
        text_paragraph(written_date(line.day, language), cell_style()),
        text_paragraph(_service(line, language), cell_style()),
        text_paragraph(line.place, cell_style()),
        text_paragraph(line.pointers, cell_style()),
        text_paragraph(money(line.charged, cur, language), number_style()),
        text_paragraph(money(line.paid, cur, language), number_style()),
    ] for line in bill.lines]
    widths = [0.22, 0.22, 0.14, 0.12, 0.15, 0.15]
    table = Table(rows, colWidths=[width * share for share in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, "#bbbbbb"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [table]


def _totals(bill: Superbill, w: dict[str, str], width: float) -> Flowable:
    language, cur = bill.language, bill.currency
    rows = [(w["other_payments"], bill.other_payments)] if bill.other_payments else []
    rows += [(w["total_charged"], bill.charged), (w["total_paid"], bill.paid),
             (w["balance"], bill.balance)]
    cells = [[text_paragraph(caption, style("small")),
              text_paragraph(money(amount, cur, language), number_style())]
             for caption, amount in rows]
    return _plain_table(cells, [width * 0.7, width * 0.3])


def _signature(bill: Superbill, w: dict[str, str], width: float) -> list[Flowable]:
    rule = "_" * 34
    who = ", ".join(part for part in (bill.practice.therapist_name, bill.practice.credentials)
                    if part)
    rows = [[text_paragraph(f"{w['signature']}: {rule}", cell_style()),
             text_paragraph(f"{w['signature_date']}: {'_' * 14}", cell_style())]]
    story: list[Flowable] = [CondPageBreak(30 * MM), Spacer(1, 18),
                             _plain_table(rows, [width * 0.65, width * 0.35])]
    if who:
        story.append(text_paragraph(who, style("small")))
    return story


def superbill_story(bill: Superbill, width: float) -> list[Flowable]:
    w, language = words_for(bill.language), bill.language
    period = w["period"].format(first=written_date(bill.period_from, language),
                                last=written_date(bill.period_to, language))
    made = w["made"].format(date=written_date(bill.made_on, language))
    return [
        text_paragraph(w["title"], style("heading")),
        text_paragraph(w["purpose"], style("small")),
        text_paragraph(f"{period} · {made}", style("small")),
        Spacer(1, 6),
        *_who(bill, w, width),
        Spacer(1, 6),
        text_paragraph(w["services"], style("subject")),
        *_services(bill, w, width),
        Spacer(1, 6),
        _totals(bill, w, width),
        *_signature(bill, w, width),
    ]


def render_superbill(bill: Superbill) -> bytes:
    """The superbill as PDF bytes. Pure: no vault, no database; safe on any thread."""
    w = words_for(bill.language)
    width, _height = paper(bill.paper)
    title = f"{w['title']}: {bill.client.full_name}"
    out = BytesIO()
    doc = document(out, bill.paper, bill.letterhead, title=title)
    doc.build(superbill_story(bill, width - 2 * MARGIN),
              canvasmaker=numbered_canvas(title, w["page"]))
    return out.getvalue()
