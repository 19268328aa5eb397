"""How a session looks: colours taken from the palette, a mark for each status, modality icons.

A status is never told by colour alone: each one but "booked" has its own mark (✓ attended,
◷ attended late, ✗ no-show, ⊘ cancelled, ⚠ late cancellation, ⊖ cancelled by me, ⚑ missed by
me), and cancellations are hatched and struck through. All the marks are in DejaVu Sans, the
application's font. Fills are a tint of the status colour over the palette's base, so text in
the palette's own text colour stays readable in a light or a dark palette; where it would not
(contrast under 4.5:1) the text turns black or white.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QPainterPath, QPalette, QPolygonF

from models.enums import AppointmentStatus, Modality
from services.calendar.appointments import CANCELLATIONS, CalendarEntry
from ui.dates import qdate
from ui.labels import modality_label, status_label

Status = AppointmentStatus

MARKS = {
    Status.SCHEDULED: "",
    Status.ATTENDED: "✓",
    Status.ATTENDED_LATE: "◷",
    Status.NO_SHOW: "✗",
    Status.CANCELLED: "⊘",
    Status.LATE_CANCELLATION: "⚠",
    Status.CANCELLED_BY_THERAPIST: "⊖",
    Status.MISSED_BY_THERAPIST: "⚑",
}

HUES = {
    Status.SCHEDULED: "#2f6fd0",
    Status.ATTENDED: "#2e8b57",
    Status.ATTENDED_LATE: "#0f8b8d",
    Status.NO_SHOW: "#d0393e",
    Status.CANCELLED: "#7d8590",
    Status.LATE_CANCELLATION: "#d9822b",
    Status.CANCELLED_BY_THERAPIST: "#6f6a9a",
    Status.MISSED_BY_THERAPIST: "#a2359a",
}

NOW_LIGHT, NOW_DARK = "#d93025", "#ff6e61"


def is_cancelled(status: AppointmentStatus) -> bool:
    return status in CANCELLATIONS


def blend(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of `front` over `back`."""
    keep = 1.0 - amount
    return QColor(round(front.red() * amount + back.red() * keep),
                  round(front.green() * amount + back.green() * keep),
                  round(front.blue() * amount + back.blue() * keep))


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_on(fill: QColor, wanted: QColor, minimum: float = 4.5) -> QColor:
    if contrast(fill, wanted) >= minimum:
        return wanted
    black, white = QColor("black"), QColor("white")
    return black if contrast(fill, black) >= contrast(fill, white) else white


class SessionColours:
    __slots__ = ("fill", "accent", "text", "border", "hatch")

    def __init__(self, fill: QColor, accent: QColor, text: QColor, border: QColor,
                 hatch: QColor | None) -> None:
        self.fill, self.accent, self.text, self.border, self.hatch = (
            fill, accent, text, border, hatch)


class CalendarColours:
    """The calendar's colours, worked out once from a palette."""

    def __init__(self, palette: QPalette) -> None:
        role = QPalette.ColorRole
        self.base = palette.color(role.Base)
        self.text = palette.color(role.Text)
        self.dark = self.base.lightness() < 128
        self.off_hours = blend(self.text, self.base, 0.07 if self.dark else 0.05)
        self.off_day = blend(self.text, self.base, 0.10 if self.dark else 0.075)
        self.line = blend(self.text, self.base, 0.22 if self.dark else 0.16)
        self.half_line = blend(self.text, self.base, 0.11 if self.dark else 0.07)
        self.dim = readable_on(self.off_day, blend(self.text, self.base, 0.62), 4.5)
        self.highlight = palette.color(role.Highlight)
        self.highlighted_text = readable_on(self.highlight, palette.color(role.HighlightedText))
        self.header = palette.color(role.Window)
        self.header_text = palette.color(role.WindowText)
        self.now = QColor(NOW_DARK if self.dark else NOW_LIGHT)
        # Time kept from clients: a grey band, hatched, unlike any session's colour.
        self.blocked = blend(self.text, self.base, 0.13 if self.dark else 0.10)
        self.blocked_hatch = blend(self.text, self.base, 0.30 if self.dark else 0.22)
        self.blocked_text = readable_on(self.blocked, blend(self.text, self.base, 0.72), 4.5)
        self._sessions: dict[tuple[AppointmentStatus, bool], SessionColours] = {}

    def session(self, status: AppointmentStatus, selected: bool = False) -> SessionColours:
        key = (status, selected)
        if key not in self._sessions:
            self._sessions[key] = self._session(status, selected)
        return self._sessions[key]

    def _session(self, status: AppointmentStatus, selected: bool) -> SessionColours:
        accent = QColor(HUES[status])
        if self.dark:
            accent = accent.lighter(135)
        cancelled = is_cancelled(status)
        amount = (0.12 if cancelled else 0.2) if not self.dark else (0.22 if cancelled else 0.36)
        if selected:
            amount += 0.14
        fill = blend(accent, self.base, amount)
        wanted = blend(self.text, fill, 0.72) if cancelled else self.text
        text = readable_on(fill, wanted, 4.5)
        border = blend(accent, fill, 0.55)
        hatch = blend(accent, fill, 0.28) if cancelled else None
        return SessionColours(fill, accent, text, border, hatch)


def modality_path(modality: Modality, s: float) -> QPainterPath:
    """A small filled icon in an `s`-wide square at the origin: a person, a telephone, a
    video camera."""
    path = QPainterPath()
    if modality == Modality.IN_PERSON:
        path.addEllipse(QRectF(0.3 * s, 0.04 * s, 0.4 * s, 0.4 * s))
        path.moveTo(0.1 * s, s)
        path.cubicTo(0.1 * s, 0.52 * s, 0.9 * s, 0.52 * s, 0.9 * s, s)
        path.closeSubpath()
    elif modality == Modality.VIDEO:
        path.addRoundedRect(QRectF(0, 0.24 * s, 0.64 * s, 0.52 * s), 0.1 * s, 0.1 * s)
        path.addPolygon(QPolygonF([QPointF(0.6 * s, 0.5 * s), QPointF(s, 0.22 * s),
                                   QPointF(s, 0.78 * s), QPointF(0.6 * s, 0.5 * s)]))
    else:
        path.moveTo(0.08 * s, 0.3 * s)  # the handset
        path.cubicTo(0.08 * s, 0.05 * s, 0.92 * s, 0.05 * s, 0.92 * s, 0.3 * s)
        path.lineTo(0.92 * s, 0.44 * s)
        path.lineTo(0.66 * s, 0.44 * s)
        path.lineTo(0.66 * s, 0.3 * s)
        path.cubicTo(0.56 * s, 0.26 * s, 0.44 * s, 0.26 * s, 0.34 * s, 0.3 * s)
        path.lineTo(0.34 * s, 0.44 * s)
        path.lineTo(0.08 * s, 0.44 * s)
        path.closeSubpath()
        path.moveTo(0.28 * s, 0.48 * s)  # the body
        path.lineTo(0.72 * s, 0.48 * s)
        path.lineTo(0.94 * s, 0.96 * s)
        path.lineTo(0.06 * s, 0.96 * s)
        path.closeSubpath()
    path.setFillRule(Qt.FillRule.WindingFill)
    return path



def short_time(at: datetime, locale: QLocale) -> str:
    return locale.toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def session_tooltip(entry: CalendarEntry, zone: ZoneInfo, locale: QLocale | None = None) -> str:
    """Date and time range, client, modality and status, in words."""
    locale = locale or QLocale()
    starts = entry.starts_at.astimezone(zone)
    ends = (entry.starts_at + timedelta(minutes=entry.length_minutes)).astimezone(zone)
    when = QCoreApplication.translate("Calendar", "{day}, {start}–{end}").format(
        day=locale.toString(qdate(starts), "dddd d MMMM yyyy"),
        start=short_time(starts, locale), end=short_time(ends, locale))
    mark = MARKS[entry.status]
    status = status_label(entry.status)
    return "\n".join((when, entry.client_name, QCoreApplication.translate(
        "Calendar", "{modality} · {status}").format(
            modality=modality_label(entry.modality),
            status=f"{mark} {status}" if mark else status)))
