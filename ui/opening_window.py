"""The window's frame while a remembered practice opens: shown at once, replaced in place.

With the key remembered there is nothing to ask, so the first thing on screen is the window
itself: its menus, the Clients dock and this week's empty grid, with "Opening your practice…"
below. It is drawn by Qt alone (nothing of the database code is loaded yet); the database
worker opens the practice and loads the real window's code behind it, and the real window
then takes its place, at the same position and size, with the week filled in.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QDockWidget, QListView, QMainWindow, QProgressBar, QWidget

FIRST_HOUR, LAST_HOUR = 8, 20  # the hours shown before the practice's own are known
DAYS = 7


def _translated(context: str, text: str) -> str:
    """The real window's own words for the same things, so nothing changes when it comes."""
    return QCoreApplication.translate(context, text)


class EmptyWeek(QWidget):
    """This week's days and hours as the calendar lays them out, with no sessions."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._monday = today - timedelta(days=today.weekday())
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        line = self.fontMetrics().height()
        header, gutter = line * 2, self.fontMetrics().horizontalAdvance("00:00") + line
        column = (self.width() - gutter) / DAYS
        hour = (self.height() - header) / (LAST_HOUR - FIRST_HOUR)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        for day in range(DAYS + 1):
            x = round(gutter + day * column)
            painter.drawLine(x, 0, x, self.height())
        for row in range(LAST_HOUR - FIRST_HOUR + 1):
            y = round(header + row * hour)
            painter.drawLine(gutter, y, self.width(), y)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        locale = QLocale()
        for day in range(DAYS):
            shown = self._monday + timedelta(days=day)
            name = f"{locale.dayName(shown.isoweekday(), QLocale.FormatType.ShortFormat)} " \
                   f"{shown.day}"
            painter.drawText(QRect(round(gutter + day * column), 0, round(column), header),
                             Qt.AlignmentFlag.AlignCenter, name)
        for row in range(LAST_HOUR - FIRST_HOUR):
            painter.drawText(QRect(0, round(header + row * hour), gutter - line // 2, line),
                             Qt.AlignmentFlag.AlignRight, f"{FIRST_HOUR + row:02d}:00")
        painter.end()


class OpeningWindow(QMainWindow):
    """The main window's frame, empty, saying that the practice is opening."""

    def __init__(self, today: date, opening: str) -> None:
        super().__init__()
        self.setWindowTitle(_translated("MainWindow", "Stillroom"))
        self.resize(1280, 800)  # as MainWindow
        for title in ("&Practice", "&Edit", "&View"):
            self.menuBar().addMenu(_translated("WindowMenus", title)).setEnabled(False)
        clients = QDockWidget(_translated("MainWindow", "Clients"), self)
        clients.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        clients.setWidget(QListView())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, clients)
        self.resizeDocks([clients], [300], Qt.Orientation.Horizontal)
        self.week = EmptyWeek(today)
        self.setCentralWidget(self.week)
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setTextVisible(False)
        busy.setMaximumWidth(160)
        self.statusBar().addPermanentWidget(busy)
        self.statusBar().showMessage(opening)

    def hand_over_to(self, window: QWidget) -> None:
        """Show `window` where this one is, as it is (maximised or not), and go."""
        if self.isVisible():
            window.setGeometry(self.geometry())
            if self.isMaximized():
                window.setWindowState(Qt.WindowState.WindowMaximized)
        window.show()
        self.close()
        self.deleteLater()
