"""The client panel: everything about one client, with their chart notes edited in place.

Read with `services.clients.client_panel.client_panel` on the database worker. Saving anything here
(chart notes, a "knows" link, the edit dialog) emits `client_changed` so the list can refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.enums import ClientStatus
from services.clients.client_panel import ClientPanel as PanelData
from services.clients.client_panel import client_panel
from services.clients.client_records import PhoneNumber
from services.clients.ending import keep_client
from services.errors import StillroomError
from services.practice.practice_settings import PracticeSettings
from services.vault.practice_vault import Vault
from ui.client_knows import KnowsLinks
from ui.client_labels import (
    balance_text,
    client_status_label,
    consent_marks,
    day_month_text,
    day_text,
    money_text,
)
from ui.client_notes import ChartNotes
from ui.client_pattern import ClientPatternView
from ui.client_repair import RepairButton
from ui.client_tables import (
    LEDGER_GIVE_WAY,
    SESSIONS_GIVE_WAY,
    Table,
    contact_headers,
    contact_rows,
    ledger_headers,
    ledger_rows,
    session_headers,
    session_rows,
)
from ui.forms import ERROR_STYLE, HINT_STYLE, clear_layout, heading_label, note_label
from ui.labels import modality_label
from ui.letters.client_letters import ClientLetters
from ui.money_papers.account_papers import AccountPapers
from ui.money_papers.client_invoices import ClientInvoices
from ui.note_reading.reflections import PrivateReflections
from ui.note_reading.timeline import ClientTimeline
from ui.plain_text import literal, plain_label
from ui.worker import DatabaseWorker, readable

if TYPE_CHECKING:  # loaded when first opened
    from ui.client_dialog import ClientDialog
    from ui.money_papers.superbill_dialog import SuperbillDialog
    from ui.note_reading.record_dialog import ClientRecordDialog


def section_heading(text: str) -> QLabel:
    label = plain_label(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 14, 0, 2)
    return label


def hint(text: str = "") -> QLabel:
    label = note_label(text)
    label.setStyleSheet(HINT_STYLE)
    return label


def selectable(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def align_columns(*tables: Table) -> None:
    """Give tables of the same columns the same widths, so one reads on from the other."""
    for column in range(tables[0].columnCount() - 1):
        width = max(table.columnWidth(column) for table in tables)
        for table in tables:
            table.setColumnWidth(column, width)


class ClientPanel(QWidget):
    """One client's panel. `show_client(id)` reads and shows them; `clear()` hides them."""

    client_changed = Signal(int)
    session_activated = Signal(int)
    note_requested = Signal(int)  # a session's id: open its note

    def __init__(self, vault: Vault, worker: DatabaseWorker,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._worker = worker
        self._now = now
        self._client_id: int | None = None
        self._generation = 0
        self._name = self._full_name = ""
        self.edit_dialog: ClientDialog | None = None

        self.empty = plain_label(self.tr("Choose a client from the list."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(HINT_STYLE)
        self.error = note_label()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()

        self.content = QWidget()
        self.content.setObjectName("client_panel_content")
        column = QVBoxLayout(self.content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(4)
        self._header(column)
        self._contact_section(column)
        self._sessions_section(column)
        column.addWidget(section_heading(self.tr("When they cancel or miss")))
        self.pattern = ClientPatternView()
        column.addWidget(self.pattern)
        self._notes_section(column)
        self._account_section(column)
        column.addWidget(section_heading(self.tr("Invoices")))
        self.invoices = ClientInvoices(vault, worker, now)
        self.invoices.changed.connect(self._changed)
        column.addWidget(self.invoices)
        self._contact_log_section(column)
        column.addWidget(section_heading(self.tr("Letters")))
        self.letters = ClientLetters(vault, worker, now)
        self.letters.changed.connect(self._changed)
        column.addWidget(self.letters)
        column.addWidget(section_heading(self.tr("Chart notes")))
        self.notes = ChartNotes(vault, worker)
        self.notes.saved.connect(self.client_changed)
        column.addWidget(self.notes)
        column.addWidget(section_heading(self.tr("Knows")))
        self.knows = KnowsLinks(vault, worker, now)
        self.knows.changed.connect(self._changed)
        column.addWidget(self.knows)
        column.addStretch()

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setAccessibleName(self.tr("Client panel"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll_area, 1)
        self.scroll_area.hide()

    # Building ----------------------------------------------------------------------------

    def _header(self, column: QVBoxLayout) -> None:
        self.name_label = heading_label("")
        self.name_label.setObjectName("client_name")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_name_label = hint()
        self.full_name_label.setObjectName("client_full_name")
        self.full_name_label.setWordWrap(True)
        self.status_label = plain_label()
        self.status_label.setObjectName("client_status")
        self.status_label.setWordWrap(True)  # beside two buttons on a laptop's narrow panel
        self.keep_button = QPushButton(self.tr("Call off the ending"))
        self.keep_button.setObjectName("keep_client")
        self.keep_button.setAccessibleName(self.tr("Call off the planned ending"))
        self.keep_button.clicked.connect(self.keep)
        self.keep_button.hide()
        self.do_not_contact = note_label()
        self.do_not_contact.setObjectName("do_not_contact")
        self.do_not_contact.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_client")
        self.edit_button.setAccessibleName(self.tr("Edit this client's details"))
        self.edit_button.clicked.connect(self.edit)
        self.repair_button = RepairButton(self.tr("Repair…"), self._vault, self._worker,
                                          self._now, self)
        self.repair_button.repaired.connect(lambda: self._changed(self._client_id or 0))
        top = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.full_name_label)
        names.addWidget(self.status_label)
        names.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(names, 1)
        top.addWidget(self.repair_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.do_not_contact)

    def _contact_section(self, column: QVBoxLayout) -> None:
        column.addWidget(section_heading(self.tr("Contact")))
        self.details = QGridLayout()
        self.details.setHorizontalSpacing(16)
        self.details.setVerticalSpacing(6)
        self.details.setColumnStretch(1, 1)
        column.addLayout(self.details)

    def _sessions_section(self, column: QVBoxLayout) -> None:
        column.addWidget(section_heading(self.tr("Sessions")))
        self.next_sessions = Table("next_sessions", self.tr("Next sessions"), session_headers(),
                                   give_way=SESSIONS_GIVE_WAY)
        self.past_sessions = Table("past_sessions", self.tr("Past sessions"), session_headers(),
                                   give_way=SESSIONS_GIVE_WAY)
        self.no_next = hint(self.tr("No sessions booked."))
        self.no_past = hint(self.tr("No sessions yet."))
        for table in (self.next_sessions, self.past_sessions):
            table.itemDoubleClicked.connect(self._session_double_clicked)
        column.addWidget(plain_label(self.tr("Next")))
        column.addWidget(self.next_sessions)
        column.addWidget(self.no_next)
        column.addSpacing(6)
        column.addWidget(plain_label(self.tr("Past")))
        column.addWidget(self.past_sessions)
        column.addWidget(self.no_past)

    def _notes_section(self, column: QVBoxLayout) -> None:
        """The sessions with their notes, the record as PDF, and the private reflections."""
        column.addWidget(section_heading(self.tr("Sessions and notes")))
        self.timeline = ClientTimeline(self._vault, self._worker, self._now)
        self.timeline.note_requested.connect(self.note_requested)
        column.addWidget(self.timeline)
        self.record_button = QPushButton(self.tr("Client's record (PDF)…"))
        self.record_button.setObjectName("client_record")
        self.record_button.clicked.connect(self.open_record)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.record_button)
        column.addLayout(row)
        column.addWidget(section_heading(self.tr("Private reflections")))
        self.reflections = PrivateReflections(self._vault, self._worker,
                                              lambda: self.timeline.sessions)
        column.addWidget(self.reflections)

    def _account_section(self, column: QVBoxLayout) -> None:
        column.addWidget(section_heading(self.tr("Account")))
        self.balance_label = plain_label()
        self.balance_label.setObjectName("balance")
        font = self.balance_label.font()
        font.setBold(True)
        self.balance_label.setFont(font)
        self.ledger = Table("ledger", self.tr("Account lines"), ledger_headers(),
                            give_way=LEDGER_GIVE_WAY)
        self.no_ledger = hint(self.tr("Nothing charged or paid yet."))
        self.account_papers = AccountPapers(self._vault, self._worker, self.ledger, self._now)
        self.account_papers.changed.connect(lambda: self._changed(self._client_id or 0))
        column.addWidget(self.balance_label)
        column.addWidget(self.ledger)
        column.addWidget(self.no_ledger)
        column.addWidget(self.account_papers)
        self.superbill_button = QPushButton(self.tr("Superbill…"))
        self.superbill_button.setObjectName("superbill")
        self.superbill_button.setAccessibleName(self.tr("A superbill for the client's insurer"))
        self.superbill_button.clicked.connect(self.open_superbill)
        self.superbill_button.hide()
        papers = QHBoxLayout()
        papers.addStretch()
        papers.addWidget(self.superbill_button)
        column.addLayout(papers)

    def _contact_log_section(self, column: QVBoxLayout) -> None:
        column.addWidget(section_heading(self.tr("Contact log")))
        self.contacts = Table("contacts", self.tr("Contact log"), contact_headers())
        self.no_contacts = hint(self.tr("No calls, messages or letters yet."))
        column.addWidget(self.contacts)
        column.addWidget(self.no_contacts)

    # Showing -----------------------------------------------------------------------------

    @property
    def client_id(self) -> int | None:
        return self._client_id

    def has_unsaved_notes(self) -> bool:
        return self.notes.has_unsaved_changes()

    def show_client(self, client_id: int) -> None:
        """Read the client on the worker and show them (asking first about unsaved notes)."""
        if client_id != self._client_id and self.has_unsaved_notes():
            if self.ask_to_save_notes():
                self.notes.save()
            else:
                self.notes.discard()
        self._read(client_id)

    def refresh(self) -> None:
        """Read the client shown again (a session or the practice changed elsewhere)."""
        if self._client_id is not None:
            self._read(self._client_id)

    def ask_to_save_notes(self) -> bool:
        """True to save the chart notes typed for the client shown, False to drop them."""
        answer = QMessageBox.question(
            self, self.tr("Unsaved chart notes"),
            literal(self.tr("Save the changes to {name}'s chart notes?").format(name=self._name)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save)
        return answer == QMessageBox.StandardButton.Save

    def clear(self) -> None:
        """Hide everything about the client at once (another client is coming, or a lock)."""
        self._generation += 1
        self._client_id = None
        self._name = ""
        self.notes.clear()
        self.knows.clear()
        self.letters.clear()
        self.invoices.clear()
        self.timeline.clear()
        self.reflections.clear()
        for table in (self.next_sessions, self.past_sessions, self.ledger, self.contacts):
            table.clear()
        clear_layout(self.details)
        for label in (self.name_label, self.full_name_label, self.status_label,
                      self.balance_label, self.do_not_contact):
            label.clear()
        self.error.hide()
        self.scroll_area.hide()
        self.empty.show()

    def _read(self, client_id: int) -> None:
        self._generation += 1
        generation = self._generation
        vault, now = self._vault, self._now()
        self._worker.run(lambda: client_panel(vault, client_id, now),
                         lambda panel: self._show(generation, client_id, panel),
                         lambda error: self._not_read(generation, error))

    def _not_read(self, generation: int, error: StillroomError) -> None:
        if generation == self._generation:
            self.error.setText(readable(error))
            self.error.show()

    def _show(self, generation: int, client_id: int, panel: PanelData) -> None:
        if generation != self._generation:
            return
        same_client = client_id == self._client_id
        scrolled = self.scroll_area.verticalScrollBar().value() if same_client else 0
        settings = panel.settings
        draft, zone = panel.details.draft, settings.zone
        today = self._now().astimezone(zone).date()
        self._client_id = client_id
        self._name = draft.preferred_name or draft.full_name
        self._full_name = draft.full_name
        self.error.hide()

        self.name_label.setText(self._name)
        self.full_name_label.setText(draft.full_name)
        self.full_name_label.setVisible(draft.full_name != self._name)
        status = client_status_label(draft.status)
        if panel.details.ending_on is not None:
            status = self.tr("Ending on {day}").format(
                day=day_month_text(panel.details.ending_on))
        elif draft.started_on and draft.status != ClientStatus.ENDED:
            status = self.tr("{status} · since {day}").format(
                status=status, day=day_text(draft.started_on))
        elif draft.ended_on and draft.status == ClientStatus.ENDED:
            status = self.tr("{status} · on {day}").format(status=status,
                                                           day=day_text(draft.ended_on))
        self.status_label.setText(status)
        self.keep_button.setVisible(panel.details.ending_on is not None)
        self.do_not_contact.setText(self.tr("⚠ Do not contact: no calls, messages or letters."))
        self.do_not_contact.setVisible(draft.do_not_contact)

        self._fill_details(panel, settings)
        self.repair_button.set_sessions(panel.past_sessions, self._name)
        invoiced = panel.session_invoices
        self.next_sessions.set_rows(session_rows(panel.next_sessions, zone, today, invoiced))
        self.past_sessions.set_rows(session_rows(panel.past_sessions, zone, today, invoiced))
        align_columns(self.next_sessions, self.past_sessions)
        self.ledger.set_rows(ledger_rows(panel.ledger, settings.currency, today))
        self.account_papers.show_client(client_id, draft.full_name, panel.ledger)
        self.contacts.set_rows(contact_rows(panel.contacts, zone, today))
        for table, empty in ((self.next_sessions, self.no_next), (self.past_sessions, self.no_past),
                             (self.ledger, self.no_ledger), (self.contacts, self.no_contacts)):
            table.setVisible(table.topLevelItemCount() > 0)
            empty.setVisible(table.topLevelItemCount() == 0)
        self.balance_label.setText(self.tr("Balance: {words}").format(
            words=balance_text(panel.balance, settings.currency)))
        self.superbill_button.setVisible(panel.superbills)

        if panel.pattern is not None:
            self.pattern.show_pattern(panel.pattern)
        self.notes.show_notes(client_id, draft.chart_notes)
        self.knows.show_links(client_id, self._name, panel.details.acquaintances)
        self.letters.show_client(client_id, zone)
        self.invoices.show_invoices(client_id, settings.currency, panel.invoices)
        self.timeline.show_client(client_id, zone)
        self.reflections.show_client(client_id, self._name, zone)

        self.empty.hide()
        self.scroll_area.show()
        self.content.adjustSize()
        self.scroll_area.verticalScrollBar().setValue(scrolled)

    def _detail(self, caption: str, value: QWidget | str) -> None:
        row = self.details.rowCount()
        label = hint(caption)
        label.setWordWrap(False)
        self.details.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        self.details.addWidget(selectable(value) if isinstance(value, str) else value, row, 1)

    def _number_widget(self, number: PhoneNumber) -> QWidget:
        """The number, and under it what the client agreed we may do with it."""
        widget = QWidget()
        widget.setObjectName("phone_number")
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        shown = selectable(number.number)
        shown.setWordWrap(False)  # a number broken over two lines is easy to misdial
        column.addWidget(shown)
        marks = QHBoxLayout()
        marks.setSpacing(12)
        descriptions = []
        for text, tooltip in consent_marks(number):
            mark = plain_label(text)
            mark.setObjectName("consent")
            mark.setToolTip(literal(tooltip))
            mark.setAccessibleName(tooltip)
            if text.startswith("✗"):
                mark.setStyleSheet(HINT_STYLE)
            marks.addWidget(mark)
            descriptions.append(tooltip)
        marks.addStretch()
        column.addLayout(marks)
        widget.setAccessibleName(f"{number.number}. " + " ".join(descriptions))
        return widget

    def _fill_details(self, panel: PanelData, settings: PracticeSettings) -> None:
        draft = panel.details.draft
        clear_layout(self.details)
        for number in draft.numbers:
            self._detail(number.label or self.tr("Phone"), self._number_widget(number))
        if not draft.numbers:
            self._detail(self.tr("Phone"), self.tr("No number"))
        self._detail(self.tr("Email"), draft.email or "—")
        self._detail(self.tr("Address"), draft.address.strip() or "—")
        meets = modality_label(draft.preferred_modality)
        if draft.online_handle:
            meets = self.tr("{modality} · {handle}").format(modality=meets,
                                                            handle=draft.online_handle)
        self._detail(self.tr("Prefers"), meets)
        if draft.fee_override is None:
            fee = self.tr("{amount} (the practice fee)").format(
                amount=money_text(settings.session_fee, settings.currency))
        else:
            fee = self.tr("{amount} (this client's fee)").format(
                amount=money_text(draft.fee_override, settings.currency))
        self._detail(self.tr("Fee"), fee)

    def _session_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        appointment_id = item.data(0, Table.KeyRole)
        if appointment_id is not None:
            self.session_activated.emit(int(appointment_id))

    # Changing ----------------------------------------------------------------------------

    def _changed(self, client_id: int) -> None:
        self.client_changed.emit(client_id)
        if client_id == self._client_id:
            self._read(client_id)

    def keep(self) -> None:
        """The client shown got in touch: call off their planned ending (Edit → Undo)."""
        client_id = self._client_id
        if client_id is None:
            return
        vault = self._vault
        self._worker.run(lambda: keep_client(vault, client_id),
                         lambda _none: self._changed(client_id),
                         lambda error: self._not_read(self._generation, error))

    def open_record(self) -> ClientRecordDialog | None:
        """The client's record as a PDF: choose the days and the language, then make it."""
        if self._client_id is None:
            return None
        from ui.note_reading.record_dialog import ClientRecordDialog  # QtPdf, reportlab

        dialog = ClientRecordDialog(self._vault, self._worker, self._client_id,
                                    self._full_name, self._now, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_superbill(self) -> SuperbillDialog | None:
        """A superbill for the client shown: choose the period, then print or save it."""
        if self._client_id is None:
            return None
        from ui.money_papers.superbill_dialog import SuperbillDialog  # QtPdf, reportlab

        dialog = SuperbillDialog(self._vault, self._worker, self._client_id, self._full_name,
                                 self._now, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.kept.connect(self._changed)
        dialog.open()
        return dialog

    def edit(self) -> None:
        """Open the edit dialog for the client shown (window-modal, not blocking)."""
        if self._client_id is None:
            return
        from ui.client_dialog import ClientDialog

        self.edit_dialog = ClientDialog(self._vault, self._worker, self._client_id, self)
        self.edit_dialog.saved.connect(self._changed)
        self.edit_dialog.open()
