"""The call list beside the calendar: who to reach today, grouped by why, most urgent first.

Read with `services.calls.call_list.call_list` on the database worker, on demand (`refresh`) and
every few minutes by a timer, at the moment the injected clock gives. Only the newest read is
shown. Working an entry opens a `CallDialog`; whatever it records is followed by a new read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.enums import LetterKind
from services.calls.call_list import CallListEntry, CallRule, call_list
from services.errors import StillroomError
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.call_list.card import CallCard, fix_only
from ui.call_list.reasons import rule_heading
from ui.forms import ERROR_STYLE, HINT_STYLE, clear_layout, note_label
from ui.guided.clipboard import SecretCopy
from ui.plain_text import plain_label
from ui.worker import DatabaseWorker, readable

REFRESH_MS = 5 * 60_000

if TYPE_CHECKING:
    from ui.call_list.call_dialog import CallDialog
    from ui.letters.letter_dialog import LetterDialog


# A long group (scheduling mistakes after a big import, say) shows this many cards until the
# rest are asked for: each card is a handful of widgets, and hundreds at once cost the
# window tens of megabytes and a pause for cards no one scrolls to.
SHOWN_AT_FIRST = 20


@dataclass(frozen=True)
class _Read:
    entries: list[CallListEntry]
    settings: PracticeSettings


class CallListDock(QWidget):
    """The list, for the window to put in a dock.

    `count_changed(n)`: how many clients are listed, after each read (for the toolbar).
    `changed()`: a call booked or moved a session (the calendar should read again).
    `recorded()`: a call was written to the book (Edit → Undo now names it).
    `session_wanted(appointment id)`: show this session (a scheduling fix for a client who is
    not to be called). `client_changed(client id)`: a closing letter marked the client ended.
    `waiting_list_wanted()`: open the waiting list.
    """

    count_changed = Signal(int)
    changed = Signal()
    recorded = Signal()
    session_wanted = Signal(int)
    client_changed = Signal(int)
    waiting_list_wanted = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 refresh_ms: int = REFRESH_MS, clipboard: SecretCopy | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._worker = worker
        self._now = now
        self._generation = 0
        self._settings: PracticeSettings | None = None
        self.clipboard = clipboard or SecretCopy.shared()
        self.cards: list[CallCard] = []
        self.headings: dict[CallRule, QLabel] = {}
        self.setAccessibleName(self.tr("Call list"))

        self.summary = note_label()
        self.summary.setObjectName("call_summary")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refresh")
        self.refresh_button.setToolTip(self.tr("Work out the list again now."))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.waiting_button = QPushButton(self.tr("Waiting list"))
        self.waiting_button.setObjectName("calls_waiting_list")
        self.waiting_button.setToolTip(self.tr("People waiting for a regular time."))
        self.waiting_button.clicked.connect(self.waiting_list_wanted)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.waiting_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        self.error = note_label()
        self.error.setObjectName("call_list_error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.copied = note_label()
        self.copied.setObjectName("copied")
        self.copied.setStyleSheet(HINT_STYLE)
        self.copied.hide()

        self.content = QWidget()
        self.groups = QVBoxLayout(self.content)
        self.groups.setContentsMargins(0, 0, 0, 0)
        self.groups.setSpacing(6)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.content)

        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(top)
        column.addWidget(self.error)
        column.addWidget(self.copied)
        column.addWidget(self.scroll_area, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(lambda: self.refresh())
        self.timer.start()

    # Reading ------------------------------------------------------------------------------

    def refresh(self, now: datetime | None = None) -> None:
        """Work the list out again for `now` (the clock's time when not given)."""
        if self._vault is None:
            return
        self._generation += 1
        generation, vault, moment = self._generation, self._vault, now or self._now()
        self._worker.run(lambda: _Read(call_list(vault, moment), read_settings(vault)),
                         lambda read: self._show(generation, moment, read),
                         lambda error: self._not_read(generation, error))

    def clear(self) -> None:
        """Forget the list and read no more (a lock, or the practice closing)."""
        self.timer.stop()
        self._vault = None
        self._generation += 1
        self._show_entries([], datetime.now(UTC))

    def entries(self) -> list[CallListEntry]:
        return [card.entry for card in self.cards]

    def card_of(self, client_id: int) -> CallCard | None:
        return next((card for card in self.cards if card.entry.client_id == client_id), None)

    def _not_read(self, generation: int, error: StillroomError) -> None:
        if generation == self._generation:
            self.error.setText(readable(error))
            self.error.show()

    def _show(self, generation: int, now: datetime, read: _Read) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self._settings = read.settings
        self.error.hide()
        self._show_entries(read.entries, now)

    def _show_entries(self, entries: list[CallListEntry], now: datetime) -> None:
        focused = next((card.entry.client_id for card in self.cards if card.hasFocus()), None)
        clear_layout(self.groups)
        self.cards, self.headings = [], {}
        settings = self._settings
        zone = settings.zone if settings is not None else ZoneInfo("UTC")
        today = now.astimezone(zone).date()
        for rule in CallRule:
            listed = [entry for entry in entries if entry.rule == rule]
            if not listed:
                continue
            heading = plain_label(self.tr("{heading} ({count})").format(
                heading=rule_heading(rule), count=len(listed)))
            heading.setObjectName(f"heading_{rule.value}")
            heading.setWordWrap(True)
            heading.setStyleSheet("font-weight: bold; padding-top: 6px;")
            self.headings[rule] = heading
            self.groups.addWidget(heading)
            self._add_cards(listed[:SHOWN_AT_FIRST], zone, today, self.groups.count())
            rest = listed[SHOWN_AT_FIRST:]
            if rest:
                more = QPushButton(self.tr("Show the other {count}").format(count=len(rest)))
                more.setObjectName(f"more_{rule.value}")
                more.clicked.connect(
                    lambda _checked=False, rest=rest, more=more: self._show_rest(rest, more,
                                                                                 zone, today))
                self.groups.addWidget(more)
        self.groups.addStretch(1)
        self.summary.setText(self.tr("To reach today: {count}").format(count=len(entries))
                             if entries else self.tr("No one to call today."))
        again = self.card_of(focused) if focused is not None else None
        if again is not None:
            again.setFocus()
        self.count_changed.emit(len(entries))

    def _add_cards(self, entries: list[CallListEntry], zone: ZoneInfo, today: date,
                   at: int) -> list[CallCard]:
        """Cards for `entries`, placed in the list from position `at`."""
        made = []
        for offset, entry in enumerate(entries):
            card = CallCard(entry, zone, today)
            card.work_requested.connect(self.work)
            card.copy_requested.connect(self.copy_number)
            self.groups.insertWidget(at + offset, card)
            made.append(card)
        self.cards += made
        return made

    def _show_rest(self, rest: list[CallListEntry], more: QPushButton, zone: ZoneInfo,
                   today: date) -> None:
        """The group's other cards in place of its "Show the other …" button, next in the
        arrow keys' order after the card above them."""
        at = self.groups.indexOf(more)
        above = self._widget_at(at - 1)
        more.hide()
        self.groups.removeWidget(more)
        more.deleteLater()
        made = self._add_cards(rest, zone, today, at)
        for card in made:
            card.show()  # at once, so the first of them can take the focus
        below = self._widget_at(at + len(made))
        chain: list[QWidget] = [widget for widget in (above, *made, below)
                                if isinstance(widget, CallCard)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        made[0].setFocus()

    def _widget_at(self, index: int) -> QWidget | None:
        item = self.groups.itemAt(index)
        return item.widget() if item is not None else None

    # Working an entry ---------------------------------------------------------------------

    def copy_number(self, number: str) -> None:
        self.clipboard.copy(number)
        self.copied.setText(self.tr("Number copied. The clipboard is cleared in {seconds} "
                                    "seconds.").format(
                                        seconds=self.clipboard.timer.interval() // 1000))
        self.copied.show()

    def work(self, entry: CallListEntry) -> CallDialog | None:
        """Open the call for `entry`, or show the session of a fix for a client not to call."""
        if fix_only(entry):
            card = self.card_of(entry.client_id)
            appointment = card.scheduling_appointment() if card is not None else None
            if appointment is not None:
                self.session_wanted.emit(appointment)
            return None
        if self._vault is None or self._settings is None:
            return None
        from ui.call_list.call_dialog import CallDialog  # loaded when first needed, not at start

        dialog = CallDialog(self._vault, self._worker, entry, self._settings, self._now,
                            clipboard=self.clipboard, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda _record: self.refresh())
        dialog.recorded.connect(lambda _record: self.recorded.emit())
        dialog.booked.connect(self.changed)
        dialog.termination_letter_wanted.connect(self.open_closing_letter)
        dialog.open()
        return dialog

    def open_closing_letter(self, client_id: int, reason: str) -> LetterDialog | None:
        """The termination letter for `reason` (a `TerminationReason` value), ready to write."""
        if self._vault is None:
            return None
        from services.papers.letter_drafts import TerminationReason
        from ui.letters.letter_dialog import open_letter_dialog  # QtPdf: only when wanted

        letter = open_letter_dialog(self, self._vault, self._worker, client_id,
                                    kind=LetterKind.TERMINATION)
        letter.reason.setCurrentIndex(letter.reason.findData(TerminationReason(reason)))
        letter.client_ended.connect(self._client_ended)
        return letter

    def _client_ended(self, client_id: int) -> None:
        self.client_changed.emit(client_id)
        self.refresh()
