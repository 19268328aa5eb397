"""The client panel's section on the client's own pattern: when and why they cancel or miss,
over the last twelve months, in words the therapist can bring to the client."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.enums import NoShowReason, ReasonCategory
from services.clients.client_pattern import ClientPattern
from ui.day_close.month_words import reason_category_label, time_of_day_label
from ui.forms import note_label
from ui.labels import window_label


class ClientPatternView(QWidget):
    """A few lines: how many were not kept, then by reason, weekday and time of day; and
    how many were kept by phone or video instead of being cancelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_pattern")
        self.summary = note_label()
        self.reasons = note_label()
        self.days = note_label()
        self.times = note_label()
        self.another_way = note_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for label in (*self.lines(), self.another_way):
            layout.addWidget(label)

    def lines(self) -> list[QLabel]:
        return [self.summary, self.reasons, self.days, self.times]

    def show_pattern(self, pattern: ClientPattern) -> None:
        self.another_way.setText(self.tr(
            "Kept by phone or video instead of cancelling: {count}.").format(
                count=pattern.kept_another_way))
        self.another_way.setVisible(pattern.kept_another_way > 0)
        if not pattern.not_kept:
            self.summary.setText(
                self.tr("Every session of the last 12 months was kept ({booked} in all).")
                .format(booked=pattern.booked) if pattern.booked
                else self.tr("No sessions in the last 12 months."))
            for label in self.lines()[1:]:
                label.hide()
            return
        self.summary.setText(self.tr(
            "Over the last 12 months, {not_kept} of {booked} sessions were not kept: "
            "no-shows {no_shows}, late cancellations {late}, cancelled in good time "
            "{early}.").format(not_kept=pattern.not_kept, booked=pattern.booked,
                               no_shows=pattern.no_shows, late=pattern.late_cancellations,
                               early=pattern.cancellations))
        self.reasons.setText(self.tr("Reasons: {counts}.").format(counts=", ".join(
            f"{self._reason(reason)} {count}" for reason, count in pattern.by_reason.items())))
        self.days.setText(self.tr("Weekdays: {counts}.").format(counts=", ".join(
            f"{weekday_name(day)} {count}" for day, count in pattern.by_weekday.items())))
        self.times.setText(self.tr("Times of day: {counts}.").format(counts=", ".join(
            f"{time_of_day_label(part).lower()} {count}"
            for part, count in pattern.by_time_of_day.items())))
        for label in self.lines()[1:]:
            label.show()

    def _reason(self, reason: str) -> str:
        """A cancellation's reason, a no-show's own, or none."""
        if reason == "unknown":
            return self.tr("no reason recorded")
        if reason in NoShowReason._value2member_map_ and \
                reason not in ReasonCategory._value2member_map_:
            return window_label(NoShowReason(reason)).lower()
        return reason_category_label(reason).lower()


def weekday_name(weekday: int) -> str:
    """Monday is 0; the day's full name in the window's language, as inside a sentence
    (English keeps its capital, Russian has none)."""
    return QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)
