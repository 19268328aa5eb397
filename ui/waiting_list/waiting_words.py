"""How the waiting list says times and waits in the window's language: "Thu 09:00–12:00",
"3 weeks", "Thursday 10:00"."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTime

from services.waiting_list.waiting_people import WaitingDraft


def weekday_name(weekday: int, short: bool = False) -> str:
    """The ISO weekday's name in the window's language, with a capital: 'Thursday', 'Чт'."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    name = QLocale().dayName(weekday, form)
    return name[:1].upper() + name[1:]


def clock_text(at: time) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def times_text(person: WaitingDraft) -> str:
    """The times that suit them, as one line: 'Mon 09:00–12:00, Thu 17:00–19:00'."""
    if person.any_time:
        return QCoreApplication.translate("WaitingWords", "Any time")
    return ", ".join(f"{weekday_name(t.weekday, short=True)} {clock_text(t.starts)}–"
                     f"{clock_text(t.ends)}" for t in person.times)


class WaitingWords(QObject):
    """The words that count (a QObject for `tr`'s plural forms: 3 недели, 5 недель)."""

    def waited(self, since: date, today: date) -> str:
        days = (today - since).days
        if days <= 0:
            return self.tr("Since today")
        if days == 1:
            return self.tr("One day")
        if days < 14:
            return self.tr("%n days", "", days)
        if days < 61:
            return self.tr("%n weeks", "", divmod(days, 7)[0])
        return self.tr("%n months", "", divmod(days, 30)[0])


def waited_text(since: date, today: date) -> str:
    """How long they have waited: 'since today', '5 days', '3 weeks', '4 months'."""
    return WaitingWords().waited(since, today)


def reach_text(person: WaitingDraft) -> str:
    return " · ".join(part for part in (person.phone, person.email) if part)
