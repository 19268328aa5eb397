"""The day's agenda line by line, in the practice's language: the text the command line
prints, and what `agenda_pdf` puts on paper. The agenda's own words are in `WORDS`;
modalities and the call list's reasons read as they do everywhere (`services.labels`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from models.enums import Language
from services.labels import label
from services.reminders.agenda import Agenda, AgendaDay

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Agenda", "today": "Today", "tomorrow": "Tomorrow",
        "no_sessions": "No sessions.", "others": "Also in the day",
        "calls": "Calls to make today", "notes": "Notes to finish",
        "session_of": "session of {day}", "overdue": "overdue",
    },
    "ru": {
        "title": "План дня", "today": "Сегодня", "tomorrow": "Завтра",
        "no_sessions": "Сессий нет.", "others": "Ещё в этот день",
        "calls": "Звонки на сегодня", "notes": "Записи, которые нужно завершить",
        "session_of": "сессия {day}", "overdue": "срок прошёл",
    },
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
}


class Line(enum.StrEnum):
    """What a line of the agenda is, which says how it is printed."""

    TITLE = "title"
    HEADING = "heading"
    ITEM = "item"


@dataclass(frozen=True)
class AgendaLine:
    kind: Line
    text: str


def words_key(language: Language) -> str:
    return "ru" if language == Language.RUSSIAN else "en"


def date_words(day: date, language: Language) -> str:
    """"Tuesday 6 January 2026", "вторник, 6 января 2026"."""
    key = words_key(language)
    weekday, month = WEEKDAYS[key][day.weekday()], MONTHS[key][day.month - 1]
    if key == "ru":
        return f"{weekday}, {day.day} {month} {day.year}"
    return f"{weekday} {day.day} {month} {day.year}"


def _clock(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def day_lines(heading: str, agenda_day: AgendaDay, language: Language) -> list[AgendaLine]:
    w = WORDS[words_key(language)]
    lines = [AgendaLine(Line.HEADING, f"{heading} — {date_words(agenda_day.day, language)}")]
    for s in agenda_day.sessions:
        ends = s.starts_at + timedelta(minutes=s.length_minutes)
        parts = [f"{_clock(s.starts_at)}–{_clock(ends)}", s.name, label(s.modality, language)]
        lines.append(AgendaLine(Line.ITEM, " · ".join(p for p in (*parts, s.reach) if p)))
    if not agenda_day.sessions:
        lines.append(AgendaLine(Line.ITEM, w["no_sessions"]))
    if agenda_day.others:
        lines.append(AgendaLine(Line.HEADING, w["others"]))
        lines += [AgendaLine(Line.ITEM, f"{_clock(o.starts_at)}–{_clock(o.ends_at)} · {o.title}")
                  for o in agenda_day.others]
    return lines


def agenda_lines(agenda: Agenda) -> list[AgendaLine]:
    """The agenda, line by line: today, the calls and notes of today, then tomorrow."""
    language = agenda.language
    w = WORDS[words_key(language)]
    lines = [AgendaLine(Line.TITLE, w["title"])]
    lines += day_lines(w["today"], agenda.today, language)
    if agenda.calls:
        lines.append(AgendaLine(Line.HEADING, w["calls"]))
        lines += [AgendaLine(Line.ITEM, " · ".join(
            p for p in (c.name, label(c.rule, language), c.number) if p)) for c in agenda.calls]
    if agenda.notes:
        lines.append(AgendaLine(Line.HEADING, w["notes"]))
        for n in agenda.notes:
            when = w["session_of"].format(day=f"{n.starts_at:%Y-%m-%d %H:%M}")
            overdue = f" ({w['overdue']})" if n.overdue else ""
            lines.append(AgendaLine(Line.ITEM, f"{n.name} · {when}{overdue}"))
    lines += day_lines(w["tomorrow"], agenda.tomorrow, language)
    return lines


def agenda_text(agenda: Agenda) -> str:
    """The agenda as plain text, headings underlined, items indented."""
    out: list[str] = []
    for line in agenda_lines(agenda):
        if line.kind == Line.ITEM:
            out.append(f"  {line.text}")
        else:
            if out:
                out.append("")
            out += [line.text, "=" * len(line.text) if line.kind == Line.TITLE
                    else "-" * len(line.text)]
    return "\n".join(out) + "\n"

