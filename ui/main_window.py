"""The practice's window: the calendar in the middle, clients on the left, a client's panel on
the right; menus and a toolbar for the rest. Locking hides every client detail at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from services.appointments import CalendarEntry, days, find_entry
from services.errors import StillroomError
from services.late_arrivals import LateArrival, late_now
from services.practice_settings import PracticeSettings, read_settings
from services.vault import Vault
from ui.calendar.calendar_view import CalendarView
from ui.client_dialog import ClientDialog
from ui.client_list import ClientList
from ui.client_panel import ClientPanel
from ui.i18n import save_language, saved_language
from ui.idle_lock import IdleLock
from ui.late_notice import LateNotice
from ui.lock_screen import LockScreen, hide_open_dialogs, restore_dialogs
from ui.session_actions import SessionActions
from ui.settings_dialog import SettingsDialog
from ui.worker import DatabaseWorker, readable


class MainWindow(QMainWindow):
    """The open practice. Closing the window closes the vault, then emits `closed`."""

    closed = Signal()

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
        self._hidden_while_locked: list[QWidget] = []
        self._integrity_checked = False
        self.setWindowTitle(self.tr("Stillroom"))
        self.resize(1280, 800)

        self.undo_stack = QUndoStack(self)
        self.calendar = CalendarView(now=now)
        self.late_notice = LateNotice()
        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.late_notice)
        column.addWidget(self.calendar, 1)
        self.workspace = workspace
        self.lock_screen = LockScreen(vault.paths.folder, worker)
        self.central = QStackedWidget()
        self.central.addWidget(workspace)
        self.central.addWidget(self.lock_screen)
        self.setCentralWidget(self.central)

        self.client_list = ClientList(vault, worker, now)
        self.client_panel = ClientPanel(vault, worker, now)
        self.clients_dock = self._dock(self.tr("Clients"), "clients", self.client_list,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.panel_dock = self._dock(self.tr("Client"), "client", self.client_panel,
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([self.clients_dock, self.panel_dock], [260, 400],
                         Qt.Orientation.Horizontal)
        self.panel_dock.hide()

        self.session_actions = SessionActions(vault, worker, self, self.undo_stack, now)
        self.idle_lock = idle_lock or IdleLock(10, parent=self)
        self.late_timer = QTimer(self)
        self.late_timer.setInterval(late_check_ms)
        self.late_timer.timeout.connect(self.check_late)
        self._build_actions()
        self._connect()

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.statusBar().addPermanentWidget(self.busy)
        self.busy.hide()
        self.load_practice()

    def _dock(self, title: str, name: str, widget: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, shortcut: QKeySequence | str | None,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_session_action = self._action(self.tr("New &session…"), self.tr("Ctrl+N"),
                                               self.new_session)
        self.new_client_action = self._action(self.tr("New &client…"), self.tr("Ctrl+Shift+N"),
                                              self.new_client)
        self.settings_action = self._action(self.tr("&Settings…"), self.tr("Ctrl+,"),
                                            self.open_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.lock_action = self._action(self.tr("&Lock"), self.tr("Ctrl+L"), self.lock)
        self.quit_action = self._action(self.tr("&Quit"), self.tr("Ctrl+Q"), self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.today_action = self._action(self.tr("&Today"), self.tr("Ctrl+T"),
                                         self.calendar.today)
        modes = [("day", self.tr("&Day")), ("work_week", self.tr("&Work week")),
                 ("week", self.tr("W&eek")), ("month", self.tr("&Month"))]
        self.mode_actions = [
            self._action(text, f"Ctrl+{number}", partial(self.calendar.set_mode, mode))
            for number, (mode, text) in enumerate(modes, start=1)
        ]

        practice = self.menuBar().addMenu(self.tr("&Practice"))
        practice.addActions([self.new_session_action, self.new_client_action])
        practice.addSeparator()
        practice.addActions([self.settings_action, self.lock_action])
        practice.addSeparator()
        practice.addAction(self.quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.today_action)
        view.addSeparator()
        view.addActions(self.mode_actions)
        view.addSeparator()
        view.addActions([self.clients_dock.toggleViewAction(), self.panel_dock.toggleViewAction()])

        self.toolbar = QToolBar(self.tr("Main"))
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_session_action, self.new_client_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.settings_action, self.lock_action])
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        self.calendar.range_changed.connect(self.load_range)
        self.calendar.create_requested.connect(self._create_at)
        self.calendar.move_requested.connect(self.session_actions.move)
        self.calendar.action_requested.connect(self.session_actions.act)
        self.calendar.session_activated.connect(self._open_session_client)
        self.session_actions.changed.connect(self.reload)
        self.session_actions.client_wanted.connect(self.show_client)
        self.client_list.client_selected.connect(self.show_client)
        self.client_list.new_client_requested.connect(self.new_client)
        self.client_panel.client_changed.connect(self._client_changed)
        self.client_panel.session_activated.connect(self._open_session)
        self.idle_lock.lock_requested.connect(self.lock)
        self.late_notice.action_requested.connect(self.session_actions.act)
        self.lock_screen.unlocked.connect(self.unlock)

    # Reading ------------------------------------------------------------------------------

    def load_practice(self) -> None:
        """Read the practice's settings, then the calendar's dates."""
        if self._vault is None:
            return
        vault = self._vault
        self._worker.run(lambda: read_settings(vault), self._show_practice, self._not_read)

    def _show_practice(self, settings: PracticeSettings) -> None:
        self._settings = settings
        self.setWindowTitle(self.tr("Stillroom — {practice}").format(
            practice=settings.practice_name))
        self.lock_screen.set_practice_name(settings.practice_name)
        self.session_actions.set_zone(settings.zone)
        self.idle_lock.set_minutes(settings.idle_lock_minutes)
        self.calendar.set_practice(settings.zone, settings.work_starts, settings.work_ends,
                                   settings.work_days, settings.session_minutes)
        self.load_range(*self.calendar.visible_range())
        self.check_late()
        self.late_timer.start()
        if not self._integrity_checked and self._vault is not None:
            # Queued after the week's read: the week shows first, then every page is checked.
            self._integrity_checked = True
            self._worker.run(self._vault.check_integrity, lambda _none: None, self._damaged)

    def load_range(self, first: date, count: int) -> None:
        """Read the sessions of the dates the calendar shows; only the newest read is shown."""
        if self._vault is None:
            return
        vault = self._vault
        self._wanted_range = (first, count)
        self.busy.show()

        def show(entries: list[CalendarEntry]) -> None:
            if self._wanted_range != (first, count):
                return  # the therapist has moved on; a newer read is on its way
            self.busy.hide()
            self.session_actions.set_entries(entries)
            self.calendar.set_entries(entries)

        self._worker.run(lambda: days(vault, first, count), show, self._not_read)

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
        self.load_range(*self.calendar.visible_range())
        self.check_late()
        if self.panel_dock.isVisible():
            self.client_panel.refresh()
        self.client_list.refresh()

    def _damaged(self, error: StillroomError) -> None:
        """The database failed its check: say so, and close before anything is written."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Stillroom"),
                          self.tr("Stillroom cannot go on with this practice."),
                          QMessageBox.StandardButton.Close, self)
        box.setInformativeText(readable(error))
        box.finished.connect(lambda _result: self.close())
        box.open()

    def _not_read(self, error: StillroomError) -> None:
        self.busy.hide()
        self.statusBar().showMessage(readable(error))

    # Clients ------------------------------------------------------------------------------

    def show_client(self, client_id: int) -> None:
        self.client_panel.show_client(client_id)
        self.panel_dock.show()
        self.client_list.select_client(client_id)

    def _client_changed(self, _client_id: int) -> None:
        self.client_list.refresh()
        self.load_range(*self.calendar.visible_range())

    def _open_session_client(self, appointment_id: int) -> None:
        self.session_actions.act(appointment_id, "open_client")

    def _open_session(self, appointment_id: int) -> None:
        """A session chosen in the client's panel: show its day in the calendar."""
        if self._vault is None or self._settings is None:
            return
        vault, zone = self._vault, self._settings.zone
        self._worker.run(lambda: find_entry(vault, appointment_id),
                         lambda entry: self.calendar.go_to(entry.starts_at.astimezone(zone).date()),
                         self._not_read)

    def new_client(self) -> None:
        if self._vault is None:
            return
        dialog = ClientDialog(self._vault, self._worker, parent=self)
        dialog.saved.connect(self._client_added)
        dialog.open()

    def _client_added(self, client_id: int) -> None:
        self.client_list.refresh()
        self.show_client(client_id)

    def _create_at(self, starts_at: datetime, length_minutes: int) -> None:
        """A slot chosen in the calendar: booked for the client whose panel is open, if any."""
        shown = self.client_panel.client_id if self.panel_dock.isVisible() else None
        self.session_actions.create(starts_at, length_minutes, shown)

    def new_session(self) -> None:
        if self._settings is None:
            return
        now = self._now()
        self.session_actions.create(now, self._settings.session_minutes,
                            self.client_panel.client_id)

    # Settings -----------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self._vault is None:
            return
        dialog = SettingsDialog(self._vault, self._worker, self)
        dialog.saved.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self, settings: PracticeSettings) -> None:
        if settings.language.value != saved_language():
            save_language(settings.language.value)
            QMessageBox.information(self, self.tr("Language"), self.tr(
                "Stillroom will speak the new language the next time it starts."))
        self._show_practice(settings)
        self.client_panel.refresh()

    # Locking ------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.central.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every client detail at once; open dialogs keep what was typed in them."""
        if self.locked or self._vault is None:
            return
        self.idle_lock.pause()
        self._hidden_while_locked = hide_open_dialogs(self)
        for dock in (self.clients_dock, self.panel_dock):
            if dock.isVisible():
                dock.hide()
                self._hidden_while_locked.append(dock)
        self.central.setCurrentWidget(self.lock_screen)
        for widget in (self.menuBar(), self.toolbar):
            widget.setEnabled(False)
        self.lock_screen.setFocus()

    def unlock(self) -> None:
        self.central.setCurrentWidget(self.workspace)
        for widget in (self.menuBar(), self.toolbar):
            widget.setEnabled(True)
        restore_dialogs(self._hidden_while_locked)
        self._hidden_while_locked = []
        self.idle_lock.resume()
        self.reload()

    # Closing ------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.client_panel.has_unsaved_notes() and not self.locked:
            if self.client_panel.ask_to_save_notes():
                self.client_panel.notes.save()
        vault, self._vault = self._vault, None
        self.idle_lock.stop()
        self.late_timer.stop()
        self.client_list.clear()  # no search may start on a closing practice
        if vault is not None:
            # After any read still queued; the key is wiped and the lock released.
            self._worker.run(vault.close, self._vault_closed)
        event.accept()

    def _vault_closed(self, _nothing: None) -> None:
        self.closed.emit()
