"""Everything the therapist can ask of the practice's window, with its shortcut: the menus and
the toolbar, built in one place so a new command is added once."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WindowMenus(QObject):
    """The window's actions (`new_session`, `calls`, `lock`…), its menu bar and its toolbar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        w = window
        self.new_session = self._action(self.tr("New &session…"), self.tr("Ctrl+N"), w.new_session)
        self.new_client = self._action(self.tr("New &client…"), self.tr("Ctrl+Shift+N"),
                                       w.new_client)
        self.block_time = self._action(self.tr("&Block time…"), None, w.block_time)
        self.block_time.setObjectName("block_time_action")
        self.export_calendar = self._action(self.tr("&Export calendar…"), None,
                                            w.open_calendar_export)
        self.export_calendar.setObjectName("export_calendar_action")
        self.settings = self._action(self.tr("&Settings…"), self.tr("Ctrl+,"), w.open_settings)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.lock = self._action(self.tr("&Lock"), self.tr("Ctrl+L"), w.lock)
        self.calls = self._action(self.tr("Calls"), self.tr("Ctrl+Shift+K"), w.show_calls)
        self.calls.setObjectName("calls_action")
        self.notes = self._action(self.tr("Notes to finish"), None, w.show_notes_to_finish)
        self.notes.setObjectName("notes_action")
        self.find = self._action(self.tr("&Search notes…"),
                                 QKeySequence(QKeySequence.StandardKey.Find), w.note_search.focus)
        self.close_day = self._action(self.tr("Close the &day…"), self.tr("Ctrl+D"), w.close_today)
        self.agenda = self._action(self.tr("The day's &agenda…"), None, w.show_agenda)
        self.agenda.setObjectName("agenda_action")
        self.waiting_list = self._action(self.tr("&Waiting list…"), None, w.show_waiting_list)
        self.waiting_list.setObjectName("waiting_list_action")
        self.month = self._action(self.tr("The &month at a glance…"), None, w.open_month_report)
        self.import_practice = self._action(self.tr("&Import…"), None, w.open_import)
        self.import_practice.setObjectName("import_action")
        self.income_year = self._action(self.tr("The &year for the accountant…"), None,
                                        w.open_income_year)
        self.recovery_sheet = self._action(self.tr("Print the &recovery sheet…"), None,
                                           w.open_recovery_sheet)
        self.quit = self._action(self.tr("&Quit"), self.tr("Ctrl+Q"), w.close)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo, self.redo = w.undo_actions.undo, w.undo_actions.redo
        self.today = self._action(self.tr("&Today"), self.tr("Ctrl+T"), w.calendar.today)
        modes = [("day", self.tr("&Day")), ("work_week", self.tr("&Work week")),
                 ("week", self.tr("W&eek")), ("month", self.tr("&Month"))]
        self.modes = [
            self._action(text, f"Ctrl+{number}", partial(w.calendar.set_mode, mode))
            for number, (mode, text) in enumerate(modes, start=1)
        ]
        self.colour_key = self._action(self.tr("Calendar colour &key"), None, w.show_colour_key)
        self.colour_key.setObjectName("colour_key_action")
        self._menus()
        self.toolbar = self._toolbar()

    def _action(self, text: str, shortcut: QKeySequence | str | None,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _menus(self) -> None:
        w = self._window
        practice = w.menuBar().addMenu(self.tr("&Practice"))
        practice.addActions([self.new_session, self.new_client, self.block_time,
                             self.waiting_list])
        practice.addSeparator()
        practice.addActions([self.calls, self.notes, self.agenda, self.close_day, self.month,
                             self.income_year])
        practice.addSeparator()
        practice.addActions([self.import_practice, self.export_calendar, self.settings,
                             self.recovery_sheet, self.lock])
        practice.addSeparator()
        practice.addAction(self.quit)
        edit = w.menuBar().addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addAction(self.find)
        view = w.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.today)
        view.addSeparator()
        view.addActions(self.modes)
        view.addAction(self.colour_key)
        view.addSeparator()
        view.addActions([dock.toggleViewAction()
                         for dock in (w.clients_dock, w.calls_dock, w.notes_dock,
                                      w.panel_dock)])

    def _toolbar(self) -> QToolBar:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for group in ([self.new_session, self.new_client], [self.undo, self.redo],
                      [self.calls, self.notes, self.close_day], [self.settings, self.lock]):
            toolbar.addActions(group)
            toolbar.addSeparator()
        toolbar.removeAction(toolbar.actions()[-1])  # no separator after the last group
        room = QWidget()
        room.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(room)  # the search field sits at the right end
        toolbar.addWidget(self._window.note_search)
        self._window.addToolBar(toolbar)
        return toolbar
