"""The words the calendar's steps show: what the file holds, what a title becomes, the summary."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from models.enums import BlockKind, Repeat
from services.calendar_import.decisions import Decision, ImportSummary
from services.calendar_import.events import CalendarFile
from ui.dates import qdate
from ui.labels import window_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarWords", text)


def _counted(one: str, many: str, count: int) -> str:
    """`count` with its noun: English picks the singular or the plural source, and each
    source's translation has every plural form a language needs (`%n`)."""
    return QCoreApplication.translate("CalendarWords", one if count == 1 else many, None,
                                      count)


def day_text(day: date) -> str:
    return QLocale().toString(qdate(day), "d MMM yyyy")


def calendar_found(file: CalendarFile) -> str:
    """"Calendar “Work”: 412 events under 23 titles, 3 Mar 2025 – 28 Nov 2025"."""
    starts = [event.starts_at.date() for event in file.events()]
    if not starts:
        return _tr("The file holds no events in these dates.")
    named = (_tr("Calendar “{name}”:").format(name=file.calendar_name) if file.calendar_name
             else _tr("Calendar file:"))
    events = _counted("%n event", "%n events", file.count)
    titles = _counted("under %n title", "under %n titles", len(file.titles()))
    return f"{named} {events} {titles}, {day_text(min(starts))} – {day_text(max(starts))}"


def repeat_words(repeat: Repeat | None, repeats: bool) -> str:
    """How a title's events repeat: kept as a weekly or fortnightly series, or not."""
    if repeat is not None:
        return window_label(repeat)
    return _tr("Repeats, as separate sessions") if repeats else _tr("Once")


def new_client_words(name: str) -> str:
    return _tr("New client: {name}").format(name=name)


def block_words(kind: BlockKind) -> str:
    return _tr("Time not for clients: {kind}").format(kind=window_label(kind))


def skip_words() -> str:
    return _tr("Skip")


def decision_words(decision: Decision, names: Mapping[int, str]) -> str:
    """What the review's "Import as" column says for a decision."""
    if decision.client_id is not None:
        return names.get(decision.client_id, "")
    if decision.new_client is not None:
        return new_client_words(decision.new_client)
    if decision.block is not None:
        return block_words(decision.block)
    return skip_words()


def summary_words(summary: ImportSummary, clients: int) -> str:
    """"412 sessions for 18 clients, 3 new clients, 6 blocks, 4 skipped; 2 already imported"."""
    parts = [_counted("%n session", "%n sessions", summary.sessions) + " "
             + _counted("for %n client", "for %n clients", clients)]
    if summary.new_clients:
        parts.append(_counted("%n new client", "%n new clients", summary.new_clients))
    parts.append(_counted("%n block", "%n blocks", summary.blocks))
    parts.append(_counted("%n skipped", "%n skipped", summary.skipped))
    text = ", ".join(parts)
    extras = []
    if summary.already_imported:
        extras.append(_counted("%n already imported", "%n already imported",
                               summary.already_imported))
    if summary.cancelled_in_file:
        extras.append(_counted("%n cancelled in the calendar", "%n cancelled in the calendar",
                               summary.cancelled_in_file))
    if summary.clashes:
        extras.append(_counted("%n left out: it falls on a session already booked",
                               "%n left out: they fall on sessions already booked",
                               len(summary.clashes)))
    return "; ".join([text, *extras]) + "."


def past_words(summary: ImportSummary, attended: bool) -> str:
    """How many of the sessions are past, and what they become."""
    if not summary.past_sessions:
        return _tr("All of them are still to come: they are booked.")
    if attended:
        return _counted("%n already past is marked as attended; the rest are booked.",
                        "%n already past are marked as attended; the rest are booked.",
                        summary.past_sessions)
    return _counted("%n already past is left booked for you to close; the rest are booked.",
                    "%n already past are left booked for you to close; the rest are booked.",
                    summary.past_sessions)
