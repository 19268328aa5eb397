"""Practice-local dates and times shown the Qt way (QLocale), converted back to instants.

Qt's own time zones follow the machine; the practice's follow zoneinfo. So a wall-clock time
in the practice's zone travels through Qt as a time with no zone of its own (marked UTC so Qt
applies no daylight-saving change of the machine's), and zoneinfo turns it into an instant.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from services.practice.practice_time import to_utc


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def wall_clock(local: datetime) -> QDateTime:
    """A practice-local time as a zone-less QDateTime."""
    return QDateTime(qdate(local.date()), QTime(local.hour, local.minute, local.second),
                     QTimeZone.utc())


def local_text(instant: datetime, zone: ZoneInfo, pattern: str) -> str:
    """`instant` as the practice's wall-clock time, in the window's language."""
    return QLocale().toString(wall_clock(instant.astimezone(zone)), pattern)


def date_time_edit(instant: datetime, zone: ZoneInfo) -> QDateTimeEdit:
    """A date-and-time field holding `instant` as the practice's wall-clock time."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDateTime(wall_clock(instant.astimezone(zone)))
    edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
    return edit


def instant_of(edit: QDateTimeEdit, zone: ZoneInfo) -> datetime:
    """The instant the field's wall-clock time stands for in the practice's zone."""
    value = edit.dateTime()
    day, at = value.date(), value.time()
    local = datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())
    return to_utc(local.date(), local.time(), zone)
