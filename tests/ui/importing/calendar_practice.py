"""A small exported calendar for the import wizard's tests, as Google would write it.

A weekly client (one session moved), a fortnightly one (one occurrence taken out), a client
named in Russian, a title no client has, and a week's holiday as whole days; the practice
holds the three clients already, and "now" falls in the middle of the calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from services.clients.client_records import ClientDraft, create_client
from services.vault.practice_vault import Vault

NOW = datetime(2026, 2, 25, 12, 0, tzinfo=UTC)  # a Wednesday

EVENTS = """\
BEGIN:VEVENT
UID:maya-weekly@example.com
DTSTART;TZID=Europe/London:20260105T100000
DTEND;TZID=Europe/London:20260105T105000
RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=12
SUMMARY:Session with Maya Okafor
END:VEVENT
BEGIN:VEVENT
UID:maya-weekly@example.com
RECURRENCE-ID;TZID=Europe/London:20260209T100000
DTSTART;TZID=Europe/London:20260210T110000
DTEND;TZID=Europe/London:20260210T115000
SUMMARY:Session with Maya Okafor
END:VEVENT
BEGIN:VEVENT
UID:tom-fortnightly@example.com
DTSTART;TZID=Europe/London:20260107T140000
DTEND;TZID=Europe/London:20260107T145000
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=6
EXDATE;TZID=Europe/London:20260204T140000
SUMMARY:Tom R.
END:VEVENT
BEGIN:VEVENT
UID:anna-weekly@example.com
DTSTART;TZID=Europe/London:20260213T090000
DTEND;TZID=Europe/London:20260213T095000
RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=4
SUMMARY:Сессия с Анной
END:VEVENT
BEGIN:VEVENT
UID:first-meeting@example.com
DTSTART;TZID=Europe/London:20260302T160000
DTEND;TZID=Europe/London:20260302T165000
SUMMARY:Jonah Pike
END:VEVENT
BEGIN:VEVENT
UID:half-term@example.com
DTSTART;VALUE=DATE:20260216
DTEND;VALUE=DATE:20260221
SUMMARY:Half-term holiday
END:VEVENT
"""


def calendar_text(events: str = EVENTS) -> str:
    body = events.replace("\n", "\r\n")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN"
            "\r\nX-WR-CALNAME:Work\r\nX-WR-TIMEZONE:Europe/London\r\n" + body
            + "END:VCALENDAR\r\n")


def write_calendar(folder: Path, events: str = EVENTS, name: str = "work.ics") -> Path:
    path = folder / name
    path.write_text(calendar_text(events), encoding="utf-8")
    return path


def add_clients(vault: Vault) -> dict[str, int]:
    """The practice's clients before the import."""
    return {name: create_client(vault, ClientDraft(full_name=name))
            for name in ("Maya Okafor", "Tom Reyes", "Анна Смирнова")}
