"""New client and edit client: every detail of a client, checked as the vault checks it.

A value the vault refuses is shown under its own field and the dialog stays open with
everything typed; the service checks the whole draft before it writes anything. Setting a
client to Ended ends them as the ending flow does (`save_and_end_client`): the sessions booked
after the end date are cancelled, undoably, and the form says so before Save.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from models.enums import ClientStatus, Modality
from services.clients.client_records import (
    ClientDetails,
    ClientDraft,
    create_client,
    read_client,
    update_client,
)
from services.clients.ending import Ending, save_and_end_client
from services.errors import InvalidValue, StillroomError
from services.money.amounts import format_amount, parse_amount
from services.money_papers.paper_settings import read_paper_settings
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.client_fields import BillingPart, OptionalDate, PhoneNumbers
from ui.client_labels import client_status_label, money_text
from ui.forms import (
    HINT_STYLE,
    FieldErrors,
    Form,
    dialog_layout,
    heading_label,
    note_label,
    refit,
    text_lines,
)
from ui.labels import modality_label
from ui.plain_text import plain_label
from ui.typed_text import main_button, may_close
from ui.waiting_list.freed_news import FREED_SLOTS
from ui.worker import DatabaseWorker, readable


@dataclass(frozen=True)
class _Loaded:
    settings: PracticeSettings
    details: ClientDetails | None
    superbills: bool  # whether the practice makes superbills: then diagnosis codes are asked


def column_form() -> Form:
    form = Form()
    form.setVerticalSpacing(8)  # not the wider gap between the dialog's two columns
    return form


def caption_on_top(form: Form) -> None:
    """The caption of the row just added sits at the top of a tall field, not its middle."""
    caption = form.itemAtPosition(form.rowCount() - 1, 0)
    if caption is not None:
        caption.setAlignment(Qt.AlignmentFlag.AlignTop)
        widget = caption.widget()
        if widget is not None:
            widget.setContentsMargins(0, 4, 0, 0)


class ClientDialog(QDialog):
    """A new client (`client_id` None) or an edit of one. Emits `saved(id)`, then accepts."""

    saved = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._worker = worker
        self._client_id = client_id
        self._settings: PracticeSettings | None = None
        self._was_ended = client_id is None  # a new client is only saved, never "ended"
        self._busy = False
        self.setWindowTitle(self.tr("New client") if client_id is None
                            else self.tr("Edit client"))
        self.errors = FieldErrors(plain_label())
        self.heading = heading_label(self.windowTitle())

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(self._who_column(), 1)
        columns.addLayout(self._practice_column(), 1)
        self.billing = BillingPart(self.errors)
        self.billing.setObjectName("billing")

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Add client") if client_id is None
                                       else self.tr("Save"))
        self.save_button.setObjectName("save_client")
        main_button(self.save_button, self.cancel_button)
        self.save_button.setEnabled(False)  # until the practice's currency is known
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = dialog_layout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(10)
        layout.addLayout(columns)
        layout.addSpacing(8)
        layout.addWidget(self.billing)
        layout.addSpacing(8)
        layout.addWidget(self.errors.label(None))
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.numbers.rows_changed.connect(self._chain_tabs)
        if client_id is None:
            self.numbers.add_row()  # a blank one to fill in; left out if left blank
        self._chain_tabs()
        self.full_name.setFocus()
        self._load()

    # The form ----------------------------------------------------------------------------

    def _line(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        return field

    def _who_column(self) -> Form:
        self.full_name = self._line("full_name", self.tr("Full name"))
        self.preferred_name = self._line("preferred_name", self.tr("Preferred name"))
        self.preferred_name.setPlaceholderText(self.tr("What they like to be called"))
        self.email = self._line("email", self.tr("Email"))
        self.address = text_lines(4, QPlainTextEdit())
        self.address.setObjectName("address")
        self.address.setAccessibleName(self.tr("Postal address"))
        self.address.setPlaceholderText(self.tr("For letters"))
        self.numbers = PhoneNumbers()
        self.numbers.setObjectName("numbers")
        self.numbers.setAccessibleName(self.tr("Phone numbers"))

        form = column_form()
        form.addRow(self.tr("Full name"), self.full_name)
        self.errors.add_row(form, "full_name")
        form.addRow(self.tr("Preferred name"), self.preferred_name)
        self.errors.add_row(form, "preferred_name")
        form.addRow(self.tr("Email"), self.email)
        self.errors.add_row(form, "email")
        form.addRow(self.tr("Postal address"), self.address)
        caption_on_top(form)
        self.errors.add_row(form, "address")
        form.addRow(self.tr("Phone numbers"), self.numbers)
        caption_on_top(form)
        form.setRowStretch(form.rowCount(), 1)
        return form

    def _practice_column(self) -> Form:
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.setAccessibleName(self.tr("Status"))
        for status in ClientStatus:
            self.status.addItem(client_status_label(status), status.value)
        self.ending_hint = note_label(self.tr(
            "Saving ends the work with this client on the end date (today if none is set, or "
            "on that day if it is still to come). Sessions booked after it are cancelled, as "
            "your decision, with no fee. Edit → Undo brings them back."))
        self.ending_hint.setObjectName("ending_hint")
        self.ending_hint.setStyleSheet(HINT_STYLE)
        self.ending_hint.hide()
        self.status.currentIndexChanged.connect(lambda _index: self._show_ending_hint())
        self.started_on = OptionalDate(self.tr("Set"))
        self.started_on.setObjectName("started_on")
        self.started_on.setAccessibleName(self.tr("Started on"))
        self.ended_on = OptionalDate(self.tr("Set"))
        self.ended_on.setObjectName("ended_on")
        self.ended_on.setAccessibleName(self.tr("Ended on"))
        self.modality = QComboBox()
        self.modality.setObjectName("preferred_modality")
        self.modality.setAccessibleName(self.tr("Prefers to meet"))
        for modality in Modality:
            self.modality.addItem(modality_label(modality), modality.value)
        self.online_handle = self._line("online_handle", self.tr("Online handle"))
        self.online_handle.setPlaceholderText(self.tr("Skype, WhatsApp or Zoom name"))
        self.fee = self._line("fee_override", self.tr("Fee for this client"))
        self.do_not_contact = QCheckBox(self.tr("Do not contact this client"))
        self.do_not_contact.setObjectName("do_not_contact")
        self.do_not_contact.setToolTip(self.tr(
            "No calls, voicemails, texts or letters: the call list leaves them out."))
        self.chart_notes = text_lines(8, QPlainTextEdit())
        self.chart_notes.setObjectName("chart_notes")
        self.chart_notes.setAccessibleName(self.tr("Chart notes"))

        form = column_form()
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.ending_hint)
        form.addRow(self.tr("Started on"), self.started_on)
        self.errors.add_row(form, "started_on")
        form.addRow(self.tr("Ended on"), self.ended_on)
        self.errors.add_row(form, "ended_on")
        form.addRow(self.tr("Prefers to meet"), self.modality)
        form.addRow(self.tr("Online handle"), self.online_handle)
        self.errors.add_row(form, "online_handle")
        form.addRow(self.tr("Fee"), self.fee)
        self.errors.add_row(form, "fee_override")
        form.addRow("", self.do_not_contact)
        form.addRow(self.tr("Chart notes"), self.chart_notes)
        caption_on_top(form)
        self.errors.add_row(form, "chart_notes")
        return form

    def _chain_tabs(self) -> None:
        """Tab goes down the left column, numbers included, then down the right one."""
        chain = [self.full_name, self.preferred_name, self.email, self.address,
                 *self.numbers.tab_order(), self.status, self.started_on.check,
                 self.started_on.edit, self.ended_on.check, self.ended_on.edit, self.modality,
                 self.online_handle, self.fee, self.do_not_contact, self.chart_notes,
                 *self.billing.tab_order(), self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        refit(self.heading)

    # Loading -----------------------------------------------------------------------------

    def _load(self) -> None:
        vault, client_id = self._vault, self._client_id
        self._worker.run(
            lambda: _Loaded(read_settings(vault),
                            None if client_id is None else read_client(vault, client_id),
                            read_paper_settings(vault).superbills),
            self._loaded, self._not_loaded)

    def _loaded(self, loaded: _Loaded) -> None:
        self._settings = settings = loaded.settings
        self.fee.setPlaceholderText(self.tr("The practice fee, {amount}").format(
            amount=money_text(settings.session_fee, settings.currency)))
        self.billing.set_superbills(loaded.superbills)
        if loaded.details is not None:
            self._was_ended = loaded.details.draft.status == ClientStatus.ENDED
            self._fill(loaded.details.draft)
            self.heading.setText(self.tr("Edit {name}").format(name=loaded.details.draft.full_name))
        self.save_button.setEnabled(True)

    def _not_loaded(self, error: StillroomError) -> None:
        self.errors.show_error(error)

    def _fill(self, draft: ClientDraft) -> None:
        assert self._settings is not None
        self.full_name.setText(draft.full_name)
        self.preferred_name.setText(draft.preferred_name)
        self.email.setText(draft.email)
        self.address.setPlainText(draft.address)
        self.numbers.set_numbers(draft.numbers)
        self.status.setCurrentIndex(self.status.findData(draft.status.value))
        self.started_on.set_value(draft.started_on)
        self.ended_on.set_value(draft.ended_on)
        self.modality.setCurrentIndex(self.modality.findData(draft.preferred_modality.value))
        self.online_handle.setText(draft.online_handle)
        self.fee.setText("" if draft.fee_override is None else format_amount(
            draft.fee_override, self._settings.currency, symbol=False,
            decimal=QLocale().decimalPoint()))
        self.do_not_contact.setChecked(draft.do_not_contact)
        self.chart_notes.setPlainText(draft.chart_notes)
        self.billing.fill(draft)

    def _ending(self) -> bool:
        """Whether saving ends the client: an existing client set to Ended just now."""
        return (not self._was_ended
                and ClientStatus(self.status.currentData()) == ClientStatus.ENDED)

    def _show_ending_hint(self) -> None:
        self.ending_hint.setVisible(self._ending())

    # Saving ------------------------------------------------------------------------------

    def draft(self) -> ClientDraft:
        """What the form holds; InvalidValue(field="fee_override") for an amount not understood."""
        assert self._settings is not None
        fee_text = self.fee.text().strip()
        fee = (None if not fee_text
               else parse_amount(fee_text, self._settings.currency, field="fee_override"))
        return self.billing.added_to(ClientDraft(
            full_name=self.full_name.text(),
            preferred_name=self.preferred_name.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            numbers=tuple(row.value() for row in self.numbers.filled()),
            preferred_modality=Modality(self.modality.currentData()),
            online_handle=self.online_handle.text(),
            status=ClientStatus(self.status.currentData()),
            started_on=self.started_on.value(),
            ended_on=self.ended_on.value(),
            fee_override=fee,
            do_not_contact=self.do_not_contact.isChecked(),
            chart_notes=self.chart_notes.toPlainText(),
        ))

    def save(self) -> None:
        if self._busy or self._settings is None:
            return
        self.errors.clear()
        self.numbers.clear_errors()
        try:
            draft = self.draft()
        except InvalidValue as error:
            self.show_error(error)
            return
        vault, client_id = self._vault, self._client_id
        if client_id is None:
            def job() -> int:
                return create_client(vault, draft)
        elif self._ending():
            self._set_busy(True)
            self._worker.run(lambda: save_and_end_client(vault, client_id, draft),
                             lambda ending: self._ended(client_id, ending), self._not_saved)
            return
        else:
            def job() -> int:
                update_client(vault, client_id, draft)
                return client_id
        self._set_busy(True)
        self._worker.run(job, self._saved, self._not_saved)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _saved(self, client_id: int) -> None:
        self._set_busy(False)
        self._client_id = client_id
        self.saved.emit(client_id)
        self.accept()

    def _ended(self, client_id: int, ending: Ending) -> None:
        """Saved and ended: the regular slots it freed are offered to the waiting list once
        this dialog has closed."""
        self._saved(client_id)
        FREED_SLOTS.tell(ending.freed)

    def _not_saved(self, error: StillroomError) -> None:
        self._set_busy(False)
        self.show_error(error)

    def show_error(self, error: StillroomError) -> None:
        """The message under the field at fault (a phone number's own row), and focus there."""
        field = error.field or ""
        if field.startswith("numbers."):
            index = int(field.split(".")[1])
            filled = self.numbers.filled()
            if index < len(filled):
                row = filled[index]
                row.show_error(readable(error))
                (row.label if field.endswith(".label") else row.number).setFocus()
                return
        if field in BillingPart.FIELDS:
            self.billing.set_open(True)
        self.errors.show_error(error)
        widget = self.findChild(QWidget, field) if field else None
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def reject(self) -> None:
        if not self._busy and may_close(self):
            super().reject()
