"""The day's agenda on the practice's paper (printing, saving as PDF): its lines
(`agenda_lines`) under the letterhead, in the practice's language."""

from __future__ import annotations

import io
from typing import Any

from reportlab.platypus import Spacer

from services.papers.letterhead import Letterhead
from services.papers.pdf_page import document, style, text_paragraph
from services.practice.practice_settings import PracticeSettings
from services.reminders.agenda import Agenda
from services.reminders.agenda_lines import WORDS, Line, agenda_lines, date_words, words_key


def agenda_pdf(agenda: Agenda, settings: PracticeSettings) -> bytes:
    """The agenda on the practice's paper: any thread may render it."""
    head = Letterhead.of_practice(settings)
    w = WORDS[words_key(agenda.language)]
    title = f"{w['title']} — {date_words(agenda.today.day, agenda.language)}"
    out = io.BytesIO()
    doc = document(out, settings.paper_size, head, title=title)
    story: list[Any] = []
    for line in agenda_lines(agenda):
        if line.kind == Line.TITLE:
            story.append(text_paragraph(title, style("heading")))
        elif line.kind == Line.HEADING:
            story += [Spacer(1, 4), text_paragraph(line.text, style("subject"))]
        else:
            story.append(text_paragraph(line.text, style("body")))
    doc.build(story)
    return out.getvalue()
