"""The calendar's review: each title and what its events become, the summary, and what changed.

Matching the titles to clients runs on the database worker; then the therapist confirms or
changes each row, and the summary follows every change. A calendar imported before says so:
its events already in the book are left alone, and what the newer export moved or cancelled
is listed with a box to tick, applied only when ticked. Finish writes on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHeaderView, QTableWidgetItem

from services.calendar_import.changes import ChangeKind, EventChange
from services.calendar_import.decisions import ImportSummary, import_summary
from services.calendar_import.matching import CalendarPlan, propose_matches
from services.calendar_import.writing import PastAs, import_calendar
from services.errors import StillroomError
from ui.dates import local_text
from ui.importing.calendar_words import counted
from ui.importing.match_table import MatchModel, fit_columns, match_view, title_rows
from ui.importing.step_page import StepPage, cell, table
from ui.plain_text import literal, plain_label

WHEN = "ddd d MMM yyyy HH:mm"
CLASHES_SHOWN = 12


class CalendarReviewPage(StepPage):
    """The titles of the calendar, what each becomes, and the summary of what Finish writes."""

    def __init__(self) -> None:
        super().__init__(self.tr("Check the calendar before importing"), self.tr(
            "Each title of the calendar is matched to a client where its name says who. "
            "Change any row that is wrong; nothing is added until you press Finish."))
        self.summary = plain_label()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.past = plain_label()
        self.past.setObjectName("import_past")
        self.past.setWordWrap(True)
        self.before = plain_label()
        self.before.setObjectName("import_before")
        self.before.setWordWrap(True)
        self.book_anyway = QCheckBox(self.tr(
            "Book them anyway, beside the sessions already there"))
        self.book_anyway.setObjectName("import_book_anyway")
        self.book_anyway.toggled.connect(self._sum_up)
        self.only_unsure = QCheckBox(self.tr("Show only the rows to check"))
        self.only_unsure.toggled.connect(self._filter)
        self.titles = match_view()
        self.changes_heading = plain_label(self.tr(
            "Changed in the calendar since it was imported. Tick each change to make it in "
            "Stillroom too:"))
        self.changes_heading.setWordWrap(True)
        self.changes = table([self.tr("Change"), self.tr("Title"), self.tr("Was"),
                              self.tr("Now")])
        self.changes.setObjectName("import_changes")
        self.changes.itemChanged.connect(lambda _item: self.completeChanged.emit())
        self.changes.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.body.addWidget(self.summary)
        self.body.addWidget(self.past)
        self.body.addWidget(self.before)
        self.body.addWidget(self.book_anyway)
        self.body.addWidget(self.only_unsure)
        self.body.addWidget(self.titles, 3)
        self.body.addWidget(self.changes_heading)
        self.body.addWidget(self.changes, 1)
        self.finish_layout()
        self.plan: CalendarPlan | None = None
        self.model: MatchModel | None = None
        self.summed: ImportSummary | None = None

    def initializePage(self) -> None:  # Qt's name: the page is shown after Next
        wizard = self.owner()
        file = wizard.choose_page.calendar
        assert file is not None  # Next waits for the file
        self.plan = None
        self.model = None
        self.summed = None
        self.titles.setModel(None)
        for label in (self.summary, self.past, self.before):
            label.clear()
        self.before.hide()
        self.only_unsure.setChecked(False)
        self.only_unsure.hide()
        self.book_anyway.setChecked(False)
        self.book_anyway.hide()
        self.changes_heading.hide()
        self.changes.hide()
        self.changes.setRowCount(0)
        self.working(self.tr("Matching the titles to your clients…"))
        vault, now = wizard.vault, wizard.now()
        wizard.worker.run(lambda: propose_matches(vault, file, now), self._matched,
                          self.failed)

    def _matched(self, plan: CalendarPlan) -> None:
        self.stopped()
        self.plan = plan
        self.model = MatchModel(title_rows(plan), plan.proposed(), list(plan.clients))
        self.model.setParent(self)
        self.titles.setModel(self.model)
        fit_columns(self.titles)
        self.model.decisions_changed.connect(self._sum_up)
        unsure = sum(1 for row in self.model.rows if row.unsure)
        self.only_unsure.setText(self.tr("Show only the rows to check (%n)", "", unsure))
        self.only_unsure.setVisible(unsure > 0)
        if plan.already_imported:
            self.before.setText(self.tr(
                "This calendar was imported before: %n of its events are in Stillroom "
                "already and stay as they are. Only what is new is added.", "",
                len(plan.already_imported)))
            self.before.show()
        self._show_changes(plan.changes)
        self._sum_up()

    def _show_changes(self, changes: tuple[EventChange, ...]) -> None:
        if not changes:
            return
        zone = ZoneInfo(self.plan.file.zone) if self.plan else None
        assert zone is not None
        words = {ChangeKind.MOVED: self.tr("Moved"),
                 ChangeKind.CANCELLED: self.tr("Cancelled"),
                 ChangeKind.RETITLED: self.tr("Renamed")}
        self.changes.setRowCount(len(changes))
        for row, change in enumerate(changes):
            tick = QTableWidgetItem(words[change.kind])
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.changes.setItem(row, 0, tick)
            self.changes.setItem(row, 1, cell(change.title))
            was = local_text(change.was_starts_at, zone, WHEN)
            now = (self.tr("cancelled") if change.kind is ChangeKind.CANCELLED
                   else local_text(change.starts_at, zone, WHEN))
            if change.kind is ChangeKind.RETITLED:
                was, now = change.was_title, change.title
            self.changes.setItem(row, 2, cell(was))
            self.changes.setItem(row, 3, cell(now))
        self.changes_heading.show()
        self.changes.show()

    def ticked(self) -> list[EventChange]:
        """The changes the therapist ticked, to make in the book at Finish."""
        if self.plan is None:
            return []
        return [change for row, change in enumerate(self.plan.changes)
                if self._box(row).checkState() == Qt.CheckState.Checked]

    def _box(self, row: int) -> QTableWidgetItem:
        box = self.changes.item(row, 0)
        assert box is not None  # every change's row has its box
        return box

    def tick(self, row: int) -> None:
        """Tick a change, as the therapist would with its box."""
        self._box(row).setCheckState(Qt.CheckState.Checked)

    def _filter(self, only_unsure: bool) -> None:
        if self.model is None:
            return
        for row, shown in enumerate(self.model.rows):
            self.titles.setRowHidden(row, only_unsure and not shown.unsure)

    def _sum_up(self) -> None:
        if self.plan is None or self.model is None:
            return
        allowed = self.book_anyway.isChecked()
        summary = self.summed = import_summary(self.plan, self.model.decisions, allowed)
        self.book_anyway.setVisible(bool(summary.clashes))
        self.book_anyway.setToolTip(literal(self.clash_words(summary)))
        people = {decision.client_id if decision.client_id is not None
                  else decision.new_client.strip() if decision.new_client else None
                  for row in self.model.rows if row.fresh
                  for decision in [self.model.decisions.get(row.title)]
                  if decision is not None and decision.sessions}
        self.summary.setText(self.summary_words(summary, len(people), allowed))
        attended = self.owner().choose_page.calendar_choices.past_attended()
        self.past.setText(self.past_words(summary, attended) if summary.sessions else "")
        self.completeChanged.emit()

    def clash_words(self, summary: ImportSummary) -> str:
        """Each event that falls on a session already booked, with whose session it is."""
        if self.plan is None:
            return ""
        zone = ZoneInfo(self.plan.file.zone)
        lines = [self.tr("{title}, {when}: {name}'s session is booked then").format(
                     title=clash.title, when=local_text(clash.starts_at, zone, WHEN),
                     name=clash.client_name)
                 for clash in summary.clashes[:CLASHES_SHOWN]]
        if len(summary.clashes) > CLASHES_SHOWN:
            lines.append(self.tr("… and %n more", "", len(summary.clashes) - CLASHES_SHOWN))
        return "\n".join(lines)

    def summary_words(self, summary: ImportSummary, clients: int, allowed: bool) -> str:
        """"412 sessions for 18 clients, 3 new clients, 6 blocks, 4 skipped; 2 already imported"."""
        n = summary.sessions
        parts = [counted(n, self.tr("%n session", "", n),
                          self.tr("%n sessions", "", n)) + " "
                 + counted(clients, self.tr("for %n client", "", clients),
                            self.tr("for %n clients", "", clients))]
        if n := summary.new_clients:
            parts.append(counted(n, self.tr("%n new client", "", n),
                                  self.tr("%n new clients", "", n)))
        n = summary.blocks
        parts.append(counted(n, self.tr("%n block", "", n),
                              self.tr("%n blocks", "", n)))
        parts.append(self.tr("%n skipped", "", summary.skipped))
        extras = []
        if n := summary.already_imported:
            extras.append(self.tr("%n already imported", "", n))
        if n := summary.cancelled_in_file:
            extras.append(self.tr("%n cancelled in the calendar", "", n))
        if (n := len(summary.clashes)) and allowed:
            extras.append(counted(
                n, self.tr("%n booked beside a session already there", "", n),
                self.tr("%n booked beside sessions already there", "", n)))
        elif n:
            extras.append(counted(
                n, self.tr("%n left out: it falls on a session already booked", "", n),
                self.tr("%n left out: they fall on sessions already booked", "", n)))
        return "; ".join([", ".join(parts), *extras]) + "."

    def past_words(self, summary: ImportSummary, attended: bool) -> str:
        """How many of the sessions are past, and what they become; the rest are booked."""
        n = summary.past_sessions
        if not n:
            return self.tr("All of them are still to come: they are booked.")
        if attended:
            return counted(
                n, self.tr("%n of them is past: marked as attended.", "", n),
                self.tr("%n of them are past: marked as attended.", "", n))
        return counted(
            n, self.tr("%n of them is past: left for you to close.", "", n),
            self.tr("%n of them are past: left for you to close.", "", n))

    def first_day_to_show(self) -> date:
        """A day whose week shows the import: the first session from today, else the last."""
        assert self.plan is not None
        plan = self.plan
        zone = ZoneInfo(plan.file.zone)
        days = sorted(event.starts_at.astimezone(zone).date()
                      for event in plan.file.events() if not event.cancelled)
        today = plan.now.astimezone(zone).date()
        return next((day for day in days if day >= today), days[-1] if days else today)

    def write(self, done: Callable[[date], None],
              failed: Callable[[StillroomError], None]) -> None:
        """Finish: the events and the ticked changes written on the worker."""
        assert self.plan is not None and self.model is not None
        plan, decisions, changes = self.plan, dict(self.model.decisions), self.ticked()
        past_as: PastAs = ("attended" if self.owner().choose_page.calendar_choices
                           .past_attended() else "booked")
        day = self.first_day_to_show()
        self.working(self.tr("Adding the calendar to Stillroom…"))
        vault, report, allowed = self.owner().vault, self.report(), self.book_anyway.isChecked()

        def job() -> date:
            import_calendar(vault, plan, decisions, past_as, allowed, progress=report,
                            changes=changes)
            return day

        self.owner().worker.run(job, done, failed)

    def isComplete(self) -> bool:  # Qt's name: Finish waits for something to write
        if self.summed is None or not self.busy.isHidden():
            return False
        return not self.summed.writes_nothing or bool(self.ticked())
