"""How a reminder reaches the therapist: the system tray where there is one, else the
desktop's notification service (D-Bus), else the notice at the top of the window."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from ui.reminders import desktop_notifications
from ui.reminders.reminder_notice import ReminderNotice

# A way to show (title, text): True when it was shown.
Route = Callable[[str, str], bool]
SHOWN_MS = 15_000


class TrayRoute:
    """The system tray's balloon, from an icon made when the first reminder comes."""

    def __init__(self, parent: QObject) -> None:
        self._parent = parent
        self.icon: QSystemTrayIcon | None = None

    def __call__(self, title: str, text: str) -> bool:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self.icon is None:
            app = QApplication.instance()
            style = app.style() if isinstance(app, QApplication) else None
            self.icon = QSystemTrayIcon(self._parent)
            if style is not None:
                self.icon.setIcon(style.standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation))
            self.icon.setToolTip("Stillroom")
            self.icon.show()
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
        return True


def desktop_route(title: str, text: str) -> bool:
    return desktop_notifications.notify("Stillroom", title, text)


class ReminderDelivery:
    """Tries each route in turn; the window's notice when none of them could show it."""

    def __init__(self, notice: ReminderNotice, routes: Sequence[Route]) -> None:
        self.notice = notice
        self.routes = list(routes)

    def deliver(self, title: str, text: str) -> None:
        if not any(route(title, text) for route in self.routes):
            self.notice.show_reminder(title, text)
