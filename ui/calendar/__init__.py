"""The calendar: day, work week, week and month views of the practice's sessions."""

from ui.calendar.calendar_view import CalendarView

__all__ = ["CalendarView"]
