"""The client's sessions and their notes, newest first, in the client panel.

Read with `services.notes.note_reading.client_timeline` on the database worker, a page at a
time: scrolling to the end of the table asks for the sessions before the last one shown. Each
row says the note's state (none, draft, signed, with its addenda) and its first words;
double-click or Enter asks for the note (`note_requested`, the session's id).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QListWidgetItem, QVBoxLayout, QWidget

from services.errors import StillroomError
from services.notes.note_reading import Note, SessionWithNote, client_timeline
from services.vault.practice_vault import Vault
from ui.client_labels import day_text, time_text
from ui.forms import ERROR_STYLE, HINT_STYLE, note_label
from ui.labels import status_label
from ui.note_reading.two_line_list import KeyRole, Line, TwoLineList
from ui.worker import DatabaseWorker, readable

PAGE = 12  # twice the rows seen at once: scrolling asks for more
FIRST_WORDS = 160  # characters of a note shown in its row

translate = QCoreApplication.translate


def note_state(note: Note | None) -> str:
    """"No note", "Draft", "Signed", "Signed · addenda: 2"."""
    if note is None:
        return translate("ClientTimeline", "No note")
    if not note.is_signed:
        return translate("ClientTimeline", "Draft")
    if not note.addenda:
        return translate("ClientTimeline", "Signed")
    return translate("ClientTimeline", "Signed · addenda: {count}").format(
        count=len(note.addenda))


def first_words(note: Note | None, limit: int = FIRST_WORDS) -> str:
    """The note's first line of text, on one line, cut at `limit` characters."""
    if note is None:
        return ""
    for section in note.sections:
        lines = [line.strip() for line in section.text.splitlines() if line.strip()]
        if lines:
            text = " ".join(lines[0].split())
            return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
    return ""


def timeline_lines(sessions: Sequence[SessionWithNote], zone: ZoneInfo,
                   today: date) -> list[Line]:
    """"Thu 3 Dec, 16:00 · Attended", the note's state ("Signed") at the right, over the
    note's first words."""
    lines = []
    for entry in sessions:
        local = entry.starts_at.astimezone(zone)
        when = translate("ClientTimeline", "{day}, {time}").format(
            day=day_text(local.date(), with_year=local.year != today.year),
            time=time_text(entry.starts_at, zone))
        full = "\n\n".join(section.text.strip() for section in entry.note.sections
                            if section.text.strip())[:600] if entry.note else ""
        lines.append(Line(f"{when} · {status_label(entry.status)}", first_words(entry.note),
                          entry.appointment_id, tooltip=full, badge=note_state(entry.note)))
    return lines


class ClientTimeline(QWidget):
    """The table of one client's sessions with their notes; `show_client` reads the newest."""

    note_requested = Signal(int)  # the session's id

    def __init__(self, vault: Vault, worker: DatabaseWorker, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._now = vault, worker, now
        self._client_id: int | None = None
        self._zone = ZoneInfo("UTC")
        self._generation = 0
        self._sessions: list[SessionWithNote] = []
        self._more = False
        self._reading = False
        self.table = TwoLineList("timeline", self.tr("Sessions and notes"))
        self.table.itemActivated.connect(self._activated)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.empty = note_label(self.tr("No sessions yet."))
        self.empty.setStyleSheet(HINT_STYLE)
        self.error = note_label()
        self.error.setObjectName("timeline_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.empty)
        column.addWidget(self.error)
        self.table.hide()

    @property
    def sessions(self) -> tuple[SessionWithNote, ...]:
        """The sessions shown, newest first."""
        return tuple(self._sessions)

    def show_client(self, client_id: int, zone: ZoneInfo) -> None:
        """Read the client's newest sessions (again, after a note changed)."""
        self._client_id, self._zone = client_id, zone
        self._sessions, self._more = [], False
        self._read(None)

    def refresh(self) -> None:
        """Read the client shown again from their newest session (a note changed)."""
        if self._client_id is not None:
            self.show_client(self._client_id, self._zone)

    def clear(self) -> None:
        self._generation += 1
        self._client_id, self._sessions, self._more, self._reading = None, [], False, False
        self.table.clear()
        self.error.hide()

    def load_more(self) -> None:
        """The sessions before the last one shown, if there are any."""
        if self._more and not self._reading and self._sessions:
            self._read(self._sessions[-1].starts_at)

    def _read(self, before: datetime | None) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        self._generation += 1
        generation, vault = self._generation, self._vault
        since = before or self._now()
        self._reading = True
        self._worker.run(lambda: client_timeline(vault, client_id, before=since, limit=PAGE),
                         lambda found: self._show(generation, found),
                         lambda error: self._not_read(generation, error))

    def _show(self, generation: int, found: tuple[SessionWithNote, ...]) -> None:
        if generation != self._generation:
            return
        self._reading = False
        self._more = len(found) == PAGE
        lines = timeline_lines(found, self._zone, self._now().astimezone(self._zone).date())
        if self._sessions:
            self.table.add_lines(lines)
        else:
            self.table.set_lines(lines)
        self._sessions.extend(found)
        self.error.hide()
        self.table.setVisible(bool(self._sessions))
        self.empty.setVisible(not self._sessions)

    def _not_read(self, generation: int, error: StillroomError) -> None:
        if generation == self._generation:
            self._reading = False
            self.error.setText(readable(error))
            self.error.show()

    def _scrolled(self, value: int) -> None:
        if value and value >= self.table.verticalScrollBar().maximum():
            self.load_more()

    def _activated(self, item: QListWidgetItem) -> None:
        appointment_id = item.data(KeyRole)
        if appointment_id is not None:
            self.note_requested.emit(int(appointment_id))
