"""The calendar's colour key: what each session's colour, mark and pattern means, and the signs
for how the client and the therapist meet, drawn exactly as the calendar draws them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from models.enums import AppointmentStatus, Modality
from ui.calendar.session_style import MARKS, CalendarColours, is_cancelled, modality_path
from ui.forms import dialog_layout, note_label
from ui.labels import modality_label, status_label
from ui.plain_text import plain_label

SAMPLE = QSize(110, 30)
ICON = 18


def meaning(status: AppointmentStatus) -> str:
    """What a status says happened, in a line."""
    translate = QCoreApplication.translate
    return {
        AppointmentStatus.SCHEDULED: translate("ColourKey", "Booked; nothing marked yet"),
        AppointmentStatus.ATTENDED: translate("ColourKey", "The session took place"),
        AppointmentStatus.ATTENDED_LATE: translate(
            "ColourKey", "The session took place; the client arrived late"),
        AppointmentStatus.NO_SHOW: translate(
            "ColourKey", "Nobody came and the session was not cancelled"),
        AppointmentStatus.CANCELLED: translate("ColourKey", "Cancelled by the client in time"),
        AppointmentStatus.LATE_CANCELLATION: translate(
            "ColourKey", "Cancelled by the client within the cancellation window"),
        AppointmentStatus.CANCELLED_BY_THERAPIST: translate("ColourKey", "Cancelled by you"),
        AppointmentStatus.MISSED_BY_THERAPIST: translate("ColourKey", "You missed the session"),
    }[status]


class SessionSample(QWidget):
    """A session block in a status's colours, with its mark, hatching and struck-through name,
    painted as the week shows it."""

    def __init__(self, status: AppointmentStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setFixedSize(SAMPLE)
        self.setAccessibleName(status_label(status))

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = CalendarColours(self.palette()).session(self.status)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(colours.border, 1))
        p.setBrush(colours.fill)
        p.drawRoundedRect(rect, 3, 3)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        if colours.hatch is not None:
            p.setBrush(QBrush(colours.hatch, Qt.BrushStyle.BDiagPattern))
            p.drawRect(self.rect().adjusted(2, 2, -2, -2))
        p.setBrush(colours.accent)
        p.drawRect(0, 0, 4, self.height())
        font = QFont(self.font())
        font.setBold(True)
        font.setStrikeOut(is_cancelled(self.status))
        p.setFont(font)
        text_rect = self.rect().adjusted(10, 0, -6, 0)
        p.setPen(colours.text)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter,
                   QCoreApplication.translate("ColourKey", "Client"))
        mark = MARKS[self.status]
        if mark:
            font.setStrikeOut(False)
            p.setFont(font)
            p.setPen(colours.accent)
            p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                       mark)
        p.end()


class ModalitySample(QWidget):
    """The sign the calendar puts on a session met in person, by phone or by video."""

    def __init__(self, modality: Modality, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.modality = modality
        self.setFixedSize(SAMPLE.width(), ICON + 6)
        self.setAccessibleName(modality_label(modality))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(10, 3)
        p.fillPath(modality_path(self.modality, ICON), self.palette().text())
        p.end()


class ColourKey(QDialog):
    """A small window beside the calendar; it stays open while the therapist works."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar colour key"))
        self.setObjectName("colour_key")
        self.setMinimumWidth(660)
        layout = dialog_layout(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.meanings: dict[AppointmentStatus | Modality, QLabel] = {}
        for row, status in enumerate(AppointmentStatus):
            grid.addWidget(SessionSample(status), row, 0)
            name = plain_label(status_label(status))
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            grid.addWidget(name, row, 1)
            self.meanings[status] = self._meaning(meaning(status))
            grid.addWidget(self.meanings[status], row, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addWidget(note_label(self.tr(
            "Cancelled sessions are hatched and their name is struck through. Each status "
            "but Booked has its own mark, so colour is never the only sign.")))
        ways = QGridLayout()
        ways.setHorizontalSpacing(12)
        for row, modality in enumerate(Modality):
            ways.addWidget(ModalitySample(modality), row, 0)
            self.meanings[modality] = self._meaning(modality_label(modality))
            ways.addWidget(self.meanings[modality], row, 1)
        ways.setColumnStretch(1, 1)
        layout.addLayout(ways)
        layout.addWidget(note_label(self.tr(
            "A session kept by phone or video instead of being cancelled shows the phone or "
            "video sign, and the month at a glance counts it.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    @staticmethod
    def _meaning(text: str) -> QLabel:
        label = plain_label(text)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        return label
