"""Why a client is on the call list, in a sentence with its facts, in the window's language.

Days are said as dates ("since 3 October"), not counts, so no sentence needs a plural form.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from services.calls.call_list import CallReason, CallRule
from ui.client_labels import time_text
from ui.dates import qdate
from ui.labels import window_label

translate = QCoreApplication.translate
OVERLAP = "overlap"  # the service's note on a double booking (else "acquaintances")


def rule_heading(rule: CallRule) -> str:
    """The heading of a rule's group in the list."""
    return window_label(CallRule(rule))


def long_day(day: date, today: date) -> str:
    """'Thursday 3 October', with the year when it is not this year's."""
    pattern = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    return QLocale().toString(qdate(day), pattern)


def on_day(day: date, today: date) -> str:
    """'today', 'yesterday', 'tomorrow' or 'on Thursday 3 October'."""
    near = {0: translate("CallReason", "today"), -1: translate("CallReason", "yesterday"),
            1: translate("CallReason", "tomorrow")}.get((day - today).days)
    return near or translate("CallReason", "on {day}").format(day=long_day(day, today))


def reason_sentence(reason: CallReason, zone: ZoneInfo, today: date) -> str:
    """The reason with its facts: 'Was due at 10:00 and has not arrived'."""
    rule, at = reason.rule, reason.at
    if at is None:  # every rule but a silence with nothing on record has its moment
        return translate("CallReason", "No session and no contact on record")
    local_day = at.astimezone(zone).date()
    day, time = long_day(local_day, today), time_text(at, zone)
    if rule == CallRule.LATE_NOW:
        return translate("CallReason", "Was due at {time} and has not arrived").format(time=time)
    if rule == CallRule.NO_SHOW_NOT_CONTACTED:
        return translate("CallReason", "Did not come {on_day} at {time}; not reached since"
                         ).format(on_day=on_day(local_day, today), time=time)
    if rule == CallRule.SCHEDULING_MISTAKE:
        return _scheduling_sentence(reason, on_day(local_day, today), time)
    if rule == CallRule.FOLLOW_UP_DUE:
        due = reason.follow_up_on or local_day
        sentence = translate("CallReason", "A follow-up was due {on_day}").format(
            on_day=on_day(due, today))
        return f"{sentence}: {reason.note}" if reason.note else sentence
    if rule == CallRule.CANCELLED_NOT_REBOOKED:
        return translate("CallReason", "Cancelled the session of {day}; not rebooked").format(
            day=day)
    if rule == CallRule.NO_NEXT_SESSION:
        return translate("CallReason", "No session since {day}; nothing booked").format(day=day)
    return translate("CallReason", "No session or contact since {day}").format(day=day)


def _scheduling_sentence(reason: CallReason, on: str, time: str) -> str:
    other = reason.other_client_name
    if reason.note == OVERLAP:
        return translate("CallReason", "Booked at the same time as {other} ({on_day} at {time})"
                         ).format(other=other, on_day=on, time=time)
    return translate("CallReason", "Booked back to back with {other}, whom they know "
                     "({on_day} at {time})").format(other=other, on_day=on, time=time)


def attempts_text(attempts: int) -> str:
    """How many unanswered calls so far, or nothing before the first."""
    if attempts <= 0:
        return ""
    return translate("CallListEntry", "Calls so far: {count}").format(count=attempts)
