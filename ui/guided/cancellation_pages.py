"""The cancellation dialog's own steps: the request, keeping the session another way, its
fee and new time (what Finish will do is `ui.guided.finish_page`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import AppointmentStatus, CancelledBy, Modality, ReasonCategory
from services import validation
from services.calendar.cancellation_window import is_late_cancellation
from services.errors import InvalidValue
from ui.client_labels import when_text
from ui.dates import date_time_edit, instant_of
from ui.forms import HINT_STYLE, Form, note_label
from ui.guided.facts import SessionFacts
from ui.guided.fee_page import FeePage
from ui.guided.reschedule_page import ReschedulePage
from ui.guided.wizard import GuidedPage
from ui.labels import cancelled_by_label, modality_label, reason_label
from ui.plain_text import plain_label

translate = QCoreApplication.translate
REASON_LIMIT = 2000
UTC_ZONE = ZoneInfo("UTC")


def notice_text(notice: timedelta) -> str:
    """How long before the session the notice came: '45 min', '3 h 20 min', '2 days 22 h'."""
    minutes = max(0, int(notice.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    if hours == 0:
        return translate("Notice", "{minutes} min").format(minutes=minutes)
    if hours < 48:
        return (translate("Notice", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
                if rest else translate("Notice", "{hours} h").format(hours=hours))
    days, hours = divmod(hours, 24)
    return (translate("Notice", "{days} days {hours} h").format(days=days, hours=hours)
            if hours else translate("Notice", "{days} days").format(days=days))


class RequestPage(GuidedPage):
    """Who cancelled, when the notice came (late or in time, said live), the reason.

    Not skippable: it is what the cancellation is. `changed` is emitted when who cancelled
    or when the notice came changes, for the dialog to ask the policy again; while it asks,
    the page waits (`set_waiting`).
    """

    changed = Signal()

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, skippable=False, parent=parent)
        self._facts: SessionFacts | None = None
        self._waiting = False
        self.session = plain_label()
        self.session.setObjectName("session")
        bold = QFont(self.session.font())
        bold.setBold(True)
        self.session.setFont(bold)
        self.by_client = QRadioButton(cancelled_by_label(CancelledBy.CLIENT))
        self.by_client.setObjectName("by_client")
        self.by_therapist = QRadioButton(cancelled_by_label(CancelledBy.THERAPIST))
        self.by_therapist.setObjectName("by_therapist")
        self.who = QButtonGroup(self)
        for button in (self.by_client, self.by_therapist):
            self.who.addButton(button)
        self.by_client.setChecked(True)
        who_row = QHBoxLayout()
        who_row.setContentsMargins(0, 0, 0, 0)
        who_row.addWidget(self.by_client)
        who_row.addWidget(self.by_therapist)
        who_row.addStretch()
        who = QWidget()
        who.setLayout(who_row)
        self._zone = UTC_ZONE
        self.arrived = date_time_edit(datetime.now(UTC_ZONE), UTC_ZONE)  # set with the facts
        self.arrived.setObjectName("arrived")
        self.arrived.setMinimumWidth(self.arrived.fontMetrics().horizontalAdvance(
            "Wed 30 Sept 2026  00:00") + 60)
        arrived_row = QHBoxLayout()
        arrived_row.setContentsMargins(0, 0, 0, 0)
        arrived_row.addWidget(self.arrived)
        arrived_row.addStretch()
        arrived = QWidget()
        arrived.setLayout(arrived_row)
        self.arrived.setAccessibleName(translate("RequestPage", "When the notice came"))
        self.verdict = note_label()
        self.verdict.setObjectName("lateness")
        self.verdict.setFont(bold)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for category in ReasonCategory:
            self.reason.addItem(reason_label(category), category)
        self.reason.setPlaceholderText(translate("RequestPage", "Choose a reason"))
        self.reason.setCurrentIndex(-1)
        self.details = QLineEdit()
        self.details.setObjectName("details")
        self.details.setPlaceholderText(translate("RequestPage", "A few words (optional)"))

        form = Form()
        form.setVerticalSpacing(8)
        form.addRow(translate("RequestPage", "Who cancelled"), who)
        form.addRow(translate("RequestPage", "Notice came"), arrived)
        self.errors.add_row(form, "arrived_at", "arrived")
        form.addRow("", self.verdict)
        form.addRow(translate("RequestPage", "Reason"), self.reason)
        self.errors.add_row(form, "reason_category", "reason")
        form.addRow(translate("RequestPage", "In a few words"), self.details)
        self.errors.add_row(form, "reason_text", "details")
        self.body.addWidget(self.session)
        self.body.addSpacing(6)
        self.body.addLayout(form)
        self.by_therapist.toggled.connect(lambda _on: self._changed())
        self.arrived.dateTimeChanged.connect(lambda _value: self._changed())

    def set_session(self, facts: SessionFacts) -> None:
        """The session, and the notice as arriving now, the practice's time."""
        self._facts, self._zone = facts, facts.zone
        entry = facts.entry
        self.session.setText(translate("RequestPage", "{name} · {when} · {modality}").format(
            name=facts.client_name, when=when_text(entry.starts_at, facts.zone),
            modality=modality_label(entry.modality)))
        self.arrived.blockSignals(True)
        self.arrived.setDateTime(date_time_edit(facts.now, facts.zone).dateTime())
        self.arrived.blockSignals(False)
        self._changed()

    # What was asked

    def by(self) -> CancelledBy:
        return CancelledBy.THERAPIST if self.by_therapist.isChecked() else CancelledBy.CLIENT

    def arrived_at(self) -> datetime:
        return instant_of(self.arrived, self._zone)

    def window_hours(self) -> int:
        return self._facts.settings.cancel_window_hours if self._facts is not None else 0

    def is_late(self) -> bool:
        """A client's notice inside the window; the therapist's never is."""
        if self._facts is None or self.by() == CancelledBy.THERAPIST:
            return False
        return is_late_cancellation(self._facts.entry.starts_at, self.arrived_at(),
                                    self.window_hours())

    def status(self) -> AppointmentStatus:
        """The status the session will have once cancelled."""
        if self.by() == CancelledBy.THERAPIST:
            return AppointmentStatus.CANCELLED_BY_THERAPIST
        return (AppointmentStatus.LATE_CANCELLATION if self.is_late()
                else AppointmentStatus.CANCELLED)

    def category(self) -> ReasonCategory | None:
        return self.reason.currentData() if self.reason.currentIndex() >= 0 else None

    def reason_text(self) -> str:
        return self.details.text().strip()

    def notice_sentence(self) -> str:
        """How much notice that was, against the policy's window: late or in time."""
        facts = self._facts
        if facts is None:
            return ""
        if self.by() == CancelledBy.THERAPIST:
            return translate("RequestPage", "You cancelled it yourself: that is never a late "
                             "cancellation, and there is no fee.")
        before = facts.entry.starts_at - self.arrived_at()
        window = self.window_hours()
        if before <= timedelta(0):
            return translate("RequestPage", "The notice came after the session had begun; "
                             "your policy asks for {window} hours: this is a late "
                             "cancellation.").format(window=window)
        if self.is_late():
            return translate("RequestPage", "The notice came {notice} before the session; "
                             "your policy asks for {window} hours: this is a late "
                             "cancellation.").format(notice=notice_text(before), window=window)
        return translate("RequestPage", "The notice came {notice} before the session; your "
                         "policy asks for {window} hours: this is a cancellation in time, "
                         "with no fee.").format(notice=notice_text(before), window=window)

    # The policy's answer

    def set_waiting(self, waiting: bool) -> None:
        """Next waits while the policy's proposal for this notice is worked out."""
        self._waiting = waiting
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # Qt's name
        return super().isComplete() and not self._waiting

    def check(self) -> bool:
        facts = self._facts
        if facts is not None and self.arrived_at() > facts.now:
            self.errors.show("arrived_at", translate(
                "RequestPage", "The notice cannot have come later than now. Please check the "
                "day and time."))
            return False
        if self.category() is None:
            self.errors.show("reason_category", translate(
                "RequestPage", "Please choose a reason; \"Other\" will do."))
            return False
        try:
            validation.text(self.details.text(), "reason_text", multiline=False,
                            limit=REASON_LIMIT)
        except InvalidValue as error:
            self.show_error(error)
            return False
        return True

    def summary(self) -> list[str]:
        """Who cancelled, when the notice came, how late, and why: for the chart."""
        facts = self._facts
        category = self.category()
        if facts is None or category is None:
            return []
        when = when_text(facts.entry.starts_at, facts.zone)
        arrived = when_text(self.arrived_at(), facts.zone)
        if self.by() == CancelledBy.THERAPIST:
            lines = [translate("RequestPage", "I cancelled the session on {when}; I let them "
                               "know on {arrived}. No fee: I cancelled it.").format(
                                   when=when, arrived=arrived)]
        else:
            before, window = facts.entry.starts_at - self.arrived_at(), self.window_hours()
            lines = [translate("RequestPage", "Cancelled the session on {when}.").format(
                when=when)]
            if before <= timedelta(0):
                lines.append(translate(
                    "RequestPage", "The notice came on {arrived}, after the session had begun: "
                    "a late cancellation under the {window}-hour window.").format(
                        arrived=arrived, window=window))
            elif self.is_late():
                lines.append(translate(
                    "RequestPage", "The notice came on {arrived}, {notice} before the session: "
                    "a late cancellation under the {window}-hour window.").format(
                        arrived=arrived, notice=notice_text(before), window=window))
            else:
                lines.append(translate(
                    "RequestPage", "The notice came on {arrived}, {notice} before the session: "
                    "in time under the {window}-hour window, so no fee.").format(
                        arrived=arrived, notice=notice_text(before), window=window))
        lines.append(translate("RequestPage", "Reason: {reason}.").format(
            reason=reason_label(category)))
        if self.reason_text():
            lines.append(self.reason_text())
        return lines

    def _changed(self) -> None:
        self.verdict.setText(self.notice_sentence())
        self.errors.clear()
        self.changed.emit()


class KeepPage(GuidedPage):
    """Before cancelling: keep the session at the same time by phone or video instead?

    Not skippable: the answer decides what Finish does. `keeping()` is the way to meet
    instead, or None to cancel.
    """

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, skippable=False, parent=parent)
        self.text = note_label()
        self.text.setObjectName("keep_text")
        self.late_hint = note_label()
        self.late_hint.setObjectName("keep_late_hint")
        self.late_hint.setStyleSheet(HINT_STYLE)
        self.by_phone = QRadioButton(translate("KeepPage", "Yes, keep it by phone"))
        self.by_phone.setObjectName("keep_phone")
        self.by_video = QRadioButton(translate("KeepPage", "Yes, keep it by video"))
        self.by_video.setObjectName("keep_video")
        self.handle = note_label()
        self.handle.setObjectName("online_handle")
        self.handle.setStyleSheet(HINT_STYLE)
        self.cancel_it = QRadioButton(translate("KeepPage", "No, cancel it"))
        self.cancel_it.setObjectName("keep_no")
        self.choice = QButtonGroup(self)
        for button in (self.by_phone, self.by_video, self.cancel_it):
            self.choice.addButton(button)
        self.body.addWidget(self.text)
        self.body.addWidget(self.late_hint)
        self.body.addSpacing(8)
        self.body.addWidget(self.by_phone)
        self.body.addWidget(self.by_video)
        handle_row = QVBoxLayout()
        handle_row.setContentsMargins(26, 0, 0, 4)
        handle_row.addWidget(self.handle)
        self.body.addLayout(handle_row)
        self.body.addWidget(self.cancel_it)
        choice_errors = Form()
        self.errors.add_row(choice_errors, "keep")
        self.body.addLayout(choice_errors)

    def set_session(self, facts: SessionFacts) -> None:
        """Offer the ways of meeting the session does not use already."""
        current = facts.entry.modality
        self.by_phone.setVisible(current != Modality.PHONE)
        self.by_video.setVisible(current != Modality.VIDEO)
        handle = facts.client.draft.online_handle
        self.handle.setText(translate("KeepPage", "Their video details: {handle}").format(
            handle=handle))
        self.handle.setVisible(bool(handle) and current != Modality.VIDEO)

    def set_request(self, facts: SessionFacts, by: CancelledBy, late: bool) -> None:
        """The offer in words for who is cancelling, and what keeping it saves."""
        at = when_text(facts.entry.starts_at, facts.zone)
        if by == CancelledBy.THERAPIST:
            self.text.setText(translate(
                "KeepPage", "If you could still meet on {when}, by phone or video, the session "
                "can go ahead that way and nothing is cancelled.").format(when=at))
        else:
            self.text.setText(translate(
                "KeepPage", "Often what stops a client coming is getting there: work running "
                "late, a child at home, a cold, a journey. If {name} could still talk on "
                "{when}, the session can go ahead by phone or video instead, and nothing is "
                "cancelled.").format(name=facts.client_name, when=at))
        self.late_hint.setText(translate(
            "KeepPage", "This would be a late cancellation: kept, there is no fee to think "
            "about."))
        self.late_hint.setVisible(late)

    def check(self) -> bool:
        if self.choice.checkedButton() is None:
            self.errors.show("keep", translate(
                "KeepPage", "Please choose whether to keep the session or cancel it."))
            return False
        return True

    def keeping(self) -> Modality | None:
        """The way to meet instead, when the session is kept; None to cancel it."""
        if not self.taken():
            return None
        if self.by_phone.isChecked():
            return Modality.PHONE
        if self.by_video.isChecked():
            return Modality.VIDEO
        return None


class CancellationFeePage(FeePage):
    """The fee step, offered only when the session is cancelled (not kept) with a fee."""

    def __init__(self, title: str, subtitle: str, cancelling: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent)
        self.cancelling = cancelling

    def applies(self) -> bool:
        return super().applies() and self.cancelling()


class NewTimePage(ReschedulePage):
    """The new-time step, offered only when the session is cancelled; says what leaving it
    unscheduled means."""

    def __init__(self, title: str, subtitle: str, cancelling: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent)
        self.cancelling = cancelling
        self.unscheduled_hint = note_label()
        self.unscheduled_hint.setObjectName("unscheduled_hint")
        self.unscheduled_hint.setStyleSheet(HINT_STYLE)
        self.body.addWidget(self.unscheduled_hint)

    def set_client_name(self, name: str) -> None:
        self.unscheduled_hint.setText(translate(
            "NewTimePage", "If you leave it unscheduled, {name} will appear on your call list, "
            "so that you remember to offer a new time.").format(name=name))

    def applies(self) -> bool:
        return self.cancelling()
