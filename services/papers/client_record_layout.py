"""The client's record as a PDF: the practice's letterhead, the client's details, each session
with its status, its note under its headings and its addenda, then the letters sent.

Rendered from a `ClientRecord` alone (no vault, no database), so it runs on any thread. Every
text a person typed (names, addresses, headings of the practice's own formats, the notes and
addenda) goes onto the page through `pdf_page.text_paragraph`: it is printed, never read as
markup. The words are in `resources/notes/record.<language>.toml`.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from io import BytesIO
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from models.enums import Language
from services.labels import label
from services.notes.note_reading import Note, SessionWithNote
from services.papers.client_record import ClientRecord, RecordDetails
from services.papers.letter_dates import written_date, written_time
from services.papers.letter_layout import numbered_canvas, paragraphs
from services.papers.pdf_page import (
    BOLD,
    FONT,
    MARGIN,
    MM,
    document,
    paper,
    style,
    text_paragraph,
)
from services.words import words_file


def words_for(language: Language) -> dict[str, str]:
    return words_file("notes", "record", language)


@cache
def styles() -> dict[str, ParagraphStyle]:
    body = style("body")
    return {
        "session": ParagraphStyle("record-session", parent=body, fontName=BOLD, spaceBefore=10,
                                  spaceAfter=2, keepWithNext=1),
        "meta": ParagraphStyle("record-meta", parent=style("small"), spaceAfter=4,
                               keepWithNext=1),
        "section": ParagraphStyle("record-section", parent=body, fontName=BOLD, fontSize=9.5,
                                  leading=12.5, spaceBefore=3, spaceAfter=1, keepWithNext=1),
        "text": ParagraphStyle("record-text", parent=body, fontSize=9.5, leading=13,
                               spaceAfter=4),
        "addendum": ParagraphStyle("record-addendum", parent=body, fontSize=9.5, leading=13,
                                   leftIndent=6 * MM, spaceAfter=4),
        "addendum-head": ParagraphStyle("record-addendum-head", parent=style("small"),
                                        fontName=BOLD, leftIndent=6 * MM, spaceBefore=3,
                                        keepWithNext=1),
    }


def _fill(template: str, **values: str) -> str:
    """A line of the record's words with its fields filled (printed as it is)."""
    return template.format(**values)


def _details(details: RecordDetails, w: dict[str, str], language: Language,
             width: float) -> Flowable:
    phones = "\n".join(f"{n.label} {n.number}".strip() for n in details.numbers)
    rows = [(w["full_name"], details.full_name), (w["preferred_name"], details.preferred_name),
            (w["email"], details.email), (w["phone"], phones), (w["address"], details.address),
            (w["status"], label(details.status, language)),
            (w["started"], written_date(details.started_on, language)
             if details.started_on else ""),
            (w["ended"], written_date(details.ended_on, language) if details.ended_on else "")]
    cells = [[text_paragraph(name, style("small")), text_paragraph(value, style("body"))]
             for name, value in rows if value]
    table = Table(cells, colWidths=[width * 0.25, width * 0.75])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _when(template: str, moment: datetime, language: Language, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return _fill(template, date=written_date(local.date(), language),
                 time=written_time(local.time()))


def _note(note: Note, w: dict[str, str], language: Language, zone: ZoneInfo) -> list[Flowable]:
    s = styles()
    name = label(note.format, language)
    state = (_when(w["signed"], note.signed_at, language, zone)
             if note.signed_at is not None else w["draft"])
    heading = f"{_fill(w['note'], format=name)} · {state}"
    parts: list[Flowable] = [text_paragraph(heading, s["meta"])]
    for section in note.sections:
        texts = paragraphs(section.text)
        if not texts:
            continue
        if len(note.sections) > 1:
            parts.append(text_paragraph(section.heading, s["section"]))
        parts += [text_paragraph(text, s["text"]) for text in texts]
    for addendum in note.addenda:
        parts.append(text_paragraph(_when(w["addendum"], addendum.written_at, language, zone),
                               s["addendum-head"]))
        parts += [text_paragraph(text, s["addendum"]) for text in paragraphs(addendum.text)]
    return parts


def _session(entry: SessionWithNote, w: dict[str, str], language: Language,
             zone: ZoneInfo) -> list[Flowable]:
    s = styles()
    start = entry.starts_at.astimezone(zone)
    line = " · ".join((f"{written_date(start.date(), language)}, {written_time(start.time())}",
                       w["minutes"].format(minutes=entry.length_minutes),
                       label(entry.modality, language), label(entry.status, language)))
    parts: list[Flowable] = [CondPageBreak(30 * MM), text_paragraph(line, s["session"])]
    if entry.note is None:
        parts.append(text_paragraph(w["no_note"], s["meta"]))
    else:
        parts += _note(entry.note, w, language, zone)
    return parts


def record_story(record: ClientRecord, width: float) -> list[Flowable]:
    w, language = words_for(record.language), record.language
    last = written_date(record.last, language)
    period = (_fill(w["period_from_to"], first=written_date(record.first, language), last=last)
              if record.first is not None else _fill(w["period_to"], last=last))
    story: list[Flowable] = [
        text_paragraph(w["title"], style("heading")),
        text_paragraph(w["confidential"], style("small")),
        text_paragraph(f"{_fill(w['made'], date=written_date(record.made_on, language))}"
                       f" · {period}", style("small")),
        Spacer(1, 6),
        text_paragraph(w["details"], style("subject")),
        _details(record.details, w, language, width),
        Spacer(1, 4),
        text_paragraph(w["sessions"], style("subject")),
        text_paragraph(_fill(w["session_count"] if record.sessions else w["no_sessions"],
                        count=str(len(record.sessions))), style("small")),
    ]
    zone = ZoneInfo(record.timezone)
    for entry in record.sessions:
        story += _session(entry, w, language, zone)
    story += [Spacer(1, 8), CondPageBreak(20 * MM), text_paragraph(w["letters"],
                                                              style("subject"))]
    if not record.letters:
        story.append(text_paragraph(w["no_letters"], style("small")))
    for letter in record.letters:
        day = written_date(letter.made_at.astimezone(zone).date(), language)
        line = (f"{day} — {label(letter.kind, language)}"
                f" ({label(letter.language, language).lower()})")
        story.append(text_paragraph(line, style("body")))
    return story


def render_client_record(record: ClientRecord) -> bytes:
    """The record as PDF bytes. Pure: no vault, no database; safe on any thread."""
    w = words_for(record.language)
    width, _height = paper(record.paper)
    title = f"{w['title']}: {record.details.full_name}"
    out = BytesIO()
    doc = document(out, record.paper, record.letterhead, title=title)
    doc.build(record_story(record, width - 2 * MARGIN),
              canvasmaker=numbered_canvas(title, w["page"]))
    return out.getvalue()
