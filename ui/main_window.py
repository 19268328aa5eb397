"""The practice's window: the calendar in the middle, clients on the left, a client's panel on
the right; menus and a toolbar for the rest. Locking hides every client detail at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from services.calendar.appointments import CalendarEntry, find_entry
from services.calendar.calendar_days import ShownDays, shown_days
from services.calls.late_arrivals import LateArrival, late_now
from services.clients.ending import end_due_clients
from services.errors import StillroomError
from services.notes.note_reading import sessions_with_notes
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from services.waiting_list.freed_slots import FreedSlot
from services.waiting_list.waiting_people import Waiting
from ui.blocks.block_actions import BlockActions
from ui.calendar.calendar_view import CalendarView
from ui.call_list.dock import CallListDock
from ui.client_list import ClientList
from ui.day_close.reminder import (
    DayCloseReminder,
    ask_for_open_day,
    open_day_text,
    reminder_text,
)
from ui.day_notice import DayNotice
from ui.file_dialogs import SAVE_FOLDER, forget_qt_history
from ui.i18n import save_language, saved_language
from ui.idle_lock import IdleLock
from ui.late_notice import LateNotice
from ui.lock_screen import LockScreen, hide_open_dialogs, restore_dialogs
from ui.note_reading.notes_to_finish import NotesToFinish
from ui.note_reading.search_field import NoteSearch
from ui.notes.note_windows import NoteWindows
from ui.plain_text import literal
from ui.reminders.delivery import ReminderDelivery, TrayRoute, desktop_route
from ui.reminders.reminder_clock import ReminderClock
from ui.reminders.reminder_notice import ReminderNotice
from ui.session_actions import SessionActions
from ui.undo_actions import UndoActions
from ui.waiting_list.freed_news import FREED_SLOTS
from ui.waiting_list.slot_offer import SlotOfferQuestion, first_start
from ui.window_menus import WindowMenus
from ui.worker import DatabaseWorker, readable

if TYPE_CHECKING:  # each loaded when first opened: a start needs none of them
    from ui.blocks.export_dialog import ExportCalendarDialog
    from ui.calendar.colour_key import ColourKey
    from ui.client_panel import ClientPanel
    from ui.day_close.close_day_dialog import CloseDayDialog
    from ui.day_close.month_report_window import MonthReportWindow
    from ui.importing.import_wizard import ImportWizard
    from ui.letters.recovery_sheet_dialog import RecoverySheetDialog
    from ui.money_papers.income_dialog import IncomeYearDialog
    from ui.notes.note_editor import NoteEditor
    from ui.reminders.agenda_window import AgendaWindow
    from ui.waiting_list.waiting_list_window import WaitingListWindow


class MainWindow(QMainWindow):
    """The open practice. Closing the window closes the vault, then emits `closed`."""

    closed = Signal()
    # Once, when the first week is read (or could not be): time to show the window. Emitted
    # on the event loop's next turn, so whoever built the window has connected to it.
    ready_to_show = Signal()

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 idle_lock: IdleLock | None = None, late_check_ms: int = 30_000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._worker = worker
        self._now = now
        self._settings: PracticeSettings | None = None
        self._wanted_range: tuple[date, int] | None = None
        self._wanted_session: int | None = None
        self._hidden_while_locked: list[QWidget] = []
        self.colour_key: ColourKey | None = None
        self._open_tab: QDockWidget | None = None  # of Clients and Calls, when locking
        self._started = False
        self._look_after_week: PracticeSettings | None = None  # the first look, waiting
        self.setWindowTitle(self.tr("Stillroom"))
        self.resize(1280, 800)

        self.calendar = CalendarView(now=now)
        self.late_notice = LateNotice()
        self.day_notice = DayNotice()
        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.late_notice)
        column.addWidget(self.day_notice)
        column.addWidget(self.calendar, 1)
        self.workspace = workspace
        self.lock_screen = LockScreen(vault.paths.folder, worker)
        self.central = QStackedWidget()
        self.central.addWidget(workspace)
        self.central.addWidget(self.lock_screen)
        # A reminder shown in the window sits above both, so it is seen while locked too.
        self.reminder_notice = ReminderNotice()
        framed = QWidget()
        frame = QVBoxLayout(framed)
        frame.setContentsMargins(0, 0, 0, 0)
        frame.addWidget(self.reminder_notice)
        frame.addWidget(self.central, 1)
        self.setCentralWidget(framed)

        self.client_list = ClientList(vault, worker, now, search_at_once=False)
        self._client_panel: ClientPanel | None = None  # built when first wanted, on this:
        self._panel_vault = vault
        self.clients_dock = self._dock(self.tr("Clients"), "clients", self.client_list,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.panel_dock = self._dock(self.tr("Client"), "client", QWidget(),
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.panel_dock.visibilityChanged.connect(self._panel_shown)
        self.call_list = CallListDock(vault, worker, now)
        self.calls_dock = self._dock(self.tr("Calls"), "calls", self.call_list,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.notes_to_finish = NotesToFinish(vault, worker, now)
        self.notes_dock = self._dock(self.tr("Notes to finish"), "notes", self.notes_to_finish,
                                     Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.clients_dock, self.calls_dock)
        self.tabifyDockWidget(self.calls_dock, self.notes_dock)
        self.notes_dock.hide()
        self.note_search = NoteSearch(vault, worker, now)
        self.clients_dock.raise_()
        self.resizeDocks([self.clients_dock, self.panel_dock], [300, 400],
                         Qt.Orientation.Horizontal)
        self.panel_dock.hide()
        self.day_reminder = DayCloseReminder(vault, worker, now, parent=self)
        self.reminders = ReminderClock(
            vault, worker, ReminderDelivery(self.reminder_notice, [TrayRoute(self), desktop_route]),
            now, locked=lambda: self.locked, parent=self)
        self.agenda_window: AgendaWindow | None = None
        self._agenda_waiting: date | None = None  # due while locked: shown at unlock

        self.session_actions = SessionActions(vault, worker, self, now)
        self.block_actions = BlockActions(vault, worker, self)
        self.slot_offer = SlotOfferQuestion(vault, worker, self._today, self)
        self.waiting_list: WaitingListWindow | None = None
        self.notes = NoteWindows(vault, worker, self)
        self.undo_actions = UndoActions(vault, worker, self)
        self.idle_lock = idle_lock or IdleLock(10, parent=self)
        self.late_timer = QTimer(self)
        self.late_timer.setInterval(late_check_ms)
        self.late_timer.timeout.connect(self.check_late)
        self.menus = WindowMenus(self)
        self._connect()

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.statusBar().addPermanentWidget(self.busy)
        self.busy.hide()
        self.load_practice()
        SAVE_FOLDER.open(vault, worker)

    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _connect(self) -> None:
        self.calendar.range_changed.connect(self.load_range)
        self.calendar.create_requested.connect(self._create_at)
        self.calendar.move_requested.connect(self.session_actions.move)
        self.calendar.action_requested.connect(self.session_actions.act)
        self.calendar.block_requested.connect(self.block_actions.add)
        self.calendar.block_action_requested.connect(self.block_actions.act)
        self.block_actions.changed.connect(self.reload)
        FREED_SLOTS.freed.connect(self.slot_offer.offer)
        self.slot_offer.book_wanted.connect(self._book_from_offer)
        self.call_list.waiting_list_wanted.connect(self.show_waiting_list)
        self.calendar.session_activated.connect(self.open_session_note)
        self.session_actions.changed.connect(self.reload)
        self.session_actions.note_wanted.connect(self.open_session_note)
        self.notes.note_changed.connect(self._note_changed)
        self.undo_actions.changed.connect(self.reload)
        self.session_actions.client_wanted.connect(self.show_client)
        self.client_list.client_selected.connect(self.show_client)
        self.client_list.new_client_requested.connect(self.new_client)
        self.idle_lock.lock_requested.connect(self.lock)
        self.late_notice.action_requested.connect(self.session_actions.act)
        self.lock_screen.unlocked.connect(self.unlock)
        self.call_list.count_changed.connect(self._calls_counted)
        self.call_list.changed.connect(self.reload)
        self.call_list.recorded.connect(self.undo_actions.update_names)
        self.call_list.session_wanted.connect(self._open_session)
        self.call_list.client_changed.connect(self._client_changed)
        self.day_reminder.day_ended.connect(
            lambda day: self.day_notice.show_day(day, reminder_text(day)))
        self.day_notice.close_requested.connect(self.open_close_day)
        for asks in (self.notes_to_finish, self.note_search):
            asks.note_requested.connect(self.open_session_note)
        self.note_search.client_requested.connect(self.show_client)
        self.notes_to_finish.count_changed.connect(self._notes_counted)
        self.reminders.agenda_due.connect(self._agenda_due)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # back in front (after a sleep, say): look again
            app.applicationStateChanged.connect(self.reminders.application_state)

    # Reading ------------------------------------------------------------------------------

    def load_practice(self) -> None:
        """Read the practice's settings, then the calendar's dates."""
        if self._vault is None:
            return
        vault = self._vault
        self._end_clients_due()
        self._worker.run(lambda: read_settings(vault), self._show_practice,
                         self._practice_not_read)

    def _practice_not_read(self, error: StillroomError) -> None:
        self._not_read(error)
        if not self._started:
            QTimer.singleShot(0, self, self.ready_to_show.emit)  # the reason in its status bar

    def _end_clients_due(self) -> None:
        """End anyone whose ending day, promised in a letter, has come: queued before any
        read, when the practice opens and each time it is unlocked."""
        if self._vault is None:
            return
        vault, now = self._vault, self._now()
        self._worker.run(lambda: end_due_clients(vault, now), lambda _ended: None,
                         self._not_read)

    def _show_practice(self, settings: PracticeSettings) -> None:
        self._settings = settings
        self.setWindowTitle(self.tr("Stillroom — {practice}").format(
            practice=settings.practice_name))
        self.lock_screen.set_practice_name(settings.practice_name)
        self.session_actions.set_zone(settings.zone)
        self.block_actions.set_zone(settings.zone)
        self.note_search.set_zone(settings.zone)
        self.idle_lock.set_minutes(settings.idle_lock_minutes)
        self.calendar.set_practice(settings.zone, settings.work_starts, settings.work_ends,
                                   settings.work_days, settings.session_minutes)
        first = not self._started and self._vault is not None
        if first:
            self._started = True
            self._look_after_week = settings
        self.load_range(*self.calendar.visible_range())
        self.check_late()
        self.late_timer.start()
        if not first:
            self.reminders.check()  # the settings may have turned them on or changed them

    def _after_first_week(self) -> None:
        """Once the first week is read (or could not be): the window can be shown, and once
        it is, the first look, so that nothing it reads holds up the week."""
        settings, self._look_after_week = self._look_after_week, None
        if settings is None or self._vault is None:
            return
        vault = self._vault
        QTimer.singleShot(0, self, self.ready_to_show.emit)
        QTimer.singleShot(0, self, lambda: self._first_look(vault, settings))

    def _first_look(self, vault: Vault, settings: PracticeSettings) -> None:
        """Once the week is shown: check every page beside the database worker (seconds on
        years of notes, which the week's navigation must not wait for), then what is waiting
        to be done."""
        if vault is not self._vault:
            return  # closed meanwhile
        self._worker.run_apart(vault.check_integrity, lambda _none: None,
                               lambda error: self._damaged(vault, error))
        self.client_list.refresh()
        self.call_list.refresh()
        self.notes_to_finish.refresh()
        today = self._now().astimezone(settings.zone).date()
        ask_for_open_day(vault, self._worker, today,
                         lambda day: self.day_notice.show_day(day, open_day_text(day)))
        self.day_reminder.start()
        self.reminders.start()

    def load_range(self, first: date, count: int) -> None:
        """Read the sessions and blocks of the dates the calendar shows; only the newest read
        is shown."""
        if self._vault is None:
            return
        vault = self._vault
        self._wanted_range = (first, count)
        self.busy.show()

        def show(read: ShownDays) -> None:
            if self._wanted_range != (first, count):
                return  # the therapist has moved on; a newer read is on its way
            entries, blocks = read
            self.busy.hide()
            self.session_actions.set_entries(entries)
            self.calendar.set_blocks(blocks)
            self.calendar.set_entries(entries)
            self._read_noted(entries)
            self._select_wanted_session()
            self._after_first_week()

        def not_read(error: StillroomError) -> None:
            self._not_read(error)
            self._after_first_week()

        self._worker.run(lambda: shown_days(vault, first, count), show, not_read)

    def _read_noted(self, entries: list[CalendarEntry]) -> None:
        """Which sessions shown have a note, for their menu's "Open note…"."""
        if self._vault is None:
            return
        vault, ids = self._vault, [entry.id for entry in entries]
        self._worker.run(lambda: sessions_with_notes(vault, ids), self.calendar.set_noted,
                         self._not_read)

    def check_late(self) -> None:
        """Read which clients have not arrived (every half minute, and after any change)."""
        if self._vault is None or self._settings is None:
            return
        vault, zone, now = self._vault, self._settings.zone, self._now()

        def show(late: list[LateArrival]) -> None:
            self.session_actions.know([arrival.entry for arrival in late])
            self.late_notice.show_late(late, zone)

        self._worker.run(lambda: late_now(vault, now), show, self._not_read)

    def reload(self) -> None:
        self.undo_actions.update_names()
        self.load_range(*self.calendar.visible_range())
        self.check_late()
        if self.panel_dock.isVisible():
            self.client_panel.refresh()
        self.client_list.refresh()
        self.call_list.refresh()
        self.notes_to_finish.refresh()
        self.reminders.check()  # a session booked or moved may be due soon

    def _damaged(self, vault: Vault, error: StillroomError) -> None:
        """The database failed its check: say so, and close before anything is written. A
        practice closed while its check ran has nothing more to hear."""
        if vault is not self._vault:
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Stillroom"),
                          self.tr("Stillroom cannot go on with this practice."),
                          QMessageBox.StandardButton.Close, self)
        box.setInformativeText(literal(readable(error)))
        box.finished.connect(lambda _result: self.close())
        box.open()

    def _not_read(self, error: StillroomError) -> None:
        self.busy.hide()
        self.statusBar().showMessage(readable(error))

    # Clients ------------------------------------------------------------------------------

    @property
    def client_panel(self) -> ClientPanel:
        """The client's panel, built the first time it is wanted: a start shows none, and
        building it (and loading its letters', papers' and repairs' code) would hold up the
        first week."""
        if self._client_panel is None:
            self._client_panel = self._build_panel()
        return self._client_panel

    def _build_panel(self) -> ClientPanel:
        from ui.client_panel import ClientPanel

        panel = ClientPanel(self._panel_vault, self._worker, self._now)
        panel.client_changed.connect(self._client_changed)
        panel.session_activated.connect(self._open_session)
        panel.note_requested.connect(self.open_session_note)
        self.panel_dock.setWidget(panel)
        return panel

    def _panel_shown(self, shown: bool) -> None:
        """Shown from the View menu before any client was chosen: built now."""
        if shown and self._client_panel is None and self._vault is not None:
            self._client_panel = self._build_panel()

    def _shown_client(self) -> int | None:
        """The client whose panel is open, if any."""
        panel = self._client_panel
        return panel.client_id if panel is not None and self.panel_dock.isVisible() else None

    def show_client(self, client_id: int) -> None:
        self.client_panel.show_client(client_id)
        self.panel_dock.show()
        self.client_list.select_client(client_id)

    def _client_changed(self, _client_id: int) -> None:
        self.undo_actions.update_names()  # ending a client is undoable
        self.client_list.refresh()
        self.load_range(*self.calendar.visible_range())

    def open_session_note(self, appointment_id: int) -> NoteEditor | None:
        """The session's note in its editor (opened, or brought forward if open already), its
        session shown in the calendar behind it."""
        if self._vault is None or self.locked:
            return None
        self.show_session(appointment_id)
        return self.notes.open(appointment_id)

    def _note_changed(self, _appointment_id: int) -> None:
        """A note begun, signed or added to: the calendar's menus and the lists of notes."""
        self._read_noted(self.calendar.entries())
        self.notes_changed()

    def _open_session(self, appointment_id: int) -> None:
        """A session chosen in the client's panel: show its day in the calendar."""
        if self._vault is None or self._settings is None:
            return
        vault, zone = self._vault, self._settings.zone
        self._worker.run(lambda: find_entry(vault, appointment_id),
                         lambda entry: self.calendar.go_to(entry.starts_at.astimezone(zone).date()),
                         self._not_read)

    def show_session(self, appointment_id: int) -> None:
        """Show the session's week in the calendar, with the session selected."""
        if self._vault is None or self._settings is None:
            return
        vault, zone = self._vault, self._settings.zone

        def go_to(entry: CalendarEntry) -> None:
            if self.calendar.mode() == "month":
                self.calendar.set_mode("week")
            self._wanted_session = entry.id
            shown = self.calendar.visible_range()
            self.calendar.go_to(entry.starts_at.astimezone(zone).date())
            if self.calendar.visible_range() == shown:  # no new days to read
                self._select_wanted_session()

        self._worker.run(lambda: find_entry(vault, appointment_id), go_to, self._not_read)

    def _select_wanted_session(self) -> None:
        """Select the session asked for, once the days it is on are read."""
        wanted, self._wanted_session = self._wanted_session, None
        if wanted is not None and any(e.id == wanted for e in self.calendar.time_grid.entries()):
            self.calendar.time_grid.select(wanted)
            self.calendar.time_grid.setFocus()

    def notes_changed(self) -> None:
        """A note was written, signed or added to: the lists that show notes read again."""
        self.notes_to_finish.refresh()
        if self.panel_dock.isVisible():
            self.client_panel.timeline.refresh()

    def show_notes_to_finish(self) -> None:
        self.notes_to_finish.refresh()  # the days since each session move on at midnight
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes_to_finish.table.setFocus()

    def _notes_counted(self, count: int) -> None:
        self.menus.notes.setText(self.tr("Notes to finish ({count})").format(count=count)
                                 if count else self.tr("Notes to finish"))

    def new_client(self) -> None:
        if self._vault is None:
            return
        from ui.client_dialog import ClientDialog

        dialog = ClientDialog(self._vault, self._worker, parent=self)
        dialog.saved.connect(self._client_added)
        dialog.open()

    def _client_added(self, client_id: int) -> None:
        self.client_list.refresh()
        self.show_client(client_id)

    def _create_at(self, starts_at: datetime, length_minutes: int) -> None:
        """A slot chosen in the calendar: booked for the client whose panel is open, if any."""
        self.session_actions.create(starts_at, length_minutes, self._shown_client())

    def new_session(self) -> None:
        if self._settings is None:
            return
        now = self._now()
        panel = self._client_panel
        self.session_actions.create(now, self._settings.session_minutes,
                                    panel.client_id if panel is not None else None)

    def block_time(self) -> None:
        """Keep time from clients, from the next hour of today."""
        if self._settings is None:
            return
        now = self._now().astimezone(self._settings.zone)
        self.block_actions.add(now.replace(minute=0, second=0, microsecond=0)
                               + timedelta(hours=1))

    def open_calendar_export(self) -> ExportCalendarDialog | None:
        today = self._today()
        if self._vault is None or today is None:
            return None
        from ui.blocks.export_dialog import ExportCalendarDialog

        dialog = ExportCalendarDialog(self._vault, self._worker, today, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_colour_key(self) -> None:
        """What the calendar's colours, marks and signs mean, in a window beside it."""
        if self.colour_key is None:
            from ui.calendar.colour_key import ColourKey

            self.colour_key = ColourKey(self)
        self.colour_key.show()
        self.colour_key.raise_()

    # The day's work -----------------------------------------------------------------------

    def show_calls(self) -> None:
        self.calls_dock.show()
        self.calls_dock.raise_()
        self.call_list.setFocus()

    def _calls_counted(self, count: int) -> None:
        self.menus.calls.setText(self.tr("Calls ({count})").format(count=count)
                                  if count else self.tr("Calls"))

    def _today(self) -> date | None:
        if self._settings is None:
            return None
        return self._now().astimezone(self._settings.zone).date()

    def close_today(self) -> None:
        today = self._today()
        if today is not None:
            self.open_close_day(today)

    def open_close_day(self, day: date) -> CloseDayDialog | None:
        if self._vault is None:
            return None
        from ui.day_close.close_day_dialog import CloseDayDialog

        dialog = CloseDayDialog(self._vault, self._worker, day, self, now=self._now)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.reload)
        dialog.day_closed.connect(self.day_notice.day_closed)
        dialog.note_wanted.connect(self.open_session_note)
        # Ctrl+Z and Ctrl+Shift+Z work in the dialog too, and it shows what they did.
        dialog.addActions([self.undo_actions.undo, self.undo_actions.redo])
        self.undo_actions.changed.connect(dialog.load)
        dialog.open()
        return dialog

    def show_agenda(self, day: date | None = None) -> AgendaWindow | None:
        """The day's agenda (today's, unless `day`) in its window, opened or brought forward."""
        wanted = day or self._today()
        if self._vault is None or wanted is None or self.locked:
            return None
        from ui.reminders.agenda_window import AgendaWindow

        if self.agenda_window is None:
            self.agenda_window = AgendaWindow(self._vault, self._worker, self._now, parent=self)
        self.agenda_window.load(wanted)
        if self.agenda_window.isVisible():
            self.agenda_window.raise_()
        else:
            self.agenda_window.show()
        return self.agenda_window

    def show_waiting_list(self) -> WaitingListWindow | None:
        """The waiting list in its window, read afresh, opened or brought forward."""
        if self._vault is None or self._settings is None or self.locked:
            return None
        if self.waiting_list is None:
            from ui.waiting_list.waiting_list_window import WaitingListWindow

            self.waiting_list = WaitingListWindow(
                self._vault, self._worker, self._settings.zone, self._settings.session_minutes,
                self._now, self)
            self.waiting_list.changed.connect(self.reload)
            self.waiting_list.changed.connect(self.client_list.refresh)
            self.undo_actions.changed.connect(self.waiting_list.load_if_shown)
        self.waiting_list.load()
        if self.waiting_list.isVisible():
            self.waiting_list.raise_()
        else:
            self.waiting_list.show()
        return self.waiting_list

    def _book_from_offer(self, person: Waiting, slot: FreedSlot) -> None:
        """"Offer to …": the booking from the waiting list, at the freed slot."""
        window = self.show_waiting_list()
        if window is not None and self._settings is not None:
            window.book(person, first_start(slot, self._settings.zone), slot.length_minutes,
                        slot.modality, slot.repeat)

    def _agenda_due(self, day: date) -> None:
        if self.locked:
            self._agenda_waiting = day
        else:
            self.show_agenda(day)

    def open_month_report(self) -> MonthReportWindow | None:
        today = self._today()
        if self._vault is None or today is None:
            return None
        from ui.day_close.month_report_window import MonthReportWindow  # QtCharts

        report = MonthReportWindow(self._vault, self._worker, today.year, today.month, self)
        report.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        report.show()
        return report

    def open_import(self) -> ImportWizard | None:
        """Practice → Import…: a client list or a calendar from another system, reviewed,
        all or nothing."""
        if self._vault is None:
            return None
        from ui.importing.import_wizard import ImportWizard

        wizard = ImportWizard(self._vault, self._worker, self, now=self._now)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _count: self.client_list.refresh())
        wizard.calendar_imported.connect(self._calendar_imported)
        wizard.open()
        return wizard
    def _calendar_imported(self, day: date) -> None:
        """A calendar brought in: its week in the calendar, and every list read again."""
        if self.calendar.mode() == "month":
            self.calendar.set_mode("week")
        self.calendar.go_to(day)
        self.reload()

    def open_income_year(self) -> IncomeYearDialog | None:
        today = self._today()
        if self._vault is None or today is None:
            return None
        from ui.money_papers.income_dialog import IncomeYearDialog

        dialog = IncomeYearDialog(self._vault, self._worker, today, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_recovery_sheet(self) -> RecoverySheetDialog | None:
        if self._vault is None:
            return None
        from ui.letters.recovery_sheet_dialog import RecoverySheetDialog  # QtPdf

        dialog = RecoverySheetDialog(self._vault, self._worker, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Settings -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self._vault is None:
            return
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._vault, self._worker, self)
        dialog.saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self, settings: PracticeSettings) -> None:
        if settings.language.value != saved_language():
            save_language(settings.language.value)
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "Stillroom will speak the new language the next time it starts."))
        self._show_practice(settings)
        if self._client_panel is not None:
            self._client_panel.refresh()

    # Locking ------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.central.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every client detail at once; open dialogs keep what was typed in them."""
        if self.locked or self._vault is None:
            return
        self.idle_lock.pause()
        self.reminder_notice.hide()  # it may name a client
        self._hidden_while_locked = hide_open_dialogs(self)
        self._open_tab = next((dock for dock in (self.clients_dock, self.calls_dock)
                               if not dock.visibleRegion().isEmpty()), None)  # not behind a tab
        self.note_search.clear()
        for dock in (self.clients_dock, self.calls_dock, self.notes_dock, self.panel_dock):
            if dock.isVisible():
                dock.hide()
                self._hidden_while_locked.append(dock)
        self.central.setCurrentWidget(self.lock_screen)
        for widget in (self.menuBar(), self.menus.toolbar):
            widget.setEnabled(False)
        self.lock_screen.setFocus()

    def unlock(self) -> None:
        self.central.setCurrentWidget(self.workspace)
        for widget in (self.menuBar(), self.menus.toolbar):
            widget.setEnabled(True)
        restore_dialogs(self._hidden_while_locked)
        self._hidden_while_locked = []
        if self._open_tab is not None:  # the tab that was open is open again
            self._open_tab.raise_()
        self.idle_lock.resume()
        self._end_clients_due()
        self.reload()
        waiting, self._agenda_waiting = self._agenda_waiting, None
        if waiting is not None:
            self.show_agenda(waiting)

    # Closing ------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        panel = self._client_panel
        if panel is not None and panel.has_unsaved_notes() and not self.locked:
            if panel.ask_to_save_notes():
                panel.notes.save()
        self.notes.save_all()  # queued before the practice closes
        vault, self._vault = self._vault, None
        SAVE_FOLDER.close()
        forget_qt_history()
        self.idle_lock.stop()
        self.late_timer.stop()
        self.day_reminder.stop()
        self.reminders.stop()
        self.client_list.clear()  # no search may start on a closing practice
        self.call_list.clear()
        self.notes_to_finish.clear()
        self.note_search.clear(closing=True)
        if vault is not None:
            FREED_SLOTS.freed.disconnect(self.slot_offer.offer)  # nothing more to offer here
            # After any read still queued; the key is wiped and the lock released.
            self._worker.run(vault.close, self._vault_closed)
        event.accept()

    def _vault_closed(self, _nothing: None) -> None:
        self.closed.emit()
