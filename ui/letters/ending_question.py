"""After an ending letter is kept: ask, without blocking, whether the client is now ended (or,
after a "no contact" letter, ending on the day the letter names), with the sessions that
would be cancelled listed, and do it when the therapist says yes (one undoable action:
Edit → Undo Ending)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from services.clients.ending import Ending, end_client, sessions_to_cancel
from services.errors import StillroomError
from services.vault.practice_vault import Vault
from ui.client_labels import day_month_text, when_text
from ui.plain_text import literal
from ui.waiting_list.freed_news import FREED_SLOTS
from ui.worker import DatabaseWorker

# More sessions than this are counted, not listed.
LISTED = 8


class EndingQuestion(QObject):
    """`ended(ending)` once the client is marked ended or ending; `failed(error)` if that
    could not be done.

    `box` and `end_button` are the question shown (None until `ask` has read the sessions)."""

    ended = Signal(object)
    failed = Signal(object)

    def __init__(self, vault: Vault, worker: DatabaseWorker, parent: QWidget) -> None:
        super().__init__(parent)
        self._vault, self._worker, self._window = vault, worker, parent
        self.box: QMessageBox | None = None
        self.end_button: QPushButton | None = None

    def ask(self, client_id: int, name: str, on: date, now: datetime, zone: ZoneInfo) -> None:
        """Ask to end the client on `on` (today, or the day a letter promised)."""
        vault = self._vault
        self._worker.run(lambda: sessions_to_cancel(vault, client_id, on, now),
                         lambda starts: self._show(client_id, name, on, now, zone, starts),
                         self._failed)

    def _show(self, client_id: int, name: str, on: date, now: datetime, zone: ZoneInfo,
              starts: list[datetime]) -> None:
        today = now.astimezone(zone).date()
        planned = on > today
        if planned:
            title = self.tr("Mark the client as ending?")
            question = self.tr("Your letter says the file closes on {day}. Mark {name} as "
                               "ending on that day? Until then they are off the call list; on "
                               "that day they are marked ended.").format(
                                   day=day_month_text(on), name=name)
            yes = self.tr("Mark as ending on {day}").format(day=day_month_text(on))
        else:
            title = self.tr("Mark the client ended?")
            question = self.tr("Mark {name} as ended today? Their sessions stay in the records; "
                               "you can make them active again later.").format(name=name)
            yes = self.tr("Mark ended")
        box = QMessageBox(QMessageBox.Icon.Question, title, literal(question),
                          parent=self._window)
        box.setObjectName("ending_question")
        box.setInformativeText(literal(self._sessions_text(starts, zone, today)))
        self.end_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(self.end_button)
        box.finished.connect(lambda _result: self._answered(box, client_id, on, now))
        self.box = box
        box.open()

    def _sessions_text(self, starts: list[datetime], zone: ZoneInfo, today: date) -> str:
        if not starts:
            return self.tr("No sessions are booked after that.")
        listed = "\n".join(f"• {when_text(at, zone, today)}" for at in starts[:LISTED])
        more = len(starts) - LISTED
        if more > 0:
            listed += "\n" + self.tr("… and %n more", "", more)
        heading = self.tr("These booked sessions will be cancelled, as your decision, with no "
                          "fee:")
        return f"{heading}\n{listed}"

    def _answered(self, box: QMessageBox, client_id: int, on: date, now: datetime) -> None:
        if box.clickedButton() is not self.end_button:
            return
        vault = self._vault
        self._worker.run(lambda: end_client(vault, client_id, on, now),
                         self._done, self._failed)

    def _done(self, ending: Ending) -> None:
        self.ended.emit(ending)
        FREED_SLOTS.tell(ending.freed)  # offered to the waiting list once the dialog closes

    def _failed(self, error: StillroomError) -> None:
        self.failed.emit(error)
