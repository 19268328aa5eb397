"""A date written out in a letter's language: '22 November 2026', '22 ноября 2026 г.'.

Letters are rendered away from Qt (and on any thread), so the month names are here rather
than in QLocale. Russian writes the month in the genitive after the day.
"""

from __future__ import annotations

from datetime import date, time

from models.enums import Language

MONTHS = {
    Language.ENGLISH: ("January", "February", "March", "April", "May", "June", "July",
                       "August", "September", "October", "November", "December"),
    Language.RUSSIAN: ("января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                       "августа", "сентября", "октября", "ноября", "декабря"),
}


def written_date(day: date, language: Language) -> str:
    """The date as a letter writes it, without a leading zero on the day."""
    month = MONTHS[language][day.month - 1]
    if language is Language.RUSSIAN:
        return f"{day.day}\u00a0{month} {day.year}\u00a0г."
    return f"{day.day}\u00a0{month} {day.year}"


def written_time(moment: time) -> str:
    """A time of day on the 24-hour clock, as both languages write it in a letter: '09:30'."""
    return f"{moment.hour:02d}:{moment.minute:02d}"
