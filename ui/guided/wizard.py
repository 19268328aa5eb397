"""The guided dialog: steps in order, each one skippable, everything written together at Finish.

A dialog (`GuidedDialog` subclass) adds its pages (`GuidedPage` subclasses) with `add_step`,
calls `load()`, fills the pages from the `SessionFacts` read on the worker (`fill`), and says
what was decided (`decision`): one `SessionDecision` built from what each page collected.
Until Finish nothing is written; then one worker job hands the decision to the one use case
(`services.hard_moments.session_decision.decide`), which writes all of it or nothing.

When the use case refuses, nothing was written: the dialog stays open on the page the
refusal is about (the error's `part`, through `pages_for_parts`) with its message, and
Finish can be pressed again once it is put right.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLayout, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from models.enums import AppointmentStatus
from services.calendar.appointments import CalendarEntry
from services.errors import StillroomError
from services.hard_moments.session_decision import SessionDecision, decide
from services.vault.practice_vault import Vault
from ui.forms import FieldErrors
from ui.guided.facts import SessionFacts, read_session_facts
from ui.plain_text import plain_label
from ui.typed_text import may_close
from ui.worker import DatabaseWorker

translate = QCoreApplication.translate
SKIP = QWizard.WizardButton.CustomButton1
PageT = TypeVar("PageT", bound="GuidedPage")


class GuidedPage(QWizardPage):
    """One step: a title, what it asks, its messages; skipped or taken.

    Subclasses put their widgets in `self.body` and may override `applies` (whether the
    step is offered at all), `check` (the therapist's choices are complete: show what is
    missing with `self.errors` and return False) and `summary` (lines for the chart entry).
    """

    def __init__(self, title: str, subtitle: str = "", *, skippable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = title
        # The wizard shows titles as rich text, a size up from the subtitle under them.
        self.setTitle(f'<span style="font-size: large">{html.escape(title)}</span>')
        self.setSubTitle(subtitle or " ")  # the modern style shows the header only with one
        self.skippable = skippable
        self.skipped = False
        self.step_id = -1
        self._ready = False
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)
        self.general_error = plain_label()
        self.general_error.setObjectName("page_error")
        self.errors = FieldErrors(self.general_error)
        self._outer = QVBoxLayout(self)
        outer = self._outer
        outer.addWidget(self.content)
        outer.addStretch(1)  # the spare height goes below the step, unless `let_grow` says
        outer.addWidget(self.general_error)

    # What subclasses say

    def applies(self) -> bool:
        """Whether the dialog offers this step at all (the fee step only with a fee)."""
        return True

    def check(self) -> bool:
        """The choices are complete enough to go on; else show why and return False."""
        return True

    def summary(self) -> list[str]:
        """What was decided on this step, in sentences for the client's chart."""
        return []

    def let_grow(self, item: QWidget | QLayout) -> None:
        """Give `item` (in `body`) the page's spare height, rather than leaving it empty."""
        self.body.setStretchFactor(item, 1)
        self._outer.setStretch(0, 1)  # the content...
        self._outer.setStretch(1, 0)  # ...rather than the space under it

    # What the dialog asks

    def taken(self) -> bool:
        """Offered, reached and not skipped: what the page holds is to be written."""
        wizard = self.wizard()
        return (self.applies() and not self.skipped and wizard is not None
                and self.step_id in wizard.visitedIds())

    def set_ready(self) -> None:
        self._ready = True
        self.completeChanged.emit()

    def facts_arrived(self) -> None:
        """The session's facts came after this page was shown: show what depends on them.

        The window's worker runs on its own thread, so the first step is on screen before the
        facts are read; pages that build their content on arrival redo it here.
        """

    def isComplete(self) -> bool:  # Qt's name: Next and Finish wait for the facts
        return self._ready

    def validatePage(self) -> bool:  # Qt's name: called on Next and Finish
        self.errors.clear()
        return self.skipped or self.check()

    def show_error(self, error: StillroomError) -> None:
        self.errors.show_error(error)


class GuidedDialog(QWizard):
    """The base of the guided dialogs; open it with `open()` (a lock hides and restores it).

    Subclasses set `FEE_AS` (the status whose policy fee to propose, or None) and
    `OFFERS_SLOTS`, add their pages in `__init__`, call `self.load()` last, and implement
    `fill`, `decision` and `pages_for_parts`. `finished_with_changes` is emitted when Finish
    has written the decision, for the window to read the calendar again.
    """

    finished_with_changes = Signal()

    FEE_AS: ClassVar[AppointmentStatus | None] = None
    OFFERS_SLOTS: ClassVar[bool] = False

    def __init__(self, vault: Vault, worker: DatabaseWorker, entry: CalendarEntry,
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.worker, self.entry, self.now = vault, worker, entry, now
        self.facts: SessionFacts | None = None
        self._skipping = self._finishing = self._busy = False
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setSubTitleFormat(Qt.TextFormat.PlainText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.BackButton,
                              SKIP, QWizard.WizardButton.NextButton,
                              QWizard.WizardButton.FinishButton,
                              QWizard.WizardButton.CancelButton])
        for which, text in (
            (QWizard.WizardButton.BackButton, translate("GuidedDialog", "Back")),
            (QWizard.WizardButton.NextButton, translate("GuidedDialog", "Next")),
            (QWizard.WizardButton.FinishButton, translate("GuidedDialog", "Finish")),
            (QWizard.WizardButton.CancelButton, translate("GuidedDialog", "Cancel")),
            (SKIP, translate("GuidedDialog", "Skip this step")),
        ):
            self.setButtonText(which, text)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton, SKIP):
            button = self.button(which)
            if isinstance(button, QPushButton):  # Enter goes on (Next, Finish), never back or out
                button.setAutoDefault(False)
        self.setMinimumSize(680, 560)
        self.customButtonClicked.connect(self._custom_clicked)
        self.currentIdChanged.connect(lambda _id: self._update_skip())

    # For subclasses

    def add_step(self, page: PageT) -> PageT:
        page.step_id = self.addPage(page)
        return page

    def steps(self) -> list[GuidedPage]:
        pages = (self.page(page_id) for page_id in self.pageIds())
        return [page for page in pages if isinstance(page, GuidedPage)]

    def load(self) -> None:
        """Read the facts on the worker; the pages are filled and made ready when they come."""
        vault, entry, now = self.vault, self.entry, self.now
        fee_as, with_slots = self.FEE_AS, self.OFFERS_SLOTS
        self.worker.run(
            lambda: read_session_facts(vault, entry, now, fee_as=fee_as, with_slots=with_slots),
            self._loaded, self._load_failed)

    def fill(self, facts: SessionFacts) -> None:
        """Put what was read into the pages."""
        raise NotImplementedError

    def decision(self) -> SessionDecision:
        """What the therapist decided on the pages, for Finish to write as one."""
        raise NotImplementedError

    def pages_for_parts(self) -> dict[str, GuidedPage]:
        """The page each part of the decision comes from, to show a refusal where it belongs."""
        raise NotImplementedError

    # Qt's virtual methods

    def nextId(self) -> int:  # the next step that applies; -1 on the last
        ids = self.pageIds()
        current = self.currentId()
        for page_id in ids[ids.index(current) + 1:] if current in ids else ids:
            page = self.page(page_id)
            if not isinstance(page, GuidedPage) or page.applies():
                return page_id
        return -1

    def validateCurrentPage(self) -> bool:
        if self._skipping or self._finishing:
            return True
        page = self.currentPage()
        if isinstance(page, GuidedPage):
            page.skipped = False
        return super().validateCurrentPage()

    def accept(self) -> None:
        """Finish: check the last step, then write the whole decision in one job."""
        if self._finishing:
            super().accept()
            return
        if self._busy or self.facts is None or not self.validateCurrentPage():
            return
        try:
            decision = self.decision()
        except StillroomError as error:  # a choice made invalid after its step was checked
            self._show_refusal(None, error)
            return
        if not decision.changes_anything():
            self._finishing = True
            super().accept()
            return
        self._set_busy(True)
        vault = self.vault
        self.worker.run(lambda: decide(vault, decision), self._written, self._refused)

    def reject(self) -> None:
        if self._busy:
            return  # the decision under way is written first
        if may_close(self):
            super().reject()

    # Inside

    def _loaded(self, facts: SessionFacts) -> None:
        self.facts = facts
        self.fill(facts)
        for page in self.steps():
            page.set_ready()
        current = self.currentPage()
        if isinstance(current, GuidedPage):
            current.facts_arrived()
        self._update_skip()

    def _load_failed(self, error: StillroomError) -> None:
        steps = self.steps()
        page = self.currentPage() or (steps[0] if steps else None)
        if isinstance(page, GuidedPage):
            page.show_error(error)

    def _custom_clicked(self, which: int) -> None:
        if which == SKIP.value:
            self.skip_step()

    def skip_step(self) -> None:
        """The therapist passes over this step: nothing is written for it."""
        page = self.currentPage()
        if (not isinstance(page, GuidedPage) or not page.skippable
                or not page.isComplete() or self._busy):
            return
        page.skipped = True
        page.errors.clear()
        self._skipping = True
        try:
            if self.nextId() == -1:
                self.accept()
            else:
                self.next()
        finally:
            self._skipping = False

    def _update_skip(self) -> None:
        page = self.currentPage()
        skippable = isinstance(page, GuidedPage) and page.skippable
        button = self.button(SKIP)
        if button is not None:  # the option alone would not hide it under a button layout
            button.setVisible(skippable)
        self.setButtonText(SKIP, translate("GuidedDialog", "Skip and finish")
                           if self.nextId() == -1
                           else translate("GuidedDialog", "Skip this step"))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
                      SKIP):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _written(self, _booked: list[int]) -> None:
        self._set_busy(False)
        self._finishing = True
        super().accept()
        self.finished_with_changes.emit()

    def _refused(self, error: StillroomError) -> None:
        self._set_busy(False)
        self._show_refusal(self.pages_for_parts().get(error.part or ""), error)
        self._update_skip()

    def _show_refusal(self, page: GuidedPage | None, error: StillroomError) -> None:
        """Go back to the page the refusal is about and show it there."""
        if page is not None and page.step_id in self.visitedIds():
            for _ in self.visitedIds():
                if self.currentId() == page.step_id:
                    break
                self.back()
        target = self.currentPage()
        if isinstance(target, GuidedPage):
            target.show_error(error)
