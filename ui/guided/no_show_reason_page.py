"""A step of the no-show dialog: why the session was missed, as far as the therapist knows.

The reason is kept on the session, so the month at a glance can show what gets in the way
(forgetting, above all, which reminders can help with). Skipped, nothing is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QRadioButton, QWidget

from models.enums import NoShowReason
from ui.guided.wizard import GuidedPage
from ui.labels import window_label

translate = QCoreApplication.translate


class NoShowReasonPage(GuidedPage):
    """One reason, chosen from the practice's list; `reason()` is None when skipped."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[NoShowReason, QRadioButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for index, reason in enumerate(NoShowReason):
            button = QRadioButton(window_label(reason))
            button.setObjectName(f"reason_{reason.value}")
            self.group.addButton(button)
            self.buttons[reason] = button
            grid.addWidget(button, index % 4, index // 4)
        grid.setColumnStretch(2, 1)
        self.body.addLayout(grid)

    def chosen(self) -> NoShowReason | None:
        for reason, button in self.buttons.items():
            if button.isChecked():
                return reason
        return None

    def check(self) -> bool:
        if self.chosen() is None:
            self.errors.show("no_show_reason", translate(
                "NoShowReasonPage", "Please choose a reason, or skip this step."))
            return False
        return True

    def reason(self) -> NoShowReason | None:
        """The reason to keep; None when the step was skipped or not reached."""
        return self.chosen() if self.taken() else None

    def summary(self) -> list[str]:
        reason = self.reason()
        if reason is None:
            return []
        return [translate("NoShowReasonPage", "Why it was missed: {reason}.").format(
            reason=window_label(reason))]
