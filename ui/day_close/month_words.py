"""The month report's categories in the window's language: ages of a balance, times of day,
notice given, weekdays, the month's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from models.enums import ReasonCategory
from ui.labels import reason_label

translate = QCoreApplication.translate


def age_label(age: str) -> str:
    return {
        "0-30": translate("MonthReport", "0–30 days"),
        "31-60": translate("MonthReport", "31–60 days"),
        "61-90": translate("MonthReport", "61–90 days"),
        "90+": translate("MonthReport", "over 90 days"),
    }.get(age, age)


def time_of_day_label(part: str) -> str:
    return {
        "morning": translate("MonthReport", "Morning"),
        "afternoon": translate("MonthReport", "Afternoon"),
        "evening": translate("MonthReport", "Evening"),
    }.get(part, part)


def notice_label(notice: str) -> str:
    return {
        "under 24 h": translate("MonthReport", "Under 24 hours"),
        "1-2 days": translate("MonthReport", "1–2 days"),
        "2-7 days": translate("MonthReport", "2–7 days"),
        "over a week": translate("MonthReport", "Over a week"),
    }.get(notice, notice)


def reason_category_label(reason: str) -> str:
    return (reason_label(ReasonCategory(reason))
            if reason in ReasonCategory._value2member_map_ else reason)


def weekday_label(weekday: int) -> str:
    """Monday is 0, as Python counts; the short name the window's language uses."""
    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.ShortFormat)


def month_title(year: int, month: int) -> str:
    name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"
