"""Writing a letter to one client: its kind and language, the words, a preview, then paper.

The draft comes from the letter's template on the database worker (`draft_letter`); the
subject and body are the therapist's to change. "Preview" renders the PDF on the paper worker
and shows it in the dialog; "Save as PDF…" and "Print…" use what the preview shows (making
it first when the words changed since). The first time a made PDF is saved or printed the
letter is kept in the vault (`keep_letter`: the PDF, the contact log, the chart), once per
PDF; closing the dialog asks first while words typed are not kept in a letter yet. After a
termination letter is kept, the dialog asks whether to mark the client ended (or ending on the
day a "no contact" letter names), cancelling their sessions booked after.

What the letter cannot say yet is settled in the dialog: an undecided fee (`FeeQuestion`), a
missing postal address (`AddressRow`: the letter is for email until one is added), a client
who asked for no letters (`DoNotContactRow`: written only with a reason). A problem is shown
only after a choice, and cleared when it is fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.enums import ClientStatus, Language, LetterKind
from services.clients.client_records import read_client
from services.clients.ending import Ending
from services.errors import StillroomError
from services.papers.letter_layout import render_letter
from services.papers.letters import (
    KeptLetter,
    LetterDraft,
    despite_do_not_contact,
    draft_letter,
    keep_letter,
    letter_file_name,
    may_send,
    with_body,
)
from services.practice.practice_settings import PracticeSettings, read_settings
from services.vault.practice_vault import Vault
from ui.client_labels import day_month_text
from ui.forms import HINT_STYLE, FieldErrors, heading_label, note_label
from ui.letters.ending_question import EndingQuestion
from ui.letters.letter_words import LetterWords
from ui.letters.paper_pane import PaperPane
from ui.paper_files import paper_worker
from ui.plain_text import plain_label
from ui.typed_text import may_close
from ui.worker import DatabaseWorker, readable

# Where each error the drafting service names is shown: beside the field it is about.
ERROR_FIELDS = {"kind": "kind", "appointment": "kind", "reason": "reason",
                "subject": "subject", "body": "body",
                "despite": "despite"}


@dataclass(frozen=True)
class _Client:
    name: str
    status: ClientStatus
    settings: PracticeSettings
    do_not_contact: bool


@dataclass(frozen=True)
class _Made:
    """A PDF made from `draft`, and whether it has been kept in the vault yet."""

    draft: LetterDraft
    pdf: bytes
    kept: bool = False


class _PageHigh(QSplitter):
    """The words and the preview ask for a page's height, so that when a message goes and the
    dialog fits itself to its content again (`ui.forms.refit`), the letter stays readable."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().sizeHint().width(), 620)


class LetterDialog(QDialog):
    """A letter to `client_id`, perhaps of a given `kind` about a given session (an apology
    saying a step was taken so that it does not happen again when `prevention`).

    `kept` is emitted with each letter kept in the vault; `client_ended` when the therapist
    marks the client ended after a termination letter.
    """

    kept = Signal(object)
    client_ended = Signal(int)

    def __init__(self, vault: Vault, worker: DatabaseWorker, client_id: int, *,
                 kind: LetterKind | None = None, appointment_id: int | None = None,
                 prevention: bool = False, paper: DatabaseWorker | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._worker = vault, worker
        self._paper = paper or paper_worker()
        self._client_id, self._appointment_id, self._now = client_id, appointment_id, now
        self._client: _Client | None = None
        self._draft: LetterDraft | None = None
        self._made: _Made | None = None
        self._drafting = 0  # the newest draft asked for; older answers are dropped
        self._rendering = False
        self._filling = False
        self.setWindowTitle(self.tr("Write a letter"))
        self.setSizeGripEnabled(True)

        self.heading = heading_label(self.tr("A letter"))
        self.heading.setWordWrap(True)
        self.general_error = plain_label()
        self.general_error.setObjectName("letter_error")
        self.errors = FieldErrors(self.general_error)
        self.words = words = LetterWords(vault, worker, self.errors, kind, prevention)
        self.kind, self.reason, self.prevention = words.kind, words.reason, words.prevention
        self.language, self.recipient = words.language, words.recipient
        self.subject, self.body, self.edited_note = words.subject, words.body, words.edited_note
        self.preview_button = words.preview_button
        self.fee_question, self.address_row = words.fee_question, words.address_row
        self.do_not_contact = words.do_not_contact
        self.fee_question.decided.connect(self._redraft)
        self.address_row.added.connect(self._redraft)
        self.do_not_contact.changed.connect(self._despite_changed)
        self.preview_button.clicked.connect(self.preview)
        for choice in (self.kind, self.reason, self.language):
            choice.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.prevention.toggled.connect(lambda _on: self._choice_changed())
        self.subject.textChanged.connect(lambda _t: self._words_changed())
        self.body.textChanged.connect(self._words_changed)
        self.ending = EndingQuestion(vault, worker, self)
        self.ending.ended.connect(self._ended)
        self.ending.failed.connect(lambda error: self.errors.show_error(error))
        self.pane = PaperPane(self._paper, self.tr("Press Preview to see the letter as it will be "
                                                   "printed."), ready=self._made_then)
        self.pane.delivered.connect(self._delivered)
        self.status_note = note_label()
        self.status_note.setObjectName("letter_note")
        self.status_note.setStyleSheet(HINT_STYLE)
        self.status_note.hide()

        splitter = _PageHigh(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(words)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_note, 1)
        bottom.addStretch()  # (while the note is hidden)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1120, 760)
        self.setMinimumSize(880, 560)
        self._set_writable(False)
        self._read_client()

    # Building ----------------------------------------------------------------------------

    # Reading -----------------------------------------------------------------------------

    def _read_client(self) -> None:
        vault, client_id = self._vault, self._client_id

        def read() -> _Client:
            details = read_client(vault, client_id)
            draft = details.draft
            return _Client(draft.preferred_name or draft.full_name, draft.status,
                           read_settings(vault), draft.do_not_contact)

        self._worker.run(read, self._client_read, self._not_drafted)

    def _client_read(self, client: _Client) -> None:
        self._client = client
        self.heading.setText(self.tr("A letter to {name}").format(name=client.name))
        self.setWindowTitle(self.tr("Letter to {name}").format(name=client.name))
        self._filling = True
        self.language.setCurrentIndex(max(0, self.language.findData(client.settings.language)))
        self._filling = False
        if client.do_not_contact:
            self.do_not_contact.show_for(client.name)
        self._redraft()

    def _choice_changed(self) -> None:
        self.words.show_reason()
        if not self._filling and self._client is not None:
            self._redraft()

    def _redraft(self) -> None:
        """Fill the words from the template for the kind, reason and language chosen."""
        self._drafting += 1
        asked = self._drafting
        vault, client_id, appointment_id = self._vault, self._client_id, self._appointment_id
        kind: LetterKind = self.kind.currentData()
        language: Language = self.language.currentData()
        reason = self.reason.currentData() if kind == LetterKind.TERMINATION else None
        prevention = kind == LetterKind.APOLOGY and self.prevention.isChecked()
        now = self._now()
        self.errors.clear()
        self.fee_question.hide()
        self.address_row.hide()
        self._set_writable(False)
        if kind == LetterKind.TERMINATION and reason is None:
            # nothing to say until a reason is chosen, and nothing wrong yet either
            self._draft = None
            self.pane.forget(self.tr("Choose why the work ends to see the letter."))
            return
        self._worker.run(
            lambda: draft_letter(vault, kind, client_id, language=language, reason=reason,
                                 appointment_id=appointment_id, prevention=prevention,
                                 now=now),
            lambda draft: self._drafted(asked, draft),
            lambda error: self._not_drafted(error, asked))

    def _drafted(self, asked: int, draft: LetterDraft) -> None:
        if asked != self._drafting:
            return
        self._draft = draft
        self.recipient.setText("\n".join(draft.layout.recipient) or draft.client_name)
        if not draft.layout.recipient:
            self.address_row.show_for(self._client_id)
        self._filling = True
        self.subject.setText(draft.subject)
        cursor = QTextCursor(self.body.document())  # so Ctrl+Z brings back what was typed
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(draft.body)
        self.body.document().setModified(False)  # the template's words, not typed ones
        self._filling = False
        self._set_writable(True)
        if self._made is None:  # the hint asked for a reason, which is now chosen
            self.pane.forget(self.tr("Press Preview to see the letter as it will be printed."))
        self._words_changed()

    def _not_drafted(self, error: StillroomError, asked: int | None = None) -> None:
        if asked is not None and asked != self._drafting:
            return
        self._draft = None
        if self._client is not None and not self.recipient.text():
            self.recipient.setText(self._client.name)
        if error.field == "fee" and self._client is not None:
            self.fee_question.ask(error, self._client.settings.currency)
        else:
            self._show_error(error)
        self._set_writable(False)
        self.pane.forget(self.tr("The letter cannot be made yet: see the message on the left."))

    def _show_error(self, error: StillroomError) -> None:
        self.errors.show(ERROR_FIELDS.get(error.field or ""), readable(error))

    def _set_writable(self, writable: bool) -> None:
        for widget in (self.subject, self.body, self.preview_button):
            widget.setEnabled(writable and not self._rendering)
        self.pane.set_enabled_for(writable and not self._rendering)

    # Making the PDF ----------------------------------------------------------------------

    def body_text(self) -> str:
        return self.words.body_text()

    def current_draft(self, quietly: bool = False) -> LetterDraft | None:
        """The draft with the therapist's words; None if they are refused (with the message
        shown beside the words, unless `quietly`)."""
        if self._draft is None:
            return None
        try:
            draft = with_body(self._draft, self.body_text())
            despite = self.do_not_contact.despite()
            if draft.do_not_contact and despite is not None:
                draft = despite_do_not_contact(draft, despite)
        except StillroomError as error:
            if not quietly:
                self._show_error(error)
            return None
        return replace(draft, subject=self.subject.text().strip())

    def _words_changed(self) -> None:
        if self._filling:
            return
        draft = self._draft
        edited = draft is not None and (self.body_text() != draft.template_body
                                        or self.subject.text().strip() != draft.subject)
        self.edited_note.setText(self.tr("Edited: your words are kept with the letter.")
                                 if edited else "")
        if self._made is not None and self._made.draft != self.current_draft(quietly=True):
            self._made = None
            self.pane.forget(self.tr("The letter has changed. Press Preview to see it again."))

    def preview(self) -> None:
        self._make(lambda: None)

    def _despite_changed(self) -> None:
        self.errors.label("despite").hide()
        self._words_changed()

    def _made_then(self, then: Callable[[], None]) -> None:
        """Before saving or printing: the PDF of the words as they are now, then `then`.
        Not for a client who asked for no letters, until the therapist says why."""
        draft = self.current_draft()
        if draft is None:
            return
        try:
            may_send(draft)
        except StillroomError as error:
            self._show_error(error)
            return
        if self._made is not None and draft == self._made.draft:
            then()
        else:
            self._make(then)

    def _make(self, then: Callable[[], None]) -> None:
        if self._rendering:
            return
        self.errors.clear()
        draft = self.current_draft()
        if draft is None:
            return
        self._rendering = True
        self._set_writable(False)
        self.pane.say(self.tr("Making the letter…"))
        self._paper.run(lambda: render_letter(draft), lambda pdf: self._rendered(draft, pdf, then),
                        self._not_rendered)

    def _rendered(self, draft: LetterDraft, pdf: bytes, then: Callable[[], None]) -> None:
        self._rendering = False
        self._set_writable(True)
        self._made = _Made(draft, pdf)
        zone = self._client.settings.zone if self._client is not None else UTC
        self.pane.set_pdf(pdf, letter_file_name(draft, self._now().astimezone(zone).date()))
        then()

    def _not_rendered(self, error: StillroomError) -> None:
        self._rendering = False
        self._set_writable(True)
        self.pane.say("")
        self._show_error(error)

    # Keeping it --------------------------------------------------------------------------

    def _delivered(self) -> None:
        """Saved or printed: keep this PDF in the vault, unless it is kept already."""
        made = self._made
        if made is None or made.kept:
            return
        self._made = replace(made, kept=True)
        vault, now = self._vault, self._now()
        self._worker.run(lambda: keep_letter(vault, made.draft, made.pdf, now),
                         lambda letter: self._kept(made, letter),
                         lambda error: self._not_kept(made, error))

    def _kept(self, made: _Made, letter: KeptLetter) -> None:
        self._say(self.tr("Kept with the client's letters, and noted in the contact log "
                          "and chart."))
        self.kept.emit(letter)
        if self._made is not None and self._made.pdf == made.pdf:
            self.words.kept()  # unless the words changed while it was being kept
        client = self._client
        if (made.draft.kind == LetterKind.TERMINATION and client is not None
                and client.status != ClientStatus.ENDED):
            self._ask_to_end(client, made.draft)

    def _not_kept(self, made: _Made, error: StillroomError) -> None:
        if self._made is not None and self._made.pdf == made.pdf:
            self._made = replace(self._made, kept=False)
        self.errors.show(None, self.tr("The letter was not kept in Stillroom: {reason}").format(
            reason=readable(error)))

    def _ask_to_end(self, client: _Client, draft: LetterDraft) -> None:
        """Ask, without blocking, whether therapy with the client is now ended: today, or on
        the day a "no contact" letter says the file closes."""
        now = self._now()
        zone = client.settings.zone
        on = draft.closes_on or now.astimezone(zone).date()
        self.ending.ask(self._client_id, client.name, on, now, zone)

    def _ended(self, ending: Ending) -> None:
        if self._client is not None:
            if ending.ended:
                self._client = replace(self._client, status=ClientStatus.ENDED)
                said = self.tr("{name} is marked as ended.")
            else:
                said = self.tr("{name} is marked as ending on {day}.")
            cancelled = (self.tr(" %n booked sessions cancelled.", "", len(ending.cancelled))
                         if ending.cancelled else "")
            self._say(said.format(name=self._client.name,
                                  day=day_month_text(ending.on)) + cancelled)
        self.client_ended.emit(self._client_id)

    def reject(self) -> None:
        """Esc, Close and the window's close button: words typed and not yet kept in a saved
        or printed letter are only thrown away when the therapist says so."""
        if may_close(self):
            super().reject()

    def _say(self, text: str) -> None:
        self.status_note.setText(text)
        self.status_note.setVisible(bool(text))


def open_letter_dialog(parent: QWidget | None, vault: Vault, worker: DatabaseWorker,
                       client_id: int, kind: LetterKind | None = None,
                       appointment_id: int | None = None,
                       prevention: bool = False) -> LetterDialog:
    """Open the letter dialog for the client, window-modal and not blocking; returns it."""
    dialog = LetterDialog(vault, worker, client_id, kind=kind, appointment_id=appointment_id,
                          prevention=prevention, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
